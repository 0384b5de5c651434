"""Execution settings, read from ``APP_EXECUTION_*`` environment variables (and ``.env``).

Fees (maker, taker) per exchange default to each venue's published base tier for spot
(Binance 0.10/0.10 %, Bybit 0.10/0.10 %, OKX 0.08/0.10 %, Kraken 0.25/0.40 %, Coinbase
Advanced 0.40/0.60 %, Bitstamp 0.30/0.40 %, Gemini 0.20/0.40 %, KuCoin 0.10/0.10 %, Bitget
0.10/0.10 %); override with ``APP_EXECUTION_FEES='{"binance": [0.0002, 0.0004]}'``.
Market rules (minimum quantity, lot step, minimum notional) per ``exchange:SYMBOL`` or
``SYMBOL`` come from ``APP_EXECUTION_MARKET_RULES`` (JSON) over the defaults.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_FEES: dict[str, tuple[float, float]] = {
    "binance": (0.001, 0.001),
    "binanceus": (0.001, 0.001),
    "binanceusdm": (0.0002, 0.0005),
    "bybit": (0.001, 0.001),
    "okx": (0.0008, 0.001),
    "kraken": (0.0025, 0.004),
    "coinbase": (0.004, 0.006),
    "bitstamp": (0.003, 0.004),
    "gemini": (0.002, 0.004),
    "kucoin": (0.001, 0.001),
    "bitget": (0.001, 0.001),
    "bitmex": (-0.0001, 0.00075),
}
FALLBACK_FEES = (0.001, 0.001)


class MarketRule(BaseModel):
    min_qty: float = Field(default=0.0, ge=0, description="Smallest base quantity")
    step: float = Field(default=0.0, ge=0, description="Lot step; 0: any quantity")
    min_notional: float = Field(default=0.0, ge=0, description="Smallest quote value")


class ExecutionSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_EXECUTION_", env_file=".env", extra="ignore")

    fees: dict[str, tuple[float, float]] = Field(
        default_factory=dict, description="(maker, taker) fee rates per exchange over defaults"
    )
    market_rules: dict[str, MarketRule] = Field(default_factory=dict)
    default_rule: MarketRule = Field(default_factory=lambda: MarketRule(step=1e-8, min_qty=1e-8))
    max_limit_deviation: float = Field(
        default=0.5,
        gt=0,
        le=10,
        description="A limit price further than this fraction from the book mid is refused",
    )
    book_depth: int = Field(default=500, ge=1, le=10_000, description="Levels walked at most")
    sweep_seconds: float = Field(
        default=1.0, ge=0, description="Resting orders and stops are checked this often; 0 off"
    )
    max_algo_seconds: float = Field(default=7 * 86_400, gt=0, description="Longest algorithm")
    min_algo_seconds: float = Field(default=1.0, gt=0)
    max_slices: int = Field(default=10_000, ge=1)
    impact_y: float = Field(
        default=0.995,
        gt=0,
        description=(
            "Y of the square-root impact model; 0.995 is estimate.calibrate_y on recorded "
            "Binance BTC/USDT aggTrades (2020-01-02) with σ, V from the 30 days of 1 h bars before"
        ),
    )
    credentials_key: str | None = Field(
        default=None, description="Fernet key for stored exchange credentials; else derived"
    )
    live_base_urls: dict[str, str] = Field(
        default_factory=dict, description="Per-exchange API base URL override (tests, testnets)"
    )

    def fee_rates(self, exchange: str) -> tuple[float, float]:
        return self.fees.get(exchange) or DEFAULT_FEES.get(exchange, FALLBACK_FEES)

    def rule_for(self, exchange: str, symbol: str) -> MarketRule:
        return (
            self.market_rules.get(f"{exchange}:{symbol}")
            or self.market_rules.get(symbol)
            or self.default_rule
        )


@lru_cache
def get_execution_settings() -> ExecutionSettings:
    return ExecutionSettings()
