from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrailingStop")


@_attrs_define
class TrailingStop:
    """Trails the best price since entry; distance as a fraction or, with ``multiplier``, ATRs.

    Attributes:
        type_ (Literal['trailing'] | Unset):  Default: 'trailing'.
        value (float | None | Unset):
        multiplier (float | None | Unset):
        atr_period (int | Unset):  Default: 14.
    """

    type_: Literal["trailing"] | Unset = "trailing"
    value: float | None | Unset = UNSET
    multiplier: float | None | Unset = UNSET
    atr_period: int | Unset = 14

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        multiplier: float | None | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        atr_period = self.atr_period

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if atr_period is not UNSET:
            field_dict["atr_period"] = atr_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["trailing"] | Unset, d.pop("type", UNSET))
        if type_ != "trailing" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'trailing', got '{type_}'")

        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        multiplier = _parse_multiplier(d.pop("multiplier", UNSET))

        atr_period = d.pop("atr_period", UNSET)

        trailing_stop = cls(
            type_=type_,
            value=value,
            multiplier=multiplier,
            atr_period=atr_period,
        )

        return trailing_stop
