from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.backtest_run_request_direction import BacktestRunRequestDirection, check_backtest_run_request_direction
from ..models.backtest_run_request_execution import BacktestRunRequestExecution, check_backtest_run_request_execution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atr_stop import AtrStop
    from ..models.atr_target import AtrTarget
    from ..models.backtest_run_request_candles_type_0 import BacktestRunRequestCandlesType0
    from ..models.backtest_run_request_params import BacktestRunRequestParams
    from ..models.backtest_signal_in import BacktestSignalIn
    from ..models.fixed_fraction_sizing import FixedFractionSizing
    from ..models.fixed_pct_stop import FixedPctStop
    from ..models.fixed_pct_target import FixedPctTarget
    from ..models.risk_per_trade_sizing import RiskPerTradeSizing
    from ..models.risk_reward_target import RiskRewardTarget
    from ..models.trailing_stop import TrailingStop


T = TypeVar("T", bound="BacktestRunRequest")


@_attrs_define
class BacktestRunRequest:
    """A backtest over stored candles (``exchange``, ``symbols``, ``timeframe``, ``start``,
    ``end``) or inline ``candles``. Strategy ``signals`` without inline ``signals`` replays the
    caller's stored signals (POST /signals/save) in the window.

        Attributes:
            strategy (str):
            symbols (list[str]):
            params (BacktestRunRequestParams | Unset):
            timeframe (str | Unset):  Default: '1h'.
            start (datetime.datetime | None | Unset):
            end (datetime.datetime | None | Unset):
            candles (BacktestRunRequestCandlesType0 | None | Unset): Inline candles by symbol; replaces the database lookup
            signals (list[BacktestSignalIn] | None | Unset): Stored signals for strategy 'signals'
            initial_capital (float | Unset):  Default: 10000.0.
            fees (float | Unset): Per side, 0.001 = 0.1% Default: 0.001.
            slippage (float | Unset): Per fill, fraction Default: 0.0005.
            direction (BacktestRunRequestDirection | Unset):  Default: 'long'.
            sizing (FixedFractionSizing | RiskPerTradeSizing | Unset):
            stop_loss (AtrStop | FixedPctStop | None | TrailingStop | Unset): Required: a spec without one is refused (422
                policy-violation, rule stop-loss-required). With next_open fills the stop is checked from the entry bar itself
                (worst case: the bar's low/high reaching the stop stops the position out on that bar)
            take_profit (AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset):
            leverage (float | Unset): At most the configured cap, hard cap 3× (422 policy-violation, rule max-leverage)
                Default: 1.0.
            execution (BacktestRunRequestExecution | Unset): next_open: a signal on a bar's close fills at the next bar's
                open; close: fills at the signal bar's close Default: 'next_open'.
            exchange (str | Unset): Exchange of the stored candles (POST /candles/import); unused with inline candles
                Default: 'binance'.
            signal_strategy (None | str | Unset): Strategy 'signals' with stored signals: replay only those saved with this
                strategy name
    """

    strategy: str
    symbols: list[str]
    params: BacktestRunRequestParams | Unset = UNSET
    timeframe: str | Unset = "1h"
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    candles: BacktestRunRequestCandlesType0 | None | Unset = UNSET
    signals: list[BacktestSignalIn] | None | Unset = UNSET
    initial_capital: float | Unset = 10000.0
    fees: float | Unset = 0.001
    slippage: float | Unset = 0.0005
    direction: BacktestRunRequestDirection | Unset = "long"
    sizing: FixedFractionSizing | RiskPerTradeSizing | Unset = UNSET
    stop_loss: AtrStop | FixedPctStop | None | TrailingStop | Unset = UNSET
    take_profit: AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset = UNSET
    leverage: float | Unset = 1.0
    execution: BacktestRunRequestExecution | Unset = "next_open"
    exchange: str | Unset = "binance"
    signal_strategy: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.atr_stop import AtrStop  # noqa: PLC0415
        from ..models.atr_target import AtrTarget  # noqa: PLC0415
        from ..models.backtest_run_request_candles_type_0 import BacktestRunRequestCandlesType0  # noqa: PLC0415
        from ..models.fixed_fraction_sizing import FixedFractionSizing  # noqa: PLC0415
        from ..models.fixed_pct_stop import FixedPctStop  # noqa: PLC0415
        from ..models.fixed_pct_target import FixedPctTarget  # noqa: PLC0415
        from ..models.risk_reward_target import RiskRewardTarget  # noqa: PLC0415
        from ..models.trailing_stop import TrailingStop  # noqa: PLC0415

        strategy = self.strategy

        symbols = self.symbols

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        timeframe = self.timeframe

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        candles: dict[str, Any] | None | Unset
        if isinstance(self.candles, Unset):
            candles = UNSET
        elif isinstance(self.candles, BacktestRunRequestCandlesType0):
            candles = self.candles.to_dict()
        else:
            candles = self.candles

        signals: list[dict[str, Any]] | None | Unset
        if isinstance(self.signals, Unset):
            signals = UNSET
        elif isinstance(self.signals, list):
            signals = []
            for signals_type_0_item_data in self.signals:
                signals_type_0_item = signals_type_0_item_data.to_dict()
                signals.append(signals_type_0_item)

        else:
            signals = self.signals

        initial_capital = self.initial_capital

        fees = self.fees

        slippage = self.slippage

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        sizing: dict[str, Any] | Unset
        if isinstance(self.sizing, Unset):
            sizing = UNSET
        elif isinstance(self.sizing, FixedFractionSizing):
            sizing = self.sizing.to_dict()
        else:
            sizing = self.sizing.to_dict()

        stop_loss: dict[str, Any] | None | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        elif isinstance(self.stop_loss, FixedPctStop):
            stop_loss = self.stop_loss.to_dict()
        elif isinstance(self.stop_loss, AtrStop):
            stop_loss = self.stop_loss.to_dict()
        elif isinstance(self.stop_loss, TrailingStop):
            stop_loss = self.stop_loss.to_dict()
        else:
            stop_loss = self.stop_loss

        take_profit: dict[str, Any] | None | Unset
        if isinstance(self.take_profit, Unset):
            take_profit = UNSET
        elif isinstance(self.take_profit, FixedPctTarget):
            take_profit = self.take_profit.to_dict()
        elif isinstance(self.take_profit, AtrTarget):
            take_profit = self.take_profit.to_dict()
        elif isinstance(self.take_profit, RiskRewardTarget):
            take_profit = self.take_profit.to_dict()
        else:
            take_profit = self.take_profit

        leverage = self.leverage

        execution: str | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution

        exchange = self.exchange

        signal_strategy: None | str | Unset
        if isinstance(self.signal_strategy, Unset):
            signal_strategy = UNSET
        else:
            signal_strategy = self.signal_strategy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "strategy": strategy,
                "symbols": symbols,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if candles is not UNSET:
            field_dict["candles"] = candles
        if signals is not UNSET:
            field_dict["signals"] = signals
        if initial_capital is not UNSET:
            field_dict["initial_capital"] = initial_capital
        if fees is not UNSET:
            field_dict["fees"] = fees
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if direction is not UNSET:
            field_dict["direction"] = direction
        if sizing is not UNSET:
            field_dict["sizing"] = sizing
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if execution is not UNSET:
            field_dict["execution"] = execution
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if signal_strategy is not UNSET:
            field_dict["signal_strategy"] = signal_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atr_stop import AtrStop  # noqa: PLC0415
        from ..models.atr_target import AtrTarget  # noqa: PLC0415
        from ..models.backtest_run_request_candles_type_0 import BacktestRunRequestCandlesType0  # noqa: PLC0415
        from ..models.backtest_run_request_params import BacktestRunRequestParams  # noqa: PLC0415
        from ..models.backtest_signal_in import BacktestSignalIn  # noqa: PLC0415
        from ..models.fixed_fraction_sizing import FixedFractionSizing  # noqa: PLC0415
        from ..models.fixed_pct_stop import FixedPctStop  # noqa: PLC0415
        from ..models.fixed_pct_target import FixedPctTarget  # noqa: PLC0415
        from ..models.risk_per_trade_sizing import RiskPerTradeSizing  # noqa: PLC0415
        from ..models.risk_reward_target import RiskRewardTarget  # noqa: PLC0415
        from ..models.trailing_stop import TrailingStop  # noqa: PLC0415

        d = dict(src_dict)
        strategy = d.pop("strategy")

        symbols = cast(list[str], d.pop("symbols"))

        _params = d.pop("params", UNSET)
        params: BacktestRunRequestParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = BacktestRunRequestParams.from_dict(_params)

        timeframe = d.pop("timeframe", UNSET)

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_candles(data: object) -> BacktestRunRequestCandlesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                candles_type_0 = BacktestRunRequestCandlesType0.from_dict(data)

                return candles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BacktestRunRequestCandlesType0 | None | Unset, data)

        candles = _parse_candles(d.pop("candles", UNSET))

        def _parse_signals(data: object) -> list[BacktestSignalIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signals_type_0 = []
                _signals_type_0 = data
                for signals_type_0_item_data in _signals_type_0:
                    signals_type_0_item = BacktestSignalIn.from_dict(signals_type_0_item_data)

                    signals_type_0.append(signals_type_0_item)

                return signals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BacktestSignalIn] | None | Unset, data)

        signals = _parse_signals(d.pop("signals", UNSET))

        initial_capital = d.pop("initial_capital", UNSET)

        fees = d.pop("fees", UNSET)

        slippage = d.pop("slippage", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: BacktestRunRequestDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_backtest_run_request_direction(_direction)

        def _parse_sizing(data: object) -> FixedFractionSizing | RiskPerTradeSizing | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sizing_type_0 = FixedFractionSizing.from_dict(data)

                return sizing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            sizing_type_1 = RiskPerTradeSizing.from_dict(data)

            return sizing_type_1

        sizing = _parse_sizing(d.pop("sizing", UNSET))

        def _parse_stop_loss(data: object) -> AtrStop | FixedPctStop | None | TrailingStop | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_loss_type_0_type_0 = FixedPctStop.from_dict(data)

                return stop_loss_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_loss_type_0_type_1 = AtrStop.from_dict(data)

                return stop_loss_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_loss_type_0_type_2 = TrailingStop.from_dict(data)

                return stop_loss_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AtrStop | FixedPctStop | None | TrailingStop | Unset, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss", UNSET))

        def _parse_take_profit(data: object) -> AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                take_profit_type_0_type_0 = FixedPctTarget.from_dict(data)

                return take_profit_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                take_profit_type_0_type_1 = AtrTarget.from_dict(data)

                return take_profit_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                take_profit_type_0_type_2 = RiskRewardTarget.from_dict(data)

                return take_profit_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset, data)

        take_profit = _parse_take_profit(d.pop("take_profit", UNSET))

        leverage = d.pop("leverage", UNSET)

        _execution = d.pop("execution", UNSET)
        execution: BacktestRunRequestExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = check_backtest_run_request_execution(_execution)

        exchange = d.pop("exchange", UNSET)

        def _parse_signal_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signal_strategy = _parse_signal_strategy(d.pop("signal_strategy", UNSET))

        backtest_run_request = cls(
            strategy=strategy,
            symbols=symbols,
            params=params,
            timeframe=timeframe,
            start=start,
            end=end,
            candles=candles,
            signals=signals,
            initial_capital=initial_capital,
            fees=fees,
            slippage=slippage,
            direction=direction,
            sizing=sizing,
            stop_loss=stop_loss,
            take_profit=take_profit,
            leverage=leverage,
            execution=execution,
            exchange=exchange,
            signal_strategy=signal_strategy,
        )

        return backtest_run_request
