from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExchangeFeatures")


@_attrs_define
class ExchangeFeatures:
    """What the venue supports according to ccxt's static description (null: not known).

    Attributes:
        websocket (bool | None):
        watch_order_book (bool | None):
        watch_trades (bool | None):
        watch_ticker (bool | None):
        fetch_ohlcv (bool | None):
    """

    websocket: bool | None
    watch_order_book: bool | None
    watch_trades: bool | None
    watch_ticker: bool | None
    fetch_ohlcv: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        websocket: bool | None
        websocket = self.websocket

        watch_order_book: bool | None
        watch_order_book = self.watch_order_book

        watch_trades: bool | None
        watch_trades = self.watch_trades

        watch_ticker: bool | None
        watch_ticker = self.watch_ticker

        fetch_ohlcv: bool | None
        fetch_ohlcv = self.fetch_ohlcv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "websocket": websocket,
                "watch_order_book": watch_order_book,
                "watch_trades": watch_trades,
                "watch_ticker": watch_ticker,
                "fetch_ohlcv": fetch_ohlcv,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_websocket(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        websocket = _parse_websocket(d.pop("websocket"))

        def _parse_watch_order_book(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        watch_order_book = _parse_watch_order_book(d.pop("watch_order_book"))

        def _parse_watch_trades(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        watch_trades = _parse_watch_trades(d.pop("watch_trades"))

        def _parse_watch_ticker(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        watch_ticker = _parse_watch_ticker(d.pop("watch_ticker"))

        def _parse_fetch_ohlcv(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        fetch_ohlcv = _parse_fetch_ohlcv(d.pop("fetch_ohlcv"))

        exchange_features = cls(
            websocket=websocket,
            watch_order_book=watch_order_book,
            watch_trades=watch_trades,
            watch_ticker=watch_ticker,
            fetch_ohlcv=fetch_ohlcv,
        )

        exchange_features.additional_properties = d
        return exchange_features

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
