from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel, check_notification_channel

T = TypeVar("T", bound="EmergencyTargetOut")


@_attrs_define
class EmergencyTargetOut:
    """
    Attributes:
        id (int):
        channel (NotificationChannel):
        label (str): The target without secrets, e.g. webhook:https://host/path
        signed (bool): Webhook deliveries carry X-Kalkan-Signature
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: int
    channel: NotificationChannel
    label: str
    signed: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel: str = self.channel

        label = self.label

        signed = self.signed

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "channel": channel,
                "label": label,
                "signed": signed,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        channel = check_notification_channel(d.pop("channel"))

        label = d.pop("label")

        signed = d.pop("signed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        emergency_target_out = cls(
            id=id,
            channel=channel,
            label=label,
            signed=signed,
            created_at=created_at,
        )

        emergency_target_out.additional_properties = d
        return emergency_target_out

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
