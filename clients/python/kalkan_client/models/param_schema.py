from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.param_schema_type import ParamSchemaType, check_param_schema_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParamSchema")


@_attrs_define
class ParamSchema:
    """One tunable strategy parameter, in the shape of the backtest module's ``list_strategies()``.

    ``type`` is ``int``, ``float``, ``bool`` or ``choice`` (with ``choices``). ``log`` samples a
    positive numeric range on a log scale.

        Attributes:
            name (str):
            type_ (ParamSchemaType):
            default (Any | Unset):
            min_ (float | None | Unset):
            max_ (float | None | Unset):
            choices (list[bool | float | int | str] | None | Unset):
            log (bool | Unset):  Default: False.
            step (float | None | Unset):
    """

    name: str
    type_: ParamSchemaType
    default: Any | Unset = UNSET
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    choices: list[bool | float | int | str] | None | Unset = UNSET
    log: bool | Unset = False
    step: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        default = self.default

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        choices: list[bool | float | int | str] | None | Unset
        if isinstance(self.choices, Unset):
            choices = UNSET
        elif isinstance(self.choices, list):
            choices = []
            for choices_type_0_item_data in self.choices:
                choices_type_0_item: bool | float | int | str
                choices_type_0_item = choices_type_0_item_data
                choices.append(choices_type_0_item)

        else:
            choices = self.choices

        log = self.log

        step: float | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if choices is not UNSET:
            field_dict["choices"] = choices
        if log is not UNSET:
            field_dict["log"] = log
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_param_schema_type(d.pop("type"))

        default = d.pop("default", UNSET)

        def _parse_min_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_choices(data: object) -> list[bool | float | int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                choices_type_0 = []
                _choices_type_0 = data
                for choices_type_0_item_data in _choices_type_0:

                    def _parse_choices_type_0_item(data: object) -> bool | float | int | str:
                        return cast(bool | float | int | str, data)

                    choices_type_0_item = _parse_choices_type_0_item(choices_type_0_item_data)

                    choices_type_0.append(choices_type_0_item)

                return choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[bool | float | int | str] | None | Unset, data)

        choices = _parse_choices(d.pop("choices", UNSET))

        log = d.pop("log", UNSET)

        def _parse_step(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        param_schema = cls(
            name=name,
            type_=type_,
            default=default,
            min_=min_,
            max_=max_,
            choices=choices,
            log=log,
            step=step,
        )

        param_schema.additional_properties = d
        return param_schema

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
