from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BacktestMetrics")


@_attrs_define
class BacktestMetrics:
    """
    Attributes:
        total_return (float):
        cagr (float | None):
        annual_volatility (float | None):
        sharpe (float | None):
        sortino (float | None):
        calmar (float | None):
        max_drawdown (float): Most negative peak-to-trough change, e.g. -0.25
        max_drawdown_duration_bars (int):
        max_drawdown_duration_days (float):
        final_equity (float):
        trade_count (int): Closed plus open trades
        closed_trades (int):
        open_trades (int):
        win_rate (float | None):
        profit_factor (float | None):
        expectancy (float | None): Mean PnL per closed trade, quote currency
        expectancy_pct (float | None): Mean return per closed trade
        best_trade_pct (float | None):
        worst_trade_pct (float | None):
        avg_bars_held (float | None):
        exposure_time (float): Fraction of bars with an open position
        avg_gross_exposure (float): Mean gross position value ÷ equity
        max_gross_exposure (float):
        total_fees (float):
    """

    total_return: float
    cagr: float | None
    annual_volatility: float | None
    sharpe: float | None
    sortino: float | None
    calmar: float | None
    max_drawdown: float
    max_drawdown_duration_bars: int
    max_drawdown_duration_days: float
    final_equity: float
    trade_count: int
    closed_trades: int
    open_trades: int
    win_rate: float | None
    profit_factor: float | None
    expectancy: float | None
    expectancy_pct: float | None
    best_trade_pct: float | None
    worst_trade_pct: float | None
    avg_bars_held: float | None
    exposure_time: float
    avg_gross_exposure: float
    max_gross_exposure: float
    total_fees: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_return = self.total_return

        cagr: float | None
        cagr = self.cagr

        annual_volatility: float | None
        annual_volatility = self.annual_volatility

        sharpe: float | None
        sharpe = self.sharpe

        sortino: float | None
        sortino = self.sortino

        calmar: float | None
        calmar = self.calmar

        max_drawdown = self.max_drawdown

        max_drawdown_duration_bars = self.max_drawdown_duration_bars

        max_drawdown_duration_days = self.max_drawdown_duration_days

        final_equity = self.final_equity

        trade_count = self.trade_count

        closed_trades = self.closed_trades

        open_trades = self.open_trades

        win_rate: float | None
        win_rate = self.win_rate

        profit_factor: float | None
        profit_factor = self.profit_factor

        expectancy: float | None
        expectancy = self.expectancy

        expectancy_pct: float | None
        expectancy_pct = self.expectancy_pct

        best_trade_pct: float | None
        best_trade_pct = self.best_trade_pct

        worst_trade_pct: float | None
        worst_trade_pct = self.worst_trade_pct

        avg_bars_held: float | None
        avg_bars_held = self.avg_bars_held

        exposure_time = self.exposure_time

        avg_gross_exposure = self.avg_gross_exposure

        max_gross_exposure = self.max_gross_exposure

        total_fees = self.total_fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_return": total_return,
                "cagr": cagr,
                "annual_volatility": annual_volatility,
                "sharpe": sharpe,
                "sortino": sortino,
                "calmar": calmar,
                "max_drawdown": max_drawdown,
                "max_drawdown_duration_bars": max_drawdown_duration_bars,
                "max_drawdown_duration_days": max_drawdown_duration_days,
                "final_equity": final_equity,
                "trade_count": trade_count,
                "closed_trades": closed_trades,
                "open_trades": open_trades,
                "win_rate": win_rate,
                "profit_factor": profit_factor,
                "expectancy": expectancy,
                "expectancy_pct": expectancy_pct,
                "best_trade_pct": best_trade_pct,
                "worst_trade_pct": worst_trade_pct,
                "avg_bars_held": avg_bars_held,
                "exposure_time": exposure_time,
                "avg_gross_exposure": avg_gross_exposure,
                "max_gross_exposure": max_gross_exposure,
                "total_fees": total_fees,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_return = d.pop("total_return")

        def _parse_cagr(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cagr = _parse_cagr(d.pop("cagr"))

        def _parse_annual_volatility(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        annual_volatility = _parse_annual_volatility(d.pop("annual_volatility"))

        def _parse_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sharpe = _parse_sharpe(d.pop("sharpe"))

        def _parse_sortino(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sortino = _parse_sortino(d.pop("sortino"))

        def _parse_calmar(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        calmar = _parse_calmar(d.pop("calmar"))

        max_drawdown = d.pop("max_drawdown")

        max_drawdown_duration_bars = d.pop("max_drawdown_duration_bars")

        max_drawdown_duration_days = d.pop("max_drawdown_duration_days")

        final_equity = d.pop("final_equity")

        trade_count = d.pop("trade_count")

        closed_trades = d.pop("closed_trades")

        open_trades = d.pop("open_trades")

        def _parse_win_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        win_rate = _parse_win_rate(d.pop("win_rate"))

        def _parse_profit_factor(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        profit_factor = _parse_profit_factor(d.pop("profit_factor"))

        def _parse_expectancy(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        expectancy = _parse_expectancy(d.pop("expectancy"))

        def _parse_expectancy_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        expectancy_pct = _parse_expectancy_pct(d.pop("expectancy_pct"))

        def _parse_best_trade_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        best_trade_pct = _parse_best_trade_pct(d.pop("best_trade_pct"))

        def _parse_worst_trade_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        worst_trade_pct = _parse_worst_trade_pct(d.pop("worst_trade_pct"))

        def _parse_avg_bars_held(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_bars_held = _parse_avg_bars_held(d.pop("avg_bars_held"))

        exposure_time = d.pop("exposure_time")

        avg_gross_exposure = d.pop("avg_gross_exposure")

        max_gross_exposure = d.pop("max_gross_exposure")

        total_fees = d.pop("total_fees")

        backtest_metrics = cls(
            total_return=total_return,
            cagr=cagr,
            annual_volatility=annual_volatility,
            sharpe=sharpe,
            sortino=sortino,
            calmar=calmar,
            max_drawdown=max_drawdown,
            max_drawdown_duration_bars=max_drawdown_duration_bars,
            max_drawdown_duration_days=max_drawdown_duration_days,
            final_equity=final_equity,
            trade_count=trade_count,
            closed_trades=closed_trades,
            open_trades=open_trades,
            win_rate=win_rate,
            profit_factor=profit_factor,
            expectancy=expectancy,
            expectancy_pct=expectancy_pct,
            best_trade_pct=best_trade_pct,
            worst_trade_pct=worst_trade_pct,
            avg_bars_held=avg_bars_held,
            exposure_time=exposure_time,
            avg_gross_exposure=avg_gross_exposure,
            max_gross_exposure=max_gross_exposure,
            total_fees=total_fees,
        )

        backtest_metrics.additional_properties = d
        return backtest_metrics

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
