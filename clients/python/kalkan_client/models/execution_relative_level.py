from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionRelativeLevel")


@_attrs_define
class ExecutionRelativeLevel:
    """A stop-loss / take-profit relative to the fill's average price, as the backtests take
    it: ``{"type": "fixed_pct", "value": 0.03}`` is 3 % below a BUY's fill (above a SELL's).

        Attributes:
            value (float): Fraction of the fill price, e.g. 0.03
            type_ (Literal['fixed_pct'] | Unset):  Default: 'fixed_pct'.
    """

    value: float
    type_: Literal["fixed_pct"] | Unset = "fixed_pct"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        type_ = cast(Literal["fixed_pct"] | Unset, d.pop("type", UNSET))
        if type_ != "fixed_pct" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'fixed_pct', got '{type_}'")

        execution_relative_level = cls(
            value=value,
            type_=type_,
        )

        execution_relative_level.additional_properties = d
        return execution_relative_level

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
