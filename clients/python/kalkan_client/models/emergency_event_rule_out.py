from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.emergency_event_rule_out_action import EmergencyEventRuleOutAction, check_emergency_event_rule_out_action
from ..models.emergency_event_rule_out_min_severity import (
    EmergencyEventRuleOutMinSeverity,
    check_emergency_event_rule_out_min_severity,
)
from ..models.emergency_event_rule_out_source import EmergencyEventRuleOutSource, check_emergency_event_rule_out_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyEventRuleOut")


@_attrs_define
class EmergencyEventRuleOut:
    """
    Attributes:
        source (EmergencyEventRuleOutSource):
        id (int):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        action (EmergencyEventRuleOutAction | Unset): alert: notify only; halt: engage the caller's kill switch;
            halt_close: halt and close every position; halt_hedge: halt and hedge the net exposure Default: 'alert'.
        assets (list[str] | None | Unset): Base assets the rule is about (ETH matches ETH/USDT news and ETH transfers);
            null: any
        min_severity (EmergencyEventRuleOutMinSeverity | Unset): onchain: the least severity that matches Default:
            'critical'.
    """

    source: EmergencyEventRuleOutSource
    id: int
    created_at: datetime.datetime
    action: EmergencyEventRuleOutAction | Unset = "alert"
    assets: list[str] | None | Unset = UNSET
    min_severity: EmergencyEventRuleOutMinSeverity | Unset = "critical"

    def to_dict(self) -> dict[str, Any]:
        source: str = self.source

        id = self.id

        created_at = self.created_at.isoformat()

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        assets: list[str] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = self.assets

        else:
            assets = self.assets

        min_severity: str | Unset = UNSET
        if not isinstance(self.min_severity, Unset):
            min_severity = self.min_severity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
                "id": id,
                "created_at": created_at,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if assets is not UNSET:
            field_dict["assets"] = assets
        if min_severity is not UNSET:
            field_dict["min_severity"] = min_severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = check_emergency_event_rule_out_source(d.pop("source"))

        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _action = d.pop("action", UNSET)
        action: EmergencyEventRuleOutAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_emergency_event_rule_out_action(_action)

        def _parse_assets(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assets_type_0 = cast(list[str], data)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        _min_severity = d.pop("min_severity", UNSET)
        min_severity: EmergencyEventRuleOutMinSeverity | Unset
        if isinstance(_min_severity, Unset):
            min_severity = UNSET
        else:
            min_severity = check_emergency_event_rule_out_min_severity(_min_severity)

        emergency_event_rule_out = cls(
            source=source,
            id=id,
            created_at=created_at,
            action=action,
            assets=assets,
            min_severity=min_severity,
        )

        return emergency_event_rule_out
