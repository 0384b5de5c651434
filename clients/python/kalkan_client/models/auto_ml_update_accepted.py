from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoMLUpdateAccepted")


@_attrs_define
class AutoMLUpdateAccepted:
    """A queued update; the 202's ``Location`` is the job (GET /jobs/{job_id}).

    Attributes:
        deployment (str):
        job_id (str):
        status (str): The job's status
        base_version (int): The current version the candidate is compared with
    """

    deployment: str
    job_id: str
    status: str
    base_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment = self.deployment

        job_id = self.job_id

        status = self.status

        base_version = self.base_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment": deployment,
                "job_id": job_id,
                "status": status,
                "base_version": base_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment = d.pop("deployment")

        job_id = d.pop("job_id")

        status = d.pop("status")

        base_version = d.pop("base_version")

        auto_ml_update_accepted = cls(
            deployment=deployment,
            job_id=job_id,
            status=status,
            base_version=base_version,
        )

        auto_ml_update_accepted.additional_properties = d
        return auto_ml_update_accepted

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
