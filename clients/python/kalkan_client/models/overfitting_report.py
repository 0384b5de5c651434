from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverfittingReport")


@_attrs_define
class OverfittingReport:
    """
    Attributes:
        n_trials (int):
        selected_sharpe (float | None): Annualised Sharpe of the selected params
        expected_max_sharpe (float | None): Annualised Sharpe the best of n_trials skill-less trials would reach
        deflated_sharpe (float | None): P(true Sharpe > 0) after selection bias
        pbo (float | None): Probability of backtest overfitting (CSCV)
        warning (bool):
        message (str):
    """

    n_trials: int
    selected_sharpe: float | None
    expected_max_sharpe: float | None
    deflated_sharpe: float | None
    pbo: float | None
    warning: bool
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n_trials = self.n_trials

        selected_sharpe: float | None
        selected_sharpe = self.selected_sharpe

        expected_max_sharpe: float | None
        expected_max_sharpe = self.expected_max_sharpe

        deflated_sharpe: float | None
        deflated_sharpe = self.deflated_sharpe

        pbo: float | None
        pbo = self.pbo

        warning = self.warning

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n_trials": n_trials,
                "selected_sharpe": selected_sharpe,
                "expected_max_sharpe": expected_max_sharpe,
                "deflated_sharpe": deflated_sharpe,
                "pbo": pbo,
                "warning": warning,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        n_trials = d.pop("n_trials")

        def _parse_selected_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        selected_sharpe = _parse_selected_sharpe(d.pop("selected_sharpe"))

        def _parse_expected_max_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        expected_max_sharpe = _parse_expected_max_sharpe(d.pop("expected_max_sharpe"))

        def _parse_deflated_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        deflated_sharpe = _parse_deflated_sharpe(d.pop("deflated_sharpe"))

        def _parse_pbo(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pbo = _parse_pbo(d.pop("pbo"))

        warning = d.pop("warning")

        message = d.pop("message")

        overfitting_report = cls(
            n_trials=n_trials,
            selected_sharpe=selected_sharpe,
            expected_max_sharpe=expected_max_sharpe,
            deflated_sharpe=deflated_sharpe,
            pbo=pbo,
            warning=warning,
            message=message,
        )

        overfitting_report.additional_properties = d
        return overfitting_report

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
