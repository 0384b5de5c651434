from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_out_side import SignalOutSide, check_signal_out_side

if TYPE_CHECKING:
    from ..models.signal_out_metadata_type_0 import SignalOutMetadataType0


T = TypeVar("T", bound="SignalOut")


@_attrs_define
class SignalOut:
    """A stored trading signal.

    Attributes:
        id (int):
        symbol (str):
        side (SignalOutSide):
        price (float):
        confidence (float):
        stop_loss (float | None):
        take_profit (float | None):
        leverage (float):
        timeframe (None | str):
        strategy (None | str):
        bot_id (None | str):
        timestamp (datetime.datetime):
        metadata (None | SignalOutMetadataType0):
        actionable (bool): BUY/SELL that passed the white-hat rules
    """

    id: int
    symbol: str
    side: SignalOutSide
    price: float
    confidence: float
    stop_loss: float | None
    take_profit: float | None
    leverage: float
    timeframe: None | str
    strategy: None | str
    bot_id: None | str
    timestamp: datetime.datetime
    metadata: None | SignalOutMetadataType0
    actionable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signal_out_metadata_type_0 import SignalOutMetadataType0  # noqa: PLC0415

        id = self.id

        symbol = self.symbol

        side: str = self.side

        price = self.price

        confidence = self.confidence

        stop_loss: float | None
        stop_loss = self.stop_loss

        take_profit: float | None
        take_profit = self.take_profit

        leverage = self.leverage

        timeframe: None | str
        timeframe = self.timeframe

        strategy: None | str
        strategy = self.strategy

        bot_id: None | str
        bot_id = self.bot_id

        timestamp = self.timestamp.isoformat()

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, SignalOutMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        actionable = self.actionable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "side": side,
                "price": price,
                "confidence": confidence,
                "stop_loss": stop_loss,
                "take_profit": take_profit,
                "leverage": leverage,
                "timeframe": timeframe,
                "strategy": strategy,
                "bot_id": bot_id,
                "timestamp": timestamp,
                "metadata": metadata,
                "actionable": actionable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_out_metadata_type_0 import SignalOutMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        symbol = d.pop("symbol")

        side = check_signal_out_side(d.pop("side"))

        price = d.pop("price")

        confidence = d.pop("confidence")

        def _parse_stop_loss(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss"))

        def _parse_take_profit(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        take_profit = _parse_take_profit(d.pop("take_profit"))

        leverage = d.pop("leverage")

        def _parse_timeframe(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timeframe = _parse_timeframe(d.pop("timeframe"))

        def _parse_strategy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        strategy = _parse_strategy(d.pop("strategy"))

        def _parse_bot_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bot_id = _parse_bot_id(d.pop("bot_id"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        def _parse_metadata(data: object) -> None | SignalOutMetadataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SignalOutMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalOutMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata"))

        actionable = d.pop("actionable")

        signal_out = cls(
            id=id,
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
            actionable=actionable,
        )

        signal_out.additional_properties = d
        return signal_out

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
