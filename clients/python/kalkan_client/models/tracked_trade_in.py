from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracked_trade_in_side import TrackedTradeInSide, check_tracked_trade_in_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackedTradeIn")


@_attrs_define
class TrackedTradeIn:
    """A closed trade to record for performance tracking.

    Attributes:
        symbol (str):
        side (TrackedTradeInSide): BUY = long trade, SELL = short trade
        entry_price (float):
        exit_price (float):
        quantity (float):
        entry_time (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        exit_time (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        bot_id (None | str | Unset):
        fees (float | Unset):  Default: 0.0.
    """

    symbol: str
    side: TrackedTradeInSide
    entry_price: float
    exit_price: float
    quantity: float
    entry_time: datetime.datetime
    exit_time: datetime.datetime
    bot_id: None | str | Unset = UNSET
    fees: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        entry_price = self.entry_price

        exit_price = self.exit_price

        quantity = self.quantity

        entry_time = self.entry_time.isoformat()

        exit_time = self.exit_time.isoformat()

        bot_id: None | str | Unset
        if isinstance(self.bot_id, Unset):
            bot_id = UNSET
        else:
            bot_id = self.bot_id

        fees = self.fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "entry_price": entry_price,
                "exit_price": exit_price,
                "quantity": quantity,
                "entry_time": entry_time,
                "exit_time": exit_time,
            }
        )
        if bot_id is not UNSET:
            field_dict["bot_id"] = bot_id
        if fees is not UNSET:
            field_dict["fees"] = fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_tracked_trade_in_side(d.pop("side"))

        entry_price = d.pop("entry_price")

        exit_price = d.pop("exit_price")

        quantity = d.pop("quantity")

        entry_time = datetime.datetime.fromisoformat(d.pop("entry_time"))

        exit_time = datetime.datetime.fromisoformat(d.pop("exit_time"))

        def _parse_bot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bot_id = _parse_bot_id(d.pop("bot_id", UNSET))

        fees = d.pop("fees", UNSET)

        tracked_trade_in = cls(
            symbol=symbol,
            side=side,
            entry_price=entry_price,
            exit_price=exit_price,
            quantity=quantity,
            entry_time=entry_time,
            exit_time=exit_time,
            bot_id=bot_id,
            fees=fees,
        )

        tracked_trade_in.additional_properties = d
        return tracked_trade_in

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
