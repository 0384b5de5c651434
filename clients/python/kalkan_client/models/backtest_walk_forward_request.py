from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.backtest_walk_forward_request_method import (
    BacktestWalkForwardRequestMethod,
    check_backtest_walk_forward_request_method,
)
from ..models.backtest_walk_forward_request_mode import (
    BacktestWalkForwardRequestMode,
    check_backtest_walk_forward_request_mode,
)
from ..models.backtest_walk_forward_request_objective import (
    BacktestWalkForwardRequestObjective,
    check_backtest_walk_forward_request_objective,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backtest_spec import BacktestSpec
    from ..models.backtest_walk_forward_request_param_space import BacktestWalkForwardRequestParamSpace


T = TypeVar("T", bound="BacktestWalkForwardRequest")


@_attrs_define
class BacktestWalkForwardRequest:
    """Rolling or anchored walk-forward optimisation, on stored or inline candles.

    Attributes:
        base (BacktestSpec): What to backtest; candles come from the database (symbols, timeframe, range) or inline.
        param_space (BacktestWalkForwardRequestParamSpace):
        in_sample_bars (int):
        out_of_sample_bars (int):
        method (BacktestWalkForwardRequestMethod | Unset):  Default: 'auto'.
        objective (BacktestWalkForwardRequestObjective | Unset):  Default: 'sharpe'.
        max_drawdown (float | None | Unset): Reject results whose drawdown exceeds this, 0.3 = 30%
        min_trades (int | Unset):  Default: 1.
        n_trials (int | Unset): Optuna trials Default: 100.
        max_grid (int | Unset): Grid size limit Default: 20000.
        chunk_size (int | Unset): Columns per simulation Default: 200.
        seed (int | None | Unset):
        top_n (int | Unset):  Default: 20.
        pbo_blocks (int | Unset): CSCV blocks (even) Default: 10.
        mode (BacktestWalkForwardRequestMode | Unset):  Default: 'rolling'.
        step_bars (int | None | Unset): Defaults to out_of_sample_bars
        max_folds (int | Unset):  Default: 20.
        exchange (str | Unset): Exchange of the stored candles (POST /candles/import); unused with inline candles
            Default: 'binance'.
    """

    base: BacktestSpec
    param_space: BacktestWalkForwardRequestParamSpace
    in_sample_bars: int
    out_of_sample_bars: int
    method: BacktestWalkForwardRequestMethod | Unset = "auto"
    objective: BacktestWalkForwardRequestObjective | Unset = "sharpe"
    max_drawdown: float | None | Unset = UNSET
    min_trades: int | Unset = 1
    n_trials: int | Unset = 100
    max_grid: int | Unset = 20000
    chunk_size: int | Unset = 200
    seed: int | None | Unset = UNSET
    top_n: int | Unset = 20
    pbo_blocks: int | Unset = 10
    mode: BacktestWalkForwardRequestMode | Unset = "rolling"
    step_bars: int | None | Unset = UNSET
    max_folds: int | Unset = 20
    exchange: str | Unset = "binance"

    def to_dict(self) -> dict[str, Any]:
        base = self.base.to_dict()

        param_space = self.param_space.to_dict()

        in_sample_bars = self.in_sample_bars

        out_of_sample_bars = self.out_of_sample_bars

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        objective: str | Unset = UNSET
        if not isinstance(self.objective, Unset):
            objective = self.objective

        max_drawdown: float | None | Unset
        if isinstance(self.max_drawdown, Unset):
            max_drawdown = UNSET
        else:
            max_drawdown = self.max_drawdown

        min_trades = self.min_trades

        n_trials = self.n_trials

        max_grid = self.max_grid

        chunk_size = self.chunk_size

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        top_n = self.top_n

        pbo_blocks = self.pbo_blocks

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        step_bars: int | None | Unset
        if isinstance(self.step_bars, Unset):
            step_bars = UNSET
        else:
            step_bars = self.step_bars

        max_folds = self.max_folds

        exchange = self.exchange

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "base": base,
                "param_space": param_space,
                "in_sample_bars": in_sample_bars,
                "out_of_sample_bars": out_of_sample_bars,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if objective is not UNSET:
            field_dict["objective"] = objective
        if max_drawdown is not UNSET:
            field_dict["max_drawdown"] = max_drawdown
        if min_trades is not UNSET:
            field_dict["min_trades"] = min_trades
        if n_trials is not UNSET:
            field_dict["n_trials"] = n_trials
        if max_grid is not UNSET:
            field_dict["max_grid"] = max_grid
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if pbo_blocks is not UNSET:
            field_dict["pbo_blocks"] = pbo_blocks
        if mode is not UNSET:
            field_dict["mode"] = mode
        if step_bars is not UNSET:
            field_dict["step_bars"] = step_bars
        if max_folds is not UNSET:
            field_dict["max_folds"] = max_folds
        if exchange is not UNSET:
            field_dict["exchange"] = exchange

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backtest_spec import BacktestSpec  # noqa: PLC0415
        from ..models.backtest_walk_forward_request_param_space import BacktestWalkForwardRequestParamSpace  # noqa: PLC0415

        d = dict(src_dict)
        base = BacktestSpec.from_dict(d.pop("base"))

        param_space = BacktestWalkForwardRequestParamSpace.from_dict(d.pop("param_space"))

        in_sample_bars = d.pop("in_sample_bars")

        out_of_sample_bars = d.pop("out_of_sample_bars")

        _method = d.pop("method", UNSET)
        method: BacktestWalkForwardRequestMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_backtest_walk_forward_request_method(_method)

        _objective = d.pop("objective", UNSET)
        objective: BacktestWalkForwardRequestObjective | Unset
        if isinstance(_objective, Unset):
            objective = UNSET
        else:
            objective = check_backtest_walk_forward_request_objective(_objective)

        def _parse_max_drawdown(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_drawdown = _parse_max_drawdown(d.pop("max_drawdown", UNSET))

        min_trades = d.pop("min_trades", UNSET)

        n_trials = d.pop("n_trials", UNSET)

        max_grid = d.pop("max_grid", UNSET)

        chunk_size = d.pop("chunk_size", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        top_n = d.pop("top_n", UNSET)

        pbo_blocks = d.pop("pbo_blocks", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: BacktestWalkForwardRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_backtest_walk_forward_request_mode(_mode)

        def _parse_step_bars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step_bars = _parse_step_bars(d.pop("step_bars", UNSET))

        max_folds = d.pop("max_folds", UNSET)

        exchange = d.pop("exchange", UNSET)

        backtest_walk_forward_request = cls(
            base=base,
            param_space=param_space,
            in_sample_bars=in_sample_bars,
            out_of_sample_bars=out_of_sample_bars,
            method=method,
            objective=objective,
            max_drawdown=max_drawdown,
            min_trades=min_trades,
            n_trials=n_trials,
            max_grid=max_grid,
            chunk_size=chunk_size,
            seed=seed,
            top_n=top_n,
            pbo_blocks=pbo_blocks,
            mode=mode,
            step_bars=step_bars,
            max_folds=max_folds,
            exchange=exchange,
        )

        return backtest_walk_forward_request
