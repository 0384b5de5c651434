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
