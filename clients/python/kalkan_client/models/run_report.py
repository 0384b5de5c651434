from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_report_stopped_by import RunReportStoppedBy, check_run_report_stopped_by
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunReport")


@_attrs_define
class RunReport:
    """
    Attributes:
        study_id (str):
        worker (str):
        trials_run (int):
        complete (int):
        pruned (int):
        failed (int):
        stopped_by (RunReportStoppedBy):
        elapsed_seconds (float):
        last_error (None | str | Unset): why this worker's latest failed trial failed
    """

    study_id: str
    worker: str
    trials_run: int
    complete: int
    pruned: int
    failed: int
    stopped_by: RunReportStoppedBy
    elapsed_seconds: float
    last_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_id = self.study_id

        worker = self.worker

        trials_run = self.trials_run

        complete = self.complete

        pruned = self.pruned

        failed = self.failed

        stopped_by: str = self.stopped_by

        elapsed_seconds = self.elapsed_seconds

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_id": study_id,
                "worker": worker,
                "trials_run": trials_run,
                "complete": complete,
                "pruned": pruned,
                "failed": failed,
                "stopped_by": stopped_by,
                "elapsed_seconds": elapsed_seconds,
            }
        )
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        study_id = d.pop("study_id")

        worker = d.pop("worker")

        trials_run = d.pop("trials_run")

        complete = d.pop("complete")

        pruned = d.pop("pruned")

        failed = d.pop("failed")

        stopped_by = check_run_report_stopped_by(d.pop("stopped_by"))

        elapsed_seconds = d.pop("elapsed_seconds")

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        run_report = cls(
            study_id=study_id,
            worker=worker,
            trials_run=trials_run,
            complete=complete,
            pruned=pruned,
            failed=failed,
            stopped_by=stopped_by,
            elapsed_seconds=elapsed_seconds,
            last_error=last_error,
        )

        run_report.additional_properties = d
        return run_report

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
