from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crash_rule import CrashRule, check_crash_rule
from ..models.emergency_alert_out_action import EmergencyAlertOutAction, check_emergency_alert_out_action

if TYPE_CHECKING:
    from ..models.emergency_alert_out_outcome_type_0 import EmergencyAlertOutOutcomeType0


T = TypeVar("T", bound="EmergencyAlertOut")


@_attrs_define
class EmergencyAlertOut:
    """One detection of the live monitor. ``user_id`` is null for a system-wide watch.

    Attributes:
        id (int):
        user_id (int | None):
        watch_id (int | None):
        exchange (str):
        symbol (str):
        timeframe (str):
        source (str): Where the data came from: live, replay, synthetic or db
        detected_at (datetime.datetime): The tick or bar close that completed it
        onset (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        peak (float):
        price (float): Price at detection
        trough (float): Lowest low so far; final once the episode has ended
        trough_at (datetime.datetime | None):
        depth (float): trough / peak − 1: at detection, final at the end
        ended_at (datetime.datetime | None): When the episode ended (cooldown without drawdown); null while open
        rules (list[CrashRule]):
        action (EmergencyAlertOutAction):
        halt_id (int | None): The halt the detection engaged (or found engaged)
        outcome (EmergencyAlertOutOutcomeType0 | None): What the breaker did: orders placed, notifications delivered,
            errors
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: int
    user_id: int | None
    watch_id: int | None
    exchange: str
    symbol: str
    timeframe: str
    source: str
    detected_at: datetime.datetime
    onset: datetime.datetime
    peak: float
    price: float
    trough: float
    trough_at: datetime.datetime | None
    depth: float
    ended_at: datetime.datetime | None
    rules: list[CrashRule]
    action: EmergencyAlertOutAction
    halt_id: int | None
    outcome: EmergencyAlertOutOutcomeType0 | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.emergency_alert_out_outcome_type_0 import EmergencyAlertOutOutcomeType0  # noqa: PLC0415

        id = self.id

        user_id: int | None
        user_id = self.user_id

        watch_id: int | None
        watch_id = self.watch_id

        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        source = self.source

        detected_at = self.detected_at.isoformat()

        onset = self.onset.isoformat()

        peak = self.peak

        price = self.price

        trough = self.trough

        trough_at: None | str
        if isinstance(self.trough_at, datetime.datetime):
            trough_at = self.trough_at.isoformat()
        else:
            trough_at = self.trough_at

        depth = self.depth

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        rules = []
        for rules_item_data in self.rules:
            rules_item: str = rules_item_data
            rules.append(rules_item)

        action: str = self.action

        halt_id: int | None
        halt_id = self.halt_id

        outcome: dict[str, Any] | None
        if isinstance(self.outcome, EmergencyAlertOutOutcomeType0):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "watch_id": watch_id,
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "source": source,
                "detected_at": detected_at,
                "onset": onset,
                "peak": peak,
                "price": price,
                "trough": trough,
                "trough_at": trough_at,
                "depth": depth,
                "ended_at": ended_at,
                "rules": rules,
                "action": action,
                "halt_id": halt_id,
                "outcome": outcome,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_alert_out_outcome_type_0 import EmergencyAlertOutOutcomeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_watch_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        watch_id = _parse_watch_id(d.pop("watch_id"))

        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        source = d.pop("source")

        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))

        onset = datetime.datetime.fromisoformat(d.pop("onset"))

        peak = d.pop("peak")

        price = d.pop("price")

        trough = d.pop("trough")

        def _parse_trough_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trough_at_type_0 = datetime.datetime.fromisoformat(data)

                return trough_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        trough_at = _parse_trough_at(d.pop("trough_at"))

        depth = d.pop("depth")

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = check_crash_rule(rules_item_data)

            rules.append(rules_item)

        action = check_emergency_alert_out_action(d.pop("action"))

        def _parse_halt_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        halt_id = _parse_halt_id(d.pop("halt_id"))

        def _parse_outcome(data: object) -> EmergencyAlertOutOutcomeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = EmergencyAlertOutOutcomeType0.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmergencyAlertOutOutcomeType0 | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        emergency_alert_out = cls(
            id=id,
            user_id=user_id,
            watch_id=watch_id,
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            source=source,
            detected_at=detected_at,
            onset=onset,
            peak=peak,
            price=price,
            trough=trough,
            trough_at=trough_at,
            depth=depth,
            ended_at=ended_at,
            rules=rules,
            action=action,
            halt_id=halt_id,
            outcome=outcome,
            created_at=created_at,
        )

        emergency_alert_out.additional_properties = d
        return emergency_alert_out

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
