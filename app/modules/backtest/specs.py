"""Request and response models of the backtest module (Pydantic v2, no heavy imports)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.symbols import normalize_symbol
from app.core.timeframes import Timeframe
from app.core.timeutil import UtcDatetime

MAX_SYMBOLS = 10
MAX_INLINE_CANDLES = 200_000
MAX_SIGNALS = 100_000

Direction = Literal["long", "short", "both"]
Execution = Literal["next_open", "close"]
Objective = Literal["sharpe", "sortino", "calmar", "total_return"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- inputs: candles and signals


class BacktestCandleIn(_Model):
    """One OHLCV bar; ``ts`` is the bar's open time (UTC)."""

    ts: UtcDatetime
    open: float = Field(gt=0)
    high: float = Field(gt=0)
    low: float = Field(gt=0)
    close: float = Field(gt=0)
    volume: float = Field(default=0.0, ge=0)

    @model_validator(mode="after")
    def _consistent(self) -> BacktestCandleIn:
        if self.high < max(self.open, self.close, self.low) or self.low > min(
            self.open, self.close
        ):
            raise ValueError("high must be ≥ open/close/low and low ≤ open/close")
        return self


class BacktestSignalIn(_Model):
    """A stored trading signal replayed by the ``signals`` strategy."""

    timestamp: UtcDatetime = Field(description="When the signal was issued (UTC)")
    side: Literal["BUY", "SELL", "HOLD"]
    symbol: str | None = Field(default=None, description="Defaults to every symbol of the spec")
    stop_loss: float | None = Field(default=None, gt=0, description="Stop price for this entry")
    take_profit: float | None = Field(default=None, gt=0, description="Target price")
    confidence: float | None = Field(default=None, ge=0, le=1)

    @field_validator("side", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str | None) -> str | None:
        return None if value is None else normalize_symbol(value)


# ---------------------------------------------------------------- risk: stops, targets, sizing


class FixedPctStop(_Model):
    type: Literal["fixed_pct"] = "fixed_pct"
    value: float = Field(gt=0, lt=1, description="Distance from the entry price, 0.02 = 2%")


class AtrStop(_Model):
    type: Literal["atr"] = "atr"
    multiplier: float = Field(gt=0, le=20, description="Stop distance in ATRs at entry")
    atr_period: int = Field(default=14, ge=2, le=500)


class TrailingStop(_Model):
    """Trails the best price since entry; distance as a fraction or, with ``multiplier``, ATRs."""

    type: Literal["trailing"] = "trailing"
    value: float | None = Field(default=None, gt=0, lt=1)
    multiplier: float | None = Field(default=None, gt=0, le=20)
    atr_period: int = Field(default=14, ge=2, le=500)

    @model_validator(mode="after")
    def _one_distance(self) -> TrailingStop:
        if (self.value is None) == (self.multiplier is None):
            raise ValueError(
                "trailing stop needs exactly one of value (fraction) or multiplier (ATR)"
            )
        return self


StopLossSpec = Annotated[FixedPctStop | AtrStop | TrailingStop, Field(discriminator="type")]


class FixedPctTarget(_Model):
    type: Literal["fixed_pct"] = "fixed_pct"
    value: float = Field(gt=0, le=10, description="Distance from the entry price, 0.05 = 5%")


class AtrTarget(_Model):
    type: Literal["atr"] = "atr"
    multiplier: float = Field(gt=0, le=50)
    atr_period: int = Field(default=14, ge=2, le=500)


class RiskRewardTarget(_Model):
    type: Literal["risk_reward"] = "risk_reward"
    ratio: float = Field(gt=0, le=20, description="Target distance = ratio × stop distance")


TakeProfitSpec = Annotated[
    FixedPctTarget | AtrTarget | RiskRewardTarget, Field(discriminator="type")
]


class FixedFractionSizing(_Model):
    """Each position's notional = fraction × leverage × equity ÷ number of symbols."""

    method: Literal["fixed_fraction"] = "fixed_fraction"
    fraction: float = Field(default=1.0, gt=0, le=1)


