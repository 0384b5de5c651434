from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArbitrageBookError")


@_attrs_define
class ArbitrageBookError:
    """
    Attributes:
        exchange (str):
        symbol (str):
        status (int):
        detail (str):
    """

    exchange: str
    symbol: str
    status: int
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        status = self.status

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "status": status,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        status = d.pop("status")

        detail = d.pop("detail")

        arbitrage_book_error = cls(
            exchange=exchange,
            symbol=symbol,
            status=status,
            detail=detail,
        )

        arbitrage_book_error.additional_properties = d
        return arbitrage_book_error

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
