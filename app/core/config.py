"""Application settings, read from ``APP_*`` environment variables (and ``.env``)."""

from __future__ import annotations

from contextvars import ContextVar, Token
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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

    # Empty: a random key is generated into ``data_dir`` on first start (refused when prod).
    secret_key: str = ""
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

    # --- Reliability limits (issue 15): job quota, request sizes, start-up schema check ---
    # A user's jobs queued or running at once; beyond it a submission is 429 + Retry-After.
    job_max_active_per_user: int = Field(default=10, ge=1, le=10_000)
    job_quota_retry_after_seconds: int = Field(default=30, ge=1, le=3600)
    # Request bodies: 413 beyond these, checked on Content-Length and while streaming.
    # Routes listed in max_upload_routes (path prefixes under the API prefix) get the larger
    # max_upload_bytes; a module sets its own with app.core.limits.body_limits(app).override.
    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    max_upload_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    max_upload_routes: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["/candles/import"]
    )
    # Largest incomplete HTTP event (request line + headers) uvicorn's h11 parser buffers.
    max_header_bytes: int = Field(default=64 * 1024, ge=4096, le=16 * 1024 * 1024)
    # Largest websocket message the server accepts (uvicorn ws_max_size).
    ws_max_message_bytes: int = Field(default=64 * 1024, ge=1024, le=64 * 1024 * 1024)
    # Deepest nesting of arrays/objects accepted in a JSON body.
    json_max_depth: int = Field(default=64, ge=2, le=1000)
    # On start-up with an unmigrated or old schema: migrate (SQLite default) or refuse.
    auto_migrate: bool | None = None

    # --- security (issue 15): secrets, client addresses, headers, metrics and docs exposure ---
    # Where the generated secret key (and other local state) lives.
    data_dir: Path = Path("./var")
    # Peers (IPs or CIDRs) whose X-Forwarded-For is believed; none by default.
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Bearer token that /metrics requires when set.
    metrics_token: str | None = None
    # /docs, /redoc and /openapi.json; unset means on, except when APP_ENV=prod.
    docs_enabled: bool | None = None
    # Strict-Transport-Security max-age; 0 sends no HSTS header (set it behind HTTPS only).
    hsts_seconds: int = Field(default=0, ge=0, le=2 * 365 * 86400)

    @field_validator(
        "modules_disabled",
        "market_exchanges",
        "market_replay_paths",
        "cors_origins",
        "max_upload_routes",
        mode="before",
    )
    @classmethod
    def _split_lists(cls, value: object) -> object:
        """Comma-separated environment values become lists."""
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
        from app.core.secrets import load_or_create_secret, weak_secret_reason

        if self.env == "prod":
            reason = weak_secret_reason(self.secret_key)
            if reason:
                raise ValueError(f"APP_SECRET_KEY {reason}; APP_ENV=prod needs a configured one")
        elif not self.secret_key:
            self.secret_key = load_or_create_secret(self.data_dir / "secret_key")
        return self

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _proxy_networks(cls, value: object) -> object:
        import ipaddress

        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            return value  # pydantic reports the wrong type
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError as exc:
                raise ValueError(f"APP_TRUSTED_PROXIES: {item!r} is not an IP or CIDR") from exc
        return value

    @property
    def serve_docs(self) -> bool:
        return self.env != "prod" if self.docs_enabled is None else self.docs_enabled

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