class RiskPerTradeSizing(_Model):
    """Notional = risk × equity ÷ stop distance, capped at leverage × equity ÷ symbols."""

    method: Literal["risk_per_trade"] = "risk_per_trade"
    risk: float = Field(gt=0, le=0.1, description="Fraction of equity lost if the stop is hit")


SizingSpec = Annotated[FixedFractionSizing | RiskPerTradeSizing, Field(discriminator="method")]


# ---------------------------------------------------------------- the backtest request


class BacktestSpec(_Model):
    """What to backtest; candles come from the database (symbols, timeframe, range) or inline."""

    strategy: str = Field(min_length=1, max_length=64, examples=["sma_cross"])
    params: dict[str, Any] = Field(default_factory=dict, examples=[{"fast": 20, "slow": 50}])
    symbols: list[str] = Field(min_length=1, max_length=MAX_SYMBOLS, examples=[["BTC/USDT"]])
    timeframe: Timeframe = Field(default="1h", examples=["1h"])
    start: UtcDatetime | None = None
    end: UtcDatetime | None = None
    candles: dict[str, list[BacktestCandleIn]] | None = Field(
        default=None, description="Inline candles by symbol; replaces the database lookup"
    )
    signals: list[BacktestSignalIn] | None = Field(
        default=None, max_length=MAX_SIGNALS, description="Stored signals for strategy 'signals'"
    )
    initial_capital: float = Field(default=10_000.0, gt=0, le=1e12)
    fees: float = Field(default=0.001, ge=0, le=0.05, description="Per side, 0.001 = 0.1%")
    slippage: float = Field(default=0.0005, ge=0, le=0.05, description="Per fill, fraction")
    direction: Direction = "long"
    sizing: SizingSpec = Field(default_factory=FixedFractionSizing)
    stop_loss: StopLossSpec | None = Field(
        default=None,
        description="Required: a spec without one is refused (422 policy-violation, rule "
        "stop-loss-required). With next_open fills the stop is checked from the entry bar itself "
        "(worst case: the bar's low/high reaching the stop stops the position out on that bar)",
    )
    take_profit: TakeProfitSpec | None = None
    leverage: float = Field(
        default=1.0,
        gt=0,
        description="At most the configured cap, hard cap 3× (422 policy-violation, rule "
        "max-leverage)",
    )
    execution: Execution = Field(
        default="next_open",
        description="next_open: a signal on a bar's close fills at the next bar's open; "
        "close: fills at the signal bar's close",
    )

    @field_validator("symbols")
    @classmethod
    def _symbols(cls, value: list[str]) -> list[str]:
        normalized = [normalize_symbol(symbol) for symbol in value]
        if len(set(normalized)) != len(normalized):
            raise ValueError("symbols must be unique")
        return normalized

    @field_validator("candles")
    @classmethod
    def _candles(
        cls, value: dict[str, list[BacktestCandleIn]] | None
    ) -> dict[str, list[BacktestCandleIn]] | None:
        if value is None:
            return None
        if sum(len(rows) for rows in value.values()) > MAX_INLINE_CANDLES:
            raise ValueError(f"at most {MAX_INLINE_CANDLES} inline candles")
        return {normalize_symbol(symbol): rows for symbol, rows in value.items()}

    @model_validator(mode="after")
    def _consistent(self) -> BacktestSpec:
        if self.start and self.end and self.start >= self.end:
            raise ValueError("start must be before end")
        if self.candles is not None:
            missing = [symbol for symbol in self.symbols if symbol not in self.candles]
            if missing:
                raise ValueError(f"inline candles missing for {', '.join(missing)}")
        return self

    @model_validator(mode="after")
    def _signals_given(self) -> BacktestSpec:
        # A subclass may override this by name, e.g. to replay signals stored elsewhere.
        if self.strategy == "signals" and not self.signals:
            raise ValueError("strategy 'signals' needs a non-empty signals list")
        return self


# ---------------------------------------------------------------- results


class PerformanceMetrics(BaseModel):
    """Equity-curve statistics; ratios are annualised with 365 days × bars per day."""

    total_return: float
    cagr: float | None
    annual_volatility: float | None
    sharpe: float | None
    sortino: float | None
    calmar: float | None
    max_drawdown: float = Field(description="Most negative peak-to-trough change, e.g. -0.25")
    max_drawdown_duration_bars: int
    max_drawdown_duration_days: float
    final_equity: float


