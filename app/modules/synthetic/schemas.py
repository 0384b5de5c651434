"""HTTP request and response models of the synthetic-data API."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from app.core.symbols import CcxtSymbol
from app.core.timeframes import Timeframe
from app.core.timeutil import UtcDatetime
from app.modules.backtest.public import Direction, StopLossSpec, TakeProfitSpec
from app.modules.synthetic.specs import SyntheticScenario

Generator = Literal["timegan", "bootstrap", "garch_t"]
Regime = Literal["bull_low_vol", "bull_high_vol", "bear_low_vol", "bear_high_vol"]
ModelStatus = Literal["queued", "training", "ready", "failed", "cancelled"]
MAX_PATHS = 1_000
MAX_LENGTH = 2_000


class SyntheticTrainRequest(BaseModel):
    """Train TimeGAN — and fit the two baselines on the same range — on stored candles of one
    or several assets (aligned on time; up to 3). 80 % of the range trains, the last 20 % is
    held out for the quality report. Small defaults: raise the epochs for a real model."""

    name: str = Field(default="timegan", min_length=1, max_length=64, pattern=r"^[\w.\- ]+$")
    exchange: str = Field(min_length=1, max_length=32)
    symbols: list[CcxtSymbol] = Field(min_length=1, max_length=3)
    timeframe: Timeframe = Field(default="1h", max_length=8)
    start: UtcDatetime | None = None
    end: UtcDatetime | None = None
    window: int = Field(default=24, ge=2, le=256, description="Bars per training window")
    hidden: int = Field(default=24, ge=2, le=256)
    layers: int = Field(default=2, ge=1, le=4)
    embedding_epochs: int = Field(default=20, ge=1, le=2_000)
    supervised_epochs: int = Field(default=20, ge=1, le=2_000)
    joint_epochs: int = Field(default=20, ge=1, le=2_000)
    batch_size: int = Field(default=128, ge=1, le=4_096)
    learning_rate: float = Field(default=1e-3, gt=0, le=0.1)
    bootstrap_block: float = Field(
        default=24.0, ge=1, le=10_000, description="Mean block length of the stationary bootstrap"
    )
    seed: int = Field(default=0, ge=0, le=2**31 - 1)

    @field_validator("symbols")
    @classmethod
    def _distinct(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("symbols must be distinct")
        return value


class SyntheticDataRange(BaseModel):
    exchange: str
    symbols: list[str]
    timeframe: str
    start: UtcDatetime | None
    end: UtcDatetime | None
    bars: int


class SyntheticModelOut(BaseModel):
    """A registry entry. ``metrics`` holds the headline quality scores per generator and the
    verdict; ``GET /gan/models/{id}/quality`` has the whole report and its chart."""

    id: str
    module: str
    kind: str
    name: str
    version: int
    status: ModelStatus
    published: bool
    owner_id: int
    params: dict[str, Any]
    data: SyntheticDataRange
    metrics: dict[str, Any] | None
    sha256: str | None
    size_bytes: int | None
    job_id: str | None
    progress: float | None = Field(default=None, description="Training progress 0..1")
    message: str | None = Field(default=None, description="Training phase, epoch and losses")
    error: str | None
    created_at: UtcDatetime
    finished_at: UtcDatetime | None


class SyntheticTrainingEpoch(BaseModel):
    phase: Literal["embedding", "supervised", "joint"]
    epoch: int
    losses: dict[str, float]


class SyntheticQualityReport(BaseModel):
    """Stylised facts of real vs synthetic returns and the discriminative and predictive scores,
    for TimeGAN and both baselines on the same held-out data; ``best`` names the winner of each
    metric (lower is better) and ``verdict`` says in words how TimeGAN fared. ``real_holdout``
    scores the held-out real windows themselves: the floor a perfect generator would reach.
    ``chart`` is a plotly figure (data + layout)."""

    model_id: str
    real: dict[str, Any]
    real_holdout: dict[str, Any]
    generators: dict[str, dict[str, Any]]
    best: dict[str, str]
    verdict: str
    regime_match: dict[str, float]
    windows: dict[str, int]
    length: int
    history: list[SyntheticTrainingEpoch]
    chart: dict[str, Any]


class SyntheticPublishRequest(BaseModel):
    published: bool = True


class SyntheticGenerateRequest(BaseModel):
    """Generate OHLCV paths from a trained model's generator. ``regime`` conditions TimeGAN
    (baselines generate unconditionally). ``start_price`` per symbol defaults to the last close
    of the model's data; ``start_time`` (the first bar) to the bar after the data's end."""

    model_id: str = Field(min_length=1, max_length=32)
    generator: Generator = "timegan"
    regime: Regime | None = None
    n_paths: int = Field(default=10, ge=1, le=MAX_PATHS)
    length: int = Field(default=100, ge=2, le=MAX_LENGTH)
    seed: int = Field(default=0, ge=0, le=2**31 - 1)
    start_price: dict[CcxtSymbol, float] | None = Field(default=None, max_length=3)
    start_time: UtcDatetime | None = None
    format: Literal["json", "csv"] = "json"

    @field_validator("start_price")
    @classmethod
    def _positive(cls, value: dict[str, float] | None) -> dict[str, float] | None:
        if value is not None and any(not (0 < v < 1e12) for v in value.values()):
            raise ValueError("start prices must be positive and finite")
        return value


class SyntheticPathOut(BaseModel):
    path: int
    symbol: str
    regime: Regime = Field(description="The path's realised regime, by the model's labelling")
    open: list[float]
    high: list[float]
    low: list[float]
    close: list[float]
    volume: list[float]


class SyntheticGenerateResult(BaseModel):
    model_id: str
    generator: Generator
    regime: Regime | None
    seed: int
    timeframe: str
    source: Literal["synthetic"] = "synthetic"
    exchange: str
    ts: list[UtcDatetime] = Field(description="Open time of each bar, shared by every path")
    regime_match: float | None = Field(
        description="Share of paths whose realised regime is the one asked for"
    )
    paths: list[SyntheticPathOut]


class SyntheticScenarioSet(BaseModel):
    exchange: str
    symbol: str
    timeframe: str
    scenarios: list[SyntheticScenario]


class SyntheticStrategySpec(BaseModel):
    """The strategy to stress on synthetic paths, as the backtest module runs it (its white-hat
    rules apply: a stop-loss is required, leverage ≤ 3)."""

    strategy: str = Field(min_length=1, max_length=64, examples=["sma_cross"])
    params: dict[str, Any] = Field(default_factory=dict, examples=[{"fast": 10, "slow": 40}])
    stop_loss: StopLossSpec | None = None
    take_profit: TakeProfitSpec | None = None
    direction: Direction = "long"
    leverage: float = Field(default=1.0, gt=0)
    fees: float = Field(default=0.001, ge=0, le=0.05)
    slippage: float = Field(default=0.0005, ge=0, le=0.05)
    initial_capital: float = Field(default=10_000.0, gt=0, le=1e12)


class SyntheticRobustnessRequest(BaseModel):
    """Backtest ``backtest`` on ``n_paths`` synthetic paths of the model's first symbol (a job):
    the distribution of Sharpe, drawdown and return across paths."""

    model_id: str = Field(min_length=1, max_length=32)
    generator: Generator = "timegan"
    regime: Regime | None = None
    n_paths: int = Field(default=50, ge=1, le=500)
    length: int = Field(default=500, ge=50, le=MAX_LENGTH)
    seed: int = Field(default=0, ge=0, le=2**31 - 1)
    backtest: SyntheticStrategySpec


class SyntheticJobQueued(BaseModel):
    job_id: str
    status: str
    model_id: str
