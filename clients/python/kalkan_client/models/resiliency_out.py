from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resiliency_event_out import ResiliencyEventOut


T = TypeVar("T", bound="ResiliencyOut")


@_attrs_define
class ResiliencyOut:
    """
    Attributes:
        threshold_notional (float | None):
        large_trades (int):
        median_spread_recovery_s (float | None):
        median_depth_recovery_s (float | None):
        unrecovered (int):
        events (list[ResiliencyEventOut]): Most recent first, up to 50
    """

    threshold_notional: float | None
    large_trades: int
    median_spread_recovery_s: float | None
    median_depth_recovery_s: float | None
    unrecovered: int
    events: list[ResiliencyEventOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold_notional: float | None
        threshold_notional = self.threshold_notional

        large_trades = self.large_trades

        median_spread_recovery_s: float | None
        median_spread_recovery_s = self.median_spread_recovery_s

        median_depth_recovery_s: float | None
        median_depth_recovery_s = self.median_depth_recovery_s

        unrecovered = self.unrecovered

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold_notional": threshold_notional,
                "large_trades": large_trades,
                "median_spread_recovery_s": median_spread_recovery_s,
                "median_depth_recovery_s": median_depth_recovery_s,
                "unrecovered": unrecovered,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resiliency_event_out import ResiliencyEventOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_threshold_notional(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        threshold_notional = _parse_threshold_notional(d.pop("threshold_notional"))

        large_trades = d.pop("large_trades")

        def _parse_median_spread_recovery_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_spread_recovery_s = _parse_median_spread_recovery_s(d.pop("median_spread_recovery_s"))

        def _parse_median_depth_recovery_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_depth_recovery_s = _parse_median_depth_recovery_s(d.pop("median_depth_recovery_s"))

        unrecovered = d.pop("unrecovered")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = ResiliencyEventOut.from_dict(events_item_data)

            events.append(events_item)

        resiliency_out = cls(
            threshold_notional=threshold_notional,
            large_trades=large_trades,
            median_spread_recovery_s=median_spread_recovery_s,
            median_depth_recovery_s=median_depth_recovery_s,
            unrecovered=unrecovered,
            events=events,
        )

        resiliency_out.additional_properties = d
        return resiliency_out

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