class BacktestMetrics(PerformanceMetrics):
    trade_count: int = Field(description="Closed plus open trades")
    closed_trades: int
    open_trades: int
    win_rate: float | None
    profit_factor: float | None
    expectancy: float | None = Field(description="Mean PnL per closed trade, quote currency")
    expectancy_pct: float | None = Field(description="Mean return per closed trade")
    best_trade_pct: float | None
    worst_trade_pct: float | None
    avg_bars_held: float | None
    exposure_time: float = Field(description="Fraction of bars with an open position")
    avg_gross_exposure: float = Field(description="Mean gross position value ÷ equity")
    max_gross_exposure: float
    total_fees: float


ExitReason = Literal[
    "signal", "stop_loss", "trailing_stop", "take_profit", "end_of_data", "liquidation"
]


class BacktestTrade(BaseModel):
    symbol: str
    direction: Literal["long", "short"]
    status: Literal["closed", "open", "liquidated"]
    entry_time: datetime
    entry_price: float = Field(description="Fill price, slippage included")
    exit_time: datetime | None
    exit_price: float | None = Field(description="Fill price; last close for open trades")
    size: float
    notional: float = Field(description="Entry price × size")
    fees: float
    pnl: float = Field(description="Net of fees")
    return_pct: float = Field(description="PnL ÷ entry notional")
    equity_return: float = Field(description="PnL ÷ account equity before the entry")
    stop_price: float = Field(description="Initial stop-loss level")
    take_profit_price: float | None
    exit_reason: ExitReason
    bars_held: int


class EquityCurve(BaseModel):
    timestamps: list[datetime]
    equity: list[float]
    benchmark: list[float] = Field(description="Equal-weight buy & hold of the same symbols")
    drawdown: list[float]
    gross_exposure: list[float]
    close: dict[str, list[float]] = Field(
        default_factory=dict, description="Each symbol's close per bar (the report's price panel)"
    )


class BacktestResult(BaseModel):
    strategy: str
    params: dict[str, Any]
    symbols: list[str]
    timeframe: str
    start: datetime
    end: datetime
    bars: int
    initial_capital: float
    final_equity: float
    leverage: float
    direction: Direction
    execution: Execution
    metrics: BacktestMetrics
    benchmark: PerformanceMetrics
    trades: list[BacktestTrade]
    equity_curve: EquityCurve
    liquidated: bool = Field(description="Equity reached zero; trading stopped there")
    warnings: list[str] = Field(default_factory=list)
    engine: dict[str, Any] = Field(default_factory=dict)


# ---------------------------------------------------------------- strategies catalogue


class ParamInfo(BaseModel):
    name: str
    type: Literal["int", "float", "bool"]
    default: float | int | bool
    min: float | int | None = None
    max: float | int | None = None
    description: str


class StrategyInfo(BaseModel):
    name: str
    description: str
    params: list[ParamInfo]
    constraints: list[str] = Field(default_factory=list)
    optimisable: bool = True


# ---------------------------------------------------------------- optimisation


class ParamRange(_Model):
    """Either explicit ``values`` or ``min``/``max`` (grid: with ``step``; Optuna: continuous)."""

    values: list[float | int | bool] | None = Field(default=None, min_length=1, max_length=10_000)
    min: float | None = None
    max: float | None = None
    step: float | None = Field(default=None, gt=0)
    log: bool = False

    @model_validator(mode="after")
    def _shape(self) -> ParamRange:
        if self.values is None and (self.min is None or self.max is None):
            raise ValueError("give values, or min and max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min must not exceed max")
        return self


class OptimizeSpec(_Model):
    base: BacktestSpec
    param_space: dict[str, ParamRange] = Field(min_length=1)
    method: Literal["grid", "optuna", "auto"] = "auto"
    objective: Objective = "sharpe"
    max_drawdown: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="Reject results whose drawdown exceeds this, 0.3 = 30%",
    )
    min_trades: int = Field(default=1, ge=0)
    n_trials: int = Field(default=100, ge=1, le=5_000, description="Optuna trials")
    max_grid: int = Field(default=20_000, ge=1, le=200_000, description="Grid size limit")
    chunk_size: int = Field(default=200, ge=1, le=5_000, description="Columns per simulation")
    seed: int | None = None
    top_n: int = Field(default=20, ge=1, le=1_000)
    pbo_blocks: int = Field(default=10, ge=4, le=16, description="CSCV blocks (even)")

    @field_validator("pbo_blocks")
    @classmethod
    def _even(cls, value: int) -> int:
        if value % 2:
            raise ValueError("pbo_blocks must be even")
        return value


