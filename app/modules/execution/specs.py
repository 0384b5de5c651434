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
    side: Annotated[Literal["BUY", "SELL"], BeforeValidator(_upper)]
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
