from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_robustness_request_generator import (
    SyntheticRobustnessRequestGenerator,
    check_synthetic_robustness_request_generator,
)
from ..models.synthetic_robustness_request_regime_type_0 import (
    SyntheticRobustnessRequestRegimeType0,
    check_synthetic_robustness_request_regime_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.synthetic_strategy_spec import SyntheticStrategySpec


T = TypeVar("T", bound="SyntheticRobustnessRequest")


@_attrs_define
class SyntheticRobustnessRequest:
    """Backtest ``backtest`` on ``n_paths`` synthetic paths of the model's first symbol (a job):
    the distribution of Sharpe, drawdown and return across paths.

        Attributes:
            model_id (str):
            backtest (SyntheticStrategySpec): The strategy to stress on synthetic paths, as the backtest module runs it (its
                white-hat
                rules apply: a stop-loss is required, leverage ≤ 3).
            generator (SyntheticRobustnessRequestGenerator | Unset):  Default: 'timegan'.
            regime (None | SyntheticRobustnessRequestRegimeType0 | Unset):
            n_paths (int | Unset):  Default: 50.
            length (int | Unset):  Default: 500.
            seed (int | Unset):  Default: 0.
    """

    model_id: str
    backtest: SyntheticStrategySpec
    generator: SyntheticRobustnessRequestGenerator | Unset = "timegan"
    regime: None | SyntheticRobustnessRequestRegimeType0 | Unset = UNSET
    n_paths: int | Unset = 50
    length: int | Unset = 500
    seed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        backtest = self.backtest.to_dict()

        generator: str | Unset = UNSET
        if not isinstance(self.generator, Unset):
            generator = self.generator

        regime: None | str | Unset
        if isinstance(self.regime, Unset):
            regime = UNSET
        elif isinstance(self.regime, str):
            regime = self.regime
        else:
            regime = self.regime

        n_paths = self.n_paths

        length = self.length

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "backtest": backtest,
            }
        )
        if generator is not UNSET:
            field_dict["generator"] = generator
        if regime is not UNSET:
            field_dict["regime"] = regime
        if n_paths is not UNSET:
            field_dict["n_paths"] = n_paths
        if length is not UNSET:
            field_dict["length"] = length
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_strategy_spec import SyntheticStrategySpec  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        backtest = SyntheticStrategySpec.from_dict(d.pop("backtest"))

        _generator = d.pop("generator", UNSET)
        generator: SyntheticRobustnessRequestGenerator | Unset
        if isinstance(_generator, Unset):
            generator = UNSET
        else:
            generator = check_synthetic_robustness_request_generator(_generator)

        def _parse_regime(data: object) -> None | SyntheticRobustnessRequestRegimeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                regime_type_0 = check_synthetic_robustness_request_regime_type_0(data)

                return regime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyntheticRobustnessRequestRegimeType0 | Unset, data)

        regime = _parse_regime(d.pop("regime", UNSET))

        n_paths = d.pop("n_paths", UNSET)

        length = d.pop("length", UNSET)

        seed = d.pop("seed", UNSET)

        synthetic_robustness_request = cls(
            model_id=model_id,
            backtest=backtest,
            generator=generator,
            regime=regime,
            n_paths=n_paths,
            length=length,
            seed=seed,
        )

        synthetic_robustness_request.additional_properties = d
        return synthetic_robustness_request

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
