"""Application settings, read from ``APP_*`` environment variables (and ``.env``)."""

from __future__ import annotations

from contextvars import ContextVar, Token
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_SECRET = "dev-only-insecure-secret-change-me"
MIN_SECRET_LENGTH = 32

# The roadmap's white-hat limits. Configuration may tighten them, never loosen them.
HARD_MAX_LEVERAGE = 3.0
HARD_MIN_CONFIDENCE = 0.65

ALL_MODULES = (
    "auth",
    "database",
    "streaming",
    "backtest",
    "portfolio",
    "execution",
    "rl",
    "news",
    "synthetic",
    "automl",
    "exchanges",
    "onchain",
    "marketmaker",
    "risk",
    "emergency",
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="APP_", env_file=".env", extra="ignore", validate_default=True
    )

    env: Literal["dev", "test", "prod"] = "dev"
    project_name: str = "Kalkan"
    api_prefix: str = "/api/v1"

    database_url: str = "sqlite+aiosqlite:///./var/kalkan.db"
    database_echo: bool = False
    database_pool_size: int = Field(default=10, ge=1, le=200)
    redis_url: str | None = None
    cache_namespace: str = "kalkan"

    secret_key: str = DEFAULT_SECRET
    jwt_algorithm: Literal["HS256", "HS384", "HS512"] = "HS256"
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=365)
    bootstrap_admin_email: str | None = None
    bootstrap_admin_password: str | None = None

    # "N/period" with period in second|minute|hour|day
    rate_limit_default: str = "600/minute"
    rate_limit_auth: str = "10/minute"
    rate_limit_anonymous: str = "120/minute"
    rate_limit_enabled: bool = True

    modules_disabled: Annotated[list[str], NoDecode] = Field(default_factory=list)

    max_leverage: float = Field(default=HARD_MAX_LEVERAGE, gt=0)
    min_confidence: float = Field(default=HARD_MIN_CONFIDENCE, le=1)
    live_trading: bool = False

    job_backend: Literal["inprocess", "redis"] = "inprocess"
    job_workers: int = Field(default=2, ge=1, le=64)

    market_data: Literal["live", "replay", "synthetic"] = "live"
    market_exchanges: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["binance", "bybit", "okx", "bitget", "kraken"]
    )
    market_replay_paths: Annotated[list[Path], NoDecode] = Field(default_factory=list)
    market_replay_speed: float = Field(default=1.0, ge=0)
    market_synthetic_seed: int = 0
    market_timeout_ms: int = Field(default=10_000, ge=100, le=120_000)
    market_cache_ttl_seconds: float = Field(default=1.0, ge=0, le=3600)
    numba_cache_dir: Path = Path("./var/numba-cache")
    # Load vectorbt and compile the backtest kernels in the background after start-up, so the
    # first backtest does not wait for them; costs ~300 MB of resident memory from then on.
    backtest_warmup: bool = False
    model_dir: Path = Path("./var/models")

    # Retention in days; 0 keeps forever.
    retention_signals_days: int = Field(default=365, ge=0)
    retention_candles_1m_days: int = Field(default=90, ge=0)
    retention_candles_days: int = Field(default=0, ge=0)
    retention_audit_days: int = Field(default=730, ge=0)
    retention_jobs_days: int = Field(default=30, ge=0)
    retention_interval_seconds: int = Field(default=3600, ge=10)

    log_level: str = "INFO"
    log_json: bool = True

    # Browser origins allowed to call the API ("*" for any); empty sends no CORS headers.
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("modules_disabled", "market_exchanges", "market_replay_paths", mode="before")
    @classmethod
    def _split_modules(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("modules_disabled")
    @classmethod
    def _known_modules(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(ALL_MODULES))
        if unknown:
            raise ValueError(f"unknown modules {unknown}; known: {', '.join(ALL_MODULES)}")
        return value

    @field_validator("max_leverage")
    @classmethod
    def _leverage_cap(cls, value: float) -> float:
        if value > HARD_MAX_LEVERAGE:
            raise ValueError(f"max_leverage may lower the {HARD_MAX_LEVERAGE:g}x cap, not raise it")
        return value

    @field_validator("min_confidence")
    @classmethod
    def _confidence_floor(cls, value: float) -> float:
        if value < HARD_MIN_CONFIDENCE:
            raise ValueError(
                f"min_confidence may raise the {HARD_MIN_CONFIDENCE} floor, not lower it"
            )
        return value

    @model_validator(mode="after")
    def _production_secrets(self) -> Settings:
        if self.env == "prod" and (
            self.secret_key == DEFAULT_SECRET or len(self.secret_key) < MIN_SECRET_LENGTH
        ):
            raise ValueError(
                f"APP_SECRET_KEY must be set to a random value of at least {MIN_SECRET_LENGTH} "
                "characters when APP_ENV=prod"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def module_enabled(self, name: str) -> bool:
        return name not in self.modules_disabled


@lru_cache
def get_settings() -> Settings:
    return Settings()


# The settings of the app serving the current request, set per request by
# ``SettingsContextMiddleware``; outside a request, the process-wide settings.
_active: ContextVar[Settings | None] = ContextVar("kalkan_settings", default=None)


def active_settings() -> Settings:
    return _active.get() or get_settings()


def bind_settings(settings: Settings) -> Token[Settings | None]:
    return _active.set(settings)


def unbind_settings(token: Token[Settings | None]) -> None:
    _active.reset(token)
