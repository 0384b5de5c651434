"""Domain DTOs of the database module, shared with ``public.py`` (the API schemas reuse them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.core.timeutil import UtcDatetime

Side = Literal["BUY", "SELL", "HOLD"]


class SignalOut(BaseModel):
    """A stored trading signal."""

    id: int
    symbol: str
    side: Side
    price: float
    confidence: float
    stop_loss: float | None
    take_profit: float | None
    leverage: float
    timeframe: str | None
    strategy: str | None
    bot_id: str | None
    timestamp: datetime
    metadata: dict[str, Any] | None
    actionable: bool = Field(description="BUY/SELL that passed the white-hat rules")


class CandleOut(BaseModel):
    """One OHLCV bar; ``ts`` is its open time (UTC)."""

    ts: UtcDatetime
    open: float
    high: float
    low: float
    close: float
    volume: float


class ImportRowError(BaseModel):
    line: int
    message: str


class CandleImportResult(BaseModel):
    """What one candle import wrote. ``inserted + updated + unchanged == rows``."""

    exchange: str
    symbol: str
    timeframe: str
    format: str = Field(description="cryptodatadownload, binance-klines, ccxt-ohlcv or csv")
    dataset: Literal["shared", "own"] = Field(
        description="shared: the store exchange downloads fill (admins only); own: the "
        "caller's dataset, read by the caller over the shared store"
    )
    on_conflict: Literal["skip", "update"]
    rows: int = Field(description="Valid bars in the file, each open time counted once")
    inserted: int = Field(description="Bars this request added")
    updated: int = Field(description="Stored bars this request replaced (on_conflict=update)")
    unchanged: int = Field(description="Bars already stored and left as they were")
    duplicates: int = Field(description="Rows already stored or repeated within the file")
    duplicates_in_file: int = Field(description="Rows repeating an open time of the same file")
    skipped_invalid: int = Field(description="Invalid rows skipped (skip_invalid=true)")
    first: datetime | None
    last: datetime | None
