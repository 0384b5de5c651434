"""AutoML settings: ``APP_AUTOML_*`` environment variables (and ``.env``), plus ``APP_RAY_ADDRESS``.

``backend``: ``optuna`` (default) runs trials in the job's process, and any number of
``kalkan worker`` processes join a study through Optuna's RDB storage. ``ray`` runs them on a
Ray cluster through Ray Tune's Optuna searcher (``pip install 'kalkan[ray]'``); results land in
the same Optuna study, so status, best_params and deploy read them the same way.
``APP_RAY_ADDRESS``: the cluster to join (``ray://host:10001`` or ``auto``); unset starts or
reuses a local Ray instance.
"""

from __future__ import annotations

from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class AutoMLSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_AUTOML_", env_file=".env", extra="ignore")

    backend: Literal["optuna", "ray"] = "optuna"
    ray_address: str | None = Field(
        default=None, validation_alias=AliasChoices("APP_RAY_ADDRESS", "APP_AUTOML_RAY_ADDRESS")
    )


def automl_settings() -> AutoMLSettings:
    """Read afresh on each call (cheap), so a changed environment takes effect."""
    return AutoMLSettings()
