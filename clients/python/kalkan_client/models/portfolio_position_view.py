from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portfolio_position_view_origin import PortfolioPositionViewOrigin, check_portfolio_position_view_origin
from ..models.portfolio_position_view_side import PortfolioPositionViewSide, check_portfolio_position_view_side

T = TypeVar("T", bound="PortfolioPositionView")


@_attrs_define
class PortfolioPositionView:
    """
    Attributes:
        id (int):
        account (str):
        symbol (str):
        exchange (None | str):
        origin (PortfolioPositionViewOrigin):
        side (PortfolioPositionViewSide):
        quantity (float): Signed base quantity: long > 0, short < 0
        average_price (float): Average entry price (average cost)
        realised_pnl (float): Realised PnL, gross of fees
        fees (float):
        leverage (float):
        stop_loss (float | None):
        take_profit (float | None):
        opened_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        updated_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: int
    account: str
    symbol: str
    exchange: None | str
    origin: PortfolioPositionViewOrigin
    side: PortfolioPositionViewSide
    quantity: float
    average_price: float
    realised_pnl: float
    fees: float
    leverage: float
    stop_loss: float | None
    take_profit: float | None
    opened_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account = self.account

        symbol = self.symbol

        exchange: None | str
        exchange = self.exchange

        origin: str = self.origin

        side: str = self.side

        quantity = self.quantity

        average_price = self.average_price

        realised_pnl = self.realised_pnl

        fees = self.fees

        leverage = self.leverage

        stop_loss: float | None
        stop_loss = self.stop_loss

        take_profit: float | None
        take_profit = self.take_profit

        opened_at = self.opened_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account": account,
                "symbol": symbol,
                "exchange": exchange,
                "origin": origin,
                "side": side,
                "quantity": quantity,
                "average_price": average_price,
                "realised_pnl": realised_pnl,
                "fees": fees,
                "leverage": leverage,
                "stop_loss": stop_loss,
                "take_profit": take_profit,
                "opened_at": opened_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account = d.pop("account")

        symbol = d.pop("symbol")

        def _parse_exchange(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exchange = _parse_exchange(d.pop("exchange"))

        origin = check_portfolio_position_view_origin(d.pop("origin"))

        side = check_portfolio_position_view_side(d.pop("side"))

        quantity = d.pop("quantity")

        average_price = d.pop("average_price")

        realised_pnl = d.pop("realised_pnl")

        fees = d.pop("fees")

        leverage = d.pop("leverage")

        def _parse_stop_loss(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss"))

        def _parse_take_profit(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        take_profit = _parse_take_profit(d.pop("take_profit"))

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        portfolio_position_view = cls(
            id=id,
            account=account,
            symbol=symbol,
            exchange=exchange,
            origin=origin,
            side=side,
            quantity=quantity,
            average_price=average_price,
            realised_pnl=realised_pnl,
            fees=fees,
            leverage=leverage,
            stop_loss=stop_loss,
            take_profit=take_profit,
            opened_at=opened_at,
            updated_at=updated_at,
        )

        portfolio_position_view.additional_properties = d
        return portfolio_position_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
