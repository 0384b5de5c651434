from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rl_equity_metrics_metrics import RLEquityMetricsMetrics


T = TypeVar("T", bound="RLEquityMetrics")


@_attrs_define
class RLEquityMetrics:
    """
    Attributes:
        total_return (float):
        metrics (RLEquityMetricsMetrics): The backtest module's equity metrics
    """

    total_return: float
    metrics: RLEquityMetricsMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_return = self.total_return

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_return": total_return,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rl_equity_metrics_metrics import RLEquityMetricsMetrics  # noqa: PLC0415

        d = dict(src_dict)
        total_return = d.pop("total_return")

        metrics = RLEquityMetricsMetrics.from_dict(d.pop("metrics"))

        rl_equity_metrics = cls(
            total_return=total_return,
            metrics=metrics,
        )

        rl_equity_metrics.additional_properties = d
        return rl_equity_metrics

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
