from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainHolder")


@_attrs_define
class OnchainHolder:
    """
    Attributes:
        address (str):
        label (None | str):
        balance_start (float | None): BTC at the range start (null on EVM)
        balance_end (float | None): BTC at the range end (null on EVM)
        net_change (float): Units received minus sent within the range
        new_large (bool): Crossed min_balance within the range (BTC)
    """

    address: str
    label: None | str
    balance_start: float | None
    balance_end: float | None
    net_change: float
    new_large: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        label: None | str
        label = self.label

        balance_start: float | None
        balance_start = self.balance_start

        balance_end: float | None
        balance_end = self.balance_end

        net_change = self.net_change

        new_large = self.new_large

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "label": label,
                "balance_start": balance_start,
                "balance_end": balance_end,
                "net_change": net_change,
                "new_large": new_large,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_balance_start(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        balance_start = _parse_balance_start(d.pop("balance_start"))

        def _parse_balance_end(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        balance_end = _parse_balance_end(d.pop("balance_end"))

        net_change = d.pop("net_change")

        new_large = d.pop("new_large")

        onchain_holder = cls(
            address=address,
            label=label,
            balance_start=balance_start,
            balance_end=balance_end,
            net_change=net_change,
            new_large=new_large,
        )

        onchain_holder.additional_properties = d
        return onchain_holder

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
