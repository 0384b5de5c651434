"""Emergency settings, read from ``APP_EMERGENCY_*`` environment variables (and ``.env``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.core.symbols import normalize_symbol
from app.core.timeframes import TIMEFRAME_MS


class EmergencySettings(BaseSettings):
    """The live monitor. ``watch`` lists system-wide watched markets as
    ``exchange:BASE/QUOTE:timeframe`` (comma-separated); users add their own through
    ``POST /emergency/watches``."""

    model_config = SettingsConfigDict(env_prefix="APP_EMERGENCY_", env_file=".env", extra="ignore")

    monitor_enabled: bool = Field(default=True, description="Run the live monitor at start-up")
    watch: Annotated[list[str], NoDecode] = Field(default_factory=list)
    system_action: Literal["alert", "halt"] = Field(
        default="alert",
        description="What a detection on a system watch does: alert only, or a system halt",
    )
    feed: Literal["trades", "candles"] = Field(
        default="trades",
        description="trades: the market-data source's trade streams (live or replay), bars "
        "built here and evaluated on every tick; candles: stored candles replayed from the "
        "database (history through the live path)",
    )
    replay_start: datetime | None = Field(default=None, description="candles feed: first bar")
    replay_end: datetime | None = Field(default=None, description="candles feed: end (exclusive)")
    replay_speed: float = Field(
        default=0.0, ge=0, description="candles feed: bars per second (0: as fast as possible)"
    )
    warmup: bool = Field(
        default=True,
        description="trades feed: preload the detector's baseline from the source's candles",
    )
    book_poll_seconds: float = Field(
        default=5.0, ge=0, description="Order-book metrics poll (marketmaker); 0 switches it off"
    )
    reference_exchanges: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Exchanges whose price the watched market is compared with (dislocation)",
    )
    reference_poll_seconds: float = Field(default=5.0, gt=0)
    reload_seconds: float = Field(
        default=30.0, gt=0, description="Re-read the watch table this often (besides the bus)"
    )
    max_watches_per_user: int = Field(default=20, ge=1, le=1000)
    max_targets_per_user: int = Field(default=10, ge=1, le=100)
    max_event_rules_per_user: int = Field(default=20, ge=1, le=1000)
    hedge_stop_pct: float = Field(
        default=0.05, gt=0, lt=1, description="A hedge's own stop-loss, fraction from its price"
    )

    @field_validator("watch", "reference_exchanges", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("watch")
    @classmethod
    def _markets(cls, value: list[str]) -> list[str]:
        for item in value:
            parse_market(item)
        return value

    def system_markets(self) -> list[tuple[str, str, str]]:
        return [parse_market(item) for item in self.watch]


def parse_market(text: str) -> tuple[str, str, str]:
    """``binance:BTC/USDT:1m`` → ``("binance", "BTC/USDT", "1m")`` (timeframe default 1m; a
    swap's ``BTC/USDT:USDT`` keeps its settle currency)."""
    exchange, _, rest = text.strip().partition(":")
    timeframe = "1m"
    head, _, tail = rest.rpartition(":")
    if head and tail in TIMEFRAME_MS:
        rest, timeframe = head, tail
    if not exchange or not rest:
        raise ValueError(f"watch {text!r}: use exchange:BASE/QUOTE[:timeframe]")
    return exchange.lower(), normalize_symbol(rest), timeframe
