"""Domain DTOs of the portfolio module, shared by the API schemas and ``public``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from app.core.symbols import CcxtSymbol
from app.core.timeutil import UtcDatetime

AccountName = Field(
    default="paper",
    min_length=1,
    max_length=32,
    pattern=r"^[a-z0-9_-]+$",
    description="Account name; every user has a `paper` account",
)


class PortfolioFill(BaseModel):
    """One execution (or partial execution) of an order, as the broker reports it."""

    account: str = AccountName
    symbol: CcxtSymbol
    side: Literal["BUY", "SELL"]
    quantity: float = Field(gt=0, le=1e12, description="Base quantity filled")
    price: float = Field(gt=0, le=1e12, description="Fill price in quote")
    fee: float = Field(default=0.0, ge=0, le=1e12, description="Fee in quote currency")
    stop_loss: float | None = Field(
        default=None, gt=0, description="Required when the fill opens exposure"
    )
    take_profit: float | None = Field(default=None, gt=0)
    leverage: float = Field(default=1.0, gt=0)
    exchange: str | None = Field(default=None, max_length=32)
    fill_id: str | None = Field(
        default=None, max_length=64, description="Broker's fill id; a repeated id is applied once"
    )
    ts: UtcDatetime | None = None


class PortfolioPositionView(BaseModel):
    id: int
    account: str
    symbol: str
    exchange: str | None
    origin: Literal["fills", "recorded"]
    side: Literal["long", "short"]
    quantity: float = Field(description="Signed base quantity: long > 0, short < 0")
    average_price: float = Field(description="Average entry price (average cost)")
    realised_pnl: float = Field(description="Realised PnL, gross of fees")
    fees: float
    leverage: float
    stop_loss: float | None
    take_profit: float | None
    opened_at: UtcDatetime
    updated_at: UtcDatetime


class PortfolioFillResult(BaseModel):
    entry_id: int
    realised_pnl: float = Field(description="PnL this fill realised, gross of its fee")
    duplicate: bool = Field(description="The fill_id was applied before; nothing changed")
    position: PortfolioPositionView | None = Field(description="None when the fill closed it")


class PortfolioAccountView(BaseModel):
    id: int
    name: str
    kind: str
    quote: str
    starting_balance: float
    realised_pnl: float
    fees: float
    cash: float = Field(description="starting balance + realised PnL − fees")


MAX_ASSETS = 100
MAX_ROWS = 20_000


class PriceSourceSpec(BaseModel):
    """Where prices come from: inline ``prices``, or the candles store (``exchange``,
    ``symbols``, ``timeframe``, ``start``/``end``)."""

    prices: dict[CcxtSymbol, list[tuple[float, float]]] | None = Field(
        default=None,
        max_length=MAX_ASSETS,
        description="Inline closes: {symbol: [[ts_ms, close], ...]}, aligned on timestamps",
    )
    exchange: str | None = Field(default=None, max_length=32)
    symbols: list[CcxtSymbol] | None = Field(default=None, min_length=1, max_length=MAX_ASSETS)
    timeframe: str = Field(default="1d", max_length=8)
    start: UtcDatetime | None = None
    end: UtcDatetime | None = None


class AllocationSpec(PriceSourceSpec):
    method: Literal["mean_variance", "risk_parity", "hrp", "herc", "min_cvar"] = "mean_variance"
    objective: Literal["min_risk", "max_sharpe", "target_return", "target_risk"] = "max_sharpe"
    risk_measure: Literal["variance", "cvar", "cdar"] = "variance"
    covariance: Literal["sample", "ledoit_wolf", "ewma"] = "sample"
    long_only: bool = True
    min_weight: float = Field(
        default=0.0, ge=-3, le=1, description="Per-asset lower bound (negative allows shorts)"
    )
    max_weight: float = Field(default=1.0, gt=0, le=3, description="Per-asset upper bound")
    budget: float = Field(
        default=1.0, gt=0, le=3, description="Net invested fraction; 1 − budget stays in cash"
    )
    gross_leverage: float = Field(
        default=1.0, gt=0, description="Σ|w| cap; the white-hat rule caps it at 3"
    )
    target_return: float | None = Field(
        default=None, description="Annualised, for objective target_return"
    )
    target_risk: float | None = Field(
        default=None,
        gt=0,
        description=(
            "For objective target_risk: annualised volatility (variance) or one-period CVaR/CDaR"
        ),
    )
    risk_free_rate: float = Field(default=0.0, ge=-1, le=1, description="Annual")
    alpha: float = Field(default=0.05, gt=0, lt=0.5, description="Tail level of CVaR/CDaR")
    linkage: Literal["single", "complete", "average", "ward"] = "ward"
    codependence: Literal["pearson", "spearman", "kendall", "distance"] = "pearson"
    frontier_points: int = Field(
        default=0, ge=0, le=50, description="Efficient-frontier portfolios (mean_variance)"
    )


class PortfolioLedgerEntryView(BaseModel):
    """One append-only ledger entry (fill, recorded holding, stop move, closed record)."""

    id: int
    ts: UtcDatetime
    kind: Literal["fill", "record", "stop", "close_record"]
    symbol: str
    exchange: str | None
    quantity: float
    price: float | None
    fee: float
    realised_pnl: float
    quantity_after: float
    average_price_after: float
    stop_loss: float | None
    take_profit: float | None
    leverage: float
    fill_id: str | None
