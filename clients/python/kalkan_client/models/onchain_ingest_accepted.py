from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainIngestAccepted")


@_attrs_define
class OnchainIngestAccepted:
    """
    Attributes:
        job_id (str):
        chain (str):
        start (int):
        end (int):
        status_url (str):
    """

    job_id: str
    chain: str
    start: int
    end: int
    status_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        chain = self.chain

        start = self.start

        end = self.end

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "chain": chain,
                "start": start,
                "end": end,
                "status_url": status_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        chain = d.pop("chain")

        start = d.pop("start")

        end = d.pop("end")

        status_url = d.pop("status_url")

        onchain_ingest_accepted = cls(
            job_id=job_id,
            chain=chain,
            start=start,
            end=end,
            status_url=status_url,
        )

        onchain_ingest_accepted.additional_properties = d
        return onchain_ingest_accepted

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
