from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.param_info import ParamInfo


T = TypeVar("T", bound="StrategyInfo")


@_attrs_define
class StrategyInfo:
    """
    Attributes:
        name (str):
        description (str):
        params (list[ParamInfo]):
        constraints (list[str] | Unset):
        optimisable (bool | Unset):  Default: True.
    """

    name: str
    description: str
    params: list[ParamInfo]
    constraints: list[str] | Unset = UNSET
    optimisable: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        params = []
        for params_item_data in self.params:
            params_item = params_item_data.to_dict()
            params.append(params_item)

        constraints: list[str] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints

        optimisable = self.optimisable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "params": params,
            }
        )
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if optimisable is not UNSET:
            field_dict["optimisable"] = optimisable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.param_info import ParamInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        params = []
        _params = d.pop("params")
        for params_item_data in _params:
            params_item = ParamInfo.from_dict(params_item_data)

            params.append(params_item)

        constraints = cast(list[str], d.pop("constraints", UNSET))

        optimisable = d.pop("optimisable", UNSET)

        strategy_info = cls(
            name=name,
            description=description,
            params=params,
            constraints=constraints,
            optimisable=optimisable,
        )

        strategy_info.additional_properties = d
        return strategy_info

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
