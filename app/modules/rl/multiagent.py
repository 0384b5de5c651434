"""Several agents in one market: a PettingZoo ``ParallelEnv`` whose combined orders move the
price (a linear, permanent impact), and a stable-baselines3 ``VecEnv`` over it so one shared
policy (parameter sharing, one "env" per agent) learns against the others.

Impact model: at bar ``t`` every agent's order ``Δq_i`` (units, to reach its target exposure)
is summed into the net traded notional ``N = Σ Δq_i × p[t]``; the price moves by
``impact × N / (n_agents × initial_equity)`` (a fraction of the price) before anyone fills, and
the move is permanent: the market's price is the candles' price times the product of all
moves so far. Agents fill at the moved price with the env's slippage and fee; stops, rewards
(log-return of each agent's equity) and the observation layout are the single-agent
``TradingEnv``'s, so the shared policy is an ordinary registry model that ``predict`` serves.
The episode ends for all agents when any one reaches the drawdown limit or the data ends.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
from gymnasium import spaces
from pettingzoo import ParallelEnv  # type: ignore[import-untyped]
from stable_baselines3.common.vec_env import VecEnv

from app.modules.rl.env import STATE_FEATURES
from app.modules.rl.features import FEATURE_CLIP, FEATURE_NAMES, MarketData
from app.modules.rl.specs import EnvSpec


class SharedMarketEnv(ParallelEnv[str, np.ndarray, int]):
    metadata: dict[str, Any] = {"name": "kalkan_shared_market_v0", "render_modes": []}
    render_mode: str | None = None

    def __init__(
        self,
        market: MarketData,
        spec: EnvSpec,
        n_agents: int = 2,
        impact: float = 0.01,
        first_bar: int | None = None,
        random_start: bool = True,
    ) -> None:
        self.market, self.spec = market, spec
        self.n = n_agents
        self.impact = impact
        self.possible_agents = [f"agent_{i}" for i in range(n_agents)]
        self.agents = list(self.possible_agents)
        self.first_bar = max(spec.window - 1, first_bar if first_bar is not None else 0)
        if market.n_bars - self.first_bar < 2:
            raise ValueError("too few bars for the window")
        self.random_start = random_start
        self._exposures = np.array([spec.exposure(a) for a in range(spec.n_actions)])
        self._width = spec.window * len(FEATURE_NAMES)
        self._rng = np.random.default_rng()
        self._reset_state(self.first_bar)

    @functools.cache  # noqa: B019 (PettingZoo's documented pattern)
    def observation_space(self, agent: str) -> spaces.Box:
        high = np.full(self._width + STATE_FEATURES, FEATURE_CLIP, dtype=np.float32)
        return spaces.Box(-high, high, dtype=np.float32)

    @functools.cache  # noqa: B019
    def action_space(self, agent: str) -> spaces.Discrete:
        return spaces.Discrete(self.spec.n_actions)

    def _reset_state(self, start: int) -> None:
        n, e0 = self.n, self.spec.initial_equity
        self.t = self.start = start
        self.level = 1.0  # the product of all impact moves so far
        self.cash = np.full(n, e0)
        self.units = np.zeros(n)
        self.equity = np.full(n, e0)
        self.peak = self.equity.copy()
        self.held = np.zeros(n, dtype=np.int64)
        self.entry = np.zeros(n)
        self.stop = np.zeros(n)
        self.bars_in_trade = np.zeros(n)
        self.last_move = 0.0

    def price(self, t: int | None = None) -> float:
        return float(self.market.close[self.t if t is None else t] * self.level)

    def _observations(self) -> dict[str, np.ndarray]:
        t, w = self.t, self._width
        window = self.market.features[t - self.spec.window + 1 : t + 1].reshape(-1)
        price, atr = self.price(), float(self.market.atr[t] * self.level)
        safe = np.maximum(self.equity, 1e-9)
        state = np.zeros((self.n, STATE_FEATURES))
        state[:, 0] = self.units * price / safe / 3.0
        state[:, 1] = self.units * (price - self.entry) / safe
        state[:, 2] = self.bars_in_trade / 100.0
        if atr > 0:
            state[:, 3] = np.where(self.units != 0, np.abs(price - self.stop) / atr / 10.0, 0.0)
        state = np.clip(state, -FEATURE_CLIP, FEATURE_CLIP)
        out = {}
        for i, agent in enumerate(self.agents):
            obs = np.empty(w + STATE_FEATURES, dtype=np.float32)
            obs[:w] = window
            obs[w:] = state[i]
            out[agent] = obs
        return out

    def reset(
        self, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[dict[str, np.ndarray], dict[str, dict[str, Any]]]:
        if seed is not None:
            self._rng = np.random.default_rng(seed)
        self.agents = list(self.possible_agents)
        start = self.first_bar
        if options and "start" in options:
            start = int(options["start"])
        elif self.random_start:
            length = self.spec.episode_length or 0
            latest = self.market.n_bars - 2 - length
            if latest > self.first_bar:
                start = int(self._rng.integers(self.first_bar, latest + 1))
        self._reset_state(start)
        return self._observations(), {a: {} for a in self.agents}

    def step(self, actions: dict[str, int]) -> tuple[
        dict[str, np.ndarray], dict[str, float], dict[str, bool], dict[str, bool],
        dict[str, dict[str, Any]],
    ]:  # fmt: skip
        spec, t = self.spec, self.t
        action = np.array([int(actions[a]) for a in self.agents])
        target = self._exposures[action]
        before = self.equity.copy()
        price = self.price()
        changes = (action != self.held) | ((target != 0) & (self.units == 0))
        wanted = np.where(changes, target * before / price, self.units)
        delta = wanted - self.units
        move = self.impact * float(np.sum(delta) * price) / (self.n * spec.initial_equity)
        self.level *= 1.0 + move
        self.last_move = move
        moved = price * (1.0 + move)
        fill = np.where(delta > 0, moved * (1 + spec.slippage), moved * (1 - spec.slippage))
        self.cash -= delta * fill + spec.fee * np.abs(delta) * fill
        self.units = wanted
        opened = changes & (target != 0)
        distance = spec.stop_atr_k * float(self.market.atr[t]) * self.level
        self.entry = np.where(opened, moved, self.entry)
        self.stop = np.where(opened, moved - np.sign(target) * distance, self.stop)
        self.bars_in_trade = np.where(opened, 0, self.bars_in_trade)
        self.held = np.where(changes, action, self.held)

        t += 1
        o, h, lo, c = (float(x[t]) * self.level for x in (
            self.market.open, self.market.high, self.market.low, self.market.close))  # fmt: skip
        long_hit = (self.units > 0) & (lo <= self.stop)
        short_hit = (self.units < 0) & (h >= self.stop)
        hit = long_hit | short_hit
        exit_price = np.where(
            long_hit, np.minimum(self.stop, o) * (1 - spec.slippage),
            np.maximum(self.stop, o) * (1 + spec.slippage),
        )  # fmt: skip
        self.cash += np.where(
            hit, self.units * exit_price - spec.fee * np.abs(self.units) * exit_price, 0.0
        )
        self.units = np.where(hit, 0.0, self.units)
        self.held = np.where(hit, 0, self.held)
        self.bars_in_trade = np.where(self.units != 0, self.bars_in_trade + 1, 0)
        self.t = t
        self.equity = self.cash + self.units * c
        self.peak = np.maximum(self.peak, self.equity)
        rewards = np.log(np.maximum(self.equity, 1e-9) / np.maximum(before, 1e-9))
        ruined = bool(np.any(self.equity <= self.peak * (1 - spec.max_drawdown)))
        ended = t >= self.market.n_bars - 1 or (
            spec.episode_length is not None and t - self.start >= spec.episode_length
        )
        observations = self._observations()
        agents = list(self.agents)
        if ruined or ended:
            self.agents = []
        return (
            observations,
            {a: float(rewards[i]) for i, a in enumerate(agents)},
            dict.fromkeys(agents, ruined),
            dict.fromkeys(agents, ended and not ruined),
            {
                a: {"equity": float(self.equity[i]), "stopped": bool(hit[i]), "move": move}
                for i, a in enumerate(agents)
            },
        )


class SharedPolicyVecEnv(VecEnv):
    """One SB3 "env" per agent of a ``SharedMarketEnv``: a single policy acts for all of them."""

    def __init__(self, env: SharedMarketEnv) -> None:
        self.env = env
        agent = env.possible_agents[0]
        super().__init__(env.n, env.observation_space(agent), env.action_space(agent))
        self._actions: np.ndarray | None = None
        self._seed: int | None = None

    def _stack(self, observations: dict[str, np.ndarray]) -> np.ndarray:
        return np.stack([observations[a] for a in self.env.possible_agents])

    def reset(self) -> np.ndarray:
        seed = self._seeds[0] if self._seeds and self._seeds[0] is not None else None
        observations, _ = self.env.reset(seed=seed)
        self._reset_seeds()
        return self._stack(observations)

    def step_async(self, actions: np.ndarray) -> None:
        self._actions = actions

    def step_wait(self) -> Any:
        assert self._actions is not None
        names = self.env.possible_agents
        obs, rewards, terms, truncs, infos = self.env.step(
            {a: int(self._actions[i]) for i, a in enumerate(names)}
        )
        stacked = self._stack(obs)
        done = np.array([terms[a] or truncs[a] for a in names])
        info_list = [dict(infos[a]) for a in names]
        if done.any():
            for i, a in enumerate(names):
                info_list[i]["terminal_observation"] = stacked[i]
                info_list[i]["TimeLimit.truncated"] = truncs[a] and not terms[a]
            stacked = self._stack(self.env.reset()[0])
        reward = np.array([rewards[a] for a in names], dtype=np.float32)
        return stacked, reward, done, info_list

    def close(self) -> None:
        return None

    def get_attr(self, attr_name: str, indices: Any = None) -> list[Any]:
        return [getattr(self.env, attr_name)] * self.num_envs

    def set_attr(self, attr_name: str, value: Any, indices: Any = None) -> None:
        setattr(self.env, attr_name, value)

    def env_method(self, method_name: str, *args: Any, indices: Any = None, **kw: Any) -> list[Any]:
        return [getattr(self.env, method_name)(*args, **kw)] * self.num_envs

    def env_is_wrapped(self, wrapper_class: Any, indices: Any = None) -> list[bool]:
        return [False] * self.num_envs
