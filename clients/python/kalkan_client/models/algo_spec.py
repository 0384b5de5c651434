from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.algo_spec_algo import AlgoSpecAlgo, check_algo_spec_algo
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgoSpec")


@_attrs_define
class AlgoSpec:
    """The learner (stable-baselines3) and its hyperparameters, each bounded.

    Attributes:
        algo (AlgoSpecAlgo | Unset):  Default: 'ppo'.
        total_timesteps (int | Unset):  Default: 50000.
        learning_rate (float | None | Unset): None: default
        gamma (float | Unset):  Default: 0.99.
        net_arch (list[int] | Unset):
        n_envs (int | Unset): Parallel envs (PPO, A2C) Default: 1.
        n_steps (int | None | Unset): PPO/A2C rollout
        batch_size (int | None | Unset): PPO/DQN batch
        ent_coef (float | Unset): PPO/A2C entropy bonus Default: 0.0.
        buffer_size (int | Unset): DQN replay Default: 50000.
        exploration_fraction (float | Unset): DQN ε decay Default: 0.3.
        learning_starts (int | Unset): DQN Default: 500.
        seed (int | Unset):  Default: 0.
    """

    algo: AlgoSpecAlgo | Unset = "ppo"
    total_timesteps: int | Unset = 50000
    learning_rate: float | None | Unset = UNSET
    gamma: float | Unset = 0.99
    net_arch: list[int] | Unset = UNSET
    n_envs: int | Unset = 1
    n_steps: int | None | Unset = UNSET
    batch_size: int | None | Unset = UNSET
    ent_coef: float | Unset = 0.0
    buffer_size: int | Unset = 50000
    exploration_fraction: float | Unset = 0.3
    learning_starts: int | Unset = 500
    seed: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        algo: str | Unset = UNSET
        if not isinstance(self.algo, Unset):
            algo = self.algo

        total_timesteps = self.total_timesteps

        learning_rate: float | None | Unset
        if isinstance(self.learning_rate, Unset):
            learning_rate = UNSET
        else:
            learning_rate = self.learning_rate

        gamma = self.gamma

        net_arch: list[int] | Unset = UNSET
        if not isinstance(self.net_arch, Unset):
            net_arch = self.net_arch

        n_envs = self.n_envs

        n_steps: int | None | Unset
        if isinstance(self.n_steps, Unset):
            n_steps = UNSET
        else:
            n_steps = self.n_steps

        batch_size: int | None | Unset
        if isinstance(self.batch_size, Unset):
            batch_size = UNSET
        else:
            batch_size = self.batch_size

        ent_coef = self.ent_coef

        buffer_size = self.buffer_size

        exploration_fraction = self.exploration_fraction

        learning_starts = self.learning_starts

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if algo is not UNSET:
            field_dict["algo"] = algo
        if total_timesteps is not UNSET:
            field_dict["total_timesteps"] = total_timesteps
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if gamma is not UNSET:
            field_dict["gamma"] = gamma
        if net_arch is not UNSET:
            field_dict["net_arch"] = net_arch
        if n_envs is not UNSET:
            field_dict["n_envs"] = n_envs
        if n_steps is not UNSET:
            field_dict["n_steps"] = n_steps
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if ent_coef is not UNSET:
            field_dict["ent_coef"] = ent_coef
        if buffer_size is not UNSET:
            field_dict["buffer_size"] = buffer_size
        if exploration_fraction is not UNSET:
            field_dict["exploration_fraction"] = exploration_fraction
        if learning_starts is not UNSET:
            field_dict["learning_starts"] = learning_starts
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _algo = d.pop("algo", UNSET)
        algo: AlgoSpecAlgo | Unset
        if isinstance(_algo, Unset):
            algo = UNSET
        else:
            algo = check_algo_spec_algo(_algo)

        total_timesteps = d.pop("total_timesteps", UNSET)

        def _parse_learning_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        learning_rate = _parse_learning_rate(d.pop("learning_rate", UNSET))

        gamma = d.pop("gamma", UNSET)

        net_arch = cast(list[int], d.pop("net_arch", UNSET))

        n_envs = d.pop("n_envs", UNSET)

        def _parse_n_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n_steps = _parse_n_steps(d.pop("n_steps", UNSET))

        def _parse_batch_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_size = _parse_batch_size(d.pop("batch_size", UNSET))

        ent_coef = d.pop("ent_coef", UNSET)

        buffer_size = d.pop("buffer_size", UNSET)

        exploration_fraction = d.pop("exploration_fraction", UNSET)

        learning_starts = d.pop("learning_starts", UNSET)

        seed = d.pop("seed", UNSET)

        algo_spec = cls(
            algo=algo,
            total_timesteps=total_timesteps,
            learning_rate=learning_rate,
            gamma=gamma,
            net_arch=net_arch,
            n_envs=n_envs,
            n_steps=n_steps,
            batch_size=batch_size,
            ent_coef=ent_coef,
            buffer_size=buffer_size,
            exploration_fraction=exploration_fraction,
            learning_starts=learning_starts,
            seed=seed,
        )

        return algo_spec
