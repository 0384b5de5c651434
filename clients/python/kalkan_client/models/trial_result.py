from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trial_result_fold_metrics_type_0_item import TrialResultFoldMetricsType0Item
    from ..models.trial_result_metrics import TrialResultMetrics
    from ..models.trial_result_params import TrialResultParams


T = TypeVar("T", bound="TrialResult")


@_attrs_define
class TrialResult:
    """
    Attributes:
        number (int):
        state (str):
        values (list[float] | None):
        params (TrialResultParams):
        metrics (TrialResultMetrics | Unset):
        fold_metrics (list[TrialResultFoldMetricsType0Item] | None | Unset):
        train_loss_curve (list[float] | None | Unset):
        duration_seconds (float | None | Unset):
        worker (None | str | Unset):
        infeasible (None | str | Unset): why the parameters were rejected
        error (None | str | Unset): why a FAIL trial failed
    """

    number: int
    state: str
    values: list[float] | None
    params: TrialResultParams
    metrics: TrialResultMetrics | Unset = UNSET
    fold_metrics: list[TrialResultFoldMetricsType0Item] | None | Unset = UNSET
    train_loss_curve: list[float] | None | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
    worker: None | str | Unset = UNSET
    infeasible: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        state = self.state

        values: list[float] | None
        if isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        params = self.params.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        fold_metrics: list[dict[str, Any]] | None | Unset
        if isinstance(self.fold_metrics, Unset):
            fold_metrics = UNSET
        elif isinstance(self.fold_metrics, list):
            fold_metrics = []
            for fold_metrics_type_0_item_data in self.fold_metrics:
                fold_metrics_type_0_item = fold_metrics_type_0_item_data.to_dict()
                fold_metrics.append(fold_metrics_type_0_item)

        else:
            fold_metrics = self.fold_metrics

        train_loss_curve: list[float] | None | Unset
        if isinstance(self.train_loss_curve, Unset):
            train_loss_curve = UNSET
        elif isinstance(self.train_loss_curve, list):
            train_loss_curve = self.train_loss_curve

        else:
            train_loss_curve = self.train_loss_curve

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        worker: None | str | Unset
        if isinstance(self.worker, Unset):
            worker = UNSET
        else:
            worker = self.worker

        infeasible: None | str | Unset
        if isinstance(self.infeasible, Unset):
            infeasible = UNSET
        else:
            infeasible = self.infeasible

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "state": state,
                "values": values,
                "params": params,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if fold_metrics is not UNSET:
            field_dict["fold_metrics"] = fold_metrics
        if train_loss_curve is not UNSET:
            field_dict["train_loss_curve"] = train_loss_curve
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if worker is not UNSET:
            field_dict["worker"] = worker
        if infeasible is not UNSET:
            field_dict["infeasible"] = infeasible
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trial_result_fold_metrics_type_0_item import TrialResultFoldMetricsType0Item  # noqa: PLC0415
        from ..models.trial_result_metrics import TrialResultMetrics  # noqa: PLC0415
        from ..models.trial_result_params import TrialResultParams  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        state = d.pop("state")

        def _parse_values(data: object) -> list[float] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[float], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None, data)

        values = _parse_values(d.pop("values"))

        params = TrialResultParams.from_dict(d.pop("params"))

        _metrics = d.pop("metrics", UNSET)
        metrics: TrialResultMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = TrialResultMetrics.from_dict(_metrics)

        def _parse_fold_metrics(data: object) -> list[TrialResultFoldMetricsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fold_metrics_type_0 = []
                _fold_metrics_type_0 = data
                for fold_metrics_type_0_item_data in _fold_metrics_type_0:
                    fold_metrics_type_0_item = TrialResultFoldMetricsType0Item.from_dict(fold_metrics_type_0_item_data)

                    fold_metrics_type_0.append(fold_metrics_type_0_item)

                return fold_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrialResultFoldMetricsType0Item] | None | Unset, data)

        fold_metrics = _parse_fold_metrics(d.pop("fold_metrics", UNSET))

        def _parse_train_loss_curve(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                train_loss_curve_type_0 = cast(list[float], data)

                return train_loss_curve_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        train_loss_curve = _parse_train_loss_curve(d.pop("train_loss_curve", UNSET))

        def _parse_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        def _parse_worker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker = _parse_worker(d.pop("worker", UNSET))

        def _parse_infeasible(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        infeasible = _parse_infeasible(d.pop("infeasible", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        trial_result = cls(
            number=number,
            state=state,
            values=values,
            params=params,
            metrics=metrics,
            fold_metrics=fold_metrics,
            train_loss_curve=train_loss_curve,
            duration_seconds=duration_seconds,
            worker=worker,
            infeasible=infeasible,
            error=error,
        )

        trial_result.additional_properties = d
        return trial_result

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
