from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskHeatPosition")


@_attrs_define
class RiskHeatPosition:
    """
    Attributes:
        symbol (str):
        risk (float):
        fraction (float):
        cluster (int):
        no_stop (bool):
    """

    symbol: str
    risk: float
    fraction: float
    cluster: int
    no_stop: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        risk = self.risk

        fraction = self.fraction

        cluster = self.cluster

        no_stop = self.no_stop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "risk": risk,
                "fraction": fraction,
                "cluster": cluster,
                "no_stop": no_stop,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        risk = d.pop("risk")

        fraction = d.pop("fraction")

        cluster = d.pop("cluster")

        no_stop = d.pop("no_stop")

        risk_heat_position = cls(
            symbol=symbol,
            risk=risk,
            fraction=fraction,
            cluster=cluster,
            no_stop=no_stop,
        )

        risk_heat_position.additional_properties = d
        return risk_heat_position

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
