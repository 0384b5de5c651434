from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_strategy_spec_direction import (
    SyntheticStrategySpecDirection,
    check_synthetic_strategy_spec_direction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atr_stop import AtrStop
    from ..models.atr_target import AtrTarget
    from ..models.fixed_pct_stop import FixedPctStop
    from ..models.fixed_pct_target import FixedPctTarget
    from ..models.risk_reward_target import RiskRewardTarget
    from ..models.synthetic_strategy_spec_params import SyntheticStrategySpecParams
    from ..models.trailing_stop import TrailingStop


T = TypeVar("T", bound="SyntheticStrategySpec")


@_attrs_define
class SyntheticStrategySpec:
    """The strategy to stress on synthetic paths, as the backtest module runs it (its white-hat
    rules apply: a stop-loss is required, leverage ≤ 3).

        Attributes:
            strategy (str):
            params (SyntheticStrategySpecParams | Unset):
            stop_loss (AtrStop | FixedPctStop | None | TrailingStop | Unset):
            take_profit (AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset):
            direction (SyntheticStrategySpecDirection | Unset):  Default: 'long'.
            leverage (float | Unset):  Default: 1.0.
            fees (float | Unset):  Default: 0.001.
            slippage (float | Unset):  Default: 0.0005.
            initial_capital (float | Unset):  Default: 10000.0.
    """

    strategy: str
    params: SyntheticStrategySpecParams | Unset = UNSET
    stop_loss: AtrStop | FixedPctStop | None | TrailingStop | Unset = UNSET
    take_profit: AtrTarget | FixedPctTarget | None | RiskRewardTarget | Unset = UNSET
    direction: SyntheticStrategySpecDirection | Unset = "long"
    leverage: float | Unset = 1.0
    fees: float | Unset = 0.001
    slippage: float | Unset = 0.0005
    initial_capital: float | Unset = 10000.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.atr_stop import AtrStop  # noqa: PLC0415
        from ..models.atr_target import AtrTarget  # noqa: PLC0415
        from ..models.fixed_pct_stop import FixedPctStop  # noqa: PLC0415
        from ..models.fixed_pct_target import FixedPctTarget  # noqa: PLC0415
        from ..models.risk_reward_target import RiskRewardTarget  # noqa: PLC0415
        from ..models.trailing_stop import TrailingStop  # noqa: PLC0415

        strategy = self.strategy

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

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

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        leverage = self.leverage

        fees = self.fees

        slippage = self.slippage

        initial_capital = self.initial_capital

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if direction is not UNSET:
            field_dict["direction"] = direction
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if fees is not UNSET:
            field_dict["fees"] = fees
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if initial_capital is not UNSET:
            field_dict["initial_capital"] = initial_capital

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atr_stop import AtrStop  # noqa: PLC0415
        from ..models.atr_target import AtrTarget  # noqa: PLC0415
        from ..models.fixed_pct_stop import FixedPctStop  # noqa: PLC0415
        from ..models.fixed_pct_target import FixedPctTarget  # noqa: PLC0415
        from ..models.risk_reward_target import RiskRewardTarget  # noqa: PLC0415
        from ..models.synthetic_strategy_spec_params import SyntheticStrategySpecParams  # noqa: PLC0415
        from ..models.trailing_stop import TrailingStop  # noqa: PLC0415

        d = dict(src_dict)
        strategy = d.pop("strategy")

        _params = d.pop("params", UNSET)
        params: SyntheticStrategySpecParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = SyntheticStrategySpecParams.from_dict(_params)

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

        _direction = d.pop("direction", UNSET)
        direction: SyntheticStrategySpecDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_synthetic_strategy_spec_direction(_direction)

        leverage = d.pop("leverage", UNSET)

        fees = d.pop("fees", UNSET)

        slippage = d.pop("slippage", UNSET)

        initial_capital = d.pop("initial_capital", UNSET)

        synthetic_strategy_spec = cls(
            strategy=strategy,
            params=params,
            stop_loss=stop_loss,
            take_profit=take_profit,
            direction=direction,
            leverage=leverage,
            fees=fees,
            slippage=slippage,
            initial_capital=initial_capital,
        )

        synthetic_strategy_spec.additional_properties = d
        return synthetic_strategy_spec

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
