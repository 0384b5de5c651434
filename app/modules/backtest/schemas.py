"""HTTP request and response models of the backtest endpoints: the domain specs (``specs.py``)
plus where the candles come from, and the persisted state of a run."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

from app.core.timeutil import UtcDatetime
from app.modules.backtest.specs import (
    BacktestResult,
    BacktestSpec,
    MonteCarloResult,
    MonteCarloSpec,
    OptimizeResult,
    OptimizeSpec,
    WalkForwardResult,
    WalkForwardSpec,
)

RunKind = Literal["run", "optimize", "walkforward", "montecarlo"]
RunStatus = Literal["queued", "running", "succeeded", "failed", "cancelled"]
FINAL_STATUSES = frozenset({"succeeded", "failed", "cancelled"})
RUN_ID_PATTERN = r"^[0-9a-f]{32}$"
EXCHANGE_FIELD = Field(
    default="binance",
    pattern=r"^[a-z0-9]{2,32}$",
    description="Exchange of the stored candles (POST /candles/import); unused with inline candles",
)


class BacktestRunRequest(BacktestSpec):
    """A backtest over stored candles (``exchange``, ``symbols``, ``timeframe``, ``start``,
    ``end``) or inline ``candles``. Strategy ``signals`` without inline ``signals`` replays the
    caller's stored signals (POST /signals/save) in the window."""

    exchange: str = EXCHANGE_FIELD
    signal_strategy: str | None = Field(
        default=None,
        max_length=100,
        description="Strategy 'signals' with stored signals: replay only those saved with this "
        "strategy name",
    )

    @model_validator(mode="after")
    def _signals_given(self) -> BacktestRunRequest:  # overrides BacktestSpec's check by name
        return self

    def spec(self, signals: list[Any] | None = None) -> BacktestSpec:
        """The domain spec, with stored ``signals`` when the request has none inline."""
        values = self.model_dump(exclude={"exchange", "signal_strategy"})
        if signals is not None:
            values["signals"] = signals
        return BacktestSpec.model_validate(values)


class BacktestOptimizeRequest(OptimizeSpec):
    """Grid or Optuna search over ``base``'s strategy parameters, on stored or inline candles."""

    exchange: str = EXCHANGE_FIELD


class BacktestWalkForwardRequest(WalkForwardSpec):
    """Rolling or anchored walk-forward optimisation, on stored or inline candles."""

    exchange: str = EXCHANGE_FIELD


class BacktestMonteCarloRequest(MonteCarloSpec):
    """Bootstrap the trades or bar returns of one of the caller's finished backtests."""

    result_id: str = Field(pattern=RUN_ID_PATTERN, description="id of a finished run (kind run)")


ResultView = Literal["full", "summary"]


class BacktestRunSummary(BaseModel):
    """A run's state and headline numbers (``summary``); the result is on
    GET /backtest/results/{id}."""

    id: str
    kind: RunKind
    status: RunStatus
    progress: float = Field(ge=0, le=1)
    message: str | None = None
    error: str | None = None
    job_id: str | None = Field(
        default=None, description="Core job (GET /jobs/{id}, POST /jobs/{id}/cancel)"
    )
    parent_id: str | None = Field(default=None, description="Monte Carlo: the run it resamples")
    strategy: str | None = None
    symbols: list[str] = Field(default_factory=list)
    timeframe: str | None = None
    exchange: str | None = Field(default=None, description="Stored candles' exchange; null inline")
    summary: dict[str, Any] | None = Field(default=None, description="Headline numbers")
    created_at: UtcDatetime
    finished_at: UtcDatetime | None = None


class _RunOut(BacktestRunSummary):
    request: dict[str, Any] = Field(
        default_factory=dict, description="The request as run; inline candles and signals omitted"
    )
    view: ResultView = Field(
        default="full",
        description="full: with the result (equity curve, trades, ...); summary: result null, "
        "the headline numbers in summary",
    )


class BacktestRunOut(_RunOut):
    kind: Literal["run"] = "run"
    result: BacktestResult | None = None


class BacktestOptimizeRunOut(_RunOut):
    kind: Literal["optimize"] = "optimize"
    result: OptimizeResult | None = None


class BacktestWalkForwardRunOut(_RunOut):
    kind: Literal["walkforward"] = "walkforward"
    result: WalkForwardResult | None = None


class BacktestMonteCarloRunOut(_RunOut):
    kind: Literal["montecarlo"] = "montecarlo"
    result: MonteCarloResult | None = None


BacktestRunResult = Annotated[
    BacktestRunOut | BacktestOptimizeRunOut | BacktestWalkForwardRunOut | BacktestMonteCarloRunOut,
    Field(discriminator="kind"),
]
RESULT_MODELS: dict[str, type[BaseModel]] = {
    "run": BacktestResult,
    "optimize": OptimizeResult,
    "walkforward": WalkForwardResult,
    "montecarlo": MonteCarloResult,
}
RUN_MODELS: dict[str, type[_RunOut]] = {
    "run": BacktestRunOut,
    "optimize": BacktestOptimizeRunOut,
    "walkforward": BacktestWalkForwardRunOut,
    "montecarlo": BacktestMonteCarloRunOut,
}
