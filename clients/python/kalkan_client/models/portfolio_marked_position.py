from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portfolio_marked_position_origin import (
    PortfolioMarkedPositionOrigin,
    check_portfolio_marked_position_origin,
)
from ..models.portfolio_marked_position_side import PortfolioMarkedPositionSide, check_portfolio_marked_position_side
from ..models.portfolio_marked_position_source import (
    PortfolioMarkedPositionSource,
    check_portfolio_marked_position_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioMarkedPosition")


@_attrs_define
class PortfolioMarkedPosition:
    """
    Attributes:
        id (int):
        account (str):
        symbol (str):
        exchange (None | str):
        origin (PortfolioMarkedPositionOrigin):
        side (PortfolioMarkedPositionSide):
        quantity (float): Signed base quantity: long > 0, short < 0
        average_price (float): Average entry price (average cost)
        realised_pnl (float): Realised PnL, gross of fees
        fees (float):
        leverage (float):
        stop_loss (float | None):
        take_profit (float | None):
        opened_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        updated_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        mark_price (float | None): Last price (or mid); null when unavailable
        source (PortfolioMarkedPositionSource):
        mark_exchange (str):
        mark_age_seconds (float | None):
        stale (bool): The mark is the last known one (exchange failed)
        unrealised_pnl (float): quantity × (mark − average entry)
        exposure (float): |quantity| × mark, quote
        weight (float): Signed exposure / equity
        stop_distance (float | None): Fraction the price must move against the position to reach the stop
        mark_error (None | str | Unset):
    """

    id: int
    account: str
    symbol: str
    exchange: None | str
    origin: PortfolioMarkedPositionOrigin
    side: PortfolioMarkedPositionSide
    quantity: float
    average_price: float
    realised_pnl: float
    fees: float
    leverage: float
    stop_loss: float | None
    take_profit: float | None
    opened_at: datetime.datetime
    updated_at: datetime.datetime
    mark_price: float | None
    source: PortfolioMarkedPositionSource
    mark_exchange: str
    mark_age_seconds: float | None
    stale: bool
    unrealised_pnl: float
    exposure: float
    weight: float
    stop_distance: float | None
    mark_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account = self.account

        symbol = self.symbol

        exchange: None | str
        exchange = self.exchange

        origin: str = self.origin

        side: str = self.side

        quantity = self.quantity

        average_price = self.average_price

        realised_pnl = self.realised_pnl

        fees = self.fees

        leverage = self.leverage

        stop_loss: float | None
        stop_loss = self.stop_loss

        take_profit: float | None
        take_profit = self.take_profit

        opened_at = self.opened_at.isoformat()

        updated_at = self.updated_at.isoformat()

        mark_price: float | None
        mark_price = self.mark_price

        source: str = self.source

        mark_exchange = self.mark_exchange

        mark_age_seconds: float | None
        mark_age_seconds = self.mark_age_seconds

        stale = self.stale

        unrealised_pnl = self.unrealised_pnl

        exposure = self.exposure

        weight = self.weight

        stop_distance: float | None
        stop_distance = self.stop_distance

        mark_error: None | str | Unset
        if isinstance(self.mark_error, Unset):
            mark_error = UNSET
        else:
            mark_error = self.mark_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account": account,
                "symbol": symbol,
                "exchange": exchange,
                "origin": origin,
                "side": side,
                "quantity": quantity,
                "average_price": average_price,
                "realised_pnl": realised_pnl,
                "fees": fees,
                "leverage": leverage,
                "stop_loss": stop_loss,
                "take_profit": take_profit,
                "opened_at": opened_at,
                "updated_at": updated_at,
                "mark_price": mark_price,
                "source": source,
                "mark_exchange": mark_exchange,
                "mark_age_seconds": mark_age_seconds,
                "stale": stale,
                "unrealised_pnl": unrealised_pnl,
                "exposure": exposure,
                "weight": weight,
                "stop_distance": stop_distance,
            }
        )
        if mark_error is not UNSET:
            field_dict["mark_error"] = mark_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account = d.pop("account")

        symbol = d.pop("symbol")

        def _parse_exchange(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exchange = _parse_exchange(d.pop("exchange"))

        origin = check_portfolio_marked_position_origin(d.pop("origin"))

        side = check_portfolio_marked_position_side(d.pop("side"))

        quantity = d.pop("quantity")

        average_price = d.pop("average_price")

        realised_pnl = d.pop("realised_pnl")

        fees = d.pop("fees")

        leverage = d.pop("leverage")

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

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_mark_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mark_price = _parse_mark_price(d.pop("mark_price"))

        source = check_portfolio_marked_position_source(d.pop("source"))

        mark_exchange = d.pop("mark_exchange")

        def _parse_mark_age_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mark_age_seconds = _parse_mark_age_seconds(d.pop("mark_age_seconds"))

        stale = d.pop("stale")

        unrealised_pnl = d.pop("unrealised_pnl")

        exposure = d.pop("exposure")

        weight = d.pop("weight")

        def _parse_stop_distance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_distance = _parse_stop_distance(d.pop("stop_distance"))

        def _parse_mark_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mark_error = _parse_mark_error(d.pop("mark_error", UNSET))

        portfolio_marked_position = cls(
            id=id,
            account=account,
            symbol=symbol,
            exchange=exchange,
            origin=origin,
            side=side,
            quantity=quantity,
            average_price=average_price,
            realised_pnl=realised_pnl,
            fees=fees,
            leverage=leverage,
            stop_loss=stop_loss,
            take_profit=take_profit,
            opened_at=opened_at,
            updated_at=updated_at,
            mark_price=mark_price,
            source=source,
            mark_exchange=mark_exchange,
            mark_age_seconds=mark_age_seconds,
            stale=stale,
            unrealised_pnl=unrealised_pnl,
            exposure=exposure,
            weight=weight,
            stop_distance=stop_distance,
            mark_error=mark_error,
        )

        portfolio_marked_position.additional_properties = d
        return portfolio_marked_position

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
