from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.news_model_out_metrics import NewsModelOutMetrics
    from ..models.news_model_out_params import NewsModelOutParams


T = TypeVar("T", bound="NewsModelOut")


@_attrs_define
class NewsModelOut:
    """
    Attributes:
        kind (str):
        version (str):
        sha256 (str):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        params (NewsModelOutParams):
        metrics (NewsModelOutMetrics):
        loaded (bool):
    """

    kind: str
    version: str
    sha256: str
    created_at: datetime.datetime
    params: NewsModelOutParams
    metrics: NewsModelOutMetrics
    loaded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        version = self.version

        sha256 = self.sha256

        created_at = self.created_at.isoformat()

        params = self.params.to_dict()

        metrics = self.metrics.to_dict()

        loaded = self.loaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "version": version,
                "sha256": sha256,
                "created_at": created_at,
                "params": params,
                "metrics": metrics,
                "loaded": loaded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.news_model_out_metrics import NewsModelOutMetrics  # noqa: PLC0415
        from ..models.news_model_out_params import NewsModelOutParams  # noqa: PLC0415

        d = dict(src_dict)
        kind = d.pop("kind")

        version = d.pop("version")

        sha256 = d.pop("sha256")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        params = NewsModelOutParams.from_dict(d.pop("params"))

        metrics = NewsModelOutMetrics.from_dict(d.pop("metrics"))

        loaded = d.pop("loaded")

        news_model_out = cls(
            kind=kind,
            version=version,
            sha256=sha256,
            created_at=created_at,
            params=params,
            metrics=metrics,
            loaded=loaded,
        )

        news_model_out.additional_properties = d
        return news_model_out

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
