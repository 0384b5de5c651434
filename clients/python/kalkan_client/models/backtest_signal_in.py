from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.backtest_signal_in_side import BacktestSignalInSide, check_backtest_signal_in_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="BacktestSignalIn")


@_attrs_define
class BacktestSignalIn:
    """A stored trading signal replayed by the ``signals`` strategy.

    Attributes:
        timestamp (datetime.datetime): When the signal was issued (UTC)
        side (BacktestSignalInSide):
        symbol (None | str | Unset): Defaults to every symbol of the spec
        stop_loss (float | None | Unset): Stop price for this entry
        take_profit (float | None | Unset): Target price
        confidence (float | None | Unset):
    """

    timestamp: datetime.datetime
    side: BacktestSignalInSide
    symbol: None | str | Unset = UNSET
    stop_loss: float | None | Unset = UNSET
    take_profit: float | None | Unset = UNSET
    confidence: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        side: str = self.side

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

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

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "timestamp": timestamp,
                "side": side,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        side = check_backtest_signal_in_side(d.pop("side"))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

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

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        backtest_signal_in = cls(
            timestamp=timestamp,
            side=side,
            symbol=symbol,
            stop_loss=stop_loss,
            take_profit=take_profit,
            confidence=confidence,
        )

        return backtest_signal_in
