from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wash_trade_in_side_type_0 import WashTradeInSideType0, check_wash_trade_in_side_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="WashTradeIn")


@_attrs_define
class WashTradeIn:
    """
    Attributes:
        timestamp (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        price (float):
        amount (float):
        side (None | Unset | WashTradeInSideType0): Aggressor side
    """

    timestamp: datetime.datetime
    price: float
    amount: float
    side: None | Unset | WashTradeInSideType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        price = self.price

        amount = self.amount

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        elif isinstance(self.side, str):
            side = self.side
        else:
            side = self.side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "price": price,
                "amount": amount,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        price = d.pop("price")

        amount = d.pop("amount")

        def _parse_side(data: object) -> None | Unset | WashTradeInSideType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_0 = check_wash_trade_in_side_type_0(data)

                return side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WashTradeInSideType0, data)

        side = _parse_side(d.pop("side", UNSET))

        wash_trade_in = cls(
            timestamp=timestamp,
            price=price,
            amount=amount,
            side=side,
        )

        wash_trade_in.additional_properties = d
        return wash_trade_in

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
