from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.halt_scope import HaltScope, check_halt_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyReleaseRequest")


@_attrs_define
class EmergencyReleaseRequest:
    """
    Attributes:
        reason (str):
        scope (HaltScope | Unset):
    """

    reason: str
    scope: HaltScope | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        _scope = d.pop("scope", UNSET)
        scope: HaltScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_halt_scope(_scope)

        emergency_release_request = cls(
            reason=reason,
            scope=scope,
        )

        return emergency_release_request
