from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_position_size_bound import RiskPositionSizeBound, check_risk_position_size_bound

T = TypeVar("T", bound="RiskPositionSize")


@_attrs_define
class RiskPositionSize:
    """
    Attributes:
        method (str):
        quantity (float):
        notional (float):
        fraction (float): Notional committed / equity
        proposed_fraction (float): What the method asked for before the caps
        bound (RiskPositionSizeBound): What limited the size
        kelly_fraction (float | None): Full Kelly f* (where Kelly was used)
        risk_amount (float | None): Loss at the stop, quote
        equity (float):
        leverage_cap (float):
    """

    method: str
    quantity: float
    notional: float
    fraction: float
    proposed_fraction: float
    bound: RiskPositionSizeBound
    kelly_fraction: float | None
    risk_amount: float | None
    equity: float
    leverage_cap: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        quantity = self.quantity

        notional = self.notional

        fraction = self.fraction

        proposed_fraction = self.proposed_fraction

        bound: str = self.bound

        kelly_fraction: float | None
        kelly_fraction = self.kelly_fraction

        risk_amount: float | None
        risk_amount = self.risk_amount

        equity = self.equity

        leverage_cap = self.leverage_cap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "quantity": quantity,
                "notional": notional,
                "fraction": fraction,
                "proposed_fraction": proposed_fraction,
                "bound": bound,
                "kelly_fraction": kelly_fraction,
                "risk_amount": risk_amount,
                "equity": equity,
                "leverage_cap": leverage_cap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method")

        quantity = d.pop("quantity")

        notional = d.pop("notional")

        fraction = d.pop("fraction")

        proposed_fraction = d.pop("proposed_fraction")

        bound = check_risk_position_size_bound(d.pop("bound"))

        def _parse_kelly_fraction(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        kelly_fraction = _parse_kelly_fraction(d.pop("kelly_fraction"))

        def _parse_risk_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        risk_amount = _parse_risk_amount(d.pop("risk_amount"))

        equity = d.pop("equity")

        leverage_cap = d.pop("leverage_cap")

        risk_position_size = cls(
            method=method,
            quantity=quantity,
            notional=notional,
            fraction=fraction,
            proposed_fraction=proposed_fraction,
            bound=bound,
            kelly_fraction=kelly_fraction,
            risk_amount=risk_amount,
            equity=equity,
            leverage_cap=leverage_cap,
        )

        risk_position_size.additional_properties = d
        return risk_position_size

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
