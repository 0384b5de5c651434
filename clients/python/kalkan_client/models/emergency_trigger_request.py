from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.emergency_trigger_request_action import (
    EmergencyTriggerRequestAction,
    check_emergency_trigger_request_action,
)
from ..models.halt_scope import HaltScope, check_halt_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyTriggerRequest")


@_attrs_define
class EmergencyTriggerRequest:
    """Engage the kill switch. ``system`` scope (every user) is for administrators.

    Attributes:
        reason (str):
        scope (HaltScope | Unset):
        action (EmergencyTriggerRequestAction | Unset): halt: refuse every new order until released; halt_close: and
            close every position now; halt_hedge: and hedge the net exposure (user scope only). A trigger while already
            halted changes nothing (idempotent) Default: 'halt'.
    """

    reason: str
    scope: HaltScope | Unset = UNSET
    action: EmergencyTriggerRequestAction | Unset = "halt"

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if action is not UNSET:
            field_dict["action"] = action

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

        _action = d.pop("action", UNSET)
        action: EmergencyTriggerRequestAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_emergency_trigger_request_action(_action)

        emergency_trigger_request = cls(
            reason=reason,
            scope=scope,
            action=action,
        )

        return emergency_trigger_request
