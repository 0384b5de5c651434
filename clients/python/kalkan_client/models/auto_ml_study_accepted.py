from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoMLStudyAccepted")


@_attrs_define
class AutoMLStudyAccepted:
    """A queued study; the 202's ``Location`` is GET /automl/status/{study_id}.

    Attributes:
        study_id (str):
        job_id (str):
        status (str): The job's status
    """

    study_id: str
    job_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_id = self.study_id

        job_id = self.job_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_id": study_id,
                "job_id": job_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        study_id = d.pop("study_id")

        job_id = d.pop("job_id")

        status = d.pop("status")

        auto_ml_study_accepted = cls(
            study_id=study_id,
            job_id=job_id,
            status=status,
        )

        auto_ml_study_accepted.additional_properties = d
        return auto_ml_study_accepted

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
