"""USD value at the time, from the candles store (``database.public``).

An asset's price at moment *t* is the close of the newest stored candle of
``<SYMBOL>/USDT`` on the configured exchange and timeframe that opened at or before *t*, no older
than ``price_max_age_seconds``. Wrapped assets price as their underlying (WETH → ETH, WBTC →
BTC); USDT, USDC and DAI are taken at 1 USD (the candles are quoted in USDT). No candle, no
USD value: the field is null, never guessed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.database.public import TIMEFRAME_MS, load_candles
from app.modules.onchain.config import OnchainSettings

STABLE = {"USDT", "USDC", "DAI", "BUSD", "TUSD", "USDP"}
UNDERLYING = {"WETH": "ETH", "WBTC": "BTC", "BTCB": "BTC", "WBNB": "BNB"}
# Well-known token contracts, so pricing works before the node has told their symbol.
KNOWN_SYMBOLS = {
    "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2": "WETH",
    "0xdac17f958d2ee523a2206206994597c13d831ec7": "USDT",
    "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": "USDC",
    "0x6b175474e89094c44da98b954eedeac495271d0f": "DAI",
    "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599": "WBTC",
}


def price_symbol(symbol: str | None) -> str | None:
    """The base asset a token is priced as (``None``: stable, priced at 1)."""
    if not symbol:
        return None
    upper = symbol.upper()
    return UNDERLYING.get(upper, upper)


class PriceBook:
    """Prices at moments, memoised per asset and candle."""

    def __init__(self, session: AsyncSession, settings: OnchainSettings) -> None:
        self.session = session
        self.exchange = settings.price_exchange
        self.timeframe = settings.price_timeframe
        self.step = timedelta(milliseconds=TIMEFRAME_MS.get(self.timeframe, 3_600_000))
        self.max_age = timedelta(seconds=settings.price_max_age_seconds)
        self._memo: dict[tuple[str, datetime], float | None] = {}

    async def usd(self, symbol: str | None, moment: datetime) -> float | None:
        """USD price of one unit of ``symbol`` at ``moment``, or None when unknown."""
        if not symbol:
            return None
        upper = symbol.upper()
        if upper in STABLE:
            return 1.0
        base = UNDERLYING.get(upper, upper)
        bucket = datetime.fromtimestamp(
            moment.timestamp() // self.step.total_seconds() * self.step.total_seconds(),
            moment.tzinfo,
        )
        key = (base, bucket)
        if key not in self._memo:
            candles = await load_candles(
                self.session, self.exchange, f"{base}/USDT", self.timeframe,
                start=moment - self.max_age, end=moment + timedelta(microseconds=1),
            )  # fmt: skip
            self._memo[key] = candles[-1].close if candles else None
        return self._memo[key]
