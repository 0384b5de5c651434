"""Unified market-data types shared by every source (live, replay, synthetic, db).

Plain slotted dataclasses rather than Pydantic models: they are created on the hot path (one per
trade or book update), and FastAPI / Pydantic accept stdlib dataclasses as response models, so
routers can still return them or map them onto their own schemas. Every value carries the
``exchange`` it came from and the ``source`` that produced it: no source pretends to be another.

Conventions: symbols in ccxt form (``BTC/USDT``, ``BTC/USDT:USDT`` for a linear swap); times are
integer milliseconds since the Unix epoch, UTC; prices and quantities are floats.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

Level = tuple[float, float]
"""One order-book price level: ``(price, quantity)``."""

Side = Literal["buy", "sell"]


class Source(StrEnum):
    """Where a piece of market data came from."""

    LIVE = "live"
    REPLAY = "replay"
    SYNTHETIC = "synthetic"
    DB = "db"


def ms_to_datetime(ms: int) -> datetime:
    """Milliseconds since the epoch → an aware UTC ``datetime``."""
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def ms_to_iso(ms: int | None) -> str | None:
    """Milliseconds since the epoch → ISO 8601 UTC string (``None`` stays ``None``)."""
    if ms is None:
        return None
    return ms_to_datetime(ms).isoformat().replace("+00:00", "Z")


def _to_dict(obj: Any) -> dict[str, Any]:
    data = asdict(obj)
    data["source"] = str(data["source"])
    if "timestamp" in data:
        data["datetime"] = ms_to_iso(data["timestamp"])
    return data


@dataclass(slots=True, frozen=True)
class Ticker:
    exchange: str
    symbol: str
    source: Source
    timestamp: int | None
    bid: float | None = None
    ask: float | None = None
    last: float | None = None
    bid_size: float | None = None
    ask_size: float | None = None
    open: float | None = None
    high: float | None = None
    low: float | None = None
    base_volume: float | None = None
    quote_volume: float | None = None
    percentage: float | None = None
    """24 h change in percent, when the venue reports it."""

    @property
    def mid(self) -> float | None:
        if self.bid is None or self.ask is None:
            return None
        return (self.bid + self.ask) / 2

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)


@dataclass(slots=True, frozen=True)
class Trade:
    exchange: str
    symbol: str
    source: Source
    timestamp: int
    price: float
    amount: float
    side: Side | None
    """Taker side (the aggressor); ``None`` when the venue does not say."""
    id: str | None = None

    @property
    def cost(self) -> float:
        return self.price * self.amount

    def to_dict(self) -> dict[str, Any]:
        data = _to_dict(self)
        data["cost"] = self.cost
        return data


@dataclass(slots=True, frozen=True)
class Candle:
    exchange: str
    symbol: str
    source: Source
    timeframe: str
    timestamp: int
    """Open time of the candle."""
    open: float
    high: float
    low: float
    close: float
    volume: float
    closed: bool = True
    """``False`` for a candle still forming (e.g. a live kline with ``x: false``)."""

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)


@dataclass(slots=True, frozen=True)
class OrderBookSnapshot:
    """An immutable L2 book: bids best (highest) first, asks best (lowest) first."""

    exchange: str
    symbol: str
    source: Source
    timestamp: int | None
    bids: tuple[Level, ...]
    asks: tuple[Level, ...]
    sequence: int | None = None
    """The venue's sequence / nonce (Binance ``lastUpdateId`` or last ``u``) when it has one."""

    @property
    def best_bid(self) -> Level | None:
        return self.bids[0] if self.bids else None

    @property
    def best_ask(self) -> Level | None:
        return self.asks[0] if self.asks else None

    @property
    def mid(self) -> float | None:
        if not self.bids or not self.asks:
            return None
        return (self.bids[0][0] + self.asks[0][0]) / 2

    @property
    def spread(self) -> float | None:
        if not self.bids or not self.asks:
            return None
        return self.asks[0][0] - self.bids[0][0]

    def to_dict(self) -> dict[str, Any]:
        data = _to_dict(self)
        data["bids"] = [list(level) for level in self.bids]
        data["asks"] = [list(level) for level in self.asks]
        return data


@dataclass(slots=True)
class BookDelta:
    """An incremental L2 update as sent by a venue, already parsed to floats.

    Sequence fields follow the venue: Binance spot sets ``first_seq``/``last_seq`` (``U``/``u``),
    Binance futures also ``prev_seq`` (``pu``); single-sequence venues set
    ``first_seq == last_seq``. A quantity of 0 removes the level.
    """

    exchange: str
    symbol: str
    bids: list[Level]
    asks: list[Level]
    first_seq: int | None = None
    last_seq: int | None = None
    prev_seq: int | None = None
    timestamp: int | None = None
    checksum: int | None = None
    """The venue's checksum of the book *after* this update, when it sends one (OKX, Kraken)."""
    source: Source = Source.LIVE
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = _to_dict(self)
        data["bids"] = [list(level) for level in self.bids]
        data["asks"] = [list(level) for level in self.asks]
        return data


MarketEvent = Ticker | Trade | Candle | OrderBookSnapshot | BookDelta
"""Anything a normaliser can produce from one venue message."""
