from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskCheckOrderResult")


@_attrs_define
class RiskCheckOrderResult:
    """
    Attributes:
        allowed (bool):
        reducing (bool):
        trade_risk (float): Loss at the stop, fraction of equity
        heat_after (float): Portfolio heat after the order, fraction of equity
        leverage_after (float): Gross exposure after the order / equity
        position_after (float):
    """

    allowed: bool
    reducing: bool
    trade_risk: float
    heat_after: float
    leverage_after: float
    position_after: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        reducing = self.reducing

        trade_risk = self.trade_risk

        heat_after = self.heat_after

        leverage_after = self.leverage_after

        position_after = self.position_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "reducing": reducing,
                "trade_risk": trade_risk,
                "heat_after": heat_after,
                "leverage_after": leverage_after,
                "position_after": position_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed")

        reducing = d.pop("reducing")

        trade_risk = d.pop("trade_risk")

        heat_after = d.pop("heat_after")

        leverage_after = d.pop("leverage_after")

        position_after = d.pop("position_after")

        risk_check_order_result = cls(
            allowed=allowed,
            reducing=reducing,
            trade_risk=trade_risk,
            heat_after=heat_after,
            leverage_after=leverage_after,
            position_after=position_after,
        )

        risk_check_order_result.additional_properties = d
        return risk_check_order_result

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
