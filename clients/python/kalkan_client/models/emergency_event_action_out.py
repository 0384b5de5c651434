from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.emergency_event_action_out_action import (
    EmergencyEventActionOutAction,
    check_emergency_event_action_out_action,
)
from ..models.emergency_event_action_out_source import (
    EmergencyEventActionOutSource,
    check_emergency_event_action_out_source,
)

if TYPE_CHECKING:
    from ..models.emergency_event_action_out_alert import EmergencyEventActionOutAlert
    from ..models.emergency_event_action_out_outcome_type_0 import EmergencyEventActionOutOutcomeType0


T = TypeVar("T", bound="EmergencyEventActionOut")


@_attrs_define
class EmergencyEventActionOut:
    """What one of the caller's event rules did on one alert.

    Attributes:
        id (int):
        rule_id (int):
        source (EmergencyEventActionOutSource):
        event (str): The alert's event, e.g. news.critical
        asset (None | str):
        action (EmergencyEventActionOutAction):
        title (str):
        alert (EmergencyEventActionOutAlert): The alert as its module published it
        outcome (EmergencyEventActionOutOutcomeType0 | None): halt (id, scope, engaged), protect (orders or error),
            notifications
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: int
    rule_id: int
    source: EmergencyEventActionOutSource
    event: str
    asset: None | str
    action: EmergencyEventActionOutAction
    title: str
    alert: EmergencyEventActionOutAlert
    outcome: EmergencyEventActionOutOutcomeType0 | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.emergency_event_action_out_outcome_type_0 import EmergencyEventActionOutOutcomeType0  # noqa: PLC0415

        id = self.id

        rule_id = self.rule_id

        source: str = self.source

        event = self.event

        asset: None | str
        asset = self.asset

        action: str = self.action

        title = self.title

        alert = self.alert.to_dict()

        outcome: dict[str, Any] | None
        if isinstance(self.outcome, EmergencyEventActionOutOutcomeType0):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rule_id": rule_id,
                "source": source,
                "event": event,
                "asset": asset,
                "action": action,
                "title": title,
                "alert": alert,
                "outcome": outcome,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_event_action_out_alert import EmergencyEventActionOutAlert  # noqa: PLC0415
        from ..models.emergency_event_action_out_outcome_type_0 import EmergencyEventActionOutOutcomeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        rule_id = d.pop("rule_id")

        source = check_emergency_event_action_out_source(d.pop("source"))

        event = d.pop("event")

        def _parse_asset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        asset = _parse_asset(d.pop("asset"))

        action = check_emergency_event_action_out_action(d.pop("action"))

        title = d.pop("title")

        alert = EmergencyEventActionOutAlert.from_dict(d.pop("alert"))

        def _parse_outcome(data: object) -> EmergencyEventActionOutOutcomeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = EmergencyEventActionOutOutcomeType0.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmergencyEventActionOutOutcomeType0 | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        emergency_event_action_out = cls(
            id=id,
            rule_id=rule_id,
            source=source,
            event=event,
            asset=asset,
            action=action,
            title=title,
            alert=alert,
            outcome=outcome,
            created_at=created_at,
        )

        emergency_event_action_out.additional_properties = d
        return emergency_event_action_out

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
