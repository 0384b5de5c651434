from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_ml_model_version_out_data_window import AutoMLModelVersionOutDataWindow
    from ..models.auto_ml_model_version_out_drift_type_0 import AutoMLModelVersionOutDriftType0
    from ..models.auto_ml_model_version_out_metrics import AutoMLModelVersionOutMetrics
    from ..models.auto_ml_model_version_out_previous_metrics_type_0 import AutoMLModelVersionOutPreviousMetricsType0


T = TypeVar("T", bound="AutoMLModelVersionOut")


@_attrs_define
class AutoMLModelVersionOut:
    """
    Attributes:
        version (int):
        kind (str): initial, incremental or refit
        status (str): promoted, rejected or rolled_back
        current (bool): the version the deployment predicts with
        sha256 (str):
        artifact_bytes (int):
        metrics (AutoMLModelVersionOutMetrics): holdout metrics of this version
        data_window (AutoMLModelVersionOutDataWindow):
        job_id (None | str):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        previous_metrics (AutoMLModelVersionOutPreviousMetricsType0 | None | Unset): the version it was compared with,
            on the same holdout rows
        drift (AutoMLModelVersionOutDriftType0 | None | Unset): ADWIN on the live error: detected, row, ts, error rates
    """

    version: int
    kind: str
    status: str
    current: bool
    sha256: str
    artifact_bytes: int
    metrics: AutoMLModelVersionOutMetrics
    data_window: AutoMLModelVersionOutDataWindow
    job_id: None | str
    created_at: datetime.datetime
    previous_metrics: AutoMLModelVersionOutPreviousMetricsType0 | None | Unset = UNSET
    drift: AutoMLModelVersionOutDriftType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_ml_model_version_out_drift_type_0 import AutoMLModelVersionOutDriftType0  # noqa: PLC0415
        from ..models.auto_ml_model_version_out_previous_metrics_type_0 import AutoMLModelVersionOutPreviousMetricsType0  # noqa: PLC0415

        version = self.version

        kind = self.kind

        status = self.status

        current = self.current

        sha256 = self.sha256

        artifact_bytes = self.artifact_bytes

        metrics = self.metrics.to_dict()

        data_window = self.data_window.to_dict()

        job_id: None | str
        job_id = self.job_id

        created_at = self.created_at.isoformat()

        previous_metrics: dict[str, Any] | None | Unset
        if isinstance(self.previous_metrics, Unset):
            previous_metrics = UNSET
        elif isinstance(self.previous_metrics, AutoMLModelVersionOutPreviousMetricsType0):
            previous_metrics = self.previous_metrics.to_dict()
        else:
            previous_metrics = self.previous_metrics

        drift: dict[str, Any] | None | Unset
        if isinstance(self.drift, Unset):
            drift = UNSET
        elif isinstance(self.drift, AutoMLModelVersionOutDriftType0):
            drift = self.drift.to_dict()
        else:
            drift = self.drift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "kind": kind,
                "status": status,
                "current": current,
                "sha256": sha256,
                "artifact_bytes": artifact_bytes,
                "metrics": metrics,
                "data_window": data_window,
                "job_id": job_id,
                "created_at": created_at,
            }
        )
        if previous_metrics is not UNSET:
            field_dict["previous_metrics"] = previous_metrics
        if drift is not UNSET:
            field_dict["drift"] = drift

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_ml_model_version_out_data_window import AutoMLModelVersionOutDataWindow  # noqa: PLC0415
        from ..models.auto_ml_model_version_out_drift_type_0 import AutoMLModelVersionOutDriftType0  # noqa: PLC0415
        from ..models.auto_ml_model_version_out_metrics import AutoMLModelVersionOutMetrics  # noqa: PLC0415
        from ..models.auto_ml_model_version_out_previous_metrics_type_0 import AutoMLModelVersionOutPreviousMetricsType0  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        kind = d.pop("kind")

        status = d.pop("status")

        current = d.pop("current")

        sha256 = d.pop("sha256")

        artifact_bytes = d.pop("artifact_bytes")

        metrics = AutoMLModelVersionOutMetrics.from_dict(d.pop("metrics"))

        data_window = AutoMLModelVersionOutDataWindow.from_dict(d.pop("data_window"))

        def _parse_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_id = _parse_job_id(d.pop("job_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_previous_metrics(data: object) -> AutoMLModelVersionOutPreviousMetricsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_metrics_type_0 = AutoMLModelVersionOutPreviousMetricsType0.from_dict(data)

                return previous_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoMLModelVersionOutPreviousMetricsType0 | None | Unset, data)

        previous_metrics = _parse_previous_metrics(d.pop("previous_metrics", UNSET))

        def _parse_drift(data: object) -> AutoMLModelVersionOutDriftType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drift_type_0 = AutoMLModelVersionOutDriftType0.from_dict(data)

                return drift_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoMLModelVersionOutDriftType0 | None | Unset, data)

        drift = _parse_drift(d.pop("drift", UNSET))

        auto_ml_model_version_out = cls(
            version=version,
            kind=kind,
            status=status,
            current=current,
            sha256=sha256,
            artifact_bytes=artifact_bytes,
            metrics=metrics,
            data_window=data_window,
            job_id=job_id,
            created_at=created_at,
            previous_metrics=previous_metrics,
            drift=drift,
        )

        auto_ml_model_version_out.additional_properties = d
        return auto_ml_model_version_out

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
