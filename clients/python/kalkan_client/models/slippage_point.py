from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slippage_point_side import SlippagePointSide, check_slippage_point_side

T = TypeVar("T", bound="SlippagePoint")


@_attrs_define
class SlippagePoint:
    """Walking one side of the book for ``notional`` (quote units).

    ``side`` is the taker side: ``buy`` walks the asks, ``sell`` the bids. Only levels within
    ``max_depth_pct`` % of mid are used (far tails of full books hold junk quotes), so
    ``fully_filled`` is False when the capped book cannot absorb the notional.

        Attributes:
            side (SlippagePointSide):
            notional (float):
            filled_notional (float):
            filled_qty (float):
            vwap (float | None):
            slippage_bps (float | None):
            worst_price (float | None):
            levels_used (int):
            fully_filled (bool):
    """

    side: SlippagePointSide
    notional: float
    filled_notional: float
    filled_qty: float
    vwap: float | None
    slippage_bps: float | None
    worst_price: float | None
    levels_used: int
    fully_filled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side: str = self.side

        notional = self.notional

        filled_notional = self.filled_notional

        filled_qty = self.filled_qty

        vwap: float | None
        vwap = self.vwap

        slippage_bps: float | None
        slippage_bps = self.slippage_bps

        worst_price: float | None
        worst_price = self.worst_price

        levels_used = self.levels_used

        fully_filled = self.fully_filled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "notional": notional,
                "filled_notional": filled_notional,
                "filled_qty": filled_qty,
                "vwap": vwap,
                "slippage_bps": slippage_bps,
                "worst_price": worst_price,
                "levels_used": levels_used,
                "fully_filled": fully_filled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        side = check_slippage_point_side(d.pop("side"))

        notional = d.pop("notional")

        filled_notional = d.pop("filled_notional")

        filled_qty = d.pop("filled_qty")

        def _parse_vwap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        vwap = _parse_vwap(d.pop("vwap"))

        def _parse_slippage_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        slippage_bps = _parse_slippage_bps(d.pop("slippage_bps"))

        def _parse_worst_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        worst_price = _parse_worst_price(d.pop("worst_price"))

        levels_used = d.pop("levels_used")

        fully_filled = d.pop("fully_filled")

        slippage_point = cls(
            side=side,
            notional=notional,
            filled_notional=filled_notional,
            filled_qty=filled_qty,
            vwap=vwap,
            slippage_bps=slippage_bps,
            worst_price=worst_price,
            levels_used=levels_used,
            fully_filled=fully_filled,
        )

        slippage_point.additional_properties = d
        return slippage_point

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
