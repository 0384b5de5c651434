from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.risk_coverage_test import RiskCoverageTest


T = TypeVar("T", bound="RiskVarBacktest")


@_attrs_define
class RiskVarBacktest:
    """
    Attributes:
        window (int):
        observations (int):
        exceptions (int):
        expected_exceptions (float):
        kupiec (RiskCoverageTest):
        christoffersen (RiskCoverageTest):
        conditional_coverage (RiskCoverageTest):
    """

    window: int
    observations: int
    exceptions: int
    expected_exceptions: float
    kupiec: RiskCoverageTest
    christoffersen: RiskCoverageTest
    conditional_coverage: RiskCoverageTest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window = self.window

        observations = self.observations

        exceptions = self.exceptions

        expected_exceptions = self.expected_exceptions

        kupiec = self.kupiec.to_dict()

        christoffersen = self.christoffersen.to_dict()

        conditional_coverage = self.conditional_coverage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "observations": observations,
                "exceptions": exceptions,
                "expected_exceptions": expected_exceptions,
                "kupiec": kupiec,
                "christoffersen": christoffersen,
                "conditional_coverage": conditional_coverage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_coverage_test import RiskCoverageTest  # noqa: PLC0415

        d = dict(src_dict)
        window = d.pop("window")

        observations = d.pop("observations")

        exceptions = d.pop("exceptions")

        expected_exceptions = d.pop("expected_exceptions")

        kupiec = RiskCoverageTest.from_dict(d.pop("kupiec"))

        christoffersen = RiskCoverageTest.from_dict(d.pop("christoffersen"))

        conditional_coverage = RiskCoverageTest.from_dict(d.pop("conditional_coverage"))

        risk_var_backtest = cls(
            window=window,
            observations=observations,
            exceptions=exceptions,
            expected_exceptions=expected_exceptions,
            kupiec=kupiec,
            christoffersen=christoffersen,
            conditional_coverage=conditional_coverage,
        )

        risk_var_backtest.additional_properties = d
        return risk_var_backtest

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
