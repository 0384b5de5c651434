from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_vwap_in_profile_timeframe import (
    ExecutionVwapInProfileTimeframe,
    check_execution_vwap_in_profile_timeframe,
)
from ..models.execution_vwap_in_side import ExecutionVwapInSide, check_execution_vwap_in_side
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_relative_level import ExecutionRelativeLevel


T = TypeVar("T", bound="ExecutionVwapIn")


@_attrs_define
class ExecutionVwapIn:
    """
    Attributes:
        symbol (str): ccxt symbol BASE/QUOTE, e.g. BTC/USDT
        side (ExecutionVwapInSide):
        quantity (float): Base quantity
        duration_seconds (float):
        slices (int):
        exchange (None | str | Unset):
        account (str | Unset):  Default: 'paper'.
        leverage (float | Unset):  Default: 1.0.
        stop_loss (ExecutionRelativeLevel | float | None | Unset): Carried by every child
        take_profit (ExecutionRelativeLevel | float | None | Unset):
        confidence (float | Unset):  Default: 1.0.
        limit_price (float | None | Unset): Guard: a BUY never pays more (a SELL never sells for less)
        tick_seconds (float | Unset): How often the algorithm looks at the market Default: 1.0.
        max_retries (int | Unset): Retries of a failed child Default: 3.
        lookback_days (int | Unset): History of the profile Default: 30.
        profile_timeframe (ExecutionVwapInProfileTimeframe | Unset):  Default: '1h'.
        participation_cap (float | Unset): At most this share of the volume on the tape Default: 0.1.
        catch_up (float | Unset):  Default: 2.0.
    """

    symbol: str
    side: ExecutionVwapInSide
    quantity: float
    duration_seconds: float
    slices: int
    exchange: None | str | Unset = UNSET
    account: str | Unset = "paper"
    leverage: float | Unset = 1.0
    stop_loss: ExecutionRelativeLevel | float | None | Unset = UNSET
    take_profit: ExecutionRelativeLevel | float | None | Unset = UNSET
    confidence: float | Unset = 1.0
    limit_price: float | None | Unset = UNSET
    tick_seconds: float | Unset = 1.0
    max_retries: int | Unset = 3
    lookback_days: int | Unset = 30
    profile_timeframe: ExecutionVwapInProfileTimeframe | Unset = "1h"
    participation_cap: float | Unset = 0.1
    catch_up: float | Unset = 2.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.execution_relative_level import ExecutionRelativeLevel  # noqa: PLC0415

        symbol = self.symbol

        side: str = self.side

        quantity = self.quantity

        duration_seconds = self.duration_seconds

        slices = self.slices

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        account = self.account

        leverage = self.leverage

        stop_loss: dict[str, Any] | float | None | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        elif isinstance(self.stop_loss, ExecutionRelativeLevel):
            stop_loss = self.stop_loss.to_dict()
        else:
            stop_loss = self.stop_loss

        take_profit: dict[str, Any] | float | None | Unset
        if isinstance(self.take_profit, Unset):
            take_profit = UNSET
        elif isinstance(self.take_profit, ExecutionRelativeLevel):
            take_profit = self.take_profit.to_dict()
        else:
            take_profit = self.take_profit

        confidence = self.confidence

        limit_price: float | None | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = self.limit_price

        tick_seconds = self.tick_seconds

        max_retries = self.max_retries

        lookback_days = self.lookback_days

        profile_timeframe: str | Unset = UNSET
        if not isinstance(self.profile_timeframe, Unset):
            profile_timeframe = self.profile_timeframe

        participation_cap = self.participation_cap

        catch_up = self.catch_up

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "quantity": quantity,
                "duration_seconds": duration_seconds,
                "slices": slices,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if account is not UNSET:
            field_dict["account"] = account
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if tick_seconds is not UNSET:
            field_dict["tick_seconds"] = tick_seconds
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if lookback_days is not UNSET:
            field_dict["lookback_days"] = lookback_days
        if profile_timeframe is not UNSET:
            field_dict["profile_timeframe"] = profile_timeframe
        if participation_cap is not UNSET:
            field_dict["participation_cap"] = participation_cap
        if catch_up is not UNSET:
            field_dict["catch_up"] = catch_up

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_relative_level import ExecutionRelativeLevel  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_execution_vwap_in_side(d.pop("side"))

        quantity = d.pop("quantity")

        duration_seconds = d.pop("duration_seconds")

        slices = d.pop("slices")

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        account = d.pop("account", UNSET)

        leverage = d.pop("leverage", UNSET)

        def _parse_stop_loss(data: object) -> ExecutionRelativeLevel | float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_loss_type_0_type_1 = ExecutionRelativeLevel.from_dict(data)

                return stop_loss_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionRelativeLevel | float | None | Unset, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss", UNSET))

        def _parse_take_profit(data: object) -> ExecutionRelativeLevel | float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                take_profit_type_0_type_1 = ExecutionRelativeLevel.from_dict(data)

                return take_profit_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionRelativeLevel | float | None | Unset, data)

        take_profit = _parse_take_profit(d.pop("take_profit", UNSET))

        confidence = d.pop("confidence", UNSET)

        def _parse_limit_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        limit_price = _parse_limit_price(d.pop("limit_price", UNSET))

        tick_seconds = d.pop("tick_seconds", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        lookback_days = d.pop("lookback_days", UNSET)

        _profile_timeframe = d.pop("profile_timeframe", UNSET)
        profile_timeframe: ExecutionVwapInProfileTimeframe | Unset
        if isinstance(_profile_timeframe, Unset):
            profile_timeframe = UNSET
        else:
            profile_timeframe = check_execution_vwap_in_profile_timeframe(_profile_timeframe)

        participation_cap = d.pop("participation_cap", UNSET)

        catch_up = d.pop("catch_up", UNSET)

        execution_vwap_in = cls(
            symbol=symbol,
            side=side,
            quantity=quantity,
            duration_seconds=duration_seconds,
            slices=slices,
            exchange=exchange,
            account=account,
            leverage=leverage,
            stop_loss=stop_loss,
            take_profit=take_profit,
            confidence=confidence,
            limit_price=limit_price,
            tick_seconds=tick_seconds,
            max_retries=max_retries,
            lookback_days=lookback_days,
            profile_timeframe=profile_timeframe,
            participation_cap=participation_cap,
            catch_up=catch_up,
        )

        execution_vwap_in.additional_properties = d
        return execution_vwap_in

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
