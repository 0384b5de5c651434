from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel, check_notification_channel

T = TypeVar("T", bound="DeliveryInfo")


@_attrs_define
class DeliveryInfo:
    """
    Attributes:
        id (int):
        channel (NotificationChannel):
        target (str):
        event (str):
        status (str): delivered or failed
        attempts (int):
        response_status (int | None):
        error (None | str):
        created_at (datetime.datetime):
        delivered_at (datetime.datetime | None):
    """

    id: int
    channel: NotificationChannel
    target: str
    event: str
    status: str
    attempts: int
    response_status: int | None
    error: None | str
    created_at: datetime.datetime
    delivered_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel: str = self.channel

        target = self.target

        event = self.event

        status = self.status

        attempts = self.attempts

        response_status: int | None
        response_status = self.response_status

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "channel": channel,
                "target": target,
                "event": event,
                "status": status,
                "attempts": attempts,
                "response_status": response_status,
                "error": error,
                "created_at": created_at,
                "delivered_at": delivered_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        channel = check_notification_channel(d.pop("channel"))

        target = d.pop("target")

        event = d.pop("event")

        status = d.pop("status")

        attempts = d.pop("attempts")

        def _parse_response_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        response_status = _parse_response_status(d.pop("response_status"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))

        delivery_info = cls(
            id=id,
            channel=channel,
            target=target,
            event=event,
            status=status,
            attempts=attempts,
            response_status=response_status,
            error=error,
            created_at=created_at,
            delivered_at=delivered_at,
        )

        delivery_info.additional_properties = d
        return delivery_info

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
