from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backtest_trade_direction import BacktestTradeDirection, check_backtest_trade_direction
from ..models.backtest_trade_exit_reason import BacktestTradeExitReason, check_backtest_trade_exit_reason
from ..models.backtest_trade_status import BacktestTradeStatus, check_backtest_trade_status

T = TypeVar("T", bound="BacktestTrade")


@_attrs_define
class BacktestTrade:
    """
    Attributes:
        symbol (str):
        direction (BacktestTradeDirection):
        status (BacktestTradeStatus):
        entry_time (datetime.datetime):
        entry_price (float): Fill price, slippage included
        exit_time (datetime.datetime | None):
        exit_price (float | None): Fill price; last close for open trades
        size (float):
        notional (float): Entry price × size
        fees (float):
        pnl (float): Net of fees
        return_pct (float): PnL ÷ entry notional
        equity_return (float): PnL ÷ account equity before the entry
        stop_price (float): Initial stop-loss level
        take_profit_price (float | None):
        exit_reason (BacktestTradeExitReason):
        bars_held (int):
    """

    symbol: str
    direction: BacktestTradeDirection
    status: BacktestTradeStatus
    entry_time: datetime.datetime
    entry_price: float
    exit_time: datetime.datetime | None
    exit_price: float | None
    size: float
    notional: float
    fees: float
    pnl: float
    return_pct: float
    equity_return: float
    stop_price: float
    take_profit_price: float | None
    exit_reason: BacktestTradeExitReason
    bars_held: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        direction: str = self.direction

        status: str = self.status

        entry_time = self.entry_time.isoformat()

        entry_price = self.entry_price

        exit_time: None | str
        if isinstance(self.exit_time, datetime.datetime):
            exit_time = self.exit_time.isoformat()
        else:
            exit_time = self.exit_time

        exit_price: float | None
        exit_price = self.exit_price

        size = self.size

        notional = self.notional

        fees = self.fees

        pnl = self.pnl

        return_pct = self.return_pct

        equity_return = self.equity_return

        stop_price = self.stop_price

        take_profit_price: float | None
        take_profit_price = self.take_profit_price

        exit_reason: str = self.exit_reason

        bars_held = self.bars_held

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "direction": direction,
                "status": status,
                "entry_time": entry_time,
                "entry_price": entry_price,
                "exit_time": exit_time,
                "exit_price": exit_price,
                "size": size,
                "notional": notional,
                "fees": fees,
                "pnl": pnl,
                "return_pct": return_pct,
                "equity_return": equity_return,
                "stop_price": stop_price,
                "take_profit_price": take_profit_price,
                "exit_reason": exit_reason,
                "bars_held": bars_held,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        direction = check_backtest_trade_direction(d.pop("direction"))

        status = check_backtest_trade_status(d.pop("status"))

        entry_time = datetime.datetime.fromisoformat(d.pop("entry_time"))

        entry_price = d.pop("entry_price")

        def _parse_exit_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exit_time_type_0 = datetime.datetime.fromisoformat(data)

                return exit_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        exit_time = _parse_exit_time(d.pop("exit_time"))

        def _parse_exit_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        exit_price = _parse_exit_price(d.pop("exit_price"))

        size = d.pop("size")

        notional = d.pop("notional")

        fees = d.pop("fees")

        pnl = d.pop("pnl")

        return_pct = d.pop("return_pct")

        equity_return = d.pop("equity_return")

        stop_price = d.pop("stop_price")

        def _parse_take_profit_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        take_profit_price = _parse_take_profit_price(d.pop("take_profit_price"))

        exit_reason = check_backtest_trade_exit_reason(d.pop("exit_reason"))

        bars_held = d.pop("bars_held")

        backtest_trade = cls(
            symbol=symbol,
            direction=direction,
            status=status,
            entry_time=entry_time,
            entry_price=entry_price,
            exit_time=exit_time,
            exit_price=exit_price,
            size=size,
            notional=notional,
            fees=fees,
            pnl=pnl,
            return_pct=return_pct,
            equity_return=equity_return,
            stop_price=stop_price,
            take_profit_price=take_profit_price,
            exit_reason=exit_reason,
            bars_held=bars_held,
        )

        backtest_trade.additional_properties = d
        return backtest_trade

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
