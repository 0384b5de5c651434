"""Auth settings, read from ``APP_AUTH_*`` environment variables (and ``.env``).

Per-account login throttling: after ``login_free_failures`` consecutive failed logins for one
email (from any address) each further attempt must wait ``login_delay_seconds``, doubling per
failure up to ``login_max_delay_seconds``; ``login_lock_failures`` failures lock the account's
password login for ``login_lock_minutes``. A successful login, or the lock running out, starts
the count again.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class AuthSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_AUTH_", env_file=".env", extra="ignore")

    login_free_failures: int = Field(default=3, ge=1, le=100)
    login_delay_seconds: float = Field(default=1.0, ge=0, le=3600)
    login_max_delay_seconds: float = Field(default=300.0, ge=0, le=86400)
    login_lock_failures: int = Field(default=10, ge=2, le=1000)
    login_lock_minutes: float = Field(default=15.0, gt=0, le=7 * 24 * 60)
