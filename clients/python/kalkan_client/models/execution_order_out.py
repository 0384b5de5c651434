from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_order_out_broker import ExecutionOrderOutBroker, check_execution_order_out_broker
from ..models.execution_order_out_origin import ExecutionOrderOutOrigin, check_execution_order_out_origin
from ..models.execution_order_out_side import ExecutionOrderOutSide, check_execution_order_out_side
from ..models.execution_order_out_status import ExecutionOrderOutStatus, check_execution_order_out_status
from ..models.execution_order_out_time_in_force import (
    ExecutionOrderOutTimeInForce,
    check_execution_order_out_time_in_force,
)
from ..models.execution_order_out_type import ExecutionOrderOutType, check_execution_order_out_type

if TYPE_CHECKING:
    from ..models.execution_fill_out import ExecutionFillOut


T = TypeVar("T", bound="ExecutionOrderOut")


@_attrs_define
class ExecutionOrderOut:
    """An order with its fills, average price, slippage against the arrival price and fees.

    Attributes:
        id (int):
        client_order_id (None | str):
        account (str):
        broker (ExecutionOrderOutBroker):
        exchange (str):
        symbol (str):
        side (ExecutionOrderOutSide):
        type_ (ExecutionOrderOutType):
        time_in_force (ExecutionOrderOutTimeInForce):
        origin (ExecutionOrderOutOrigin):
        status (ExecutionOrderOutStatus):
        quantity (float): Requested base quantity
        filled_quantity (float):
        remaining_quantity (float):
        price (float | None): Limit price
        average_price (float | None):
        arrival_price (float | None): Book mid when the order arrived
        slippage_bps (float | None): Adverse distance of the average price from the arrival price, basis points
        fees (float): Fees in quote currency
        leverage (float):
        stop_loss (float | None): Absolute stop (relative ones resolved on fill)
        take_profit (float | None):
        reason (None | str): Why it was cancelled, expired or rejected
        parent_id (None | str): The algorithm (TWAP/VWAP/iceberg) it belongs to
        fills (list[ExecutionFillOut]):
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        updated_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: int
    client_order_id: None | str
    account: str
    broker: ExecutionOrderOutBroker
    exchange: str
    symbol: str
    side: ExecutionOrderOutSide
    type_: ExecutionOrderOutType
    time_in_force: ExecutionOrderOutTimeInForce
    origin: ExecutionOrderOutOrigin
    status: ExecutionOrderOutStatus
    quantity: float
    filled_quantity: float
    remaining_quantity: float
    price: float | None
    average_price: float | None
    arrival_price: float | None
    slippage_bps: float | None
    fees: float
    leverage: float
    stop_loss: float | None
    take_profit: float | None
    reason: None | str
    parent_id: None | str
    fills: list[ExecutionFillOut]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_order_id: None | str
        client_order_id = self.client_order_id

        account = self.account

        broker: str = self.broker

        exchange = self.exchange

        symbol = self.symbol

        side: str = self.side

        type_: str = self.type_

        time_in_force: str = self.time_in_force

        origin: str = self.origin

        status: str = self.status

        quantity = self.quantity

        filled_quantity = self.filled_quantity

        remaining_quantity = self.remaining_quantity

        price: float | None
        price = self.price

        average_price: float | None
        average_price = self.average_price

        arrival_price: float | None
        arrival_price = self.arrival_price

        slippage_bps: float | None
        slippage_bps = self.slippage_bps

        fees = self.fees

        leverage = self.leverage

        stop_loss: float | None
        stop_loss = self.stop_loss

        take_profit: float | None
        take_profit = self.take_profit

        reason: None | str
        reason = self.reason

        parent_id: None | str
        parent_id = self.parent_id

        fills = []
        for fills_item_data in self.fills:
            fills_item = fills_item_data.to_dict()
            fills.append(fills_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_order_id": client_order_id,
                "account": account,
                "broker": broker,
                "exchange": exchange,
                "symbol": symbol,
                "side": side,
                "type": type_,
                "time_in_force": time_in_force,
                "origin": origin,
                "status": status,
                "quantity": quantity,
                "filled_quantity": filled_quantity,
                "remaining_quantity": remaining_quantity,
                "price": price,
                "average_price": average_price,
                "arrival_price": arrival_price,
                "slippage_bps": slippage_bps,
                "fees": fees,
                "leverage": leverage,
                "stop_loss": stop_loss,
                "take_profit": take_profit,
                "reason": reason,
                "parent_id": parent_id,
                "fills": fills,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_fill_out import ExecutionFillOut  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_client_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_order_id = _parse_client_order_id(d.pop("client_order_id"))

        account = d.pop("account")

        broker = check_execution_order_out_broker(d.pop("broker"))

        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        side = check_execution_order_out_side(d.pop("side"))

        type_ = check_execution_order_out_type(d.pop("type"))

        time_in_force = check_execution_order_out_time_in_force(d.pop("time_in_force"))

        origin = check_execution_order_out_origin(d.pop("origin"))

        status = check_execution_order_out_status(d.pop("status"))

        quantity = d.pop("quantity")

        filled_quantity = d.pop("filled_quantity")

        remaining_quantity = d.pop("remaining_quantity")

        def _parse_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        price = _parse_price(d.pop("price"))

        def _parse_average_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_price = _parse_average_price(d.pop("average_price"))

        def _parse_arrival_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        arrival_price = _parse_arrival_price(d.pop("arrival_price"))

        def _parse_slippage_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        slippage_bps = _parse_slippage_bps(d.pop("slippage_bps"))

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

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        fills = []
        _fills = d.pop("fills")
        for fills_item_data in _fills:
            fills_item = ExecutionFillOut.from_dict(fills_item_data)

            fills.append(fills_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        execution_order_out = cls(
            id=id,
            client_order_id=client_order_id,
            account=account,
            broker=broker,
            exchange=exchange,
            symbol=symbol,
            side=side,
            type_=type_,
            time_in_force=time_in_force,
            origin=origin,
            status=status,
            quantity=quantity,
            filled_quantity=filled_quantity,
            remaining_quantity=remaining_quantity,
            price=price,
            average_price=average_price,
            arrival_price=arrival_price,
            slippage_bps=slippage_bps,
            fees=fees,
            leverage=leverage,
            stop_loss=stop_loss,
            take_profit=take_profit,
            reason=reason,
            parent_id=parent_id,
            fills=fills,
            created_at=created_at,
            updated_at=updated_at,
        )

        execution_order_out.additional_properties = d
        return execution_order_out

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
