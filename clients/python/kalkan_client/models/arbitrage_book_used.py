from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.arbitrage_book_used_source_type_0 import (
    ArbitrageBookUsedSourceType0,
    check_arbitrage_book_used_source_type_0,
)

T = TypeVar("T", bound="ArbitrageBookUsed")


@_attrs_define
class ArbitrageBookUsed:
    """
    Attributes:
        exchange (str):
        symbol (str):
        source (ArbitrageBookUsedSourceType0 | Literal['request']):
        timestamp (datetime.datetime | None):
        bid_levels (int):
        ask_levels (int):
        taker_fee (float):
    """

    exchange: str
    symbol: str
    source: ArbitrageBookUsedSourceType0 | Literal["request"]
    timestamp: datetime.datetime | None
    bid_levels: int
    ask_levels: int
    taker_fee: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        source: Literal["request"] | str
        if isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        bid_levels = self.bid_levels

        ask_levels = self.ask_levels

        taker_fee = self.taker_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "source": source,
                "timestamp": timestamp,
                "bid_levels": bid_levels,
                "ask_levels": ask_levels,
                "taker_fee": taker_fee,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        def _parse_source(data: object) -> ArbitrageBookUsedSourceType0 | Literal["request"]:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_arbitrage_book_used_source_type_0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            source_type_1 = cast(Literal["request"], data)
            if source_type_1 != "request":
                raise ValueError(f"source_type_1 must match const 'request', got '{source_type_1}'")
            return source_type_1

        source = _parse_source(d.pop("source"))

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

        bid_levels = d.pop("bid_levels")

        ask_levels = d.pop("ask_levels")

        taker_fee = d.pop("taker_fee")

        arbitrage_book_used = cls(
            exchange=exchange,
            symbol=symbol,
            source=source,
            timestamp=timestamp,
            bid_levels=bid_levels,
            ask_levels=ask_levels,
            taker_fee=taker_fee,
        )

        arbitrage_book_used.additional_properties = d
        return arbitrage_book_used

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
