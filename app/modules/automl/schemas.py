"""HTTP request and response models of the AutoML endpoints."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.symbols import CcxtSymbol
from app.core.timeframes import Timeframe
from app.core.timeutil import UtcDatetime
from app.modules.automl.deployments import (
    DEPLOYMENT_NAME_PATTERN,
    DeploymentMember,
    DeploymentStatus,
    Weighting,
)
from app.modules.automl.online import UpdateMode
from app.modules.automl.specs import ModelFamily, StudySpec, Target
from app.modules.automl.studies import BestResults, RunReport, StudyStatus
from app.modules.backtest.public import (
    Direction,
    Execution,
    FixedFractionSizing,
    SizingSpec,
    StopLossSpec,
    TakeProfitSpec,
)

STUDY_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,64}$"


class AutoMLCandleWindow(BaseModel):
    """Stored candles a study runs on (import them with POST /candles/import)."""

    model_config = ConfigDict(extra="forbid")

    exchange: str = Field(default="binance", pattern=r"^[a-z0-9]{2,32}$")
    symbol: CcxtSymbol
    timeframe: Timeframe = Field(default="1h", examples=["1h"])
    start: UtcDatetime | None = Field(default=None, description="First bar's open time (UTC)")
    end: UtcDatetime | None = Field(default=None, description="Last bar's open time (inclusive)")

    @model_validator(mode="after")
    def _order(self) -> AutoMLCandleWindow:
        if self.start and self.end and self.start >= self.end:
            raise ValueError("start must be before end")
        return self


class AutoMLBacktestSettings(BaseModel):
    """Capital, costs and risk of the backtests a ``strategy`` study runs (white-hat rules:
    a stop-loss is required and leverage is capped at 3x)."""

    model_config = ConfigDict(extra="forbid")

    initial_capital: float = Field(default=10_000.0, gt=0, le=1e12)
    fees: float = Field(default=0.001, ge=0, le=0.05)
    slippage: float = Field(default=0.0005, ge=0, le=0.05)
    direction: Direction = "long"
    sizing: SizingSpec = Field(default_factory=FixedFractionSizing)
    stop_loss: StopLossSpec | None = Field(default=None, description="Required")
    take_profit: TakeProfitSpec | None = None
    leverage: float = Field(default=1.0, gt=0, le=1_000, description="At most 3")
    execution: Execution = "next_open"


class AutoMLOptimizeRequest(StudySpec):
    """A study: what to optimise (``target``, ``objectives``, sampler, pruner and the target's
    section), on which candles (``data``), with which backtest settings (``strategy`` target),
    for how many trials."""

    data: AutoMLCandleWindow
    backtest: AutoMLBacktestSettings | None = Field(
        default=None, description="Target strategy: capital, costs, stop-loss and leverage"
    )
    n_trials: int = Field(default=20, ge=1, le=1_000)
    timeout_seconds: float | None = Field(default=None, gt=0, le=86_400)

    def study_spec(self) -> StudySpec:
        return StudySpec.model_validate(self.model_dump(include=set(StudySpec.model_fields)))


class AutoMLJobState(BaseModel):
    id: str
    status: str
    progress: float
    message: str | None = None
    error: str | None = None
    result: dict[str, Any] | None = None


class AutoMLStudyAccepted(BaseModel):
    """A queued study; the 202's ``Location`` is GET /automl/status/{study_id}."""

    study_id: str
    job_id: str
    status: str = Field(description="The job's status")


class AutoMLStudyOut(BaseModel):
    study_id: str
    target: Target
    objectives: list[str]
    n_trials: int
    timeout_seconds: float | None
    data: dict[str, Any]
    job_id: str | None
    created_at: UtcDatetime


class AutoMLStudyStatusOut(StudyStatus):
    n_trials_requested: int
    data: dict[str, Any]
    job: AutoMLJobState | None = Field(description="The optimisation job; null once it has expired")
    report: RunReport | None = Field(default=None, description="The finished job's report")


