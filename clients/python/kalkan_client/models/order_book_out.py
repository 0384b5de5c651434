from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_book_out_source import OrderBookOutSource, check_order_book_out_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderBookOut")


@_attrs_define
class OrderBookOut:
    """
    Attributes:
        age_seconds (float): Seconds since this value was fetched from the venue
        fetched_at (datetime.datetime):
        exchange (str):
        symbol (str):
        source (OrderBookOutSource):
        depth (int):
        timestamp (datetime.datetime | None):
        sequence (int | None):
        bids (list[list[float]]): [price, quantity], best (highest) first
        asks (list[list[float]]): [price, quantity], best (lowest) first
        mid (float | None):
        spread (float | None):
        stale (bool | Unset): True when the venue failed and the last good value is served Default: False.
    """

    age_seconds: float
    fetched_at: datetime.datetime
    exchange: str
    symbol: str
    source: OrderBookOutSource
    depth: int
    timestamp: datetime.datetime | None
    sequence: int | None
    bids: list[list[float]]
    asks: list[list[float]]
    mid: float | None
    spread: float | None
    stale: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_seconds = self.age_seconds

        fetched_at = self.fetched_at.isoformat()

        exchange = self.exchange

        symbol = self.symbol

        source: str = self.source

        depth = self.depth

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        sequence: int | None
        sequence = self.sequence

        bids = []
        for bids_item_data in self.bids:
            bids_item = []
            for bids_item_item_data in bids_item_data:
                bids_item_item: float
                bids_item_item = bids_item_item_data
                bids_item.append(bids_item_item)

            bids.append(bids_item)

        asks = []
        for asks_item_data in self.asks:
            asks_item = []
            for asks_item_item_data in asks_item_data:
                asks_item_item: float
                asks_item_item = asks_item_item_data
                asks_item.append(asks_item_item)

            asks.append(asks_item)

        mid: float | None
        mid = self.mid

        spread: float | None
        spread = self.spread

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
                "depth": depth,
                "timestamp": timestamp,
                "sequence": sequence,
                "bids": bids,
                "asks": asks,
                "mid": mid,
                "spread": spread,
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

        source = check_order_book_out_source(d.pop("source"))

        depth = d.pop("depth")

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

        def _parse_sequence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sequence = _parse_sequence(d.pop("sequence"))

        bids = []
        _bids = d.pop("bids")
        for bids_item_data in _bids:
            bids_item = []
            _bids_item = bids_item_data
            for bids_item_item_data in _bids_item:

                def _parse_bids_item_item(data: object) -> float:
                    return cast(float, data)

                bids_item_item = _parse_bids_item_item(bids_item_item_data)

                bids_item.append(bids_item_item)

            bids.append(bids_item)

        asks = []
        _asks = d.pop("asks")
        for asks_item_data in _asks:
            asks_item = []
            _asks_item = asks_item_data
            for asks_item_item_data in _asks_item:

                def _parse_asks_item_item(data: object) -> float:
                    return cast(float, data)

                asks_item_item = _parse_asks_item_item(asks_item_item_data)

                asks_item.append(asks_item_item)

            asks.append(asks_item)

        def _parse_mid(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mid = _parse_mid(d.pop("mid"))

        def _parse_spread(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spread = _parse_spread(d.pop("spread"))

        stale = d.pop("stale", UNSET)

        order_book_out = cls(
            age_seconds=age_seconds,
            fetched_at=fetched_at,
            exchange=exchange,
            symbol=symbol,
            source=source,
            depth=depth,
            timestamp=timestamp,
            sequence=sequence,
            bids=bids,
            asks=asks,
            mid=mid,
            spread=spread,
            stale=stale,
        )

        order_book_out.additional_properties = d
        return order_book_out

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
