from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_ml_deployment_out_status import AutoMLDeploymentOutStatus, check_auto_ml_deployment_out_status
from ..models.auto_ml_deployment_out_target import AutoMLDeploymentOutTarget, check_auto_ml_deployment_out_target
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_member import DeploymentMember


T = TypeVar("T", bound="AutoMLDeploymentOut")


@_attrs_define
class AutoMLDeploymentOut:
    """A deployment. Signal models are retrained by a job: ``training`` until it ends, then
    ``active`` (weights stored, ``reproduced_metrics`` filled in) or ``failed`` (see ``error``).

        Attributes:
            name (str):
            study_id (str):
            target (AutoMLDeploymentOutTarget):
            objectives (list[str]):
            members (list[DeploymentMember]):
            trial_numbers (list[int]):
            is_ensemble (bool):
            status (AutoMLDeploymentOutStatus):
            created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
            retired_at (datetime.datetime | None):
            artifact_bytes (int | None): Size of the signal model's weights blob
            job_id (None | str | Unset): Signal model: the training job (GET /jobs/{job_id})
            progress (float | None | Unset): While training: the job's progress
            error (None | str | Unset): Status failed: why training failed
            status_url (None | str | Unset): Deploy responses: where to poll the deployment's status
    """

    name: str
    study_id: str
    target: AutoMLDeploymentOutTarget
    objectives: list[str]
    members: list[DeploymentMember]
    trial_numbers: list[int]
    is_ensemble: bool
    status: AutoMLDeploymentOutStatus
    created_at: datetime.datetime
    retired_at: datetime.datetime | None
    artifact_bytes: int | None
    job_id: None | str | Unset = UNSET
    progress: float | None | Unset = UNSET
    error: None | str | Unset = UNSET
    status_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        study_id = self.study_id

        target: str = self.target

        objectives = self.objectives

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        trial_numbers = self.trial_numbers

        is_ensemble = self.is_ensemble

        status: str = self.status

        created_at = self.created_at.isoformat()

        retired_at: None | str
        if isinstance(self.retired_at, datetime.datetime):
            retired_at = self.retired_at.isoformat()
        else:
            retired_at = self.retired_at

        artifact_bytes: int | None
        artifact_bytes = self.artifact_bytes

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        status_url: None | str | Unset
        if isinstance(self.status_url, Unset):
            status_url = UNSET
        else:
            status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "study_id": study_id,
                "target": target,
                "objectives": objectives,
                "members": members,
                "trial_numbers": trial_numbers,
                "is_ensemble": is_ensemble,
                "status": status,
                "created_at": created_at,
                "retired_at": retired_at,
                "artifact_bytes": artifact_bytes,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error is not UNSET:
            field_dict["error"] = error
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_member import DeploymentMember  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        study_id = d.pop("study_id")

        target = check_auto_ml_deployment_out_target(d.pop("target"))

        objectives = cast(list[str], d.pop("objectives"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = DeploymentMember.from_dict(members_item_data)

            members.append(members_item)

        trial_numbers = cast(list[int], d.pop("trial_numbers"))

        is_ensemble = d.pop("is_ensemble")

        status = check_auto_ml_deployment_out_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_retired_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retired_at_type_0 = datetime.datetime.fromisoformat(data)

                return retired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retired_at = _parse_retired_at(d.pop("retired_at"))

        def _parse_artifact_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        artifact_bytes = _parse_artifact_bytes(d.pop("artifact_bytes"))

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_status_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_url = _parse_status_url(d.pop("status_url", UNSET))

        auto_ml_deployment_out = cls(
            name=name,
            study_id=study_id,
            target=target,
            objectives=objectives,
            members=members,
            trial_numbers=trial_numbers,
            is_ensemble=is_ensemble,
            status=status,
            created_at=created_at,
            retired_at=retired_at,
            artifact_bytes=artifact_bytes,
            job_id=job_id,
            progress=progress,
            error=error,
            status_url=status_url,
        )

        auto_ml_deployment_out.additional_properties = d
        return auto_ml_deployment_out

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
