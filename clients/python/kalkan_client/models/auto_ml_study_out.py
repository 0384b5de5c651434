from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_ml_study_out_target import AutoMLStudyOutTarget, check_auto_ml_study_out_target

if TYPE_CHECKING:
    from ..models.auto_ml_study_out_data import AutoMLStudyOutData


T = TypeVar("T", bound="AutoMLStudyOut")


@_attrs_define
class AutoMLStudyOut:
    """
    Attributes:
        study_id (str):
        target (AutoMLStudyOutTarget):
        objectives (list[str]):
        n_trials (int):
        timeout_seconds (float | None):
        data (AutoMLStudyOutData):
        job_id (None | str):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    study_id: str
    target: AutoMLStudyOutTarget
    objectives: list[str]
    n_trials: int
    timeout_seconds: float | None
    data: AutoMLStudyOutData
    job_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_id = self.study_id

        target: str = self.target

        objectives = self.objectives

        n_trials = self.n_trials

        timeout_seconds: float | None
        timeout_seconds = self.timeout_seconds

        data = self.data.to_dict()

        job_id: None | str
        job_id = self.job_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_id": study_id,
                "target": target,
                "objectives": objectives,
                "n_trials": n_trials,
                "timeout_seconds": timeout_seconds,
                "data": data,
                "job_id": job_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_ml_study_out_data import AutoMLStudyOutData  # noqa: PLC0415

        d = dict(src_dict)
        study_id = d.pop("study_id")

        target = check_auto_ml_study_out_target(d.pop("target"))

        objectives = cast(list[str], d.pop("objectives"))

        n_trials = d.pop("n_trials")

        def _parse_timeout_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds"))

        data = AutoMLStudyOutData.from_dict(d.pop("data"))

        def _parse_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_id = _parse_job_id(d.pop("job_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        auto_ml_study_out = cls(
            study_id=study_id,
            target=target,
            objectives=objectives,
            n_trials=n_trials,
            timeout_seconds=timeout_seconds,
            data=data,
            job_id=job_id,
            created_at=created_at,
        )

        auto_ml_study_out.additional_properties = d
        return auto_ml_study_out

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
