from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.onchain_label_out import OnchainLabelOut


T = TypeVar("T", bound="OnchainLabelLookup")


@_attrs_define
class OnchainLabelLookup:
    """
    Attributes:
        chain (str):
        address (str):
        label (OnchainLabelOut):
    """

    chain: str
    address: str
    label: OnchainLabelOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        address = self.address

        label = self.label.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "address": address,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_label_out import OnchainLabelOut  # noqa: PLC0415

        d = dict(src_dict)
        chain = d.pop("chain")

        address = d.pop("address")

        label = OnchainLabelOut.from_dict(d.pop("label"))

        onchain_label_lookup = cls(
            chain=chain,
            address=address,
            label=label,
        )

        onchain_label_lookup.additional_properties = d
        return onchain_label_lookup

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
