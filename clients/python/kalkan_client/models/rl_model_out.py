from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rl_model_out_data_type_0 import RLModelOutDataType0
    from ..models.rl_model_out_metrics_type_0 import RLModelOutMetricsType0
    from ..models.rl_model_out_params import RLModelOutParams


T = TypeVar("T", bound="RLModelOut")


@_attrs_define
class RLModelOut:
    """A registry entry: who owns it, what it is, what it was trained on, how it did.

    Attributes:
        id (str):
        owner_id (int):
        module (str):
        kind (str): dqn | ppo | a2c | ensemble
        name (str):
        version (int):
        status (str): training | ready | failed | cancelled
        source (str): trained | uploaded | ensemble
        params (RLModelOutParams): env and algo specs (ensemble: members)
        data (None | RLModelOutDataType0): Trained and held-back ranges
        metrics (None | RLModelOutMetricsType0):
        sha256 (None | str):
        size_bytes (int | None):
        published (bool):
        job_id (None | str):
        error (None | str):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        updated_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: str
    owner_id: int
    module: str
    kind: str
    name: str
    version: int
    status: str
    source: str
    params: RLModelOutParams
    data: None | RLModelOutDataType0
    metrics: None | RLModelOutMetricsType0
    sha256: None | str
    size_bytes: int | None
    published: bool
    job_id: None | str
    error: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rl_model_out_data_type_0 import RLModelOutDataType0  # noqa: PLC0415
        from ..models.rl_model_out_metrics_type_0 import RLModelOutMetricsType0  # noqa: PLC0415

        id = self.id

        owner_id = self.owner_id

        module = self.module

        kind = self.kind

        name = self.name

        version = self.version

        status = self.status

        source = self.source

        params = self.params.to_dict()

        data: dict[str, Any] | None
        if isinstance(self.data, RLModelOutDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        metrics: dict[str, Any] | None
        if isinstance(self.metrics, RLModelOutMetricsType0):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        sha256: None | str
        sha256 = self.sha256

        size_bytes: int | None
        size_bytes = self.size_bytes

        published = self.published

        job_id: None | str
        job_id = self.job_id

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "owner_id": owner_id,
                "module": module,
                "kind": kind,
                "name": name,
                "version": version,
                "status": status,
                "source": source,
                "params": params,
                "data": data,
                "metrics": metrics,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "published": published,
                "job_id": job_id,
                "error": error,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rl_model_out_data_type_0 import RLModelOutDataType0  # noqa: PLC0415
        from ..models.rl_model_out_metrics_type_0 import RLModelOutMetricsType0  # noqa: PLC0415
        from ..models.rl_model_out_params import RLModelOutParams  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        owner_id = d.pop("owner_id")

        module = d.pop("module")

        kind = d.pop("kind")

        name = d.pop("name")

        version = d.pop("version")

        status = d.pop("status")

        source = d.pop("source")

        params = RLModelOutParams.from_dict(d.pop("params"))

        def _parse_data(data: object) -> None | RLModelOutDataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = RLModelOutDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RLModelOutDataType0, data)

        data = _parse_data(d.pop("data"))

        def _parse_metrics(data: object) -> None | RLModelOutMetricsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = RLModelOutMetricsType0.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RLModelOutMetricsType0, data)

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

        published = d.pop("published")

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        rl_model_out = cls(
            id=id,
            owner_id=owner_id,
            module=module,
            kind=kind,
            name=name,
            version=version,
            status=status,
            source=source,
            params=params,
            data=data,
            metrics=metrics,
            sha256=sha256,
            size_bytes=size_bytes,
            published=published,
            job_id=job_id,
            error=error,
            created_at=created_at,
            updated_at=updated_at,
        )

        rl_model_out.additional_properties = d
        return rl_model_out

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
