"""On-chain settings, read from ``APP_ONCHAIN_*`` environment variables (and ``.env``).

Every outside endpoint (nodes and providers) is a base URL here, so tests point them at local
servers speaking the same protocol; keys are secrets and never appear in responses or logs.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class OnchainSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_ONCHAIN_", env_file=".env", extra="ignore")

    # Nodes (JSON-RPC)
    eth_rpc_url: str | None = Field(default=None, description="Ethereum JSON-RPC endpoint")
    btc_rpc_url: str | None = Field(default=None, description="Bitcoin Core JSON-RPC endpoint")
    btc_rpc_user: str | None = None
    btc_rpc_password: SecretStr | None = None
    rpc_timeout_seconds: float = Field(default=30.0, gt=0)
    rpc_batch_size: int = Field(default=50, ge=1, le=1000, description="Calls per JSON-RPC batch")
    eth_logs_block_span: int = Field(
        default=100, ge=1, le=10_000, description="Blocks per eth_getLogs request"
    )
    max_blocks_per_job: int = Field(
        default=20_000, ge=1, description="Most blocks one ingest job may cover"
    )
    reorg_depth: int = Field(
        default=100, ge=1, description="How far back a changed parent hash is followed"
    )

    # Providers
    glassnode_base_url: str = "https://api.glassnode.com"
    glassnode_api_key: SecretStr | None = None
    glassnode_rate_per_second: float = Field(default=2.0, gt=0)
    cryptoquant_base_url: str = "https://api.cryptoquant.com"
    cryptoquant_api_key: SecretStr | None = None
    cryptoquant_rate_per_second: float = Field(default=2.0, gt=0)
    etherscan_base_url: str = "https://api.etherscan.io/v2/api"
    etherscan_api_key: SecretStr | None = None
    etherscan_rate_per_second: float = Field(default=5.0, gt=0, description="Free tier: 5/s")
    bscscan_base_url: str = "https://api.etherscan.io/v2/api"
    bscscan_api_key: SecretStr | None = None
    bscscan_rate_per_second: float = Field(default=5.0, gt=0)
    provider_timeout_seconds: float = Field(default=20.0, gt=0)
    provider_max_retries: int = Field(default=3, ge=0, le=10)
    provider_retry_base_delay: float = Field(default=0.5, ge=0)
    provider_max_retry_after: float = Field(
        default=30.0, ge=0, description="Longest Retry-After honoured before giving up (503)"
    )

    # Analytics
    price_exchange: str = Field(default="binance", description="Candles-store exchange for USD")
    price_timeframe: str = Field(default="1h", description="Candles used for USD at the time")
    price_max_age_seconds: int = Field(
        default=2 * 24 * 3600, ge=60, description="Oldest candle accepted as the price at a time"
    )
    whale_btc: float = Field(default=100.0, gt=0, description="BTC output counted as a whale")
    whale_eth: float = Field(default=500.0, gt=0, description="ETH/WETH transfer that is a whale")
    whale_usd: float = Field(
        default=1_000_000.0, gt=0, description="USD value of any transfer that is a whale"
    )
    alert_flow_usd: float = Field(
        default=10_000_000.0, gt=0, description="Net exchange flow per block that raises an alert"
    )
    alerts_enabled: bool = True


@lru_cache
def get_onchain_settings() -> OnchainSettings:
    return OnchainSettings()


_override: list[OnchainSettings] = []


def current_onchain_settings() -> OnchainSettings:
    """The settings in force: an override installed by ``use_onchain_settings`` (tests, an
    embedding application) or the environment's."""
    return _override[-1] if _override else get_onchain_settings()


def use_onchain_settings(settings: OnchainSettings | None) -> None:
    """Install ``settings`` for API requests and jobs of this process (None removes it)."""
    _override.clear()
    if settings is not None:
        _override.append(settings)
