"""Venue market ids → ccxt unified symbols, without loading markets.

Live data comes from ccxt, which already speaks unified symbols. Recorded venue messages carry the
venue's own ids (``NKNUSDT``, ``BTC-USD-SWAP``, ``XBT/EUR``); these helpers map them the way ccxt
would. Concatenated ids (Binance) are split on the longest known quote currency.
"""

from __future__ import annotations

from functools import lru_cache

# Longest first, so "FDUSD" wins over "USD" and "USDT" over "USD".
_QUOTES = sorted(
    (
        "USDT", "USDC", "FDUSD", "BUSD", "TUSD", "USDP", "DAI", "USD", "EUR", "GBP", "TRY", "BRL",
        "AUD", "RUB", "UAH", "NGN", "ZAR", "IDRT", "BIDR", "BVND", "JPY", "CHF", "CAD", "PLN",
        "BTC", "ETH", "BNB", "XRP", "TRX", "DOGE", "DOT", "SOL", "PAX",
    ),
    key=len,
    reverse=True,
)  # fmt: skip

# Venue currency codes that ccxt renames to their common code.
_COMMON_CODES = {"XBT": "BTC", "XDG": "DOGE", "BCHABC": "BCH", "BCHSV": "BSV"}


def common_code(code: str) -> str:
    code = code.upper()
    return _COMMON_CODES.get(code, code)


def split_concatenated(market_id: str) -> tuple[str, str]:
    """``NKNUSDT`` → ``("NKN", "USDT")``. Raises ``ValueError`` when no known quote matches."""
    upper = market_id.upper()
    for quote in _QUOTES:
        if upper.endswith(quote) and len(upper) > len(quote):
            return upper[: -len(quote)], quote
    raise ValueError(f"cannot split market id {market_id!r} into base and quote")


@lru_cache(maxsize=8192)  # called once per message on replay; venues have few thousand ids
def binance_symbol(market_id: str, *, linear: bool = False) -> str:
    """Binance spot ``NKNUSDT`` → ``NKN/USDT``; USDⓈ-M futures → ``SUSHI/USDT:USDT``."""
    base, quote = split_concatenated(market_id)
    return f"{base}/{quote}:{quote}" if linear else f"{base}/{quote}"


@lru_cache(maxsize=8192)
def okx_symbol(inst_id: str) -> str:
    """OKX instrument ids: ``BTC-USDT`` spot, ``X-USDT-SWAP`` linear / ``X-USD-SWAP`` inverse
    perpetuals, ``BTC-USD-220527`` dated futures (ccxt: ``BTC/USD:BTC-220527``)."""
    parts = inst_id.upper().split("-")
    if len(parts) == 2:
        return f"{parts[0]}/{parts[1]}"
    if len(parts) == 3:
        base, quote, kind = parts
        settle = base if quote == "USD" else quote
        if kind == "SWAP":
            return f"{base}/{quote}:{settle}"
        return f"{base}/{quote}:{settle}-{kind}"
    raise ValueError(f"unrecognised OKX instrument id {inst_id!r}")


def slash_symbol(pair: str) -> str:
    """Kraken-style ``XBT/EUR`` → ``BTC/EUR`` (common currency codes)."""
    base, _, quote = pair.partition("/")
    return f"{common_code(base)}/{common_code(quote)}"
