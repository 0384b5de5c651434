"""Risk settings, read from ``APP_RISK_*`` environment variables (and ``.env``)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class RiskSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_RISK_", env_file=".env", extra="ignore")

    risk_per_trade: float = Field(
        default=0.01, gt=0, le=0.25, description="Default risk per trade, fraction of equity"
    )
    max_heat: float = Field(
        default=0.06, gt=0, le=1, description="Default maximum portfolio heat, fraction of equity"
    )
    max_cluster_heat: float = Field(
        default=0.04, gt=0, le=1, description="Maximum heat of one correlated cluster"
    )
    cluster_correlation: float = Field(
        default=0.7, gt=0, le=1, description="Correlation at which positions cluster"
    )
    kelly_multiplier: float = Field(
        default=0.5, gt=0, le=1, description="Fractional Kelly applied to f*"
    )
    ewma_lambda: float = Field(default=0.94, gt=0, lt=1)
    mc_paths: int = Field(default=100_000, ge=100, description="Default Monte Carlo paths")
    max_mc_paths: int = Field(default=2_000_000, ge=1000)
    max_observations: int = Field(default=200_000, ge=100)
    max_assets: int = Field(default=200, ge=2)
    max_horizon: int = Field(default=365, ge=1)


@lru_cache
def get_risk_settings() -> RiskSettings:
    return RiskSettings()
