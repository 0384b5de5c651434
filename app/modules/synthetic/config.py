"""Synthetic-data settings, read from ``APP_SYNTHETIC_*`` environment variables (and ``.env``):
the bounds on training and generation requests."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SyntheticSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_SYNTHETIC_", env_file=".env", extra="ignore")

    max_paths: int = Field(default=1_000, ge=1, description="Paths per generation request")
    max_length: int = Field(default=2_000, ge=2, description="Bars per generated path")
    max_points: int = Field(
        default=500_000, ge=100, description="paths × length × symbols per generation request"
    )
    max_scenarios: int = Field(default=20, ge=1)
    max_candidates: int = Field(default=5_000, ge=10, description="Draws behind tail scenarios")
    max_train_bars: int = Field(default=200_000, ge=100)
    max_window: int = Field(default=256, ge=2)
    max_epochs: int = Field(default=2_000, ge=1, description="Per phase")
    max_hidden: int = Field(default=256, ge=2)
    max_layers: int = Field(default=4, ge=1)
    min_train_windows: int = Field(
        default=32, ge=4, description="Training windows needed (after gaps and the 20 % holdout)"
    )


@lru_cache
def get_synthetic_settings() -> SyntheticSettings:
    return SyntheticSettings()
