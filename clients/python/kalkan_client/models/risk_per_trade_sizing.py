from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskPerTradeSizing")


@_attrs_define
class RiskPerTradeSizing:
    """Notional = risk × equity ÷ stop distance, capped at leverage × equity ÷ symbols.

    Attributes:
        risk (float): Fraction of equity lost if the stop is hit
        method (Literal['risk_per_trade'] | Unset):  Default: 'risk_per_trade'.
    """

    risk: float
    method: Literal["risk_per_trade"] | Unset = "risk_per_trade"

    def to_dict(self) -> dict[str, Any]:
        risk = self.risk

        method = self.method

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "risk": risk,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        risk = d.pop("risk")

        method = cast(Literal["risk_per_trade"] | Unset, d.pop("method", UNSET))
        if method != "risk_per_trade" and not isinstance(method, Unset):
            raise ValueError(f"method must match const 'risk_per_trade', got '{method}'")

        risk_per_trade_sizing = cls(
            risk=risk,
            method=method,
        )

        return risk_per_trade_sizing
