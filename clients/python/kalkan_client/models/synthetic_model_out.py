from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_model_out_status import SyntheticModelOutStatus, check_synthetic_model_out_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.synthetic_data_range import SyntheticDataRange
    from ..models.synthetic_model_out_metrics_type_0 import SyntheticModelOutMetricsType0
    from ..models.synthetic_model_out_params import SyntheticModelOutParams


T = TypeVar("T", bound="SyntheticModelOut")


@_attrs_define
class SyntheticModelOut:
    """A registry entry. ``metrics`` holds the headline quality scores per generator and the
    verdict; ``GET /gan/models/{id}/quality`` has the whole report and its chart.

        Attributes:
            id (str):
            module (str):
            kind (str):
            name (str):
            version (int):
            status (SyntheticModelOutStatus):
            published (bool):
            owner_id (int):
            params (SyntheticModelOutParams):
            data (SyntheticDataRange):
            metrics (None | SyntheticModelOutMetricsType0):
            sha256 (None | str):
            size_bytes (int | None):
            job_id (None | str):
            error (None | str):
            created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
            finished_at (datetime.datetime | None):
            progress (float | None | Unset): Training progress 0..1
            message (None | str | Unset): Training phase, epoch and losses
    """

    id: str
    module: str
    kind: str
    name: str
    version: int
    status: SyntheticModelOutStatus
    published: bool
    owner_id: int
    params: SyntheticModelOutParams
    data: SyntheticDataRange
    metrics: None | SyntheticModelOutMetricsType0
    sha256: None | str
    size_bytes: int | None
    job_id: None | str
    error: None | str
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    progress: float | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.synthetic_model_out_metrics_type_0 import SyntheticModelOutMetricsType0  # noqa: PLC0415

        id = self.id

        module = self.module

        kind = self.kind

        name = self.name

        version = self.version

        status: str = self.status

        published = self.published

        owner_id = self.owner_id

        params = self.params.to_dict()

        data = self.data.to_dict()

        metrics: dict[str, Any] | None
        if isinstance(self.metrics, SyntheticModelOutMetricsType0):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        sha256: None | str
        sha256 = self.sha256

        size_bytes: int | None
        size_bytes = self.size_bytes

        job_id: None | str
        job_id = self.job_id

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "module": module,
                "kind": kind,
                "name": name,
                "version": version,
                "status": status,
                "published": published,
                "owner_id": owner_id,
                "params": params,
                "data": data,
                "metrics": metrics,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "job_id": job_id,
                "error": error,
                "created_at": created_at,
                "finished_at": finished_at,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_data_range import SyntheticDataRange  # noqa: PLC0415
        from ..models.synthetic_model_out_metrics_type_0 import SyntheticModelOutMetricsType0  # noqa: PLC0415
        from ..models.synthetic_model_out_params import SyntheticModelOutParams  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        module = d.pop("module")

        kind = d.pop("kind")

        name = d.pop("name")

        version = d.pop("version")

        status = check_synthetic_model_out_status(d.pop("status"))

        published = d.pop("published")

        owner_id = d.pop("owner_id")

        params = SyntheticModelOutParams.from_dict(d.pop("params"))

        data = SyntheticDataRange.from_dict(d.pop("data"))

        def _parse_metrics(data: object) -> None | SyntheticModelOutMetricsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = SyntheticModelOutMetricsType0.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyntheticModelOutMetricsType0, data)

        metrics = _parse_metrics(d.pop("metrics"))

        def _parse_sha256(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sha256 = _parse_sha256(d.pop("sha256"))

        def _parse_size_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes"))

        def _parse_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_id = _parse_job_id(d.pop("job_id"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        synthetic_model_out = cls(
            id=id,
            module=module,
            kind=kind,
            name=name,
            version=version,
            status=status,
            published=published,
            owner_id=owner_id,
            params=params,
            data=data,
            metrics=metrics,
            sha256=sha256,
            size_bytes=size_bytes,
            job_id=job_id,
            error=error,
            created_at=created_at,
            finished_at=finished_at,
            progress=progress,
            message=message,
        )

        synthetic_model_out.additional_properties = d
        return synthetic_model_out

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
