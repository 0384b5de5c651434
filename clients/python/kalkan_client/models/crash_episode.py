from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crash_rule import CrashRule, check_crash_rule

T = TypeVar("T", bound="CrashEpisode")


@_attrs_define
class CrashEpisode:
    """One detected crash. ``depth`` is the fraction lost from the peak to the trough
    (negative); ``detected_at`` is the close of the first bar at which the detector fired.

        Attributes:
            onset (datetime.datetime): Open time of the bar that made the peak before it
            detected_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
            peak (float): Highest high in the window before detection
            price_at_detection (float): Close of the detecting bar
            trough (float): Lowest low until the episode ended
            trough_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
            depth (float): trough / peak − 1 (negative)
            ended_at (datetime.datetime | None): Null while still open at the data's end
            rules (list[CrashRule]): The rules that fired at detection
    """

    onset: datetime.datetime
    detected_at: datetime.datetime
    peak: float
    price_at_detection: float
    trough: float
    trough_at: datetime.datetime
    depth: float
    ended_at: datetime.datetime | None
    rules: list[CrashRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onset = self.onset.isoformat()

        detected_at = self.detected_at.isoformat()

        peak = self.peak

        price_at_detection = self.price_at_detection

        trough = self.trough

        trough_at = self.trough_at.isoformat()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onset": onset,
                "detected_at": detected_at,
                "peak": peak,
                "price_at_detection": price_at_detection,
                "trough": trough,
                "trough_at": trough_at,
                "depth": depth,
                "ended_at": ended_at,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        onset = datetime.datetime.fromisoformat(d.pop("onset"))

        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))

        peak = d.pop("peak")

        price_at_detection = d.pop("price_at_detection")

        trough = d.pop("trough")

        trough_at = datetime.datetime.fromisoformat(d.pop("trough_at"))

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

        crash_episode = cls(
            onset=onset,
            detected_at=detected_at,
            peak=peak,
            price_at_detection=price_at_detection,
            trough=trough,
            trough_at=trough_at,
            depth=depth,
            ended_at=ended_at,
            rules=rules,
        )

        crash_episode.additional_properties = d
        return crash_episode

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
