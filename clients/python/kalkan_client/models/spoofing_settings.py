from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpoofingSettings")


@_attrs_define
class SpoofingSettings:
    """
    Attributes:
        size_multiple (float):
        max_distance_bps (float):
        max_fill_fraction (float):
        min_approach_fraction (float):
        reference_levels (int):
        removed_fraction (float):
        trade_grace_s (float):
    """

    size_multiple: float
    max_distance_bps: float
    max_fill_fraction: float
    min_approach_fraction: float
    reference_levels: int
    removed_fraction: float
    trade_grace_s: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size_multiple = self.size_multiple

        max_distance_bps = self.max_distance_bps

        max_fill_fraction = self.max_fill_fraction

        min_approach_fraction = self.min_approach_fraction

        reference_levels = self.reference_levels

        removed_fraction = self.removed_fraction

        trade_grace_s = self.trade_grace_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size_multiple": size_multiple,
                "max_distance_bps": max_distance_bps,
                "max_fill_fraction": max_fill_fraction,
                "min_approach_fraction": min_approach_fraction,
                "reference_levels": reference_levels,
                "removed_fraction": removed_fraction,
                "trade_grace_s": trade_grace_s,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_multiple = d.pop("size_multiple")

        max_distance_bps = d.pop("max_distance_bps")

        max_fill_fraction = d.pop("max_fill_fraction")

        min_approach_fraction = d.pop("min_approach_fraction")

        reference_levels = d.pop("reference_levels")

        removed_fraction = d.pop("removed_fraction")

        trade_grace_s = d.pop("trade_grace_s")

        spoofing_settings = cls(
            size_multiple=size_multiple,
            max_distance_bps=max_distance_bps,
            max_fill_fraction=max_fill_fraction,
            min_approach_fraction=min_approach_fraction,
            reference_levels=reference_levels,
            removed_fraction=removed_fraction,
            trade_grace_s=trade_grace_s,
        )

        spoofing_settings.additional_properties = d
        return spoofing_settings

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