class RankedParams(BaseModel):
    params: dict[str, Any]
    score: float | None
    feasible: bool
    metrics: dict[str, float | None]


class OverfittingReport(BaseModel):
    n_trials: int
    selected_sharpe: float | None = Field(description="Annualised Sharpe of the selected params")
    expected_max_sharpe: float | None = Field(
        description="Annualised Sharpe the best of n_trials skill-less trials would reach"
    )
    deflated_sharpe: float | None = Field(description="P(true Sharpe > 0) after selection bias")
    pbo: float | None = Field(description="Probability of backtest overfitting (CSCV)")
    warning: bool
    message: str


class OptimizeResult(BaseModel):
    method: Literal["grid", "optuna"]
    objective: Objective
    n_evaluated: int
    n_feasible: int
    best_params: dict[str, Any] | None
    best_score: float | None
    best_metrics: dict[str, float | None] | None
    ranked: list[RankedParams]
    overfitting: OverfittingReport
    elapsed_seconds: float


# ---------------------------------------------------------------- walk-forward


class WalkForwardSpec(OptimizeSpec):
    mode: Literal["rolling", "anchored"] = "rolling"
    in_sample_bars: int = Field(ge=50)
    out_of_sample_bars: int = Field(ge=10)
    step_bars: int | None = Field(default=None, ge=1, description="Defaults to out_of_sample_bars")
    max_folds: int = Field(default=20, ge=1, le=100)


class WalkForwardFold(BaseModel):
    fold: int
    in_sample_start: datetime
    in_sample_end: datetime = Field(description="Exclusive")
    out_of_sample_start: datetime
    out_of_sample_end: datetime = Field(description="Exclusive")
    best_params: dict[str, Any]
    in_sample_score: float | None
    in_sample_cagr: float | None
    out_of_sample_cagr: float | None
    out_of_sample_return: float
    out_of_sample_sharpe: float | None
    out_of_sample_trades: int


class ParamStability(BaseModel):
    name: str
    values: list[float | int | bool]
    mean: float | None
    std: float | None
    coefficient_of_variation: float | None
    mode: float | int | bool
    mode_share: float = Field(description="Share of folds that picked the most common value")


class WalkForwardResult(BaseModel):
    mode: Literal["rolling", "anchored"]
    folds: list[WalkForwardFold]
    out_of_sample: PerformanceMetrics
    equity_curve: EquityCurve
    walk_forward_efficiency: float | None = Field(
        description="Annualised OOS return ÷ mean annualised IS return"
    )
    param_stability: list[ParamStability]
    warnings: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- Monte Carlo


class MonteCarloSpec(_Model):
    method: Literal["trades", "bars"] = "trades"
    n_paths: int = Field(default=1_000, ge=10, le=20_000)
    seed: int | None = Field(default=None, description="Same seed, same paths")
    block_size: int = Field(
        default=1, ge=1, le=1_000_000, description="Bars bootstrap block length"
    )
    ruin_threshold: float = Field(
        default=0.5, gt=0, le=1, description="Ruin = losing this fraction of the initial capital"
    )
    band_points: int = Field(default=200, ge=10, le=2_000)


class MonteCarloResult(BaseModel):
    method: Literal["trades", "bars"]
    n_paths: int
    steps: int
    seed: int | None
    initial_capital: float
    band_steps: list[int]
    bands: dict[str, list[float]] = Field(description="Equity percentiles p5, p25, p50, p75, p95")
    final_return: dict[str, float] = Field(description="mean, std and percentiles")
    max_drawdown: dict[str, float]
    final_return_histogram: dict[str, list[float]] = Field(description="bin edges and counts")
    probability_of_loss: float
    probability_of_ruin: float
    ruin_threshold: float
