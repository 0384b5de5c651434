"""Portfolio settings, read from ``APP_PORTFOLIO_*`` environment variables (and ``.env``)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class PortfolioSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_PORTFOLIO_", env_file=".env", extra="ignore")

    starting_balance: float = Field(
        default=10_000.0, gt=0, description="Paper account starting balance (quote)"
    )
    quote: str = Field(default="USDT", description="Quote currency of accounts")
    mark_cache_seconds: float = Field(
        default=7 * 24 * 3600.0,
        gt=0,
        description="How long a last known mark is kept for ?stale_ok",
    )
    max_assets: int = Field(default=100, ge=2, description="Most assets in one allocation")
    max_observations: int = Field(default=20_000, ge=10, description="Most price rows per asset")
    periods_per_year: int = Field(default=365, ge=1, description="Crypto trades every day")
    max_positions: int = Field(default=500, ge=1, description="Open positions per account")


@lru_cache
def get_portfolio_settings() -> PortfolioSettings:
    return PortfolioSettings()
