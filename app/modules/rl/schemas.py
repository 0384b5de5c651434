"""HTTP request and response models of the RL module (names prefixed ``RL``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.core.pagination import Page
from app.core.symbols import CcxtSymbol
from app.core.timeutil import UtcDatetime
from app.modules.rl.specs import AlgoSpec, CandleRange, EnvSpec, MultiAgentSpec

ModelName = Field(default=None, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
MAX_INLINE_CANDLES = 5_000


class RLTrainRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    data: CandleRange
    env: EnvSpec = Field(default_factory=EnvSpec)
    algo: AlgoSpec = Field(default_factory=AlgoSpec)
    holdout_fraction: float = Field(
        default=0.2, ge=0, le=0.5, description="Last share of the bars held back for evaluation"
    )
    name: str | None = ModelName
    multi_agent: MultiAgentSpec | None = Field(
        default=None, description="Several agents learning together in one impacted market"
    )


class RLModelOut(BaseModel):
    """A registry entry: who owns it, what it is, what it was trained on, how it did."""

    id: str
    owner_id: int
    module: str
    kind: str = Field(description="dqn | ppo | a2c | ensemble")
    name: str
    version: int
    status: str = Field(description="training | ready | failed | cancelled")
    source: str = Field(description="trained | uploaded | ensemble")
    params: dict[str, Any] = Field(description="env and algo specs (ensemble: members)")
    data: dict[str, Any] | None = Field(description="Trained and held-back ranges")
    metrics: dict[str, Any] | None
    sha256: str | None
    size_bytes: int | None
    published: bool
    job_id: str | None
    error: str | None
    created_at: UtcDatetime
    updated_at: UtcDatetime


class RLModelPage(Page[RLModelOut]):
    """The caller's models and the published ones, newest first."""


class RLTrainOut(BaseModel):
    model: RLModelOut
    job_id: str = Field(description="Poll GET /jobs/{job_id}; cancel with POST .../cancel")


class RLCandleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ts: UtcDatetime
    open: float = Field(allow_inf_nan=True)
    high: float = Field(allow_inf_nan=True)
    low: float = Field(allow_inf_nan=True)
    close: float = Field(allow_inf_nan=True)
    volume: float = 0.0


class RLPredictRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model_id: str = Field(min_length=1, max_length=32)
    data: CandleRange | None = Field(
        default=None, description="Read the latest bars (≤ end) from the candles store"
    )
    candles: list[RLCandleIn] | None = Field(
        default=None, max_length=MAX_INLINE_CANDLES, description="Or the latest bars inline"
    )
    symbol: CcxtSymbol | None = Field(default=None, description="With inline candles")
    save_signal: bool = Field(default=False, description="Store the answer as a signal")

    @model_validator(mode="after")
    def _one_source(self) -> RLPredictRequest:
        if (self.data is None) == (self.candles is None):
            raise ValueError("give exactly one of data (the store) or candles (inline)")
        return self


class RLPredictOut(BaseModel):
    model_id: str
    symbol: str | None
    time: datetime = Field(description="Open time of the last bar the decision used")
    price: float = Field(description="Close of that bar")
    policy_action: Literal["flat", "long", "short"] = Field(description="The agent's choice")
    action: Literal["flat", "long", "short", "hold"] = Field(
        description="hold when the confidence is below the floor"
    )
    side: Literal["BUY", "SELL", "HOLD"]
    target_exposure: float = Field(description="Signed leverage the agent wants (0 if held)")
    leverage: float
    confidence: float = Field(
        description="PPO/A2C: the policy's probability of the action; DQN: softmax of the "
        "mean-centred Q-values; ensemble: the vote share"
    )
    min_confidence: float
    gated: bool = Field(description="True when the confidence was below min_confidence")
    probabilities: dict[str, float] = Field(description="Per action (flat, long_2x, short_1x…)")
    stop_loss: float | None = Field(description="price ∓ stop_atr_k × ATR; null when flat")
    signal_id: int | None = None


class RLSaveModelRequest(BaseModel):
    """Register a new version: a copy of a model under ``name``, or an ensemble of models."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
    model_id: str | None = Field(default=None, max_length=32, description="Copy this model")
    members: list[str] | None = Field(
        default=None, min_length=2, max_length=15, description="Or vote with these models"
    )

    @model_validator(mode="after")
    def _one(self) -> RLSaveModelRequest:
        if (self.model_id is None) == (self.members is None):
            raise ValueError("give exactly one of model_id (copy) or members (ensemble)")
        return self


class RLPublishRequest(BaseModel):
    published: bool = True


class RLEquityMetrics(BaseModel):
    total_return: float
    metrics: dict[str, float | None] = Field(description="The backtest module's equity metrics")


class RLPerformanceOut(BaseModel):
    model_id: str
    symbol: str
    timeframe: str
    start: datetime
    end: datetime
    bars: int
    agent: dict[str, Any] = Field(description="Episode report and metrics of the agent")
    buy_and_hold: RLEquityMetrics
    random: dict[str, Any] = Field(description="Random-action agents (same env): returns, mean")
    beats_buy_and_hold: bool
    beats_random: bool
    chart: dict[str, Any] = Field(description="Plotly figure: the three equity curves")


class RLLoadModelOut(BaseModel):
    model: RLModelOut
    verified: bool = Field(description="Hash checked and the agent rebuilt from its weights")
    parameters: int = Field(description="Number of weights loaded")
