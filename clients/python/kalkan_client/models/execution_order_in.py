from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_order_in_side import ExecutionOrderInSide, check_execution_order_in_side
from ..models.execution_order_in_time_in_force_type_0 import (
    ExecutionOrderInTimeInForceType0,
    check_execution_order_in_time_in_force_type_0,
)
from ..models.execution_order_in_type import ExecutionOrderInType, check_execution_order_in_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_relative_level import ExecutionRelativeLevel


T = TypeVar("T", bound="ExecutionOrderIn")


@_attrs_define
class ExecutionOrderIn:
    """An order: market or limit, sized in base ``quantity`` or quote ``notional``.

    Attributes:
        symbol (str): ccxt symbol BASE/QUOTE, e.g. BTC/USDT
        side (ExecutionOrderInSide):
        exchange (None | str | Unset): Venue whose book fills the order; the market-data source's first if absent
        account (str | Unset):  Default: 'paper'.
        type_ (ExecutionOrderInType | Unset):  Default: 'market'.
        quantity (float | None | Unset): Base quantity
        notional (float | None | Unset): Quote amount (instead of quantity)
        price (float | None | Unset): Limit price
        time_in_force (ExecutionOrderInTimeInForceType0 | None | Unset): Default: IOC for market orders, GTC for limit
            orders
        leverage (float | Unset): White-hat cap: 3 Default: 1.0.
        stop_loss (ExecutionRelativeLevel | float | None | Unset): Required when the order opens or adds exposure
        take_profit (ExecutionRelativeLevel | float | None | Unset):
        confidence (float | Unset):  Default: 1.0.
        client_order_id (None | str | Unset): Idempotency key: the same id returns the first order instead of a new one
        reduce_only (bool | Unset): May only reduce an open position Default: False.
    """

    symbol: str
    side: ExecutionOrderInSide
    exchange: None | str | Unset = UNSET
    account: str | Unset = "paper"
    type_: ExecutionOrderInType | Unset = "market"
    quantity: float | None | Unset = UNSET
    notional: float | None | Unset = UNSET
    price: float | None | Unset = UNSET
    time_in_force: ExecutionOrderInTimeInForceType0 | None | Unset = UNSET
    leverage: float | Unset = 1.0
    stop_loss: ExecutionRelativeLevel | float | None | Unset = UNSET
    take_profit: ExecutionRelativeLevel | float | None | Unset = UNSET
    confidence: float | Unset = 1.0
    client_order_id: None | str | Unset = UNSET
    reduce_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.execution_relative_level import ExecutionRelativeLevel  # noqa: PLC0415

        symbol = self.symbol

        side: str = self.side

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        account = self.account

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        notional: float | None | Unset
        if isinstance(self.notional, Unset):
            notional = UNSET
        else:
            notional = self.notional

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        time_in_force: None | str | Unset
        if isinstance(self.time_in_force, Unset):
            time_in_force = UNSET
        elif isinstance(self.time_in_force, str):
            time_in_force = self.time_in_force
        else:
            time_in_force = self.time_in_force

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

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        reduce_only = self.reduce_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if account is not UNSET:
            field_dict["account"] = account
        if type_ is not UNSET:
            field_dict["type"] = type_
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if notional is not UNSET:
            field_dict["notional"] = notional
        if price is not UNSET:
            field_dict["price"] = price
        if time_in_force is not UNSET:
            field_dict["time_in_force"] = time_in_force
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_relative_level import ExecutionRelativeLevel  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_execution_order_in_side(d.pop("side"))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        account = d.pop("account", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ExecutionOrderInType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_execution_order_in_type(_type_)

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_notional(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        notional = _parse_notional(d.pop("notional", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_time_in_force(data: object) -> ExecutionOrderInTimeInForceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_in_force_type_0 = check_execution_order_in_time_in_force_type_0(data)

                return time_in_force_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionOrderInTimeInForceType0 | None | Unset, data)

        time_in_force = _parse_time_in_force(d.pop("time_in_force", UNSET))

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

        def _parse_client_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_order_id = _parse_client_order_id(d.pop("client_order_id", UNSET))

        reduce_only = d.pop("reduce_only", UNSET)

        execution_order_in = cls(
            symbol=symbol,
            side=side,
            exchange=exchange,
            account=account,
            type_=type_,
            quantity=quantity,
            notional=notional,
            price=price,
            time_in_force=time_in_force,
            leverage=leverage,
            stop_loss=stop_loss,
            take_profit=take_profit,
            confidence=confidence,
            client_order_id=client_order_id,
            reduce_only=reduce_only,
        )

        execution_order_in.additional_properties = d
        return execution_order_in

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
