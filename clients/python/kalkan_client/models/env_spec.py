from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.env_spec_reward import EnvSpecReward, check_env_spec_reward
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvSpec")


@_attrs_define
class EnvSpec:
    """The trading environment: what the agent sees, what it may do, what it pays.

    Attributes:
        window (int | Unset): Bars of features seen Default: 32.
        leverage_levels (list[float] | Unset): Actions: flat, long × each level, short × each level (each ≤ 3×)
        fee (float | Unset): Per side, of notional traded Default: 0.001.
        slippage (float | Unset): Per fill, of price Default: 0.0005.
        stop_atr_k (float | Unset): Stop-loss distance = k × ATR(14) at entry Default: 3.0.
        max_drawdown (float | Unset): Episode ends when equity falls this far from its peak Default: 0.5.
        reward (EnvSpecReward | Unset): log_return: log(E[t+1] / E[t]) of the equity, costs included.
            differential_sharpe: Moody & Saffell's differential Sharpe ratio of the bar's simple return (moving moments with
            rate sharpe_eta), clipped to ±10. drawdown_penalty: log-return − penalty × the increase of the drawdown from the
            peak this bar (0 when it shrinks). turnover_penalty: log-return − penalty × |change of target exposure|
            (turnover in units of equity). Default: 'log_return'.
        reward_penalty (float | Unset): λ of the penalties Default: 0.1.
        sharpe_eta (float | Unset): Rate of the DSR moments Default: 0.01.
        episode_length (int | None | Unset): Bars per training episode (None: to the end) Default: 2048.
        initial_equity (float | Unset):  Default: 10000.0.
    """

    window: int | Unset = 32
    leverage_levels: list[float] | Unset = UNSET
    fee: float | Unset = 0.001
    slippage: float | Unset = 0.0005
    stop_atr_k: float | Unset = 3.0
    max_drawdown: float | Unset = 0.5
    reward: EnvSpecReward | Unset = "log_return"
    reward_penalty: float | Unset = 0.1
    sharpe_eta: float | Unset = 0.01
    episode_length: int | None | Unset = 2048
    initial_equity: float | Unset = 10000.0

    def to_dict(self) -> dict[str, Any]:
        window = self.window

        leverage_levels: list[float] | Unset = UNSET
        if not isinstance(self.leverage_levels, Unset):
            leverage_levels = self.leverage_levels

        fee = self.fee

        slippage = self.slippage

        stop_atr_k = self.stop_atr_k

        max_drawdown = self.max_drawdown

        reward: str | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward

        reward_penalty = self.reward_penalty

        sharpe_eta = self.sharpe_eta

        episode_length: int | None | Unset
        if isinstance(self.episode_length, Unset):
            episode_length = UNSET
        else:
            episode_length = self.episode_length

        initial_equity = self.initial_equity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if window is not UNSET:
            field_dict["window"] = window
        if leverage_levels is not UNSET:
            field_dict["leverage_levels"] = leverage_levels
        if fee is not UNSET:
            field_dict["fee"] = fee
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if stop_atr_k is not UNSET:
            field_dict["stop_atr_k"] = stop_atr_k
        if max_drawdown is not UNSET:
            field_dict["max_drawdown"] = max_drawdown
        if reward is not UNSET:
            field_dict["reward"] = reward
        if reward_penalty is not UNSET:
            field_dict["reward_penalty"] = reward_penalty
        if sharpe_eta is not UNSET:
            field_dict["sharpe_eta"] = sharpe_eta
        if episode_length is not UNSET:
            field_dict["episode_length"] = episode_length
        if initial_equity is not UNSET:
            field_dict["initial_equity"] = initial_equity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        window = d.pop("window", UNSET)

        leverage_levels = cast(list[float], d.pop("leverage_levels", UNSET))

        fee = d.pop("fee", UNSET)

        slippage = d.pop("slippage", UNSET)

        stop_atr_k = d.pop("stop_atr_k", UNSET)

        max_drawdown = d.pop("max_drawdown", UNSET)

        _reward = d.pop("reward", UNSET)
        reward: EnvSpecReward | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = check_env_spec_reward(_reward)

        reward_penalty = d.pop("reward_penalty", UNSET)

        sharpe_eta = d.pop("sharpe_eta", UNSET)

        def _parse_episode_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        episode_length = _parse_episode_length(d.pop("episode_length", UNSET))

        initial_equity = d.pop("initial_equity", UNSET)

        env_spec = cls(
            window=window,
            leverage_levels=leverage_levels,
            fee=fee,
            slippage=slippage,
            stop_atr_k=stop_atr_k,
            max_drawdown=max_drawdown,
            reward=reward,
            reward_penalty=reward_penalty,
            sharpe_eta=sharpe_eta,
            episode_length=episode_length,
            initial_equity=initial_equity,
        )

        return env_spec
