from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ParamStability")


@_attrs_define
class ParamStability:
    """
    Attributes:
        name (str):
        values (list[bool | float | int]):
        mean (float | None):
        std (float | None):
        coefficient_of_variation (float | None):
        mode (bool | float | int):
        mode_share (float): Share of folds that picked the most common value
    """

    name: str
    values: list[bool | float | int]
    mean: float | None
    std: float | None
    coefficient_of_variation: float | None
    mode: bool | float | int
    mode_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values = []
        for values_item_data in self.values:
            values_item: bool | float | int
            values_item = values_item_data
            values.append(values_item)

        mean: float | None
        mean = self.mean

        std: float | None
        std = self.std

        coefficient_of_variation: float | None
        coefficient_of_variation = self.coefficient_of_variation

        mode: bool | float | int
        mode = self.mode

        mode_share = self.mode_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "values": values,
                "mean": mean,
                "std": std,
                "coefficient_of_variation": coefficient_of_variation,
                "mode": mode,
                "mode_share": mode_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> bool | float | int:
                return cast(bool | float | int, data)

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        def _parse_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean = _parse_mean(d.pop("mean"))

        def _parse_std(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        std = _parse_std(d.pop("std"))

        def _parse_coefficient_of_variation(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coefficient_of_variation = _parse_coefficient_of_variation(d.pop("coefficient_of_variation"))

        def _parse_mode(data: object) -> bool | float | int:
            return cast(bool | float | int, data)

        mode = _parse_mode(d.pop("mode"))

        mode_share = d.pop("mode_share")

        param_stability = cls(
            name=name,
            values=values,
            mean=mean,
            std=std,
            coefficient_of_variation=coefficient_of_variation,
            mode=mode,
            mode_share=mode_share,
        )

        param_stability.additional_properties = d
        return param_stability

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
