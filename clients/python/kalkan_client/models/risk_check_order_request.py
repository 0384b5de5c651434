from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_check_order_request_side import RiskCheckOrderRequestSide, check_risk_check_order_request_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskCheckOrderRequest")


@_attrs_define
class RiskCheckOrderRequest:
    """
    Attributes:
        symbol (str): ccxt symbol BASE/QUOTE, e.g. BTC/USDT
        side (RiskCheckOrderRequestSide):
        quantity (float):
        price (float): Expected fill price
        stop_loss (float | None | Unset):
        leverage (float | Unset):  Default: 1.0.
        confidence (float | Unset):  Default: 1.0.
        account (str | Unset):  Default: 'paper'.
    """

    symbol: str
    side: RiskCheckOrderRequestSide
    quantity: float
    price: float
    stop_loss: float | None | Unset = UNSET
    leverage: float | Unset = 1.0
    confidence: float | Unset = 1.0
    account: str | Unset = "paper"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        quantity = self.quantity

        price = self.price

        stop_loss: float | None | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = self.stop_loss

        leverage = self.leverage

        confidence = self.confidence

        account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "quantity": quantity,
                "price": price,
            }
        )
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_risk_check_order_request_side(d.pop("side"))

        quantity = d.pop("quantity")

        price = d.pop("price")

        def _parse_stop_loss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss", UNSET))

        leverage = d.pop("leverage", UNSET)

        confidence = d.pop("confidence", UNSET)

        account = d.pop("account", UNSET)

        risk_check_order_request = cls(
            symbol=symbol,
            side=side,
            quantity=quantity,
            price=price,
            stop_loss=stop_loss,
            leverage=leverage,
            confidence=confidence,
            account=account,
        )

        risk_check_order_request.additional_properties = d
        return risk_check_order_request

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
