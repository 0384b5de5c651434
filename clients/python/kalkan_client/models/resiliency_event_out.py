from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResiliencyEventOut")


@_attrs_define
class ResiliencyEventOut:
    """
    Attributes:
        at (datetime.datetime):
        side (str):
        vwap (float):
        qty (float):
        notional (float):
        prints (int):
        spread_bps_before (float):
        spread_bps_max_after (float):
        depth_before (float):
        depth_min_after (float):
        spread_recovery_s (float | None):
        depth_recovery_s (float | None):
    """

    at: datetime.datetime
    side: str
    vwap: float
    qty: float
    notional: float
    prints: int
    spread_bps_before: float
    spread_bps_max_after: float
    depth_before: float
    depth_min_after: float
    spread_recovery_s: float | None
    depth_recovery_s: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        side = self.side

        vwap = self.vwap

        qty = self.qty

        notional = self.notional

        prints = self.prints

        spread_bps_before = self.spread_bps_before

        spread_bps_max_after = self.spread_bps_max_after

        depth_before = self.depth_before

        depth_min_after = self.depth_min_after

        spread_recovery_s: float | None
        spread_recovery_s = self.spread_recovery_s

        depth_recovery_s: float | None
        depth_recovery_s = self.depth_recovery_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "side": side,
                "vwap": vwap,
                "qty": qty,
                "notional": notional,
                "prints": prints,
                "spread_bps_before": spread_bps_before,
                "spread_bps_max_after": spread_bps_max_after,
                "depth_before": depth_before,
                "depth_min_after": depth_min_after,
                "spread_recovery_s": spread_recovery_s,
                "depth_recovery_s": depth_recovery_s,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        side = d.pop("side")

        vwap = d.pop("vwap")

        qty = d.pop("qty")

        notional = d.pop("notional")

        prints = d.pop("prints")

        spread_bps_before = d.pop("spread_bps_before")

        spread_bps_max_after = d.pop("spread_bps_max_after")

        depth_before = d.pop("depth_before")

        depth_min_after = d.pop("depth_min_after")

        def _parse_spread_recovery_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spread_recovery_s = _parse_spread_recovery_s(d.pop("spread_recovery_s"))

        def _parse_depth_recovery_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        depth_recovery_s = _parse_depth_recovery_s(d.pop("depth_recovery_s"))

        resiliency_event_out = cls(
            at=at,
            side=side,
            vwap=vwap,
            qty=qty,
            notional=notional,
            prints=prints,
            spread_bps_before=spread_bps_before,
            spread_bps_max_after=spread_bps_max_after,
            depth_before=depth_before,
            depth_min_after=depth_min_after,
            spread_recovery_s=spread_recovery_s,
            depth_recovery_s=depth_recovery_s,
        )

        resiliency_event_out.additional_properties = d
        return resiliency_event_out

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
