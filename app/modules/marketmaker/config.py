"""Market-maker tracker settings, read from ``APP_MM_*`` environment variables (and ``.env``).

Bounds on what the tracker keeps in memory: how many markets it follows at once, how much of
each market's stream it buffers, and when an unused market is dropped.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class TrackerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_MM_", env_file=".env", extra="ignore")

    max_feeds: int = Field(default=32, ge=1, le=10_000, description="Markets tracked at once")
    max_updates: int = Field(
        default=200_000, ge=10, description="Book level updates buffered per market"
    )
    max_trades: int = Field(default=50_000, ge=10, description="Trades buffered per market")
    retention_s: float = Field(default=3600.0, gt=0, description="Seconds of history kept")
    idle_s: float = Field(
        default=300.0, gt=0, description="A market nobody asked about for this long is dropped"
    )
