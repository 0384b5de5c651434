from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portfolio_ledger_entry_view_kind import (
    PortfolioLedgerEntryViewKind,
    check_portfolio_ledger_entry_view_kind,
)

T = TypeVar("T", bound="PortfolioLedgerEntryView")


@_attrs_define
class PortfolioLedgerEntryView:
    """One append-only ledger entry (fill, recorded holding, stop move, closed record).

    Attributes:
        id (int):
        ts (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        kind (PortfolioLedgerEntryViewKind):
        symbol (str):
        exchange (None | str):
        quantity (float):
        price (float | None):
        fee (float):
        realised_pnl (float):
        quantity_after (float):
        average_price_after (float):
        stop_loss (float | None):
        take_profit (float | None):
        leverage (float):
        fill_id (None | str):
    """

    id: int
    ts: datetime.datetime
    kind: PortfolioLedgerEntryViewKind
    symbol: str
    exchange: None | str
    quantity: float
    price: float | None
    fee: float
    realised_pnl: float
    quantity_after: float
    average_price_after: float
    stop_loss: float | None
    take_profit: float | None
    leverage: float
    fill_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts.isoformat()

        kind: str = self.kind

        symbol = self.symbol

        exchange: None | str
        exchange = self.exchange

        quantity = self.quantity

        price: float | None
        price = self.price

        fee = self.fee

        realised_pnl = self.realised_pnl

        quantity_after = self.quantity_after

        average_price_after = self.average_price_after

        stop_loss: float | None
        stop_loss = self.stop_loss

        take_profit: float | None
        take_profit = self.take_profit

        leverage = self.leverage

        fill_id: None | str
        fill_id = self.fill_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ts": ts,
                "kind": kind,
                "symbol": symbol,
                "exchange": exchange,
                "quantity": quantity,
                "price": price,
                "fee": fee,
                "realised_pnl": realised_pnl,
                "quantity_after": quantity_after,
                "average_price_after": average_price_after,
                "stop_loss": stop_loss,
                "take_profit": take_profit,
                "leverage": leverage,
                "fill_id": fill_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        kind = check_portfolio_ledger_entry_view_kind(d.pop("kind"))

        symbol = d.pop("symbol")

        def _parse_exchange(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exchange = _parse_exchange(d.pop("exchange"))

        quantity = d.pop("quantity")

        def _parse_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        price = _parse_price(d.pop("price"))

        fee = d.pop("fee")

        realised_pnl = d.pop("realised_pnl")

        quantity_after = d.pop("quantity_after")

        average_price_after = d.pop("average_price_after")

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

        def _parse_fill_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fill_id = _parse_fill_id(d.pop("fill_id"))

        portfolio_ledger_entry_view = cls(
            id=id,
            ts=ts,
            kind=kind,
            symbol=symbol,
            exchange=exchange,
            quantity=quantity,
            price=price,
            fee=fee,
            realised_pnl=realised_pnl,
            quantity_after=quantity_after,
            average_price_after=average_price_after,
            stop_loss=stop_loss,
            take_profit=take_profit,
            leverage=leverage,
            fill_id=fill_id,
        )

        portfolio_ledger_entry_view.additional_properties = d
        return portfolio_ledger_entry_view

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
