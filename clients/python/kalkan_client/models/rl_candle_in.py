from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RLCandleIn")


@_attrs_define
class RLCandleIn:
    """
    Attributes:
        ts (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        open_ (float):
        high (float):
        low (float):
        close (float):
        volume (float | Unset):  Default: 0.0.
    """

    ts: datetime.datetime
    open_: float
    high: float
    low: float
    close: float
    volume: float | Unset = 0.0

    def to_dict(self) -> dict[str, Any]:
        ts = self.ts.isoformat()

        open_ = self.open_

        high = self.high

        low = self.low

        close = self.close

        volume = self.volume

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ts": ts,
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
            }
        )
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        open_ = d.pop("open")

        high = d.pop("high")

        low = d.pop("low")

        close = d.pop("close")

        volume = d.pop("volume", UNSET)

        rl_candle_in = cls(
            ts=ts,
            open_=open_,
            high=high,
            low=low,
            close=close,
            volume=volume,
        )

        return rl_candle_in
