from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.param_info_type import ParamInfoType, check_param_info_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParamInfo")


@_attrs_define
class ParamInfo:
    """
    Attributes:
        name (str):
        type_ (ParamInfoType):
        default (bool | float | int):
        description (str):
        min_ (float | int | None | Unset):
        max_ (float | int | None | Unset):
    """

    name: str
    type_: ParamInfoType
    default: bool | float | int
    description: str
    min_: float | int | None | Unset = UNSET
    max_: float | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        default: bool | float | int
        default = self.default

        description = self.description

        min_: float | int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "default": default,
                "description": description,
            }
        )
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_param_info_type(d.pop("type"))

        def _parse_default(data: object) -> bool | float | int:
            return cast(bool | float | int, data)

        default = _parse_default(d.pop("default"))

        description = d.pop("description")

        def _parse_min_(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        param_info = cls(
            name=name,
            type_=type_,
            default=default,
            description=description,
            min_=min_,
            max_=max_,
        )

        param_info.additional_properties = d
        return param_info

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
