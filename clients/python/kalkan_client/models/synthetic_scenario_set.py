from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.synthetic_scenario import SyntheticScenario


T = TypeVar("T", bound="SyntheticScenarioSet")


@_attrs_define
class SyntheticScenarioSet:
    """
    Attributes:
        exchange (str):
        symbol (str):
        timeframe (str):
        scenarios (list[SyntheticScenario]):
    """

    exchange: str
    symbol: str
    timeframe: str
    scenarios: list[SyntheticScenario]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        scenarios = []
        for scenarios_item_data in self.scenarios:
            scenarios_item = scenarios_item_data.to_dict()
            scenarios.append(scenarios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "scenarios": scenarios,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_scenario import SyntheticScenario  # noqa: PLC0415

        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        scenarios = []
        _scenarios = d.pop("scenarios")
        for scenarios_item_data in _scenarios:
            scenarios_item = SyntheticScenario.from_dict(scenarios_item_data)

            scenarios.append(scenarios_item)

        synthetic_scenario_set = cls(
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            scenarios=scenarios,
        )

        synthetic_scenario_set.additional_properties = d
        return synthetic_scenario_set

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
