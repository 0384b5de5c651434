from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portfolio_rebalance_trade_side import PortfolioRebalanceTradeSide, check_portfolio_rebalance_trade_side

T = TypeVar("T", bound="PortfolioRebalanceTrade")


@_attrs_define
class PortfolioRebalanceTrade:
    """
    Attributes:
        symbol (str):
        side (PortfolioRebalanceTradeSide):
        quantity (float):
        price (float):
        notional (float):
        fee (float): Estimated at fee_rate
        current_weight (float):
        target_weight (float):
        stop_loss (float | None): Set for trades that open or grow exposure
    """

    symbol: str
    side: PortfolioRebalanceTradeSide
    quantity: float
    price: float
    notional: float
    fee: float
    current_weight: float
    target_weight: float
    stop_loss: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        quantity = self.quantity

        price = self.price

        notional = self.notional

        fee = self.fee

        current_weight = self.current_weight

        target_weight = self.target_weight

        stop_loss: float | None
        stop_loss = self.stop_loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "quantity": quantity,
                "price": price,
                "notional": notional,
                "fee": fee,
                "current_weight": current_weight,
                "target_weight": target_weight,
                "stop_loss": stop_loss,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_portfolio_rebalance_trade_side(d.pop("side"))

        quantity = d.pop("quantity")

        price = d.pop("price")

        notional = d.pop("notional")

        fee = d.pop("fee")

        current_weight = d.pop("current_weight")

        target_weight = d.pop("target_weight")

        def _parse_stop_loss(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss"))

        portfolio_rebalance_trade = cls(
            symbol=symbol,
            side=side,
            quantity=quantity,
            price=price,
            notional=notional,
            fee=fee,
            current_weight=current_weight,
            target_weight=target_weight,
            stop_loss=stop_loss,
        )

        portfolio_rebalance_trade.additional_properties = d
        return portfolio_rebalance_trade

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
