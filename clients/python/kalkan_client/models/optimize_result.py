from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimize_result_method import OptimizeResultMethod, check_optimize_result_method
from ..models.optimize_result_objective import OptimizeResultObjective, check_optimize_result_objective

if TYPE_CHECKING:
    from ..models.optimize_result_best_metrics_type_0 import OptimizeResultBestMetricsType0
    from ..models.optimize_result_best_params_type_0 import OptimizeResultBestParamsType0
    from ..models.overfitting_report import OverfittingReport
    from ..models.ranked_params import RankedParams


T = TypeVar("T", bound="OptimizeResult")


@_attrs_define
class OptimizeResult:
    """
    Attributes:
        method (OptimizeResultMethod):
        objective (OptimizeResultObjective):
        n_evaluated (int):
        n_feasible (int):
        best_params (None | OptimizeResultBestParamsType0):
        best_score (float | None):
        best_metrics (None | OptimizeResultBestMetricsType0):
        ranked (list[RankedParams]):
        overfitting (OverfittingReport):
        elapsed_seconds (float):
    """

    method: OptimizeResultMethod
    objective: OptimizeResultObjective
    n_evaluated: int
    n_feasible: int
    best_params: None | OptimizeResultBestParamsType0
    best_score: float | None
    best_metrics: None | OptimizeResultBestMetricsType0
    ranked: list[RankedParams]
    overfitting: OverfittingReport
    elapsed_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.optimize_result_best_metrics_type_0 import OptimizeResultBestMetricsType0  # noqa: PLC0415
        from ..models.optimize_result_best_params_type_0 import OptimizeResultBestParamsType0  # noqa: PLC0415

        method: str = self.method

        objective: str = self.objective

        n_evaluated = self.n_evaluated

        n_feasible = self.n_feasible

        best_params: dict[str, Any] | None
        if isinstance(self.best_params, OptimizeResultBestParamsType0):
            best_params = self.best_params.to_dict()
        else:
            best_params = self.best_params

        best_score: float | None
        best_score = self.best_score

        best_metrics: dict[str, Any] | None
        if isinstance(self.best_metrics, OptimizeResultBestMetricsType0):
            best_metrics = self.best_metrics.to_dict()
        else:
            best_metrics = self.best_metrics

        ranked = []
        for ranked_item_data in self.ranked:
            ranked_item = ranked_item_data.to_dict()
            ranked.append(ranked_item)

        overfitting = self.overfitting.to_dict()

        elapsed_seconds = self.elapsed_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "objective": objective,
                "n_evaluated": n_evaluated,
                "n_feasible": n_feasible,
                "best_params": best_params,
                "best_score": best_score,
                "best_metrics": best_metrics,
                "ranked": ranked,
                "overfitting": overfitting,
                "elapsed_seconds": elapsed_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.optimize_result_best_metrics_type_0 import OptimizeResultBestMetricsType0  # noqa: PLC0415
        from ..models.optimize_result_best_params_type_0 import OptimizeResultBestParamsType0  # noqa: PLC0415
        from ..models.overfitting_report import OverfittingReport  # noqa: PLC0415
        from ..models.ranked_params import RankedParams  # noqa: PLC0415

        d = dict(src_dict)
        method = check_optimize_result_method(d.pop("method"))

        objective = check_optimize_result_objective(d.pop("objective"))

        n_evaluated = d.pop("n_evaluated")

        n_feasible = d.pop("n_feasible")

        def _parse_best_params(data: object) -> None | OptimizeResultBestParamsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                best_params_type_0 = OptimizeResultBestParamsType0.from_dict(data)

                return best_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptimizeResultBestParamsType0, data)

        best_params = _parse_best_params(d.pop("best_params"))

        def _parse_best_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        best_score = _parse_best_score(d.pop("best_score"))

        def _parse_best_metrics(data: object) -> None | OptimizeResultBestMetricsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                best_metrics_type_0 = OptimizeResultBestMetricsType0.from_dict(data)

                return best_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptimizeResultBestMetricsType0, data)

        best_metrics = _parse_best_metrics(d.pop("best_metrics"))

        ranked = []
        _ranked = d.pop("ranked")
        for ranked_item_data in _ranked:
            ranked_item = RankedParams.from_dict(ranked_item_data)

            ranked.append(ranked_item)

        overfitting = OverfittingReport.from_dict(d.pop("overfitting"))

        elapsed_seconds = d.pop("elapsed_seconds")

        optimize_result = cls(
            method=method,
            objective=objective,
            n_evaluated=n_evaluated,
            n_feasible=n_feasible,
            best_params=best_params,
            best_score=best_score,
            best_metrics=best_metrics,
            ranked=ranked,
            overfitting=overfitting,
            elapsed_seconds=elapsed_seconds,
        )

        optimize_result.additional_properties = d
        return optimize_result

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
