from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_stress_scenario_result_kind import (
    RiskStressScenarioResultKind,
    check_risk_stress_scenario_result_kind,
)

if TYPE_CHECKING:
    from ..models.risk_stress_position_outcome import RiskStressPositionOutcome


T = TypeVar("T", bound="RiskStressScenarioResult")


@_attrs_define
class RiskStressScenarioResult:
    """
    Attributes:
        name (str):
        kind (RiskStressScenarioResultKind):
        pnl (float):
        pnl_fraction (float): PnL / equity
        worst_drawdown (float): Largest peak-to-trough fall of equity, fraction
        bars (int):
        recovery_bars (int | None): Bars from the trough back to the peak
        positions (list[RiskStressPositionOutcome]):
    """

    name: str
    kind: RiskStressScenarioResultKind
    pnl: float
    pnl_fraction: float
    worst_drawdown: float
    bars: int
    recovery_bars: int | None
    positions: list[RiskStressPositionOutcome]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str = self.kind

        pnl = self.pnl

        pnl_fraction = self.pnl_fraction

        worst_drawdown = self.worst_drawdown

        bars = self.bars

        recovery_bars: int | None
        recovery_bars = self.recovery_bars

        positions = []
        for positions_item_data in self.positions:
            positions_item = positions_item_data.to_dict()
            positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "pnl": pnl,
                "pnl_fraction": pnl_fraction,
                "worst_drawdown": worst_drawdown,
                "bars": bars,
                "recovery_bars": recovery_bars,
                "positions": positions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_stress_position_outcome import RiskStressPositionOutcome  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        kind = check_risk_stress_scenario_result_kind(d.pop("kind"))

        pnl = d.pop("pnl")

        pnl_fraction = d.pop("pnl_fraction")

        worst_drawdown = d.pop("worst_drawdown")

        bars = d.pop("bars")

        def _parse_recovery_bars(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recovery_bars = _parse_recovery_bars(d.pop("recovery_bars"))

        positions = []
        _positions = d.pop("positions")
        for positions_item_data in _positions:
            positions_item = RiskStressPositionOutcome.from_dict(positions_item_data)

            positions.append(positions_item)

        risk_stress_scenario_result = cls(
            name=name,
            kind=kind,
            pnl=pnl,
            pnl_fraction=pnl_fraction,
            worst_drawdown=worst_drawdown,
            bars=bars,
            recovery_bars=recovery_bars,
            positions=positions,
        )

        risk_stress_scenario_result.additional_properties = d
        return risk_stress_scenario_result

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
