from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioAttributionRow")


@_attrs_define
class PortfolioAttributionRow:
    """
    Attributes:
        segment (str): A symbol, or cash
        portfolio_weight (float):
        benchmark_weight (float):
        portfolio_return (float):
        benchmark_return (float):
        allocation (float):
        selection (float):
        interaction (float):
    """

    segment: str
    portfolio_weight: float
    benchmark_weight: float
    portfolio_return: float
    benchmark_return: float
    allocation: float
    selection: float
    interaction: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment = self.segment

        portfolio_weight = self.portfolio_weight

        benchmark_weight = self.benchmark_weight

        portfolio_return = self.portfolio_return

        benchmark_return = self.benchmark_return

        allocation = self.allocation

        selection = self.selection

        interaction = self.interaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment": segment,
                "portfolio_weight": portfolio_weight,
                "benchmark_weight": benchmark_weight,
                "portfolio_return": portfolio_return,
                "benchmark_return": benchmark_return,
                "allocation": allocation,
                "selection": selection,
                "interaction": interaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segment = d.pop("segment")

        portfolio_weight = d.pop("portfolio_weight")

        benchmark_weight = d.pop("benchmark_weight")

        portfolio_return = d.pop("portfolio_return")

        benchmark_return = d.pop("benchmark_return")

        allocation = d.pop("allocation")

        selection = d.pop("selection")

        interaction = d.pop("interaction")

        portfolio_attribution_row = cls(
            segment=segment,
            portfolio_weight=portfolio_weight,
            benchmark_weight=benchmark_weight,
            portfolio_return=portfolio_return,
            benchmark_return=benchmark_return,
            allocation=allocation,
            selection=selection,
            interaction=interaction,
        )

        portfolio_attribution_row.additional_properties = d
        return portfolio_attribution_row

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
