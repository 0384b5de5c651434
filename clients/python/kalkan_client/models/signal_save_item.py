from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_save_item_side import SignalSaveItemSide, check_signal_save_item_side
from ..models.signal_save_item_timeframe_type_0 import (
    SignalSaveItemTimeframeType0,
    check_signal_save_item_timeframe_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_save_item_metadata_type_0 import SignalSaveItemMetadataType0


T = TypeVar("T", bound="SignalSaveItem")


@_attrs_define
class SignalSaveItem:
    """One signal to save (POST /signals/save takes one or a list of them).

    Attributes:
        symbol (str): ccxt symbol BASE/QUOTE, e.g. BTC/USDT
        side (SignalSaveItemSide):
        price (float):
        confidence (float):
        stop_loss (float | None | Unset):
        take_profit (float | None | Unset):
        leverage (float | Unset):  Default: 1.0.
        timeframe (None | SignalSaveItemTimeframeType0 | Unset):
        strategy (None | str | Unset):
        bot_id (None | str | Unset):
        timestamp (datetime.datetime | None | Unset): Default: now
        metadata (None | SignalSaveItemMetadataType0 | Unset):
    """

    symbol: str
    side: SignalSaveItemSide
    price: float
    confidence: float
    stop_loss: float | None | Unset = UNSET
    take_profit: float | None | Unset = UNSET
    leverage: float | Unset = 1.0
    timeframe: None | SignalSaveItemTimeframeType0 | Unset = UNSET
    strategy: None | str | Unset = UNSET
    bot_id: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    metadata: None | SignalSaveItemMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signal_save_item_metadata_type_0 import SignalSaveItemMetadataType0  # noqa: PLC0415

        symbol = self.symbol

        side: str = self.side

        price = self.price

        confidence = self.confidence

        stop_loss: float | None | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = self.stop_loss

        take_profit: float | None | Unset
        if isinstance(self.take_profit, Unset):
            take_profit = UNSET
        else:
            take_profit = self.take_profit

        leverage = self.leverage

        timeframe: None | str | Unset
        if isinstance(self.timeframe, Unset):
            timeframe = UNSET
        elif isinstance(self.timeframe, str):
            timeframe = self.timeframe
        else:
            timeframe = self.timeframe

        strategy: None | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        else:
            strategy = self.strategy

        bot_id: None | str | Unset
        if isinstance(self.bot_id, Unset):
            bot_id = UNSET
        else:
            bot_id = self.bot_id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SignalSaveItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "price": price,
                "confidence": confidence,
            }
        )
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_save_item_metadata_type_0 import SignalSaveItemMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_signal_save_item_side(d.pop("side"))

        price = d.pop("price")

        confidence = d.pop("confidence")

        def _parse_stop_loss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss", UNSET))

        def _parse_take_profit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        take_profit = _parse_take_profit(d.pop("take_profit", UNSET))

        leverage = d.pop("leverage", UNSET)

        def _parse_timeframe(data: object) -> None | SignalSaveItemTimeframeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timeframe_type_0 = check_signal_save_item_timeframe_type_0(data)

                return timeframe_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalSaveItemTimeframeType0 | Unset, data)

        timeframe = _parse_timeframe(d.pop("timeframe", UNSET))

        def _parse_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strategy = _parse_strategy(d.pop("strategy", UNSET))

        def _parse_bot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bot_id = _parse_bot_id(d.pop("bot_id", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_metadata(data: object) -> None | SignalSaveItemMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SignalSaveItemMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalSaveItemMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        signal_save_item = cls(
            symbol=symbol,
            side=side,
            price=price,
            confidence=confidence,
            stop_loss=stop_loss,
            take_profit=take_profit,
            leverage=leverage,
            timeframe=timeframe,
            strategy=strategy,
            bot_id=bot_id,
            timestamp=timestamp,
            metadata=metadata,
        )

        signal_save_item.additional_properties = d
        return signal_save_item

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
