from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskProtectionTripOut")


@_attrs_define
class RiskProtectionTripOut:
    """
    Attributes:
        rule (str):
        detail (str):
        value (float):
        limit (float):
        tripped_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        until (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        reduce_positions (bool):
    """

    rule: str
    detail: str
    value: float
    limit: float
    tripped_at: datetime.datetime
    until: datetime.datetime
    reduce_positions: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule

        detail = self.detail

        value = self.value

        limit = self.limit

        tripped_at = self.tripped_at.isoformat()

        until = self.until.isoformat()

        reduce_positions = self.reduce_positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule": rule,
                "detail": detail,
                "value": value,
                "limit": limit,
                "tripped_at": tripped_at,
                "until": until,
                "reduce_positions": reduce_positions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule = d.pop("rule")

        detail = d.pop("detail")

        value = d.pop("value")

        limit = d.pop("limit")

        tripped_at = datetime.datetime.fromisoformat(d.pop("tripped_at"))

        until = datetime.datetime.fromisoformat(d.pop("until"))

        reduce_positions = d.pop("reduce_positions")

        risk_protection_trip_out = cls(
            rule=rule,
            detail=detail,
            value=value,
            limit=limit,
            tripped_at=tripped_at,
            until=until,
            reduce_positions=reduce_positions,
        )

        risk_protection_trip_out.additional_properties = d
        return risk_protection_trip_out

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
