from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedFractionSizing")


@_attrs_define
class FixedFractionSizing:
    """Each position's notional = fraction × leverage × equity ÷ number of symbols.

    Attributes:
        method (Literal['fixed_fraction'] | Unset):  Default: 'fixed_fraction'.
        fraction (float | Unset):  Default: 1.0.
    """

    method: Literal["fixed_fraction"] | Unset = "fixed_fraction"
    fraction: float | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        fraction = self.fraction

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if fraction is not UNSET:
            field_dict["fraction"] = fraction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["fixed_fraction"] | Unset, d.pop("method", UNSET))
        if method != "fixed_fraction" and not isinstance(method, Unset):
            raise ValueError(f"method must match const 'fixed_fraction', got '{method}'")

        fraction = d.pop("fraction", UNSET)

        fixed_fraction_sizing = cls(
            method=method,
            fraction=fraction,
        )

        return fixed_fraction_sizing
