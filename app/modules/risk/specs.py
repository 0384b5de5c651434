"""Domain DTOs of the risk module, shared by the API schemas and ``public``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field

from app.core.symbols import CcxtSymbol


class GatePosition(BaseModel):
    symbol: str
    quantity: float = Field(description="Signed: long > 0, short < 0")
    price: float = Field(gt=0, description="Current mark")
    stop_loss: float | None = None


class GateTrip(BaseModel):
    rule: str
    until: datetime


def _upper(value: object) -> object:
    return value.upper() if isinstance(value, str) else value


class GateOrder(BaseModel):
    symbol: CcxtSymbol
    # Lower case is accepted and upper-cased; the schema lists one spelling (SDK generators
    # de-duplicate case variants in an unstable order).
    side: Annotated[Literal["BUY", "SELL"], BeforeValidator(_upper)]
    quantity: float = Field(gt=0)
    price: float = Field(gt=0, description="Expected fill price")
    stop_loss: float | None = Field(default=None, gt=0)
    leverage: float = Field(default=1.0, gt=0)
    confidence: float = Field(default=1.0, ge=0, le=1)


class GateContext(BaseModel):
    """The account's state for the gate; cache it and pass it per order."""

    equity: float
    positions: list[GatePosition] = Field(default_factory=list)
    max_risk_per_trade: float = Field(default=0.01, gt=0)
    max_heat: float = Field(default=0.06, gt=0)
    protection: GateTrip | None = None
    max_leverage: float | None = Field(
        default=None, gt=0, description="The user's personal cap, below the white-hat cap"
    )
    now: datetime | None = None


class GateDecision(BaseModel):
    allowed: bool
    reducing: bool
    trade_risk: float = Field(description="Loss at the stop, fraction of equity")
    heat_after: float = Field(description="Portfolio heat after the order, fraction of equity")
    leverage_after: float = Field(description="Gross exposure after the order / equity")
    position_after: float


class VarFigures(BaseModel):
    """VaR and CVaR as positive fractions of value lost over ``horizon`` periods."""

    method: str
    confidence: float
    horizon: int
    var: float = Field(description="Loss fraction exceeded with probability 1 − confidence")
    cvar: float = Field(description="Mean loss fraction in the tail at or beyond the VaR")
    observations: int
    details: dict[str, float] = Field(default_factory=dict)
