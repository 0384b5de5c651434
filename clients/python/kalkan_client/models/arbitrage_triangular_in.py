from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArbitrageTriangularIn")


@_attrs_define
class ArbitrageTriangularIn:
    """
    Attributes:
        exchange (str): ccxt exchange id
        start_currency (str):
        start_amount (float): In the start currency
        symbols (list[str]): Three pairs of a cycle
    """

    exchange: str
    start_currency: str
    start_amount: float
    symbols: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        start_currency = self.start_currency

        start_amount = self.start_amount

        symbols = self.symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "start_currency": start_currency,
                "start_amount": start_amount,
                "symbols": symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        start_currency = d.pop("start_currency")

        start_amount = d.pop("start_amount")

        symbols = cast(list[str], d.pop("symbols"))

        arbitrage_triangular_in = cls(
            exchange=exchange,
            start_currency=start_currency,
            start_amount=start_amount,
            symbols=symbols,
        )

        arbitrage_triangular_in.additional_properties = d
        return arbitrage_triangular_in

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
