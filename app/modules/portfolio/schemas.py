"""HTTP request/response models of the portfolio module."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from app.core.symbols import CcxtSymbol
from app.core.timeutil import UtcDatetime
from app.modules.portfolio.specs import (
    AccountName,
    AllocationSpec,
    PortfolioAccountView,
    PortfolioLedgerEntryView,
    PortfolioPositionView,
)


class PortfolioPositionCreate(BaseModel):
    """A holding kept elsewhere (another exchange, a wallet), recorded by hand."""

    account: str = AccountName
    symbol: CcxtSymbol
    quantity: float = Field(
        description="Signed base quantity: long > 0, short < 0", ge=-1e12, le=1e12
    )
    entry_price: float = Field(gt=0, le=1e12)
    stop_loss: float = Field(
        gt=0, le=1e12, description="Required; below the entry for a long, above for a short"
    )
    take_profit: float | None = Field(default=None, gt=0, le=1e12)
    leverage: float = Field(default=1.0, gt=0, description="≤ the 3× white-hat cap")
    exchange: str | None = Field(
        default=None, max_length=32, description="Where to mark it; default: the first enabled"
    )
    opened_at: UtcDatetime | None = None

    @model_validator(mode="after")
    def _nonzero(self) -> PortfolioPositionCreate:
        if self.quantity == 0:
            raise ValueError("quantity must not be zero")
        return self


class PortfolioPositionUpdate(BaseModel):
    stop_loss: float | None = Field(
        default=None, gt=0, le=1e12, description="New stop; stays on the losing side of the mark"
    )
    take_profit: float | None = Field(
        default=None, gt=0, le=1e12, description="New take-profit; null with clear_take_profit"
    )
    clear_take_profit: bool = False

    @model_validator(mode="after")
    def _something(self) -> PortfolioPositionUpdate:
        if self.stop_loss is None and self.take_profit is None and not self.clear_take_profit:
            raise ValueError("give stop_loss, take_profit or clear_take_profit")
        return self


class PortfolioMarkedPosition(PortfolioPositionView):
    mark_price: float | None = Field(description="Last price (or mid); null when unavailable")
    source: Literal["live", "replay", "synthetic", "db", "unavailable"]
    mark_exchange: str
    mark_age_seconds: float | None
    stale: bool = Field(description="The mark is the last known one (exchange failed)")
    mark_error: str | None = None
    unrealised_pnl: float = Field(description="quantity × (mark − average entry)")
    exposure: float = Field(description="|quantity| × mark, quote")
    weight: float = Field(description="Signed exposure / equity")
    stop_distance: float | None = Field(
        description="Fraction the price must move against the position to reach the stop"
    )


class PortfolioTotals(BaseModel):
    equity: float = Field(description="cash + unrealised PnL")
    cash: float
    unrealised_pnl: float
    gross_exposure: float
    net_exposure: float
    leverage: float | None = Field(description="Gross exposure / equity")
    margin_used: float
    free_margin: float


class PortfolioPositionsPage(BaseModel):
    account: PortfolioAccountView
    totals: PortfolioTotals
    items: list[PortfolioMarkedPosition]
    next_cursor: str | None = None


class PortfolioLedgerPage(BaseModel):
    items: list[PortfolioLedgerEntryView]
    next_cursor: str | None = None


class PortfolioAllocateRequest(AllocationSpec):
    """Optimise weights. Conventions: simple returns of aligned closes; expected return and
    volatility annualised with 365 days a year for daily bars (bars per year for others);
    ``cvar`` is the one-period historical CVaR at ``alpha`` as a positive loss fraction."""


class PortfolioFrontierPoint(BaseModel):
    weights: dict[str, float]
    expected_return: float
    volatility: float
    sharpe: float | None


class PortfolioAllocation(BaseModel):
    method: str
    weights: dict[str, float] = Field(description="{symbol: weight}, fractions of equity")
    expected_return: float = Field(description="Annualised arithmetic mean return")
    volatility: float = Field(description="Annualised standard deviation")
    sharpe: float | None = Field(description="(return − risk-free) / volatility, annual")
    cvar: float = Field(description="One-period historical CVaR at alpha, positive loss")
    risk_contributions: dict[str, float] = Field(
        description="Each asset's share of the portfolio variance (sums to 1)"
    )
    frontier: list[PortfolioFrontierPoint] | None = None
    observations: int
    periods_per_year: int


class PortfolioRebalanceRequest(BaseModel):
    """Target weights (given, or from ``allocation``), from the current positions or a given
    holding. Lot sizes and minimum notionals are per-symbol inputs (defaults: 1e-8 and 10
    quote): the exchanges module does not expose market rules yet."""

    account: str = AccountName
    target_weights: dict[CcxtSymbol, float] | None = Field(default=None, max_length=100)
    allocation: AllocationSpec | None = None
    holdings: dict[CcxtSymbol, float] | None = Field(
        default=None, max_length=100, description="Signed quantities; default: the account's"
    )
    prices: dict[CcxtSymbol, float] | None = Field(
        default=None, max_length=100, description="Default: marks from the exchange"
    )
    equity: float | None = Field(default=None, gt=0)
    drift_band: float = Field(
        default=0.02, ge=0, le=1, description="Trade only when |target − current| exceeds it"
    )
    fee_rate: float = Field(default=0.001, ge=0, le=0.05)
    stop_loss_pct: float = Field(
        default=0.05, gt=0, lt=1, description="Stop distance for trades that open exposure"
    )
    lot_size: dict[CcxtSymbol, float] = Field(default_factory=dict, max_length=100)
    min_notional: dict[CcxtSymbol, float] = Field(default_factory=dict, max_length=100)

    @model_validator(mode="after")
    def _one_target(self) -> PortfolioRebalanceRequest:
        if (self.target_weights is None) == (self.allocation is None):
            raise ValueError("give exactly one of target_weights or allocation")
        if self.holdings is not None and self.equity is None:
            raise ValueError("a given holding needs its equity")
        return self


class PortfolioRebalanceTrade(BaseModel):
    symbol: str
    side: Literal["BUY", "SELL"]
    quantity: float
    price: float
    notional: float
    fee: float = Field(description="Estimated at fee_rate")
    current_weight: float
    target_weight: float
    stop_loss: float | None = Field(description="Set for trades that open or grow exposure")


class PortfolioRebalanceSkip(BaseModel):
    symbol: str
    reason: str
    current_weight: float
    target_weight: float


class PortfolioRebalanceProposal(BaseModel):
    equity: float
    target_weights: dict[str, float]
    trades: list[PortfolioRebalanceTrade]
    skipped: list[PortfolioRebalanceSkip]
    turnover: float = Field(description="Traded notional / equity")
    fees: float


class PortfolioEquityPoint(BaseModel):
    ts: UtcDatetime = Field(description="Bar close")
    equity: float


class PortfolioAttributionRow(BaseModel):
    segment: str = Field(description="A symbol, or cash")
    portfolio_weight: float
    benchmark_weight: float
    portfolio_return: float
    benchmark_return: float
    allocation: float
    selection: float
    interaction: float


class PortfolioPerformance(BaseModel):
    """Equity curve from the ledger marked at the store's closes; metrics from the backtest
    module's implementation (bars annualised with 365 days); Brinson-Fachler attribution
    whose allocation + selection + interaction sum to ``active_return``."""

    account: str
    exchange: str
    timeframe: str
    benchmark: str
    equity_curve: list[PortfolioEquityPoint]
    time_weighted_return: float
    benchmark_return: float
    active_return: float
    metrics: dict[str, float | None]
    contributions: dict[str, float] = Field(description="Each symbol's PnL / starting equity")
    attribution: list[PortfolioAttributionRow]
    allocation: float
    selection: float
    interaction: float


class PortfolioCorrelatedPair(BaseModel):
    a: str
    b: str
    correlation: float


class PortfolioRiskReport(BaseModel):
    """Risk of the current positions over the last ``lookback`` bars of the candles store;
    VaR/CVaR (historical, one bar, positive loss fractions) and heat come from the risk module
    and are null when it is disabled."""

    account: str
    equity: float
    weights: dict[str, float] = Field(description="Signed exposure / equity")
    observations: int
    volatility: float | None = Field(description="Annualised (365 days) portfolio volatility")
    var: float | None
    cvar: float | None
    confidence: float
    beta: float | None = Field(description="Beta of the portfolio's returns to the benchmark")
    benchmark: str
    correlation: dict[str, dict[str, float | None]] = Field(
        description="Pearson correlations of returns; null where a series never moves"
    )
    correlated_pairs: list[PortfolioCorrelatedPair]
    clusters: list[list[str]] = Field(description="Positions correlated above the threshold")
    effective_bets: float | None = Field(description="Meucci's effective number of bets")
    hhi: float = Field(description="Herfindahl index of gross exposure shares")
    effective_assets: float | None = Field(description="1 / HHI")
    leverage: float | None
    heat: float | None = Field(description="Open risk to the stops / equity")
