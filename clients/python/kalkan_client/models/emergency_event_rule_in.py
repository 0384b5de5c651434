from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.emergency_event_rule_in_action import EmergencyEventRuleInAction, check_emergency_event_rule_in_action
from ..models.emergency_event_rule_in_min_severity import (
    EmergencyEventRuleInMinSeverity,
    check_emergency_event_rule_in_min_severity,
)
from ..models.emergency_event_rule_in_source import EmergencyEventRuleInSource, check_emergency_event_rule_in_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyEventRuleIn")


@_attrs_define
class EmergencyEventRuleIn:
    """What an alert of another module does for the caller. News alerts (critical news about a
    symbol, `GET /news/alerts`) match when negative: a breaker guards against the downside.
    On-chain alerts (whale transfers, exchange flows) match from ``min_severity`` up. Alerts of
    the caller's own news items and shared ones count; another user's never do.

        Attributes:
            source (EmergencyEventRuleInSource):
            action (EmergencyEventRuleInAction | Unset): alert: notify only; halt: engage the caller's kill switch;
                halt_close: halt and close every position; halt_hedge: halt and hedge the net exposure Default: 'alert'.
            assets (list[str] | None | Unset): Base assets the rule is about (ETH matches ETH/USDT news and ETH transfers);
                null: any
            min_severity (EmergencyEventRuleInMinSeverity | Unset): onchain: the least severity that matches Default:
                'critical'.
    """

    source: EmergencyEventRuleInSource
    action: EmergencyEventRuleInAction | Unset = "alert"
    assets: list[str] | None | Unset = UNSET
    min_severity: EmergencyEventRuleInMinSeverity | Unset = "critical"

    def to_dict(self) -> dict[str, Any]:
        source: str = self.source

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
        source = check_emergency_event_rule_in_source(d.pop("source"))

        _action = d.pop("action", UNSET)
        action: EmergencyEventRuleInAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_emergency_event_rule_in_action(_action)

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
        min_severity: EmergencyEventRuleInMinSeverity | Unset
        if isinstance(_min_severity, Unset):
            min_severity = UNSET
        else:
            min_severity = check_emergency_event_rule_in_min_severity(_min_severity)

        emergency_event_rule_in = cls(
            source=source,
            action=action,
            assets=assets,
            min_severity=min_severity,
        )

        return emergency_event_rule_in
