from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.halt_action import HaltAction, check_halt_action
from ..models.halt_scope import HaltScope, check_halt_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="HaltInfo")


@_attrs_define
class HaltInfo:
    """One halt, engaged or (with ``released_at``) released.

    Attributes:
        id (int):
        scope (HaltScope):
        user_id (int | None): The halted user; null for a system-wide halt
        action (HaltAction): What the breaker does besides refusing new orders.
        reason (str):
        source (str): Who or what engaged it: manual, or a detector's name
        engaged_by (int | None):
        engaged_at (datetime.datetime):
        released_by (int | None | Unset):
        released_at (datetime.datetime | None | Unset):
        release_reason (None | str | Unset):
    """

    id: int
    scope: HaltScope
    user_id: int | None
    action: HaltAction
    reason: str
    source: str
    engaged_by: int | None
    engaged_at: datetime.datetime
    released_by: int | None | Unset = UNSET
    released_at: datetime.datetime | None | Unset = UNSET
    release_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        scope: str = self.scope

        user_id: int | None
        user_id = self.user_id

        action: str = self.action

        reason = self.reason

        source = self.source

        engaged_by: int | None
        engaged_by = self.engaged_by

        engaged_at = self.engaged_at.isoformat()

        released_by: int | None | Unset
        if isinstance(self.released_by, Unset):
            released_by = UNSET
        else:
            released_by = self.released_by

        released_at: None | str | Unset
        if isinstance(self.released_at, Unset):
            released_at = UNSET
        elif isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        release_reason: None | str | Unset
        if isinstance(self.release_reason, Unset):
            release_reason = UNSET
        else:
            release_reason = self.release_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scope": scope,
                "user_id": user_id,
                "action": action,
                "reason": reason,
                "source": source,
                "engaged_by": engaged_by,
                "engaged_at": engaged_at,
            }
        )
        if released_by is not UNSET:
            field_dict["released_by"] = released_by
        if released_at is not UNSET:
            field_dict["released_at"] = released_at
        if release_reason is not UNSET:
            field_dict["release_reason"] = release_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        scope = check_halt_scope(d.pop("scope"))

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))

        action = check_halt_action(d.pop("action"))

        reason = d.pop("reason")

        source = d.pop("source")

        def _parse_engaged_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        engaged_by = _parse_engaged_by(d.pop("engaged_by"))

        engaged_at = datetime.datetime.fromisoformat(d.pop("engaged_at"))

        def _parse_released_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        released_by = _parse_released_by(d.pop("released_by", UNSET))

        def _parse_released_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        released_at = _parse_released_at(d.pop("released_at", UNSET))

        def _parse_release_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_reason = _parse_release_reason(d.pop("release_reason", UNSET))

        halt_info = cls(
            id=id,
            scope=scope,
            user_id=user_id,
            action=action,
            reason=reason,
            source=source,
            engaged_by=engaged_by,
            engaged_at=engaged_at,
            released_by=released_by,
            released_at=released_at,
            release_reason=release_reason,
        )

        halt_info.additional_properties = d
        return halt_info

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
