from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BookTouch")


@_attrs_define
class BookTouch:
    """
    Attributes:
        best_bid (float):
        best_ask (float):
        bid_qty (float):
        ask_qty (float):
        mid (float):
        spread (float):
        spread_bps (float):
        crossed (bool):
    """

    best_bid: float
    best_ask: float
    bid_qty: float
    ask_qty: float
    mid: float
    spread: float
    spread_bps: float
    crossed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        best_bid = self.best_bid

        best_ask = self.best_ask

        bid_qty = self.bid_qty

        ask_qty = self.ask_qty

        mid = self.mid

        spread = self.spread

        spread_bps = self.spread_bps

        crossed = self.crossed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "best_bid": best_bid,
                "best_ask": best_ask,
                "bid_qty": bid_qty,
                "ask_qty": ask_qty,
                "mid": mid,
                "spread": spread,
                "spread_bps": spread_bps,
                "crossed": crossed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        best_bid = d.pop("best_bid")

        best_ask = d.pop("best_ask")

        bid_qty = d.pop("bid_qty")

        ask_qty = d.pop("ask_qty")

        mid = d.pop("mid")

        spread = d.pop("spread")

        spread_bps = d.pop("spread_bps")

        crossed = d.pop("crossed")

        book_touch = cls(
            best_bid=best_bid,
            best_ask=best_ask,
            bid_qty=bid_qty,
            ask_qty=ask_qty,
            mid=mid,
            spread=spread,
            spread_bps=spread_bps,
            crossed=crossed,
        )

        book_touch.additional_properties = d
        return book_touch

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
