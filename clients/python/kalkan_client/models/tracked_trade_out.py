from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrackedTradeOut")


@_attrs_define
class TrackedTradeOut:
    """A recorded closed trade with its PnL.

    Attributes:
        id (int):
        bot_id (None | str):
        symbol (str):
        side (str):
        entry_price (float):
        exit_price (float):
        quantity (float):
        entry_time (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        exit_time (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        fees (float):
        pnl (float):
    """

    id: int
    bot_id: None | str
    symbol: str
    side: str
    entry_price: float
    exit_price: float
    quantity: float
    entry_time: datetime.datetime
    exit_time: datetime.datetime
    fees: float
    pnl: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bot_id: None | str
        bot_id = self.bot_id

        symbol = self.symbol

        side = self.side

        entry_price = self.entry_price

        exit_price = self.exit_price

        quantity = self.quantity

        entry_time = self.entry_time.isoformat()

        exit_time = self.exit_time.isoformat()

        fees = self.fees

        pnl = self.pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bot_id": bot_id,
                "symbol": symbol,
                "side": side,
                "entry_price": entry_price,
                "exit_price": exit_price,
                "quantity": quantity,
                "entry_time": entry_time,
                "exit_time": exit_time,
                "fees": fees,
                "pnl": pnl,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_bot_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bot_id = _parse_bot_id(d.pop("bot_id"))

        symbol = d.pop("symbol")

        side = d.pop("side")

        entry_price = d.pop("entry_price")

        exit_price = d.pop("exit_price")

        quantity = d.pop("quantity")

        entry_time = datetime.datetime.fromisoformat(d.pop("entry_time"))

        exit_time = datetime.datetime.fromisoformat(d.pop("exit_time"))

        fees = d.pop("fees")

        pnl = d.pop("pnl")

        tracked_trade_out = cls(
            id=id,
            bot_id=bot_id,
            symbol=symbol,
            side=side,
            entry_price=entry_price,
            exit_price=exit_price,
            quantity=quantity,
            entry_time=entry_time,
            exit_time=exit_time,
            fees=fees,
            pnl=pnl,
        )

        tracked_trade_out.additional_properties = d
        return tracked_trade_out

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
