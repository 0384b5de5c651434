from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedPctStop")


@_attrs_define
class FixedPctStop:
    """
    Attributes:
        value (float): Distance from the entry price, 0.02 = 2%
        type_ (Literal['fixed_pct'] | Unset):  Default: 'fixed_pct'.
    """

    value: float
    type_: Literal["fixed_pct"] | Unset = "fixed_pct"

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}

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

        fixed_pct_stop = cls(
            value=value,
            type_=type_,
        )

        return fixed_pct_stop
