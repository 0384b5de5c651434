from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArbitrageBookIn")


@_attrs_define
class ArbitrageBookIn:
    """An order book supplied by the caller, for offline what-if analysis.

    Attributes:
        exchange (str): ccxt exchange id
        symbol (str): ccxt form, e.g. BTC/USDT
        bids (list[list[float]]):
        asks (list[list[float]]):
    """

    exchange: str
    symbol: str
    bids: list[list[float]]
    asks: list[list[float]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "bids": bids,
                "asks": asks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

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

        arbitrage_book_in = cls(
            exchange=exchange,
            symbol=symbol,
            bids=bids,
            asks=asks,
        )

        arbitrage_book_in.additional_properties = d
        return arbitrage_book_in

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
