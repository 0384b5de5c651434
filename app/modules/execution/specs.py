"""Domain DTOs of the execution module, shared by the API schemas and ``public``."""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field, model_validator

from app.core.symbols import CcxtSymbol
from app.core.timeutil import UtcDatetime

Origin = Literal["manual", "algo", "signal", "hedge", "liquidation"]
"""Who placed an order. Only ``liquidation`` (reduce-only) and ``hedge`` pass a kill-switch
halt; every other origin gets the 423 ``trading-halted`` problem."""

HALT_EXEMPT_ORIGINS: frozenset[str] = frozenset({"liquidation", "hedge"})
REDUCE_ONLY_ORIGINS: frozenset[str] = frozenset({"liquidation"})

OrderStatus = Literal["open", "partially_filled", "filled", "cancelled", "rejected", "expired"]
FINAL_STATUSES: frozenset[str] = frozenset({"filled", "cancelled", "rejected", "expired"})
TimeInForce = Literal["GTC", "IOC", "FOK"]


def _upper(value: object) -> object:
    return value.upper() if isinstance(value, str) else value


# Either case on the way in; the published schema (and so the SDKs) names BUY and SELL only.
OrderSide = Annotated[Literal["BUY", "SELL"], BeforeValidator(_upper)]


class ExecutionRelativeLevel(BaseModel):
    """A stop-loss / take-profit relative to the fill's average price, as the backtests take
    it: ``{"type": "fixed_pct", "value": 0.03}`` is 3 % below a BUY's fill (above a SELL's)."""

    type: Literal["fixed_pct"] = "fixed_pct"
    value: float = Field(gt=0, lt=1, description="Fraction of the fill price, e.g. 0.03")


PriceLevel = Annotated[
    float | ExecutionRelativeLevel,
    Field(description="Absolute price, or relative to the fill: {type: fixed_pct, value}"),
]


class ExecutionOrderIn(BaseModel):
    """An order: market or limit, sized in base ``quantity`` or quote ``notional``."""

    symbol: CcxtSymbol
    exchange: str | None = Field(
        default=None,
        max_length=32,
        pattern=r"^[a-z0-9]+$",
        description="Venue whose book fills the order; the market-data source's first if absent",
    )
    account: str = Field(default="paper", min_length=1, max_length=32, pattern=r"^[a-z0-9_-]+$")
    side: OrderSide
    type: Literal["market", "limit"] = "market"
    quantity: float | None = Field(default=None, gt=0, le=1e12, description="Base quantity")
    notional: float | None = Field(
        default=None, gt=0, le=1e12, description="Quote amount (instead of quantity)"
    )
    price: float | None = Field(default=None, gt=0, le=1e12, description="Limit price")
    time_in_force: TimeInForce | None = Field(
        default=None, description="Default: IOC for market orders, GTC for limit orders"
    )
    leverage: float = Field(default=1.0, gt=0, le=100, description="White-hat cap: 3")
    stop_loss: PriceLevel | None = Field(
        default=None, description="Required when the order opens or adds exposure"
    )
    take_profit: PriceLevel | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)
    client_order_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="Idempotency key: the same id returns the first order instead of a new one",
    )
    reduce_only: bool = Field(default=False, description="May only reduce an open position")

    @model_validator(mode="after")
    def _sized(self) -> ExecutionOrderIn:
        if (self.quantity is None) == (self.notional is None):
            raise ValueError("give exactly one of quantity or notional")
        for name in ("quantity", "notional", "price", "leverage"):
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                raise ValueError(f"{name} must be a finite number")
        if self.type == "limit" and self.price is None:
            raise ValueError("a limit order needs a price")
        if self.type == "market" and self.price is not None:
            raise ValueError("a market order takes no price (use a limit order)")
        return self

    @property
    def tif(self) -> str:
        return self.time_in_force or ("IOC" if self.type == "market" else "GTC")


