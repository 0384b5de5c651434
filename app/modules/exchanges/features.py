"""What each exchange offers, known without touching the network.

Display name, websocket support, OHLCV support and the default (lowest-tier) taker/maker fees come
from ccxt's static exchange description (``describe()``: metadata only, no request). ccxt takes
about a second to import, so it is imported on first use in a worker thread: neither start-up nor
the event loop pays for it. REST order-book depth limits are not in ccxt's metadata; the table
below holds the venues' documented limits.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

DEFAULT_TAKER_FEE = 0.001
"""Taker fee assumed for a venue ccxt has no fee for (10 bps, the common spot base tier)."""


@dataclass(frozen=True, slots=True)
class DepthLimit:
    """A venue's REST order-book depth rule: any value up to ``max``, or one of ``allowed``."""

    max: int
    allowed: tuple[int, ...] | None = None

    def request_size(self, depth: int) -> int:
        """The depth to ask the venue for so that at least ``depth`` levels come back.

        Raises ``ValueError`` when the venue cannot return that many levels.
        """
        if depth > self.max:
            raise ValueError(f"at most {self.max} levels per side")
        if self.allowed:
            return next(size for size in self.allowed if size >= depth)
        return depth


# Documented REST depth limits (venue API references, checked against ccxt's request builders).
DEPTH_LIMITS: dict[str, DepthLimit] = {
    "binance": DepthLimit(5000),  # GET /api/v3/depth: limit 1..5000
    "binanceus": DepthLimit(5000),
    "binanceusdm": DepthLimit(1000, (5, 10, 20, 50, 100, 500, 1000)),  # GET /fapi/v1/depth
    "binancecoinm": DepthLimit(1000, (5, 10, 20, 50, 100, 500, 1000)),  # GET /dapi/v1/depth
    "bybit": DepthLimit(200),  # v5 /market/orderbook: spot 1..200 (derivatives 1..500)
    "okx": DepthLimit(400),  # /api/v5/market/books: sz up to 400
    "bitget": DepthLimit(150),  # /api/v2/spot/market/orderbook: limit up to 150
    "kraken": DepthLimit(500),  # /0/public/Depth: count 1..500
}


@dataclass(frozen=True, slots=True)
class ExchangeProfile:
    id: str
    name: str | None = None
    websocket: bool | None = None
    watch_order_book: bool | None = None
    watch_trades: bool | None = None
    watch_ticker: bool | None = None
    fetch_ohlcv: bool | None = None
    taker_fee: float | None = None
    maker_fee: float | None = None
    depth: DepthLimit | None = None


def _flag(has: dict[str, object], key: str) -> bool | None:
    value = has.get(key)
    return None if value is None else bool(value)


def _fee(fees: dict[str, dict[str, object]], kind: str) -> float | None:
    # Most venues publish one trading tier; Bitget only per market type (spot first).
    for section in ("trading", "spot"):
        value = (fees.get(section) or {}).get(kind)
        if isinstance(value, int | float):
            return float(value)
    return None


def _describe(exchange: str) -> ExchangeProfile:
    import ccxt
    import ccxt.pro as ccxt_pro

    cls = getattr(ccxt_pro, exchange, None) or getattr(ccxt, exchange, None)
    if exchange not in ccxt.exchanges or cls is None:
        return ExchangeProfile(exchange, depth=DEPTH_LIMITS.get(exchange))
    description = cls().describe()  # static metadata: no session is opened, nothing is sent
    has = description.get("has") or {}
    fees = description.get("fees") or {}
    return ExchangeProfile(
        id=exchange,
        name=description.get("name"),
        websocket=_flag(has, "ws") if exchange in ccxt_pro.exchanges else False,
        watch_order_book=_flag(has, "watchOrderBook"),
        watch_trades=_flag(has, "watchTrades"),
        watch_ticker=_flag(has, "watchTicker"),
        fetch_ohlcv=_flag(has, "fetchOHLCV"),
        taker_fee=_fee(fees, "taker"),
        maker_fee=_fee(fees, "maker"),
        depth=DEPTH_LIMITS.get(exchange),
    )


_profiles: dict[str, ExchangeProfile] = {}


async def exchange_profile(exchange: str) -> ExchangeProfile:
    """Static facts about ``exchange`` (all ``None`` for an id ccxt does not know)."""
    exchange = exchange.lower()
    profile = _profiles.get(exchange)
    if profile is None:  # first time: ccxt import and describe() off the event loop
        profile = _profiles[exchange] = await asyncio.to_thread(_describe, exchange)
    return profile


async def default_taker_fees(exchanges: list[str]) -> dict[str, float]:
    """ccxt's base-tier taker fee per exchange, or ``DEFAULT_TAKER_FEE`` when it has none."""
    profiles = await asyncio.gather(*(exchange_profile(ex) for ex in exchanges))
    return {p.id: p.taker_fee if p.taker_fee is not None else DEFAULT_TAKER_FEE for p in profiles}
