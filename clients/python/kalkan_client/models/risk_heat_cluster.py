from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskHeatCluster")


@_attrs_define
class RiskHeatCluster:
    """
    Attributes:
        symbols (list[str]):
        risk (float):
        fraction (float):
        over_limit (bool):
    """

    symbols: list[str]
    risk: float
    fraction: float
    over_limit: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbols = self.symbols

        risk = self.risk

        fraction = self.fraction

        over_limit = self.over_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbols": symbols,
                "risk": risk,
                "fraction": fraction,
                "over_limit": over_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbols = cast(list[str], d.pop("symbols"))

        risk = d.pop("risk")

        fraction = d.pop("fraction")

        over_limit = d.pop("over_limit")

        risk_heat_cluster = cls(
            symbols=symbols,
            risk=risk,
            fraction=fraction,
            over_limit=over_limit,
        )

        risk_heat_cluster.additional_properties = d
        return risk_heat_cluster

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
