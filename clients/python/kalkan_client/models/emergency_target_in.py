from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.notification_channel import NotificationChannel, check_notification_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyTargetIn")


@_attrs_define
class EmergencyTargetIn:
    """A notification target: Telegram chat, webhook (HMAC-SHA256 signed when ``secret`` is
    set) or email. The secret is write-only.

        Attributes:
            channel (NotificationChannel):
            chat_id (None | str | Unset): Telegram chat id
            url (None | str | Unset): Webhook URL (http/https)
            secret (None | str | Unset): Webhook HMAC-SHA256 key (write-only)
            email (None | str | Unset):
    """

    channel: NotificationChannel
    chat_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    secret: None | str | Unset = UNSET
    email: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        chat_id: None | str | Unset
        if isinstance(self.chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = self.chat_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
            }
        )
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if url is not UNSET:
            field_dict["url"] = url
        if secret is not UNSET:
            field_dict["secret"] = secret
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = check_notification_channel(d.pop("channel"))

        def _parse_chat_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_id = _parse_chat_id(d.pop("chat_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        emergency_target_in = cls(
            channel=channel,
            chat_id=chat_id,
            url=url,
            secret=secret,
            email=email,
        )

        return emergency_target_in
