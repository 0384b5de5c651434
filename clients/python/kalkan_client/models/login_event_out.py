from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_event_out_outcome import LoginEventOutOutcome, check_login_event_out_outcome

T = TypeVar("T", bound="LoginEventOut")


@_attrs_define
class LoginEventOut:
    """
    Attributes:
        id (int):
        email (str):
        user_id (int | None):
        outcome (LoginEventOutOutcome):
        client (str):
        at (datetime.datetime):
    """

    id: int
    email: str
    user_id: int | None
    outcome: LoginEventOutOutcome
    client: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        user_id: int | None
        user_id = self.user_id

        outcome: str = self.outcome

        client = self.client

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "user_id": user_id,
                "outcome": outcome,
                "client": client,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))

        outcome = check_login_event_out_outcome(d.pop("outcome"))

        client = d.pop("client")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        login_event_out = cls(
            id=id,
            email=email,
            user_id=user_id,
            outcome=outcome,
            client=client,
            at=at,
        )

        login_event_out.additional_properties = d
        return login_event_out

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