class ExecutionFillOut(BaseModel):
    id: int
    ts: UtcDatetime
    price: float
    quantity: float
    fee: float
    liquidity: Literal["maker", "taker"]


class ExecutionOrderOut(BaseModel):
    """An order with its fills, average price, slippage against the arrival price and fees."""

    id: int
    client_order_id: str | None
    account: str
    broker: Literal["paper", "live"]
    exchange: str
    symbol: str
    side: Literal["BUY", "SELL"]
    type: Literal["market", "limit"]
    time_in_force: TimeInForce
    origin: Origin
    status: OrderStatus
    quantity: float = Field(description="Requested base quantity")
    filled_quantity: float
    remaining_quantity: float
    price: float | None = Field(description="Limit price")
    average_price: float | None
    arrival_price: float | None = Field(description="Book mid when the order arrived")
    slippage_bps: float | None = Field(
        description="Adverse distance of the average price from the arrival price, basis points"
    )
    fees: float = Field(description="Fees in quote currency")
    leverage: float
    stop_loss: float | None = Field(description="Absolute stop (relative ones resolved on fill)")
    take_profit: float | None
    reason: str | None = Field(description="Why it was cancelled, expired or rejected")
    parent_id: str | None = Field(description="The algorithm (TWAP/VWAP/iceberg) it belongs to")
    fills: list[ExecutionFillOut]
    created_at: UtcDatetime
    updated_at: UtcDatetime


AlgoKind = Literal["twap", "vwap", "iceberg"]
AlgoStatus = Literal["running", "paused", "succeeded", "partial", "failed", "cancelled"]
FINAL_ALGO_STATUSES: frozenset[str] = frozenset({"succeeded", "partial", "failed", "cancelled"})


class ExecutionAlgoBase(BaseModel):
    """A parent order worked by an algorithm; every child goes through the one order path."""

    symbol: CcxtSymbol
    exchange: str | None = Field(default=None, max_length=32, pattern=r"^[a-z0-9]+$")
    account: str = Field(default="paper", min_length=1, max_length=32, pattern=r"^[a-z0-9_-]+$")
    side: OrderSide
    quantity: float = Field(gt=0, le=1e12, allow_inf_nan=False, description="Base quantity")
    leverage: float = Field(default=1.0, gt=0, le=100, allow_inf_nan=False)
    stop_loss: PriceLevel | None = Field(default=None, description="Carried by every child")
    take_profit: PriceLevel | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)
    limit_price: float | None = Field(
        default=None,
        gt=0,
        allow_inf_nan=False,
        description="Guard: a BUY never pays more (a SELL never sells for less)",
    )
    tick_seconds: float = Field(
        default=1.0, ge=0.01, le=60, description="How often the algorithm looks at the market"
    )
    max_retries: int = Field(default=3, ge=0, le=10, description="Retries of a failed child")


class ExecutionTwapIn(ExecutionAlgoBase):
    duration_seconds: float = Field(gt=0, allow_inf_nan=False, description="Not zero, not years")
    slices: int = Field(ge=1, description="Number of child orders (bounded by settings)")
    randomize: float = Field(
        default=0.2, ge=0, le=0.9, description="Size jitter ±r, timing jitter ±r/2 of a slot"
    )
    seed: int = Field(default=0, ge=0, le=2**31)
    catch_up: float = Field(
        default=2.0, ge=1, le=10, description="A lagging slice may grow to this × its plan"
    )


class ExecutionVwapIn(ExecutionAlgoBase):
    duration_seconds: float = Field(gt=0, allow_inf_nan=False)
    slices: int = Field(ge=1)
    lookback_days: int = Field(default=30, ge=1, le=365, description="History of the profile")
    profile_timeframe: Literal["1m", "5m", "15m", "1h"] = "1h"
    participation_cap: float = Field(
        default=0.1, gt=0, le=1, description="At most this share of the volume on the tape"
    )
    catch_up: float = Field(default=2.0, ge=1, le=10)


