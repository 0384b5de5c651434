from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioRebalanceSkip")


@_attrs_define
class PortfolioRebalanceSkip:
    """
    Attributes:
        symbol (str):
        reason (str):
        current_weight (float):
        target_weight (float):
    """

    symbol: str
    reason: str
    current_weight: float
    target_weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        reason = self.reason

        current_weight = self.current_weight

        target_weight = self.target_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "reason": reason,
                "current_weight": current_weight,
                "target_weight": target_weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        reason = d.pop("reason")

        current_weight = d.pop("current_weight")

        target_weight = d.pop("target_weight")

        portfolio_rebalance_skip = cls(
            symbol=symbol,
            reason=reason,
            current_weight=current_weight,
            target_weight=target_weight,
        )

        portfolio_rebalance_skip.additional_properties = d
        return portfolio_rebalance_skip

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
