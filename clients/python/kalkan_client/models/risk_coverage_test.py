from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskCoverageTest")


@_attrs_define
class RiskCoverageTest:
    """
    Attributes:
        statistic (float):
        p_value (float):
        dof (int):
    """

    statistic: float
    p_value: float
    dof: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statistic = self.statistic

        p_value = self.p_value

        dof = self.dof

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statistic": statistic,
                "p_value": p_value,
                "dof": dof,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        statistic = d.pop("statistic")

        p_value = d.pop("p_value")

        dof = d.pop("dof")

        risk_coverage_test = cls(
            statistic=statistic,
            p_value=p_value,
            dof=dof,
        )

        risk_coverage_test.additional_properties = d
        return risk_coverage_test

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
