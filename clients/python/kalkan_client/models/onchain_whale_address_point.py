from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainWhaleAddressPoint")


@_attrs_define
class OnchainWhaleAddressPoint:
    """
    Attributes:
        t (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        count (int):
        threshold (float): Balance threshold in units (BTC)
        source (str):
    """

    t: datetime.datetime
    count: int
    threshold: float
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        count = self.count

        threshold = self.threshold

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "count": count,
                "threshold": threshold,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        t = datetime.datetime.fromisoformat(d.pop("t"))

        count = d.pop("count")

        threshold = d.pop("threshold")

        source = d.pop("source")

        onchain_whale_address_point = cls(
            t=t,
            count=count,
            threshold=threshold,
            source=source,
        )

        onchain_whale_address_point.additional_properties = d
        return onchain_whale_address_point

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
