from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.risk_shock_scenario_moves import RiskShockScenarioMoves


T = TypeVar("T", bound="RiskShockScenario")


@_attrs_define
class RiskShockScenario:
    """
    Attributes:
        name (str):
        moves (RiskShockScenarioMoves): Relative moves by symbol; "*" for every other symbol
    """

    name: str
    moves: RiskShockScenarioMoves
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        moves = self.moves.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "moves": moves,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_shock_scenario_moves import RiskShockScenarioMoves  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        moves = RiskShockScenarioMoves.from_dict(d.pop("moves"))

        risk_shock_scenario = cls(
            name=name,
            moves=moves,
        )

        risk_shock_scenario.additional_properties = d
        return risk_shock_scenario

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
