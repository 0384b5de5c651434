from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wash_trade_in import WashTradeIn


T = TypeVar("T", bound="WashIn")


@_attrs_define
class WashIn:
    """
    Attributes:
        exchange (None | str | Unset): Venue to read recent trades from when `trades` is not given
        symbol (None | str | Unset): ccxt form
        trades (list[WashTradeIn] | None | Unset): A trade tape to analyse
        limit (int | Unset): Recent trades to read Default: 1000.
        window_ms (float | Unset): Mirror-print window Default: 50.0.
        lot_size (float | None | Unset):
        tail_k (int | None | Unset):
    """

    exchange: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    trades: list[WashTradeIn] | None | Unset = UNSET
    limit: int | Unset = 1000
    window_ms: float | Unset = 50.0
    lot_size: float | None | Unset = UNSET
    tail_k: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        trades: list[dict[str, Any]] | None | Unset
        if isinstance(self.trades, Unset):
            trades = UNSET
        elif isinstance(self.trades, list):
            trades = []
            for trades_type_0_item_data in self.trades:
                trades_type_0_item = trades_type_0_item_data.to_dict()
                trades.append(trades_type_0_item)

        else:
            trades = self.trades

        limit = self.limit

        window_ms = self.window_ms

        lot_size: float | None | Unset
        if isinstance(self.lot_size, Unset):
            lot_size = UNSET
        else:
            lot_size = self.lot_size

        tail_k: int | None | Unset
        if isinstance(self.tail_k, Unset):
            tail_k = UNSET
        else:
            tail_k = self.tail_k

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if trades is not UNSET:
            field_dict["trades"] = trades
        if limit is not UNSET:
            field_dict["limit"] = limit
        if window_ms is not UNSET:
            field_dict["window_ms"] = window_ms
        if lot_size is not UNSET:
            field_dict["lot_size"] = lot_size
        if tail_k is not UNSET:
            field_dict["tail_k"] = tail_k

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wash_trade_in import WashTradeIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_trades(data: object) -> list[WashTradeIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trades_type_0 = []
                _trades_type_0 = data
                for trades_type_0_item_data in _trades_type_0:
                    trades_type_0_item = WashTradeIn.from_dict(trades_type_0_item_data)

                    trades_type_0.append(trades_type_0_item)

                return trades_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WashTradeIn] | None | Unset, data)

        trades = _parse_trades(d.pop("trades", UNSET))

        limit = d.pop("limit", UNSET)

        window_ms = d.pop("window_ms", UNSET)

        def _parse_lot_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lot_size = _parse_lot_size(d.pop("lot_size", UNSET))

        def _parse_tail_k(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tail_k = _parse_tail_k(d.pop("tail_k", UNSET))

        wash_in = cls(
            exchange=exchange,
            symbol=symbol,
            trades=trades,
            limit=limit,
            window_ms=window_ms,
            lot_size=lot_size,
            tail_k=tail_k,
        )

        wash_in.additional_properties = d
        return wash_in

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
