from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainLabelImportResult")


@_attrs_define
class OnchainLabelImportResult:
    """
    Attributes:
        format_ (str):
        source (str):
        parsed (int): Rows with a valid address
        inserted (int):
        updated (int):
        unchanged (int): Same label, or an exchange label kept over a generic one
        rejected (int): Rows whose address is not an address on the chain
    """

    format_: str
    source: str
    parsed: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        source = self.source

        parsed = self.parsed

        inserted = self.inserted

        updated = self.updated

        unchanged = self.unchanged

        rejected = self.rejected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "source": source,
                "parsed": parsed,
                "inserted": inserted,
                "updated": updated,
                "unchanged": unchanged,
                "rejected": rejected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = d.pop("format")

        source = d.pop("source")

        parsed = d.pop("parsed")

        inserted = d.pop("inserted")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        rejected = d.pop("rejected")

        onchain_label_import_result = cls(
            format_=format_,
            source=source,
            parsed=parsed,
            inserted=inserted,
            updated=updated,
            unchanged=unchanged,
            rejected=rejected,
        )

        onchain_label_import_result.additional_properties = d
        return onchain_label_import_result

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
