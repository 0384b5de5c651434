from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerformanceMetrics")


@_attrs_define
class PerformanceMetrics:
    """Equity-curve statistics; ratios are annualised with 365 days × bars per day.

    Attributes:
        total_return (float):
        cagr (float | None):
        annual_volatility (float | None):
        sharpe (float | None):
        sortino (float | None):
        calmar (float | None):
        max_drawdown (float): Most negative peak-to-trough change, e.g. -0.25
        max_drawdown_duration_bars (int):
        max_drawdown_duration_days (float):
        final_equity (float):
    """

    total_return: float
    cagr: float | None
    annual_volatility: float | None
    sharpe: float | None
    sortino: float | None
    calmar: float | None
    max_drawdown: float
    max_drawdown_duration_bars: int
    max_drawdown_duration_days: float
    final_equity: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_return = self.total_return

        cagr: float | None
        cagr = self.cagr

        annual_volatility: float | None
        annual_volatility = self.annual_volatility

        sharpe: float | None
        sharpe = self.sharpe

        sortino: float | None
        sortino = self.sortino

        calmar: float | None
        calmar = self.calmar

        max_drawdown = self.max_drawdown

        max_drawdown_duration_bars = self.max_drawdown_duration_bars

        max_drawdown_duration_days = self.max_drawdown_duration_days

        final_equity = self.final_equity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_return": total_return,
                "cagr": cagr,
                "annual_volatility": annual_volatility,
                "sharpe": sharpe,
                "sortino": sortino,
                "calmar": calmar,
                "max_drawdown": max_drawdown,
                "max_drawdown_duration_bars": max_drawdown_duration_bars,
                "max_drawdown_duration_days": max_drawdown_duration_days,
                "final_equity": final_equity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_return = d.pop("total_return")

        def _parse_cagr(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cagr = _parse_cagr(d.pop("cagr"))

        def _parse_annual_volatility(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        annual_volatility = _parse_annual_volatility(d.pop("annual_volatility"))

        def _parse_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sharpe = _parse_sharpe(d.pop("sharpe"))

        def _parse_sortino(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sortino = _parse_sortino(d.pop("sortino"))

        def _parse_calmar(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        calmar = _parse_calmar(d.pop("calmar"))

        max_drawdown = d.pop("max_drawdown")

        max_drawdown_duration_bars = d.pop("max_drawdown_duration_bars")

        max_drawdown_duration_days = d.pop("max_drawdown_duration_days")

        final_equity = d.pop("final_equity")

        performance_metrics = cls(
            total_return=total_return,
            cagr=cagr,
            annual_volatility=annual_volatility,
            sharpe=sharpe,
            sortino=sortino,
            calmar=calmar,
            max_drawdown=max_drawdown,
            max_drawdown_duration_bars=max_drawdown_duration_bars,
            max_drawdown_duration_days=max_drawdown_duration_days,
            final_equity=final_equity,
        )

        performance_metrics.additional_properties = d
        return performance_metrics

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
