from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_ml_study_status_out_directions_item import (
    AutoMLStudyStatusOutDirectionsItem,
    check_auto_ml_study_status_out_directions_item,
)
from ..models.auto_ml_study_status_out_target import AutoMLStudyStatusOutTarget, check_auto_ml_study_status_out_target
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_ml_job_state import AutoMLJobState
    from ..models.auto_ml_study_status_out_data import AutoMLStudyStatusOutData
    from ..models.run_report import RunReport
    from ..models.trial_counts import TrialCounts


T = TypeVar("T", bound="AutoMLStudyStatusOut")


@_attrs_define
class AutoMLStudyStatusOut:
    """
    Attributes:
        study_id (str):
        target (AutoMLStudyStatusOutTarget):
        objectives (list[str]):
        directions (list[AutoMLStudyStatusOutDirectionsItem]):
        sampler (str):
        pruner (str):
        trials (TrialCounts):
        n_trials_requested (int):
        data (AutoMLStudyStatusOutData):
        job (AutoMLJobState | None): The optimisation job; null once it has expired
        best_value (float | None | Unset): single objective: best value so far
        pareto_size (int | None | Unset): several objectives: Pareto set size
        created_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
        last_activity_at (datetime.datetime | None | Unset):
        elapsed_seconds (float | Unset):  Default: 0.0.
        report (None | RunReport | Unset): The finished job's report
    """

    study_id: str
    target: AutoMLStudyStatusOutTarget
    objectives: list[str]
    directions: list[AutoMLStudyStatusOutDirectionsItem]
    sampler: str
    pruner: str
    trials: TrialCounts
    n_trials_requested: int
    data: AutoMLStudyStatusOutData
    job: AutoMLJobState | None
    best_value: float | None | Unset = UNSET
    pareto_size: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    last_activity_at: datetime.datetime | None | Unset = UNSET
    elapsed_seconds: float | Unset = 0.0
    report: None | RunReport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_ml_job_state import AutoMLJobState  # noqa: PLC0415
        from ..models.run_report import RunReport  # noqa: PLC0415

        study_id = self.study_id

        target: str = self.target

        objectives = self.objectives

        directions = []
        for directions_item_data in self.directions:
            directions_item: str = directions_item_data
            directions.append(directions_item)

        sampler = self.sampler

        pruner = self.pruner

        trials = self.trials.to_dict()

        n_trials_requested = self.n_trials_requested

        data = self.data.to_dict()

        job: dict[str, Any] | None
        if isinstance(self.job, AutoMLJobState):
            job = self.job.to_dict()
        else:
            job = self.job

        best_value: float | None | Unset
        if isinstance(self.best_value, Unset):
            best_value = UNSET
        else:
            best_value = self.best_value

        pareto_size: int | None | Unset
        if isinstance(self.pareto_size, Unset):
            pareto_size = UNSET
        else:
            pareto_size = self.pareto_size

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        last_activity_at: None | str | Unset
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = self.last_activity_at.isoformat()
        else:
            last_activity_at = self.last_activity_at

        elapsed_seconds = self.elapsed_seconds

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, RunReport):
            report = self.report.to_dict()
        else:
            report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_id": study_id,
                "target": target,
                "objectives": objectives,
                "directions": directions,
                "sampler": sampler,
                "pruner": pruner,
                "trials": trials,
                "n_trials_requested": n_trials_requested,
                "data": data,
                "job": job,
            }
        )
        if best_value is not UNSET:
            field_dict["best_value"] = best_value
        if pareto_size is not UNSET:
            field_dict["pareto_size"] = pareto_size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if last_activity_at is not UNSET:
            field_dict["last_activity_at"] = last_activity_at
        if elapsed_seconds is not UNSET:
            field_dict["elapsed_seconds"] = elapsed_seconds
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_ml_job_state import AutoMLJobState  # noqa: PLC0415
        from ..models.auto_ml_study_status_out_data import AutoMLStudyStatusOutData  # noqa: PLC0415
        from ..models.run_report import RunReport  # noqa: PLC0415
        from ..models.trial_counts import TrialCounts  # noqa: PLC0415

        d = dict(src_dict)
        study_id = d.pop("study_id")

        target = check_auto_ml_study_status_out_target(d.pop("target"))

        objectives = cast(list[str], d.pop("objectives"))

        directions = []
        _directions = d.pop("directions")
        for directions_item_data in _directions:
            directions_item = check_auto_ml_study_status_out_directions_item(directions_item_data)

            directions.append(directions_item)

        sampler = d.pop("sampler")

        pruner = d.pop("pruner")

        trials = TrialCounts.from_dict(d.pop("trials"))

        n_trials_requested = d.pop("n_trials_requested")

        data = AutoMLStudyStatusOutData.from_dict(d.pop("data"))

        def _parse_job(data: object) -> AutoMLJobState | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = AutoMLJobState.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoMLJobState | None, data)

        job = _parse_job(d.pop("job"))

        def _parse_best_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        best_value = _parse_best_value(d.pop("best_value", UNSET))

        def _parse_pareto_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pareto_size = _parse_pareto_size(d.pop("pareto_size", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_last_activity_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_activity_at = _parse_last_activity_at(d.pop("last_activity_at", UNSET))

        elapsed_seconds = d.pop("elapsed_seconds", UNSET)

        def _parse_report(data: object) -> None | RunReport | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = RunReport.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunReport | Unset, data)

        report = _parse_report(d.pop("report", UNSET))

        auto_ml_study_status_out = cls(
            study_id=study_id,
            target=target,
            objectives=objectives,
            directions=directions,
            sampler=sampler,
            pruner=pruner,
            trials=trials,
            n_trials_requested=n_trials_requested,
            data=data,
            job=job,
            best_value=best_value,
            pareto_size=pareto_size,
            created_at=created_at,
            started_at=started_at,
            last_activity_at=last_activity_at,
            elapsed_seconds=elapsed_seconds,
            report=report,
        )

        auto_ml_study_status_out.additional_properties = d
        return auto_ml_study_status_out

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
