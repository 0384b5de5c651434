from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algo_spec import AlgoSpec
    from ..models.candle_range import CandleRange
    from ..models.env_spec import EnvSpec
    from ..models.multi_agent_spec import MultiAgentSpec


T = TypeVar("T", bound="RLTrainRequest")


@_attrs_define
class RLTrainRequest:
    """
    Attributes:
        data (CandleRange): Which stored candles: exchange, ccxt symbol, timeframe and ``[start, end)``.
        env (EnvSpec | Unset): The trading environment: what the agent sees, what it may do, what it pays.
        algo (AlgoSpec | Unset): The learner (stable-baselines3) and its hyperparameters, each bounded.
        holdout_fraction (float | Unset): Last share of the bars held back for evaluation Default: 0.2.
        name (None | str | Unset):
        multi_agent (MultiAgentSpec | None | Unset): Several agents learning together in one impacted market
    """

    data: CandleRange
    env: EnvSpec | Unset = UNSET
    algo: AlgoSpec | Unset = UNSET
    holdout_fraction: float | Unset = 0.2
    name: None | str | Unset = UNSET
    multi_agent: MultiAgentSpec | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.multi_agent_spec import MultiAgentSpec  # noqa: PLC0415

        data = self.data.to_dict()

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        algo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algo, Unset):
            algo = self.algo.to_dict()

        holdout_fraction = self.holdout_fraction

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        multi_agent: dict[str, Any] | None | Unset
        if isinstance(self.multi_agent, Unset):
            multi_agent = UNSET
        elif isinstance(self.multi_agent, MultiAgentSpec):
            multi_agent = self.multi_agent.to_dict()
        else:
            multi_agent = self.multi_agent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if env is not UNSET:
            field_dict["env"] = env
        if algo is not UNSET:
            field_dict["algo"] = algo
        if holdout_fraction is not UNSET:
            field_dict["holdout_fraction"] = holdout_fraction
        if name is not UNSET:
            field_dict["name"] = name
        if multi_agent is not UNSET:
            field_dict["multi_agent"] = multi_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.algo_spec import AlgoSpec  # noqa: PLC0415
        from ..models.candle_range import CandleRange  # noqa: PLC0415
        from ..models.env_spec import EnvSpec  # noqa: PLC0415
        from ..models.multi_agent_spec import MultiAgentSpec  # noqa: PLC0415

        d = dict(src_dict)
        data = CandleRange.from_dict(d.pop("data"))

        _env = d.pop("env", UNSET)
        env: EnvSpec | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = EnvSpec.from_dict(_env)

        _algo = d.pop("algo", UNSET)
        algo: AlgoSpec | Unset
        if isinstance(_algo, Unset):
            algo = UNSET
        else:
            algo = AlgoSpec.from_dict(_algo)

        holdout_fraction = d.pop("holdout_fraction", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_multi_agent(data: object) -> MultiAgentSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                multi_agent_type_0 = MultiAgentSpec.from_dict(data)

                return multi_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiAgentSpec | None | Unset, data)

        multi_agent = _parse_multi_agent(d.pop("multi_agent", UNSET))

        rl_train_request = cls(
            data=data,
            env=env,
            algo=algo,
            holdout_fraction=holdout_fraction,
            name=name,
            multi_agent=multi_agent,
        )

        return rl_train_request
