from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskStressPosition")


@_attrs_define
class RiskStressPosition:
    """
    Attributes:
        symbol (str): ccxt symbol BASE/QUOTE, e.g. BTC/USDT
        quantity (float): Signed base quantity
        price (float): Price at the start of every scenario
        stop_loss (float | None | Unset):
        leverage (float | Unset):  Default: 1.0.
    """

    symbol: str
    quantity: float
    price: float
    stop_loss: float | None | Unset = UNSET
    leverage: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        quantity = self.quantity

        price = self.price

        stop_loss: float | None | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = self.stop_loss

        leverage = self.leverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "quantity": quantity,
                "price": price,
            }
        )
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if leverage is not UNSET:
            field_dict["leverage"] = leverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

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

        risk_stress_position = cls(
            symbol=symbol,
            quantity=quantity,
            price=price,
            stop_loss=stop_loss,
            leverage=leverage,
        )

        risk_stress_position.additional_properties = d
        return risk_stress_position

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
