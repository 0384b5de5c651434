from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DepthBand")


@_attrs_define
class DepthBand:
    """Resting size within ``pct`` % of mid: bids in ``[mid(1-pct), mid]``, asks in
    ``[mid, mid(1+pct)]``; quantities in base, notionals in quote.

        Attributes:
            pct (float):
            bid_qty (float):
            ask_qty (float):
            bid_notional (float):
            ask_notional (float):
            imbalance (float | None):
    """

    pct: float
    bid_qty: float
    ask_qty: float
    bid_notional: float
    ask_notional: float
    imbalance: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pct = self.pct

        bid_qty = self.bid_qty

        ask_qty = self.ask_qty

        bid_notional = self.bid_notional

        ask_notional = self.ask_notional

        imbalance: float | None
        imbalance = self.imbalance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pct": pct,
                "bid_qty": bid_qty,
                "ask_qty": ask_qty,
                "bid_notional": bid_notional,
                "ask_notional": ask_notional,
                "imbalance": imbalance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pct = d.pop("pct")

        bid_qty = d.pop("bid_qty")

        ask_qty = d.pop("ask_qty")

        bid_notional = d.pop("bid_notional")

        ask_notional = d.pop("ask_notional")

        def _parse_imbalance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        imbalance = _parse_imbalance(d.pop("imbalance"))

        depth_band = cls(
            pct=pct,
            bid_qty=bid_qty,
            ask_qty=ask_qty,
            bid_notional=bid_notional,
            ask_notional=ask_notional,
            imbalance=imbalance,
        )

        depth_band.additional_properties = d
        return depth_band

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
