from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtrTarget")


@_attrs_define
class AtrTarget:
    """
    Attributes:
        multiplier (float):
        type_ (Literal['atr'] | Unset):  Default: 'atr'.
        atr_period (int | Unset):  Default: 14.
    """

    multiplier: float
    type_: Literal["atr"] | Unset = "atr"
    atr_period: int | Unset = 14

    def to_dict(self) -> dict[str, Any]:
        multiplier = self.multiplier

        type_ = self.type_

        atr_period = self.atr_period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "multiplier": multiplier,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if atr_period is not UNSET:
            field_dict["atr_period"] = atr_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        multiplier = d.pop("multiplier")

        type_ = cast(Literal["atr"] | Unset, d.pop("type", UNSET))
        if type_ != "atr" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'atr', got '{type_}'")

        atr_period = d.pop("atr_period", UNSET)

        atr_target = cls(
            multiplier=multiplier,
            type_=type_,
            atr_period=atr_period,
        )

        return atr_target