class ExecutionIcebergIn(ExecutionAlgoBase):
    price: float = Field(gt=0, allow_inf_nan=False, description="Limit price of the children")
    visible_quantity: float = Field(gt=0, allow_inf_nan=False, description="Shown at a time")
    duration_seconds: float = Field(gt=0, allow_inf_nan=False, description="Longest it works")
    peg: Literal["none", "best"] = Field(
        default="none",
        description="best: re-peg to the best price of its side (never beyond `price`)",
    )
    repeg_threshold: float = Field(
        default=0.0005, ge=0, le=0.1, description="Re-peg when the best moved this fraction"
    )

    @model_validator(mode="after")
    def _visible(self) -> ExecutionIcebergIn:
        if self.visible_quantity > self.quantity:
            raise ValueError("visible_quantity cannot exceed quantity")
        return self


class ExecutionAlgoOut(BaseModel):
    """An algorithm's progress, benchmarks and (when it ends) its execution report."""

    id: str
    kind: AlgoKind
    status: AlgoStatus
    job_id: str | None
    symbol: str
    exchange: str | None
    side: Literal["BUY", "SELL"]
    quantity: float
    filled_quantity: float
    filled_pct: float
    average_price: float | None
    fees: float
    arrival_price: float | None
    benchmark: Literal["twap", "vwap"] | None = Field(
        description="Interval benchmark: tape VWAP when trades were seen, else TWAP of mids"
    )
    benchmark_price: float | None
    slippage_vs_arrival_bps: float | None
    slippage_vs_benchmark_bps: float | None
    slices_planned: int | None
    plan: list[tuple[float, float]] | None = Field(
        description="Planned slices: (seconds after the start, base quantity)"
    )
    slices_done: int
    children: int
    max_visible: float | None = Field(description="Iceberg: the largest child ever shown")
    resumes: int = Field(description="Times it resumed after a process restart")
    error: str | None
    params: dict[str, object]
    report: dict[str, object] | None
    created_at: UtcDatetime
    updated_at: UtcDatetime


class ExecutionEstimateOut(BaseModel):
    """Pre-trade cost estimate. Costs are basis points of the mid, positive = paid."""

    exchange: str
    symbol: str
    side: Literal["BUY", "SELL"]
    quantity: float
    mid: float
    spread_bps: float = Field(description="Quoted spread / mid")
    spread_cost_bps: float = Field(description="Half the spread: the cost of crossing it")
    book_average_price: float | None = Field(description="VWAP of walking the current book")
    book_slippage_bps: float | None = Field(description="Walk VWAP vs mid")
    book_levels: int
    book_fillable: float = Field(description="What the displayed depth can fill now")
    sigma_daily: float | None = Field(description="Daily volatility of log returns (candles)")
    daily_volume: float | None = Field(description="Mean daily base volume (candles)")
    candles: int = Field(description="Bars σ and V come from")
    candles_source: Literal["db", "exchange"] | None
    impact_y: float
    impact_bps: float | None = Field(description="Square-root model Y·σ·√(Q/V)")
    fee_rate: float = Field(description="Taker fee rate of the venue")
    fee_bps: float
    expected_cost_bps: float | None = Field(
        description="Spread + fees + the larger of book walk and modelled impact"
    )
    ac_slices: int | None = Field(
        description="Almgren–Chriss: children minimising E[cost] + λ·Var (book slope, σ fitted)"
    )
    ac_horizon_seconds: float | None
    ac_expected_cost_bps: float | None
    ac_risk_bps: float | None = Field(description="One standard deviation of the cost")
    book_impact_slope: float | None = Field(description="b of the walk cost ε + b·q (quote/unit²)")
    suggested_algorithm: Literal["market", "twap", "vwap", "iceberg"]
    suggested_horizon_seconds: float
    rationale: str
    source: str = Field(description="Where the book came from: live, replay, synthetic")
