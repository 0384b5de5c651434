from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CandleDownloadAccepted")


@_attrs_define
class CandleDownloadAccepted:
    """
    Attributes:
        job_id (str):
        kind (str):
        status (str):
        status_url (str):
    """

    job_id: str
    kind: str
    status: str
    status_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        kind = self.kind

        status = self.status

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "kind": kind,
                "status": status,
                "status_url": status_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        kind = d.pop("kind")

        status = d.pop("status")

        status_url = d.pop("status_url")

        candle_download_accepted = cls(
            job_id=job_id,
            kind=kind,
            status=status,
            status_url=status_url,
        )

        candle_download_accepted.additional_properties = d
        return candle_download_accepted

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
