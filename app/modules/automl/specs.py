"""What a study optimises: the target, its objectives, sampler and pruner (Pydantic DTOs).

A ``StudySpec`` is stored in the Optuna study's user attributes, so that any worker process on any
machine that opens the study by id knows how to build the same objective.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Target = Literal["strategy", "signal_model"]
SamplerName = Literal["tpe", "cmaes", "nsga2"]
PrunerName = Literal["none", "median", "successive_halving", "hyperband"]
ModelFamily = Literal["logistic", "random_forest", "hist_gb", "lightgbm", "mlp"]
MODEL_FAMILIES: tuple[ModelFamily, ...] = (
    "logistic",
    "random_forest",
    "hist_gb",
    "lightgbm",
    "mlp",
)
Direction = Literal["maximize", "minimize"]

# Metric → direction. ``max_drawdown`` is optimised as its magnitude (|dd|), whatever sign the
# backtest reports it with, so "minimize" is always right.
STRATEGY_METRICS: dict[str, Direction] = {
    "sharpe": "maximize",
    "sortino": "maximize",
    "calmar": "maximize",
    "total_return": "maximize",
    "max_drawdown": "minimize",
}
SIGNAL_METRICS: dict[str, Direction] = {
    "accuracy": "maximize",
    "log_loss": "minimize",
    "sharpe": "maximize",  # annualised Sharpe of trading the predicted direction on validation
}


def metric_directions(target: Target) -> dict[str, Direction]:
    return STRATEGY_METRICS if target == "strategy" else SIGNAL_METRICS


class ParamSchema(BaseModel):
    """One tunable strategy parameter, in the shape of the backtest module's ``list_strategies()``.

    ``type`` is ``int``, ``float``, ``bool`` or ``choice`` (with ``choices``). ``log`` samples a
    positive numeric range on a log scale.
    """

    model_config = ConfigDict(extra="ignore")

    name: str = Field(min_length=1, max_length=64)
    type: Literal["int", "float", "bool", "choice"]
    default: Any = None
    min: float | None = None
    max: float | None = None
    choices: list[str | int | float | bool] | None = None
    log: bool = False
    step: float | None = None

    @model_validator(mode="after")
    def _check_range(self) -> ParamSchema:
        if self.type in ("int", "float"):
            if self.min is None or self.max is None:
                raise ValueError(f"parameter {self.name!r}: numeric parameters need min and max")
            if not self.min <= self.max:
                raise ValueError(f"parameter {self.name!r}: min must be <= max")
            if self.log and self.min <= 0:
                raise ValueError(f"parameter {self.name!r}: log scale needs min > 0")
        if self.type == "choice" and not self.choices:
            raise ValueError(f"parameter {self.name!r}: choice parameters need choices")
        return self


class StrategyTarget(BaseModel):
    strategy: str = Field(min_length=1, max_length=64)
    params: list[ParamSchema] = Field(
        default_factory=list,
        description="Search space; empty = take it from the backtest module's list_strategies()",
    )
    fixed_params: dict[str, Any] = Field(
        default_factory=dict, description="Parameters passed to every evaluation unchanged"
    )
    walk_forward_folds: int = Field(
        default=0,
        ge=0,
        le=20,
        description="0 = one evaluation over the whole window; k >= 2 = mean over k consecutive "
        "out-of-sample folds (each fold reported as an intermediate value, so folds can prune)",
    )


class SignalModelTarget(BaseModel):
    lags: list[int] = Field(default=[1, 2, 4, 8, 16], min_length=1, max_length=12)
    vol_window: int = Field(default=24, ge=2, le=500)
    rsi_window: int = Field(default=14, ge=2, le=500)
    volume_window: int = Field(default=24, ge=2, le=500)
    validation_fraction: float = Field(default=0.2, gt=0.05, lt=0.5)
    embargo: int = Field(
        default=0,
        ge=0,
        le=500,
        description="bars dropped between the training rows' label windows and the first "
        "validation bar, on top of the purge (see splits)",
    )
    max_epochs: int = Field(default=10, ge=1, le=100, description="upper bound of the epochs range")
    data: dict[str, Any] = Field(
        default_factory=dict,
        description="Where the candles came from (symbol, timeframe, exchange, start/end); "
        "recorded so deployers can reload the same window",
    )
    data_fingerprint: str | None = Field(
        default=None, description="Hash of the candles the study runs on (set at creation)"
    )

    @model_validator(mode="after")
    def _check_lags(self) -> SignalModelTarget:
        if any(lag < 1 or lag > 500 for lag in self.lags):
            raise ValueError("lags must be between 1 and 500 bars")
        return self


class StudySpec(BaseModel):
    target: Target
    objectives: list[str] = Field(min_length=1, max_length=3)
    sampler: SamplerName = "tpe"
    pruner: PrunerName = "none"
    seed: int = Field(default=0, ge=0, le=2**31 - 1)
    n_startup_trials: int = Field(default=10, ge=1, le=1000)
    population_size: int = Field(default=20, ge=2, le=500, description="NSGA-II population")
    strategy: StrategyTarget | None = None
    signal_model: SignalModelTarget | None = None
    model_families: list[ModelFamily] | None = Field(
        default=None,
        min_length=1,
        max_length=len(MODEL_FAMILIES),
        description="signal_model: the model families searched together with their "
        "hyperparameters (logistic, random_forest, hist_gb, lightgbm, mlp); default: mlp only",
    )

    @model_validator(mode="after")
    def _check(self) -> StudySpec:
        known = metric_directions(self.target)
        unknown = [m for m in self.objectives if m not in known]
        if unknown:
            raise ValueError(f"unknown objectives {unknown} for {self.target}; use {list(known)}")
        if len(set(self.objectives)) != len(self.objectives):
            raise ValueError("objectives must be distinct")
        multi = len(self.objectives) > 1
        if multi and self.sampler == "cmaes":
            raise ValueError("CMA-ES is single-objective; use nsga2 or tpe for several objectives")
        if not multi and self.sampler == "nsga2":
            raise ValueError("NSGA-II is for several objectives; use tpe or cmaes for one")
        if multi and self.pruner != "none":
            raise ValueError("pruning needs a single objective (Optuna reports one value)")
        if self.target == "strategy" and self.strategy is None:
            raise ValueError("target 'strategy' needs the 'strategy' section")
        if self.target == "signal_model" and self.signal_model is None:
            self.signal_model = SignalModelTarget()
        if self.model_families is not None:
            if self.target != "signal_model":
                raise ValueError("model_families apply to target 'signal_model' only")
            if len(set(self.model_families)) != len(self.model_families):
                raise ValueError("model_families must be distinct")
        return self

    @property
    def families(self) -> list[ModelFamily]:
        """The searched model families (``["mlp"]`` unless ``model_families`` says otherwise)."""
        return list(self.model_families or ["mlp"])

    @property
    def directions(self) -> list[Direction]:
        known = metric_directions(self.target)
        return [known[m] for m in self.objectives]

    @property
    def multi_objective(self) -> bool:
        return len(self.objectives) > 1
