from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backtest_result_direction import BacktestResultDirection, check_backtest_result_direction
from ..models.backtest_result_execution import BacktestResultExecution, check_backtest_result_execution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backtest_metrics import BacktestMetrics
    from ..models.backtest_result_engine import BacktestResultEngine
    from ..models.backtest_result_params import BacktestResultParams
    from ..models.backtest_trade import BacktestTrade
    from ..models.equity_curve import EquityCurve
    from ..models.performance_metrics import PerformanceMetrics


T = TypeVar("T", bound="BacktestResult")


@_attrs_define
class BacktestResult:
    """
    Attributes:
        strategy (str):
        params (BacktestResultParams):
        symbols (list[str]):
        timeframe (str):
        start (datetime.datetime):
        end (datetime.datetime):
        bars (int):
        initial_capital (float):
        final_equity (float):
        leverage (float):
        direction (BacktestResultDirection):
        execution (BacktestResultExecution):
        metrics (BacktestMetrics):
        benchmark (PerformanceMetrics): Equity-curve statistics; ratios are annualised with 365 days × bars per day.
        trades (list[BacktestTrade]):
        equity_curve (EquityCurve):
        liquidated (bool): Equity reached zero; trading stopped there
        warnings (list[str] | Unset):
        engine (BacktestResultEngine | Unset):
    """

    strategy: str
    params: BacktestResultParams
    symbols: list[str]
    timeframe: str
    start: datetime.datetime
    end: datetime.datetime
    bars: int
    initial_capital: float
    final_equity: float
    leverage: float
    direction: BacktestResultDirection
    execution: BacktestResultExecution
    metrics: BacktestMetrics
    benchmark: PerformanceMetrics
    trades: list[BacktestTrade]
    equity_curve: EquityCurve
    liquidated: bool
    warnings: list[str] | Unset = UNSET
    engine: BacktestResultEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        params = self.params.to_dict()

        symbols = self.symbols

        timeframe = self.timeframe

        start = self.start.isoformat()

        end = self.end.isoformat()

        bars = self.bars

        initial_capital = self.initial_capital

        final_equity = self.final_equity

        leverage = self.leverage

        direction: str = self.direction

        execution: str = self.execution

        metrics = self.metrics.to_dict()

        benchmark = self.benchmark.to_dict()

        trades = []
        for trades_item_data in self.trades:
            trades_item = trades_item_data.to_dict()
            trades.append(trades_item)

        equity_curve = self.equity_curve.to_dict()

        liquidated = self.liquidated

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "params": params,
                "symbols": symbols,
                "timeframe": timeframe,
                "start": start,
                "end": end,
                "bars": bars,
                "initial_capital": initial_capital,
                "final_equity": final_equity,
                "leverage": leverage,
                "direction": direction,
                "execution": execution,
                "metrics": metrics,
                "benchmark": benchmark,
                "trades": trades,
                "equity_curve": equity_curve,
                "liquidated": liquidated,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backtest_metrics import BacktestMetrics  # noqa: PLC0415
        from ..models.backtest_result_engine import BacktestResultEngine  # noqa: PLC0415
        from ..models.backtest_result_params import BacktestResultParams  # noqa: PLC0415
        from ..models.backtest_trade import BacktestTrade  # noqa: PLC0415
        from ..models.equity_curve import EquityCurve  # noqa: PLC0415
        from ..models.performance_metrics import PerformanceMetrics  # noqa: PLC0415

        d = dict(src_dict)
        strategy = d.pop("strategy")

        params = BacktestResultParams.from_dict(d.pop("params"))

        symbols = cast(list[str], d.pop("symbols"))

        timeframe = d.pop("timeframe")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        bars = d.pop("bars")

        initial_capital = d.pop("initial_capital")

        final_equity = d.pop("final_equity")

        leverage = d.pop("leverage")

        direction = check_backtest_result_direction(d.pop("direction"))

        execution = check_backtest_result_execution(d.pop("execution"))

        metrics = BacktestMetrics.from_dict(d.pop("metrics"))

        benchmark = PerformanceMetrics.from_dict(d.pop("benchmark"))

        trades = []
        _trades = d.pop("trades")
        for trades_item_data in _trades:
            trades_item = BacktestTrade.from_dict(trades_item_data)

            trades.append(trades_item)

        equity_curve = EquityCurve.from_dict(d.pop("equity_curve"))

        liquidated = d.pop("liquidated")

        warnings = cast(list[str], d.pop("warnings", UNSET))

        _engine = d.pop("engine", UNSET)
        engine: BacktestResultEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = BacktestResultEngine.from_dict(_engine)

        backtest_result = cls(
            strategy=strategy,
            params=params,
            symbols=symbols,
            timeframe=timeframe,
            start=start,
            end=end,
            bars=bars,
            initial_capital=initial_capital,
            final_equity=final_equity,
            leverage=leverage,
            direction=direction,
            execution=execution,
            metrics=metrics,
            benchmark=benchmark,
            trades=trades,
            equity_curve=equity_curve,
            liquidated=liquidated,
            warnings=warnings,
            engine=engine,
        )

        backtest_result.additional_properties = d
        return backtest_result

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
