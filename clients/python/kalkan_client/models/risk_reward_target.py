from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskRewardTarget")


@_attrs_define
class RiskRewardTarget:
    """
    Attributes:
        ratio (float): Target distance = ratio × stop distance
        type_ (Literal['risk_reward'] | Unset):  Default: 'risk_reward'.
    """

    ratio: float
    type_: Literal["risk_reward"] | Unset = "risk_reward"

    def to_dict(self) -> dict[str, Any]:
        ratio = self.ratio

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ratio": ratio,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ratio = d.pop("ratio")

        type_ = cast(Literal["risk_reward"] | Unset, d.pop("type", UNSET))
        if type_ != "risk_reward" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'risk_reward', got '{type_}'")

        risk_reward_target = cls(
            ratio=ratio,
            type_=type_,
        )

        return risk_reward_target
