"""HTTP request/response models of the risk module.

Conventions shared by every figure: returns are simple per-period returns; VaR and CVaR are
positive fractions of value lost (a one-day 95 % VaR of 0.031 is a 3.1 % loss); historical VaR
is the empirical quantile with linear interpolation (numpy's default, as empyrical), CVaR the
mean of the returns at or below it; Gaussian VaR is z·σ − μ (sample mean and ddof-1 std).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from app.core.symbols import CcxtSymbol
from app.core.timeutil import UtcDatetime
from app.modules.risk.specs import GateDecision, GateOrder, VarFigures

MAX_SERIES = 200_000
Returns = list[float]


class RiskVarRequest(BaseModel):
    """One of ``returns`` (simple per-period returns), ``prices`` (closes, oldest first) or
    ``assets`` + ``weights`` (several return series, for a portfolio)."""

    returns: Returns | None = Field(default=None, min_length=2, max_length=MAX_SERIES)
    prices: list[float] | None = Field(default=None, min_length=3, max_length=MAX_SERIES)
    assets: dict[CcxtSymbol, Returns] | None = Field(default=None, max_length=200)
    weights: dict[CcxtSymbol, float] | None = Field(default=None, max_length=200)
    method: Literal[
        "historical", "gaussian", "cornish_fisher", "ewma", "filtered_historical", "monte_carlo"
    ] = "historical"
    confidence: float = Field(default=0.95, gt=0, lt=1, description="e.g. 0.95 or 0.99")
    horizon: int = Field(
        default=1,
        ge=1,
        le=365,
        description=(
            "Periods; √h only for Gaussian/EWMA (exact for i.i.d. normal), Cornish-Fisher via "
            "cumulant scaling, simulated compounded paths for the others"
        ),
    )
    paths: int = Field(
        default=100_000,
        ge=100,
        le=2_000_000,
        description="Simulated paths (Monte Carlo, multi-period historical/FHS)",
    )
    seed: int = Field(default=0, ge=0)
    dof: float | None = Field(
        default=None, gt=2, le=1000, description="Student-t ν for Monte Carlo; fitted when omitted"
    )
    ewma_lambda: float = Field(default=0.94, gt=0, lt=1)
    backtest_window: int | None = Field(
        default=None,
        ge=20,
        le=5000,
        description=(
            "Backtest the model: rolling one-period forecasts from this many past returns, then "
            "Kupiec POF and Christoffersen independence tests on the exceptions"
        ),
    )

    @model_validator(mode="after")
    def _one_input(self) -> RiskVarRequest:
        given = [x is not None for x in (self.returns, self.prices, self.assets)]
        if sum(given) != 1:
            raise ValueError("give exactly one of returns, prices or assets")
        if self.assets is not None and self.weights is None:
            raise ValueError("assets need weights")
        return self


class RiskCoverageTest(BaseModel):
    statistic: float
    p_value: float
    dof: int


class RiskVarBacktest(BaseModel):
    window: int
    observations: int
    exceptions: int
    expected_exceptions: float
    kupiec: RiskCoverageTest
    christoffersen: RiskCoverageTest
    conditional_coverage: RiskCoverageTest


class RiskVarResult(VarFigures):
    backtest: RiskVarBacktest | None = None


class RiskPositionSizeRequest(BaseModel):
    method: Literal["fixed_fractional", "kelly", "volatility_target"] = "fixed_fractional"
    side: Literal["long", "short"] = "long"
    entry_price: float = Field(gt=0, le=1e12)
    stop_loss: float | None = Field(
        default=None, gt=0, le=1e12, description="Required for fixed_fractional"
    )
    equity: float | None = Field(
        default=None, gt=0, le=1e15, description="Default: the caller's account equity"
    )
    free_margin: float | None = Field(
        default=None, ge=0, le=1e15, description="Default: the account's free margin"
    )
    open_notional: float | None = Field(
        default=None, ge=0, le=1e15, description="Gross exposure already held (default: account)"
    )
    account: str = Field(default="paper", max_length=32)
    leverage: float = Field(default=1.0, gt=0, description="Margin leverage, ≤ the 3× cap")
    risk_per_trade: float | None = Field(
        default=None, gt=0, le=0.25, description="Fraction of equity lost at the stop"
    )
    win_rate: float | None = Field(default=None, ge=0, le=1)
    payoff_ratio: float | None = Field(
        default=None, gt=0, le=1e6, description="Average win / average loss"
    )
    returns: Returns | None = Field(
        default=None,
        min_length=2,
        max_length=MAX_SERIES,
        description="Per-trade returns, for Kelly from a series",
    )
    kelly_multiplier: float | None = Field(
        default=None, gt=0, le=1, description="Fractional Kelly; default ½"
    )
    target_volatility: float | None = Field(
        default=None, gt=0, le=10, description="Per-period volatility target"
    )
    volatility: float | None = Field(
        default=None, gt=0, le=10, description="Asset per-period σ (volatility_target)"
    )
    atr: float | None = Field(
        default=None, gt=0, le=1e12, description="Or the ATR: σ ≈ ATR / price"
    )


class RiskPositionSize(BaseModel):
    method: str
    quantity: float
    notional: float
    fraction: float = Field(description="Notional committed / equity")
    proposed_fraction: float = Field(description="What the method asked for before the caps")
    bound: Literal[
        "fixed_fractional", "kelly", "volatility_target", "leverage_cap", "free_margin"
    ] = Field(description="What limited the size")
    kelly_fraction: float | None = Field(description="Full Kelly f* (where Kelly was used)")
    risk_amount: float | None = Field(description="Loss at the stop, quote")
    equity: float
    leverage_cap: float


class RiskBook(BaseModel):
    bids: list[tuple[float, float]] = Field(default_factory=list, max_length=10_000)
    asks: list[tuple[float, float]] = Field(default_factory=list, max_length=10_000)


class RiskCandle(BaseModel):
    high: float = Field(gt=0)
    low: float = Field(gt=0)
    close: float = Field(gt=0)


class RiskStopLossRequest(BaseModel):
    side: Literal["long", "short"]
    entry_price: float = Field(gt=0, le=1e12)
    quantity: float = Field(gt=0, le=1e12)
    atr: float | None = Field(default=None, gt=0)
    candles: list[RiskCandle] | None = Field(
        default=None,
        max_length=10_000,
        description=("Recent candles, oldest first: ATR (Wilder) and the swing low/high"),
    )
    atr_period: int = Field(default=14, ge=1, le=500)
    atr_multiple: float = Field(default=2.0, gt=0, le=50)
    swing_level: float | None = Field(default=None, gt=0)
    swing_lookback: int = Field(default=20, ge=2, le=1000)
    swing_buffer_atr: float = Field(default=0.25, ge=0, le=10)
    basis: Literal["wider", "atr", "swing"] = "wider"
    book: RiskBook | None = None
    exchange: str | None = Field(
        default=None, max_length=32, description="Fetch the book here when no book is given"
    )
    symbol: CcxtSymbol | None = None
    risk_budget: float | None = Field(
        default=None, gt=0, description="Largest filled loss allowed, quote"
    )
    equity: float | None = Field(default=None, gt=0)
    fee_rate: float = Field(default=0.001, ge=0, le=0.05)


class RiskStopLoss(BaseModel):
    level: float
    basis: str
    expected_fill: float = Field(description="Average fill after walking the book")
    expected_loss: float = Field(description="Filled loss incl. taker fee, quote")
    loss_fraction: float | None
    slippage: float = Field(description="Fill vs touch of the walked side, fraction")
    levels_used: int
    depth_filled: float
    book_exhausted: bool
    adjusted_for_budget: bool
    atr: float | None
    atr_level: float | None
    swing_level: float | None
    book_source: str | None


class RiskHeatPosition(BaseModel):
    symbol: str
    risk: float
    fraction: float
    cluster: int
    no_stop: bool


class RiskHeatCluster(BaseModel):
    symbols: list[str]
    risk: float
    fraction: float
    over_limit: bool


class RiskPortfolioHeat(BaseModel):
    equity: float
    total_risk: float
    total_fraction: float
    max_heat: float
    max_cluster_heat: float
    within_limit: bool
    positions: list[RiskHeatPosition]
    clusters: list[RiskHeatCluster]
    correlation_from: str | None = Field(description="Where the correlations came from")


class RiskProtectionRulesIn(BaseModel):
    max_drawdown: float | None = Field(default=None, gt=0, lt=1)
    drawdown_window_days: float = Field(default=30.0, gt=0, le=3650)
    max_consecutive_losses: int | None = Field(default=None, ge=1, le=1000)
    daily_loss_limit: float | None = Field(default=None, gt=0, lt=1)
    cooldown_minutes: float = Field(default=60.0, ge=0, le=525_600)
    reduce_positions: bool = False


class RiskProtectionTripOut(BaseModel):
    rule: str
    detail: str
    value: float
    limit: float
    tripped_at: UtcDatetime
    until: UtcDatetime
    reduce_positions: bool


class RiskProtectionStatus(BaseModel):
    rules: RiskProtectionRulesIn
    active: RiskProtectionTripOut | None


class RiskCheckOrderRequest(GateOrder):
    account: str = Field(default="paper", max_length=32)


class RiskCheckOrderResult(GateDecision):
    pass


class RiskStressPosition(BaseModel):
    symbol: CcxtSymbol
    quantity: float = Field(description="Signed base quantity")
    price: float = Field(gt=0, description="Price at the start of every scenario")
    stop_loss: float | None = Field(default=None, gt=0)
    leverage: float = Field(default=1.0, gt=0)


class RiskHistoricalScenario(BaseModel):
    name: str | None = Field(default=None, max_length=80)
    start: UtcDatetime
    end: UtcDatetime


class RiskShockScenario(BaseModel):
    name: str = Field(max_length=80)
    moves: dict[str, float] = Field(
        max_length=200, description='Relative moves by symbol; "*" for every other symbol'
    )


class RiskMonteCarloScenario(BaseModel):
    """Student-t paths fitted to the store's returns of the held assets (``exchange``,
    ``timeframe``, last ``lookback`` bars); the reported scenario is the simulated path whose
    portfolio PnL without stops sits at the ``1 − confidence`` quantile, replayed with stops."""

    paths: int = Field(default=20_000, ge=100, le=200_000)
    horizon: int = Field(default=10, ge=1, le=60, description="Bars per path")
    confidence: float = Field(default=0.99, gt=0, lt=1)
    lookback: int = Field(default=365, ge=30, le=5000)
    seed: int = Field(default=0, ge=0)


class RiskStressRequest(BaseModel):
    """Stress the given positions, or the caller's account when ``positions`` is omitted.
    Historical crises replay each asset's candles from the store (``exchange``/``timeframe``)
    between ``start`` and ``end``; shocks gap every listed asset at once (correlations → 1
    is ``{"*": move}``)."""

    positions: list[RiskStressPosition] | None = Field(default=None, max_length=200)
    equity: float | None = Field(default=None, gt=0)
    account: str = Field(default="paper", max_length=32)
    exchange: str | None = Field(default=None, max_length=32)
    timeframe: str = Field(default="1h", max_length=8)
    historical: list[RiskHistoricalScenario] = Field(default_factory=list, max_length=20)
    shocks: list[RiskShockScenario] = Field(default_factory=list, max_length=20)
    monte_carlo: RiskMonteCarloScenario | None = None
    liquidity_haircut: float = Field(
        default=0.0, ge=0, le=0.5, description="Extra adverse slippage at every stop fill"
    )

    @model_validator(mode="after")
    def _some(self) -> RiskStressRequest:
        if not self.historical and not self.shocks and self.monte_carlo is None:
            raise ValueError("give at least one historical, shock or monte_carlo scenario")
        if (self.historical or self.monte_carlo) and not self.exchange:
            raise ValueError("historical and monte_carlo scenarios need the store's exchange")
        return self


class RiskStressPositionOutcome(BaseModel):
    symbol: str
    pnl: float
    stopped: bool
    stop_bar: int | None
    stop_fill: float | None
    stop_slippage: float | None
    liquidated: bool
    liquidation_distance: float | None


class RiskStressScenarioResult(BaseModel):
    name: str
    kind: Literal["historical", "shock", "monte_carlo"]
    pnl: float
    pnl_fraction: float = Field(description="PnL / equity")
    worst_drawdown: float = Field(description="Largest peak-to-trough fall of equity, fraction")
    bars: int
    recovery_bars: int | None = Field(description="Bars from the trough back to the peak")
    positions: list[RiskStressPositionOutcome]


class RiskStressResult(BaseModel):
    equity: float
    scenarios: list[RiskStressScenarioResult]
