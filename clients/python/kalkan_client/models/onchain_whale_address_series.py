from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.onchain_whale_address_point import OnchainWhaleAddressPoint


T = TypeVar("T", bound="OnchainWhaleAddressSeries")


@_attrs_define
class OnchainWhaleAddressSeries:
    """
    Attributes:
        source (str):
        items (list[OnchainWhaleAddressPoint]):
    """

    source: str
    items: list[OnchainWhaleAddressPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_whale_address_point import OnchainWhaleAddressPoint  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OnchainWhaleAddressPoint.from_dict(items_item_data)

            items.append(items_item)

        onchain_whale_address_series = cls(
            source=source,
            items=items,
        )

        onchain_whale_address_series.additional_properties = d
        return onchain_whale_address_series

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
