from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_ml_optimize_request_model_families_type_0_item import (
    AutoMLOptimizeRequestModelFamiliesType0Item,
    check_auto_ml_optimize_request_model_families_type_0_item,
)
from ..models.auto_ml_optimize_request_pruner import AutoMLOptimizeRequestPruner, check_auto_ml_optimize_request_pruner
from ..models.auto_ml_optimize_request_sampler import (
    AutoMLOptimizeRequestSampler,
    check_auto_ml_optimize_request_sampler,
)
from ..models.auto_ml_optimize_request_target import AutoMLOptimizeRequestTarget, check_auto_ml_optimize_request_target
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_ml_backtest_settings import AutoMLBacktestSettings
    from ..models.auto_ml_candle_window import AutoMLCandleWindow
    from ..models.signal_model_target import SignalModelTarget
    from ..models.strategy_target import StrategyTarget


T = TypeVar("T", bound="AutoMLOptimizeRequest")


@_attrs_define
class AutoMLOptimizeRequest:
    """A study: what to optimise (``target``, ``objectives``, sampler, pruner and the target's
    section), on which candles (``data``), with which backtest settings (``strategy`` target),
    for how many trials.

        Attributes:
            target (AutoMLOptimizeRequestTarget):
            objectives (list[str]):
            data (AutoMLCandleWindow): Stored candles a study runs on (import them with POST /candles/import).
            sampler (AutoMLOptimizeRequestSampler | Unset):  Default: 'tpe'.
            pruner (AutoMLOptimizeRequestPruner | Unset):  Default: 'none'.
            seed (int | Unset):  Default: 0.
            n_startup_trials (int | Unset):  Default: 10.
            population_size (int | Unset): NSGA-II population Default: 20.
            strategy (None | StrategyTarget | Unset):
            signal_model (None | SignalModelTarget | Unset):
            model_families (list[AutoMLOptimizeRequestModelFamiliesType0Item] | None | Unset): signal_model: the model
                families searched together with their hyperparameters (logistic, random_forest, hist_gb, lightgbm, mlp);
                default: mlp only
            backtest (AutoMLBacktestSettings | None | Unset): Target strategy: capital, costs, stop-loss and leverage
            n_trials (int | Unset):  Default: 20.
            timeout_seconds (float | None | Unset):
    """

    target: AutoMLOptimizeRequestTarget
    objectives: list[str]
    data: AutoMLCandleWindow
    sampler: AutoMLOptimizeRequestSampler | Unset = "tpe"
    pruner: AutoMLOptimizeRequestPruner | Unset = "none"
    seed: int | Unset = 0
    n_startup_trials: int | Unset = 10
    population_size: int | Unset = 20
    strategy: None | StrategyTarget | Unset = UNSET
    signal_model: None | SignalModelTarget | Unset = UNSET
    model_families: list[AutoMLOptimizeRequestModelFamiliesType0Item] | None | Unset = UNSET
    backtest: AutoMLBacktestSettings | None | Unset = UNSET
    n_trials: int | Unset = 20
    timeout_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_ml_backtest_settings import AutoMLBacktestSettings  # noqa: PLC0415
        from ..models.signal_model_target import SignalModelTarget  # noqa: PLC0415
        from ..models.strategy_target import StrategyTarget  # noqa: PLC0415

        target: str = self.target

        objectives = self.objectives

        data = self.data.to_dict()

        sampler: str | Unset = UNSET
        if not isinstance(self.sampler, Unset):
            sampler = self.sampler

        pruner: str | Unset = UNSET
        if not isinstance(self.pruner, Unset):
            pruner = self.pruner

        seed = self.seed

        n_startup_trials = self.n_startup_trials

        population_size = self.population_size

        strategy: dict[str, Any] | None | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        elif isinstance(self.strategy, StrategyTarget):
            strategy = self.strategy.to_dict()
        else:
            strategy = self.strategy

        signal_model: dict[str, Any] | None | Unset
        if isinstance(self.signal_model, Unset):
            signal_model = UNSET
        elif isinstance(self.signal_model, SignalModelTarget):
            signal_model = self.signal_model.to_dict()
        else:
            signal_model = self.signal_model

        model_families: list[str] | None | Unset
        if isinstance(self.model_families, Unset):
            model_families = UNSET
        elif isinstance(self.model_families, list):
            model_families = []
            for model_families_type_0_item_data in self.model_families:
                model_families_type_0_item: str = model_families_type_0_item_data
                model_families.append(model_families_type_0_item)

        else:
            model_families = self.model_families

        backtest: dict[str, Any] | None | Unset
        if isinstance(self.backtest, Unset):
            backtest = UNSET
        elif isinstance(self.backtest, AutoMLBacktestSettings):
            backtest = self.backtest.to_dict()
        else:
            backtest = self.backtest

        n_trials = self.n_trials

        timeout_seconds: float | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "objectives": objectives,
                "data": data,
            }
        )
        if sampler is not UNSET:
            field_dict["sampler"] = sampler
        if pruner is not UNSET:
            field_dict["pruner"] = pruner
        if seed is not UNSET:
            field_dict["seed"] = seed
        if n_startup_trials is not UNSET:
            field_dict["n_startup_trials"] = n_startup_trials
        if population_size is not UNSET:
            field_dict["population_size"] = population_size
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if signal_model is not UNSET:
            field_dict["signal_model"] = signal_model
        if model_families is not UNSET:
            field_dict["model_families"] = model_families
        if backtest is not UNSET:
            field_dict["backtest"] = backtest
        if n_trials is not UNSET:
            field_dict["n_trials"] = n_trials
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_ml_backtest_settings import AutoMLBacktestSettings  # noqa: PLC0415
        from ..models.auto_ml_candle_window import AutoMLCandleWindow  # noqa: PLC0415
        from ..models.signal_model_target import SignalModelTarget  # noqa: PLC0415
        from ..models.strategy_target import StrategyTarget  # noqa: PLC0415

        d = dict(src_dict)
        target = check_auto_ml_optimize_request_target(d.pop("target"))

        objectives = cast(list[str], d.pop("objectives"))

        data = AutoMLCandleWindow.from_dict(d.pop("data"))

        _sampler = d.pop("sampler", UNSET)
        sampler: AutoMLOptimizeRequestSampler | Unset
        if isinstance(_sampler, Unset):
            sampler = UNSET
        else:
            sampler = check_auto_ml_optimize_request_sampler(_sampler)

        _pruner = d.pop("pruner", UNSET)
        pruner: AutoMLOptimizeRequestPruner | Unset
        if isinstance(_pruner, Unset):
            pruner = UNSET
        else:
            pruner = check_auto_ml_optimize_request_pruner(_pruner)

        seed = d.pop("seed", UNSET)

        n_startup_trials = d.pop("n_startup_trials", UNSET)

        population_size = d.pop("population_size", UNSET)

        def _parse_strategy(data: object) -> None | StrategyTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                strategy_type_0 = StrategyTarget.from_dict(data)

                return strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StrategyTarget | Unset, data)

        strategy = _parse_strategy(d.pop("strategy", UNSET))

        def _parse_signal_model(data: object) -> None | SignalModelTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signal_model_type_0 = SignalModelTarget.from_dict(data)

                return signal_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalModelTarget | Unset, data)

        signal_model = _parse_signal_model(d.pop("signal_model", UNSET))

        def _parse_model_families(data: object) -> list[AutoMLOptimizeRequestModelFamiliesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                model_families_type_0 = []
                _model_families_type_0 = data
                for model_families_type_0_item_data in _model_families_type_0:
                    model_families_type_0_item = check_auto_ml_optimize_request_model_families_type_0_item(
                        model_families_type_0_item_data
                    )

                    model_families_type_0.append(model_families_type_0_item)

                return model_families_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoMLOptimizeRequestModelFamiliesType0Item] | None | Unset, data)

        model_families = _parse_model_families(d.pop("model_families", UNSET))

        def _parse_backtest(data: object) -> AutoMLBacktestSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backtest_type_0 = AutoMLBacktestSettings.from_dict(data)

                return backtest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoMLBacktestSettings | None | Unset, data)

        backtest = _parse_backtest(d.pop("backtest", UNSET))

        n_trials = d.pop("n_trials", UNSET)

        def _parse_timeout_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds", UNSET))

        auto_ml_optimize_request = cls(
            target=target,
            objectives=objectives,
            data=data,
            sampler=sampler,
            pruner=pruner,
            seed=seed,
            n_startup_trials=n_startup_trials,
            population_size=population_size,
            strategy=strategy,
            signal_model=signal_model,
            model_families=model_families,
            backtest=backtest,
            n_trials=n_trials,
            timeout_seconds=timeout_seconds,
        )

        auto_ml_optimize_request.additional_properties = d
        return auto_ml_optimize_request

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
