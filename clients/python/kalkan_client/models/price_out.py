from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_out_source import PriceOutSource, check_price_out_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceOut")


@_attrs_define
class PriceOut:
    """
    Attributes:
        age_seconds (float): Seconds since this value was fetched from the venue
        fetched_at (datetime.datetime):
        exchange (str):
        symbol (str):
        source (PriceOutSource):
        bid (float | None):
        ask (float | None):
        last (float | None):
        mid (float | None):
        spread_bps (float | None):
        timestamp (datetime.datetime | None): Venue time of the quote, when it sends one
        stale (bool | Unset): True when the venue failed and the last good value is served Default: False.
    """

    age_seconds: float
    fetched_at: datetime.datetime
    exchange: str
    symbol: str
    source: PriceOutSource
    bid: float | None
    ask: float | None
    last: float | None
    mid: float | None
    spread_bps: float | None
    timestamp: datetime.datetime | None
    stale: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_seconds = self.age_seconds

        fetched_at = self.fetched_at.isoformat()

        exchange = self.exchange

        symbol = self.symbol

        source: str = self.source

        bid: float | None
        bid = self.bid

        ask: float | None
        ask = self.ask

        last: float | None
        last = self.last

        mid: float | None
        mid = self.mid

        spread_bps: float | None
        spread_bps = self.spread_bps

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        stale = self.stale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age_seconds": age_seconds,
                "fetched_at": fetched_at,
                "exchange": exchange,
                "symbol": symbol,
                "source": source,
                "bid": bid,
                "ask": ask,
                "last": last,
                "mid": mid,
                "spread_bps": spread_bps,
                "timestamp": timestamp,
            }
        )
        if stale is not UNSET:
            field_dict["stale"] = stale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        age_seconds = d.pop("age_seconds")

        fetched_at = datetime.datetime.fromisoformat(d.pop("fetched_at"))

        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        source = check_price_out_source(d.pop("source"))

        def _parse_bid(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        bid = _parse_bid(d.pop("bid"))

        def _parse_ask(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ask = _parse_ask(d.pop("ask"))

        def _parse_last(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        last = _parse_last(d.pop("last"))

        def _parse_mid(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mid = _parse_mid(d.pop("mid"))

        def _parse_spread_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spread_bps = _parse_spread_bps(d.pop("spread_bps"))

        def _parse_timestamp(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        stale = d.pop("stale", UNSET)

        price_out = cls(
            age_seconds=age_seconds,
            fetched_at=fetched_at,
            exchange=exchange,
            symbol=symbol,
            source=source,
            bid=bid,
            ask=ask,
            last=last,
            mid=mid,
            spread_bps=spread_bps,
            timestamp=timestamp,
            stale=stale,
        )

        price_out.additional_properties = d
        return price_out

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
