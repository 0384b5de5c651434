"""Deterministic episodes of an agent (or a baseline) over a range, in a worker process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.modules.rl.specs import EnvSpec

if TYPE_CHECKING:
    import numpy as np

    from app.modules.rl.env import TradingEnv
    from app.modules.rl.features import MarketData

Policy = Callable[["np.ndarray", "TradingEnv"], int]


@dataclass
class Episode:
    times: list[int]
    equity: list[float]
    actions: list[int]
    trades: int = 0
    stops_hit: int = 0
    terminated: bool = False
    fees: float = 0.0
    action_counts: dict[str, int] = field(default_factory=dict)

    @property
    def total_return(self) -> float:
        return self.equity[-1] / self.equity[0] - 1.0

    def report(self) -> dict[str, Any]:
        return {
            "total_return": self.total_return,
            "final_equity": self.equity[-1],
            "steps": len(self.actions),
            "trades": self.trades,
            "stops_hit": self.stops_hit,
            "terminated_by_drawdown": self.terminated,
            "fees": self.fees,
            "action_counts": self.action_counts,
        }


def run_episode(market: MarketData, spec: EnvSpec, first_bar: int, policy: Policy) -> Episode:
    """From ``first_bar`` to the data's end (or the drawdown limit), one action per bar."""
    from app.modules.rl.env import TradingEnv

    env_spec = spec.model_copy(update={"episode_length": None})
    env = TradingEnv(market, env_spec, random_start=False, first_bar=first_bar)
    obs, _ = env.reset(options={"start": first_bar})
    episode = Episode(times=[int(market.times[env.t])], equity=[env.equity], actions=[])
    counts = {"flat": 0, "long": 0, "short": 0}
    while True:
        action = policy(obs, env)
        counts[env_spec.label(action)] += 1
        obs, _, terminated, truncated, _ = env.step(action)
        episode.actions.append(action)
        episode.times.append(int(market.times[env.t]))
        episode.equity.append(env.equity)
        if terminated or truncated:
            episode.terminated = terminated
            break
    episode.trades, episode.stops_hit, episode.fees = env.trades, env.stops_hit, env.fees_paid
    episode.action_counts = counts
    return episode


def agent_policy(model: Any) -> Policy:
    from app.modules.rl.agents import action_probabilities

    def act(obs: np.ndarray, env: TradingEnv) -> int:
        return int(action_probabilities(model, obs[None, :])[0].argmax())

    return act


def random_policy(n_actions: int, seed: int) -> Policy:
    import numpy as np

    rng = np.random.default_rng(seed)

    def act(obs: np.ndarray, env: TradingEnv) -> int:
        return int(rng.integers(n_actions))

    return act


def buy_and_hold(market: MarketData, spec: EnvSpec, first_bar: int) -> list[float]:
    """1× long from ``first_bar``'s close, entry paying fee and slippage, never stopped."""
    close = market.close[first_bar:]
    entry = close[0] * (1.0 + spec.slippage)
    units = spec.initial_equity / (entry * (1.0 + spec.fee))
    return [spec.initial_equity, *(units * close[1:]).tolist()]
