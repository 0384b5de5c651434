"""Settings of the database module (env prefix ``APP_DATABASE_``, beside core's
``APP_DATABASE_URL``/``_ECHO``/``_POOL_SIZE``, which this class ignores).

Retention stays in core ``Settings`` (``APP_RETENTION_*``): it also governs ``core_jobs``, a core
table, and operators already set those names.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class DatabaseSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_DATABASE_", extra="ignore")

    import_max_bytes: int = Field(
        default=32 * 2**20, ge=1024, description="Largest candle file accepted by the import"
    )