class AutoMLBestParamsOut(BestResults):
    best_params: dict[str, Any] | None = Field(
        description="Single objective: the best trial's parameters (signal models: with "
        "'family', the winning model family); null without completed trials or with several "
        "objectives (see trials, the Pareto set)"
    )
    best_family: ModelFamily | None = Field(
        default=None, description="signal_model, single objective: the best trial's family"
    )


class AutoMLDeployRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    study_id: str = Field(pattern=STUDY_ID_PATTERN)
    name: str = Field(pattern=DEPLOYMENT_NAME_PATTERN, examples=["btc-sma-v1"])
    trial_numbers: list[int] | None = Field(
        default=None, min_length=1, max_length=50, description="Trials to deploy (an ensemble)"
    )
    top_k: int | None = Field(
        default=None, ge=1, le=50, description="Deploy the k best trials (default: the best)"
    )
    weighting: Weighting = Field(
        default="fitted",
        description="signal_model ensembles: member weights fitted on the validation "
        "predictions (minimum log loss on the simplex), or equal",
    )

    @field_validator("trial_numbers")
    @classmethod
    def _numbers(cls, value: list[int] | None) -> list[int] | None:
        if value is not None:
            if any(n < 0 for n in value):
                raise ValueError("trial numbers are non-negative")
            if len(set(value)) != len(value):
                raise ValueError("trial numbers must be distinct")
        return value

    @model_validator(mode="after")
    def _one_selector(self) -> AutoMLDeployRequest:
        if self.trial_numbers is not None and self.top_k is not None:
            raise ValueError("give trial_numbers or top_k, not both")
        return self


class AutoMLDeploymentOut(BaseModel):
    """A deployment. Signal models are retrained by a job: ``training`` until it ends, then
    ``active`` (weights stored, ``reproduced_metrics`` filled in) or ``failed`` (see ``error``)."""

    name: str
    study_id: str
    target: Target
    objectives: list[str]
    members: list[DeploymentMember]
    trial_numbers: list[int]
    is_ensemble: bool
    status: DeploymentStatus
    created_at: UtcDatetime
    retired_at: UtcDatetime | None
    artifact_bytes: int | None = Field(description="Size of the signal model's weights blob")
    job_id: str | None = Field(
        default=None, description="Signal model: the training job (GET /jobs/{job_id})"
    )
    progress: float | None = Field(
        default=None, ge=0.0, le=1.0, description="While training: the job's progress"
    )
    error: str | None = Field(default=None, description="Status failed: why training failed")
    status_url: str | None = Field(
        default=None, description="Deploy responses: where to poll the deployment's status"
    )


class AutoMLUpdateRequest(BaseModel):
    """An online update of a signal-model deployment on newer candles (a job)."""

    model_config = ConfigDict(extra="forbid")

    data: AutoMLCandleWindow = Field(description="The new candles (include the feature warm-up)")
    mode: UpdateMode = Field(
        default="auto",
        description="auto: a refit on the post-drift rows when ADWIN finds drift in the live "
        "prediction error, else an incremental update; or force incremental / refit",
    )
    holdout_fraction: float = Field(
        default=0.25, ge=0.1, le=0.5, description="the newest rows both versions are scored on"
    )


class AutoMLUpdateAccepted(BaseModel):
    """A queued update; the 202's ``Location`` is the job (GET /jobs/{job_id})."""

    deployment: str
    job_id: str
    status: str = Field(description="The job's status")
    base_version: int = Field(description="The current version the candidate is compared with")


class AutoMLModelVersionOut(BaseModel):
    version: int
    kind: str = Field(description="initial, incremental or refit")
    status: str = Field(description="promoted, rejected or rolled_back")
    current: bool = Field(description="the version the deployment predicts with")
    sha256: str
    artifact_bytes: int
    metrics: dict[str, Any] = Field(description="holdout metrics of this version")
    previous_metrics: dict[str, Any] | None = Field(
        default=None, description="the version it was compared with, on the same holdout rows"
    )
    drift: dict[str, Any] | None = Field(
        default=None, description="ADWIN on the live error: detected, row, ts, error rates"
    )
    data_window: dict[str, Any]
    job_id: str | None
    created_at: UtcDatetime
