from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioPositionCreate")


@_attrs_define
class PortfolioPositionCreate:
    """A holding kept elsewhere (another exchange, a wallet), recorded by hand.

    Attributes:
        symbol (str): ccxt symbol BASE/QUOTE, e.g. BTC/USDT
        quantity (float): Signed base quantity: long > 0, short < 0
        entry_price (float):
        stop_loss (float): Required; below the entry for a long, above for a short
        account (str | Unset): Account name; every user has a `paper` account Default: 'paper'.
        take_profit (float | None | Unset):
        leverage (float | Unset): ≤ the 3× white-hat cap Default: 1.0.
        exchange (None | str | Unset): Where to mark it; default: the first enabled
        opened_at (datetime.datetime | None | Unset):
    """

    symbol: str
    quantity: float
    entry_price: float
    stop_loss: float
    account: str | Unset = "paper"
    take_profit: float | None | Unset = UNSET
    leverage: float | Unset = 1.0
    exchange: None | str | Unset = UNSET
    opened_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        quantity = self.quantity

        entry_price = self.entry_price

        stop_loss = self.stop_loss

        account = self.account

        take_profit: float | None | Unset
        if isinstance(self.take_profit, Unset):
            take_profit = UNSET
        else:
            take_profit = self.take_profit

        leverage = self.leverage

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        opened_at: None | str | Unset
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        elif isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "quantity": quantity,
                "entry_price": entry_price,
                "stop_loss": stop_loss,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        quantity = d.pop("quantity")

        entry_price = d.pop("entry_price")

        stop_loss = d.pop("stop_loss")

        account = d.pop("account", UNSET)

        def _parse_take_profit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        take_profit = _parse_take_profit(d.pop("take_profit", UNSET))

        leverage = d.pop("leverage", UNSET)

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        def _parse_opened_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        opened_at = _parse_opened_at(d.pop("opened_at", UNSET))

        portfolio_position_create = cls(
            symbol=symbol,
            quantity=quantity,
            entry_price=entry_price,
            stop_loss=stop_loss,
            account=account,
            take_profit=take_profit,
            leverage=leverage,
            exchange=exchange,
            opened_at=opened_at,
        )

        portfolio_position_create.additional_properties = d
        return portfolio_position_create

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
