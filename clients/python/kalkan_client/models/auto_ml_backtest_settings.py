from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.auto_ml_backtest_settings_direction import (
    AutoMLBacktestSettingsDirection,
    check_auto_ml_backtest_settings_direction,
)
from ..models.auto_ml_backtest_settings_execution import (
    AutoMLBacktestSettingsExecution,
    check_auto_ml_backtest_settings_execution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atr_stop import AtrStop
    from ..models.atr_target import AtrTarget
    from ..models.fixed_fraction_sizing import FixedFractionSizing
    from ..models.fixed_pct_stop import FixedPctStop
    from ..models.fixed_pct_target import FixedPctTarget
    from ..models.risk_per_trade_sizing import RiskPerTradeSizing
    from ..models.risk_reward_target import RiskRewardTarget
    from ..models.trailing_stop import TrailingStop


T = TypeVar("T", bound="AutoMLBacktestSettings")


@_attrs_define
class AutoMLBacktestSettings:
    """Capital, costs and risk of the backtests a ``strategy`` study runs (white-hat rules:
    a stop-loss is required and leverage is capped at 3x).

        Attributes:
            initial_capital (float | Unset):  Default: 10000.0.
            fees (float | Unset):  Default: 0.001.
            slippage (float | Unset):  Default: 0.0005.
            direction (AutoMLBacktestSettingsDirection | Unset):  Default: 'long'.
            sizing (FixedFractionSizing | RiskPerTradeSizing | Unset):
            stop_loss (AtrStop | FixedPctStop | None | TrailingStop | Unset): Required
            take_profit (AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset):
            leverage (float | Unset): At most 3 Default: 1.0.
            execution (AutoMLBacktestSettingsExecution | Unset):  Default: 'next_open'.
    """

    initial_capital: float | Unset = 10000.0
    fees: float | Unset = 0.001
    slippage: float | Unset = 0.0005
    direction: AutoMLBacktestSettingsDirection | Unset = "long"
    sizing: FixedFractionSizing | RiskPerTradeSizing | Unset = UNSET
    stop_loss: AtrStop | FixedPctStop | None | TrailingStop | Unset = UNSET
    take_profit: AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset = UNSET
    leverage: float | Unset = 1.0
    execution: AutoMLBacktestSettingsExecution | Unset = "next_open"

    def to_dict(self) -> dict[str, Any]:
        from ..models.atr_stop import AtrStop  # noqa: PLC0415
        from ..models.atr_target import AtrTarget  # noqa: PLC0415
        from ..models.fixed_fraction_sizing import FixedFractionSizing  # noqa: PLC0415
        from ..models.fixed_pct_stop import FixedPctStop  # noqa: PLC0415
        from ..models.fixed_pct_target import FixedPctTarget  # noqa: PLC0415
        from ..models.risk_reward_target import RiskRewardTarget  # noqa: PLC0415
        from ..models.trailing_stop import TrailingStop  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atr_stop import AtrStop  # noqa: PLC0415
        from ..models.atr_target import AtrTarget  # noqa: PLC0415
        from ..models.fixed_fraction_sizing import FixedFractionSizing  # noqa: PLC0415
        from ..models.fixed_pct_stop import FixedPctStop  # noqa: PLC0415
        from ..models.fixed_pct_target import FixedPctTarget  # noqa: PLC0415
        from ..models.risk_per_trade_sizing import RiskPerTradeSizing  # noqa: PLC0415
        from ..models.risk_reward_target import RiskRewardTarget  # noqa: PLC0415
        from ..models.trailing_stop import TrailingStop  # noqa: PLC0415

        d = dict(src_dict)
        initial_capital = d.pop("initial_capital", UNSET)

        fees = d.pop("fees", UNSET)

        slippage = d.pop("slippage", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: AutoMLBacktestSettingsDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_auto_ml_backtest_settings_direction(_direction)

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
        execution: AutoMLBacktestSettingsExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = check_auto_ml_backtest_settings_execution(_execution)

        auto_ml_backtest_settings = cls(
            initial_capital=initial_capital,
            fees=fees,
            slippage=slippage,
            direction=direction,
            sizing=sizing,
            stop_loss=stop_loss,
            take_profit=take_profit,
            leverage=leverage,
            execution=execution,
        )

        return auto_ml_backtest_settings
