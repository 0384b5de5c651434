from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.large_order_out_outcome import LargeOrderOutOutcome, check_large_order_out_outcome
from ..models.large_order_out_side import LargeOrderOutSide, check_large_order_out_side

T = TypeVar("T", bound="LargeOrderOut")


@_attrs_define
class LargeOrderOut:
    """
    Attributes:
        side (LargeOrderOutSide):
        price (float):
        size (float):
        level_qty_before (float):
        typical_size (float):
        size_vs_typical (float):
        levels_behind_touch (int):
        placed_at (datetime.datetime):
        removed_at (datetime.datetime | None):
        lifetime_s (float | None):
        mid_at_placement (float):
        mid_at_removal (float | None):
        distance_bps_at_placement (float):
        distance_bps_at_removal (float | None):
        approach_bps (float | None):
        traded_at_or_through_qty (float):
        filled_qty (float):
        cancelled_qty (float):
        outcome (LargeOrderOutOutcome):
        alert (bool):
        reasons (list[str]):
    """

    side: LargeOrderOutSide
    price: float
    size: float
    level_qty_before: float
    typical_size: float
    size_vs_typical: float
    levels_behind_touch: int
    placed_at: datetime.datetime
    removed_at: datetime.datetime | None
    lifetime_s: float | None
    mid_at_placement: float
    mid_at_removal: float | None
    distance_bps_at_placement: float
    distance_bps_at_removal: float | None
    approach_bps: float | None
    traded_at_or_through_qty: float
    filled_qty: float
    cancelled_qty: float
    outcome: LargeOrderOutOutcome
    alert: bool
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side: str = self.side

        price = self.price

        size = self.size

        level_qty_before = self.level_qty_before

        typical_size = self.typical_size

        size_vs_typical = self.size_vs_typical

        levels_behind_touch = self.levels_behind_touch

        placed_at = self.placed_at.isoformat()

        removed_at: None | str
        if isinstance(self.removed_at, datetime.datetime):
            removed_at = self.removed_at.isoformat()
        else:
            removed_at = self.removed_at

        lifetime_s: float | None
        lifetime_s = self.lifetime_s

        mid_at_placement = self.mid_at_placement

        mid_at_removal: float | None
        mid_at_removal = self.mid_at_removal

        distance_bps_at_placement = self.distance_bps_at_placement

        distance_bps_at_removal: float | None
        distance_bps_at_removal = self.distance_bps_at_removal

        approach_bps: float | None
        approach_bps = self.approach_bps

        traded_at_or_through_qty = self.traded_at_or_through_qty

        filled_qty = self.filled_qty

        cancelled_qty = self.cancelled_qty

        outcome: str = self.outcome

        alert = self.alert

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "price": price,
                "size": size,
                "level_qty_before": level_qty_before,
                "typical_size": typical_size,
                "size_vs_typical": size_vs_typical,
                "levels_behind_touch": levels_behind_touch,
                "placed_at": placed_at,
                "removed_at": removed_at,
                "lifetime_s": lifetime_s,
                "mid_at_placement": mid_at_placement,
                "mid_at_removal": mid_at_removal,
                "distance_bps_at_placement": distance_bps_at_placement,
                "distance_bps_at_removal": distance_bps_at_removal,
                "approach_bps": approach_bps,
                "traded_at_or_through_qty": traded_at_or_through_qty,
                "filled_qty": filled_qty,
                "cancelled_qty": cancelled_qty,
                "outcome": outcome,
                "alert": alert,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        side = check_large_order_out_side(d.pop("side"))

        price = d.pop("price")

        size = d.pop("size")

        level_qty_before = d.pop("level_qty_before")

        typical_size = d.pop("typical_size")

        size_vs_typical = d.pop("size_vs_typical")

        levels_behind_touch = d.pop("levels_behind_touch")

        placed_at = datetime.datetime.fromisoformat(d.pop("placed_at"))

        def _parse_removed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                removed_at_type_0 = datetime.datetime.fromisoformat(data)

                return removed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        removed_at = _parse_removed_at(d.pop("removed_at"))

        def _parse_lifetime_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lifetime_s = _parse_lifetime_s(d.pop("lifetime_s"))

        mid_at_placement = d.pop("mid_at_placement")

        def _parse_mid_at_removal(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mid_at_removal = _parse_mid_at_removal(d.pop("mid_at_removal"))

        distance_bps_at_placement = d.pop("distance_bps_at_placement")

        def _parse_distance_bps_at_removal(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        distance_bps_at_removal = _parse_distance_bps_at_removal(d.pop("distance_bps_at_removal"))

        def _parse_approach_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        approach_bps = _parse_approach_bps(d.pop("approach_bps"))

        traded_at_or_through_qty = d.pop("traded_at_or_through_qty")

        filled_qty = d.pop("filled_qty")

        cancelled_qty = d.pop("cancelled_qty")

        outcome = check_large_order_out_outcome(d.pop("outcome"))

        alert = d.pop("alert")

        reasons = cast(list[str], d.pop("reasons"))

        large_order_out = cls(
            side=side,
            price=price,
            size=size,
            level_qty_before=level_qty_before,
            typical_size=typical_size,
            size_vs_typical=size_vs_typical,
            levels_behind_touch=levels_behind_touch,
            placed_at=placed_at,
            removed_at=removed_at,
            lifetime_s=lifetime_s,
            mid_at_placement=mid_at_placement,
            mid_at_removal=mid_at_removal,
            distance_bps_at_placement=distance_bps_at_placement,
            distance_bps_at_removal=distance_bps_at_removal,
            approach_bps=approach_bps,
            traded_at_or_through_qty=traded_at_or_through_qty,
            filled_qty=filled_qty,
            cancelled_qty=cancelled_qty,
            outcome=outcome,
            alert=alert,
            reasons=reasons,
        )

        large_order_out.additional_properties = d
        return large_order_out

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
