"""The RL module's process-pool work: training, prediction, evaluation and upload checks.

Each function here runs in a pool process (the job runner's ``run_in_process``), so torch and
stable-baselines3 load there and never in the web process. Arguments and results are plain
picklable values (dicts, lists).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.timeframes import TIMEFRAME_MS
from app.modules.rl.bars import Bars, market_of
from app.modules.rl.features import WARMUP_BARS
from app.modules.rl.specs import AlgoSpec, EnvSpec

REPORT_EVERY_STEPS = 256
REWARD_WINDOW = 1000
CURVE_POINTS = 50
TRAIN_NICENESS = 10


class TrainingCancelled(Exception):
    """``should_cancel()`` turned true: training stopped between steps."""


def at_low_priority(work: Callable[[], Any]) -> None:
    """Run ``work`` in a thread whose scheduling priority is lowered by ``TRAIN_NICENESS``
    (Linux nice values are per thread), so that training yields the CPU to the web process
    and to predictions served by the same pool process; exceptions are re-raised here."""
    import threading

    failure: list[BaseException] = []

    def run() -> None:
        # not Linux, or not permitted: train at normal priority
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), TRAIN_NICENESS)
        try:
            work()
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run, name="rl-training")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]


def periods_per_year(timeframe: str) -> float:
    return 365.0 * 86_400_000 / TIMEFRAME_MS[timeframe]


def first_bar(window: int) -> int:
    return max(window - 1, WARMUP_BARS)


def split_index(n_bars: int, window: int, holdout: float) -> int:
    """Index of the first held-back bar: the last ``holdout`` of the usable bars."""
    usable = n_bars - first_bar(window)
    return n_bars - int(usable * holdout)


def curve_metrics(equity: list[float], initial: float, timeframe: str) -> dict[str, Any]:
    from app.modules.backtest.public import equity_metrics

    return equity_metrics(equity[1:], initial, periods_per_year(timeframe))


def train_work(
    bars: Bars,
    env_raw: dict[str, Any],
    algo_raw: dict[str, Any],
    holdout: float,
    timeframe: str,
    out_path: str,
    progress: Any,
    multi_raw: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train, save to ``out_path``, evaluate in and out of sample; the final report. With
    ``multi_raw`` (a ``MultiAgentSpec``) the agents share one market and one policy."""
    from stable_baselines3.common.callbacks import BaseCallback
    from stable_baselines3.common.monitor import Monitor
    from stable_baselines3.common.vec_env import DummyVecEnv

    from app.core.artifacts import sha256_hex
    from app.modules.rl.agents import build, configure_torch, to_bytes
    from app.modules.rl.env import TradingEnv

    configure_torch()
    env_spec, algo = EnvSpec.model_validate(env_raw), AlgoSpec.model_validate(algo_raw)
    market = market_of(bars)
    split = split_index(market.n_bars, env_spec.window, holdout) if holdout > 0 else market.n_bars
    train_market = market.slice(0, split)
    start = first_bar(env_spec.window)

    def make_env() -> Any:
        return Monitor(TradingEnv(train_market, env_spec, random_start=True, first_bar=start))

    if multi_raw is not None:
        from app.modules.rl.multiagent import SharedMarketEnv, SharedPolicyVecEnv
        from app.modules.rl.specs import MultiAgentSpec

        multi = MultiAgentSpec.model_validate(multi_raw)
        shared = SharedMarketEnv(train_market, env_spec, multi.agents, multi.impact, start)
        vec: Any = SharedPolicyVecEnv(shared)
    else:
        n_envs = algo.n_envs if algo.algo != "dqn" else 1
        vec = DummyVecEnv([make_env for _ in range(n_envs)])
    model = build(algo, vec)
    curve: list[list[float]] = []
    total = algo.total_timesteps

    class Progress(BaseCallback):
        def __init__(self) -> None:
            super().__init__()
            self.recent: list[float] = []
            self.every = max(REPORT_EVERY_STEPS, total // CURVE_POINTS)
            self.next_report = self.every

        def _on_step(self) -> bool:
            self.recent.extend(float(r) for r in self.locals["rewards"])
            if len(self.recent) > REWARD_WINDOW:
                del self.recent[: len(self.recent) - REWARD_WINDOW]
            if self.num_timesteps >= self.next_report:
                self.next_report += self.every
                mean = sum(self.recent) / max(len(self.recent), 1)
                curve.append([float(self.num_timesteps), mean])
                progress.report(min(self.num_timesteps / total, 0.99))
                progress.note(f"{self.num_timesteps}/{total} timesteps, mean reward {mean:.3g}")
            return not progress.should_cancel()

    started = time.perf_counter()
    at_low_priority(lambda: model.learn(total_timesteps=total, callback=Progress()))
    seconds = time.perf_counter() - started
    if progress.should_cancel():
        raise TrainingCancelled
    progress.note("evaluating")
    content = to_bytes(model)
    path = Path(out_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    model.policy.set_training_mode(False)
    report = evaluate(model, market, env_spec, start, split, timeframe, algo.seed)
    return {
        "sha256": sha256_hex(content),
        "size_bytes": len(content),
        "timesteps": int(model.num_timesteps),
        "train_seconds": seconds,
        "steps_per_second": model.num_timesteps / seconds if seconds > 0 else None,
        "reward_curve": curve,
        "split_bar": split,
        **report,
    }


def evaluate(
    model: Any, market: Any, spec: EnvSpec, start: int, split: int, timeframe: str, seed: int
) -> dict[str, Any]:
    from app.modules.rl.evaluation import agent_policy, random_policy, run_episode

    act = agent_policy(model)
    train = run_episode(market.slice(0, split), spec, start, act)
    out: dict[str, Any] = {
        "in_sample": {
            **train.report(),
            "metrics": curve_metrics(train.equity, spec.initial_equity, timeframe),
        }
    }
    if split < market.n_bars:
        test = run_episode(market, spec, split - 1, act)
        rand = run_episode(market, spec, split - 1, random_policy(spec.n_actions, seed))
        out["out_of_sample"] = {
            **test.report(),
            "metrics": curve_metrics(test.equity, spec.initial_equity, timeframe),
        }
        out["random_out_of_sample_return"] = rand.total_return
    return out


# ---------------------------------------------------------------- agents: one model or a vote


class Agent:
    """A registry model, or an ensemble voting with its members' greedy actions.

    ``decide(obs)`` → (action, confidence, probabilities): for one model the probabilities are
    its policy's (``agents.action_probabilities``) and the confidence that of the greedy action;
    for an ensemble the probabilities are the members' vote shares and the confidence the
    winning share (ties go to the action with the smaller |exposure|, the cautious one).
    """

    def __init__(self, descriptor: dict[str, Any]) -> None:
        from app.modules.rl.agents import configure_torch, load_registered

        configure_torch()
        self.env = EnvSpec.model_validate(descriptor["env"])
        self.members = [
            load_registered(
                m["path"], m["sha256"], EnvSpec.model_validate(m["env"]),
                AlgoSpec.model_validate(m["algo"]),
            )
            for m in descriptor["members"]
        ]  # fmt: skip
        self.ensemble = descriptor["kind"] == "ensemble"

    def decide(self, obs: Any) -> tuple[int, float, list[float]]:
        from app.modules.rl.agents import action_probabilities

        batch = obs[None, :]
        if not self.ensemble:
            probs = action_probabilities(self.members[0], batch)[0]
            action = int(probs.argmax())
            return action, float(probs[action]), [float(p) for p in probs]
        votes = [0] * self.env.n_actions
        for member in self.members:
            votes[int(action_probabilities(member, batch)[0].argmax())] += 1
        best = max(votes)
        tied = [a for a, v in enumerate(votes) if v == best]
        action = min(tied, key=lambda a: (abs(self.env.exposure(a)), a))
        shares = [v / len(self.members) for v in votes]
        return action, shares[action], shares


def predict_work(descriptor: dict[str, Any], bars: Bars) -> dict[str, Any]:
    """The agent's decision at the last bar, for a flat account."""
    from app.modules.rl.env import flat_observation

    agent = Agent(descriptor)
    market = market_of(bars)
    t = market.n_bars - 1
    action, confidence, probs = agent.decide(flat_observation(market, agent.env.window, t))
    exposure = agent.env.exposure(action)
    price, atr = float(market.close[t]), float(market.atr[t])
    distance = agent.env.stop_atr_k * atr
    stop = None if exposure == 0 else (price - distance if exposure > 0 else price + distance)
    return {
        "action": action,
        "confidence": confidence,
        "probabilities": probs,
        "exposure": exposure,
        "price": price,
        "atr": atr,
        "stop_loss": stop,
        "time_ms": int(market.times[t]),
    }


def performance_work(
    descriptor: dict[str, Any],
    bars: Bars,
    start_ms: int | None,
    timeframe: str,
    random_seeds: int,
) -> dict[str, Any]:
    """Out-of-sample episode of the agent from ``start_ms`` (the first bar at or after it), vs
    buy and hold and vs random-action agents in the same environment; metrics and curves."""
    import numpy as np

    from app.modules.rl.evaluation import buy_and_hold, random_policy, run_episode

    agent = Agent(descriptor)
    market = market_of(bars)
    spec = agent.env
    begin = first_bar(spec.window)
    if start_ms is not None:
        begin = max(begin, int(np.searchsorted(market.times, start_ms)) - 1)
    if market.n_bars - begin < 3:
        from app.modules.rl.errors import InsufficientData

        raise InsufficientData("fewer than 2 bars to evaluate after the warm-up", field="start")

    def act(obs: Any, env: Any) -> int:
        return agent.decide(obs)[0]

    episode = run_episode(market, spec, begin, act)
    hold = buy_and_hold(market, spec, begin)[: len(episode.equity)]
    randoms = [
        run_episode(market, spec, begin, random_policy(spec.n_actions, seed))
        for seed in range(random_seeds)
    ]
    initial = spec.initial_equity
    random_equity = np.mean(
        [np.pad(r.equity, (0, len(episode.equity) - len(r.equity)), mode="edge") for r in randoms],
        axis=0,
    ).tolist()
    return {
        "first_bar_ms": int(market.times[begin]),
        "times_ms": episode.times,
        "agent": {**episode.report(), "metrics": curve_metrics(episode.equity, initial, timeframe)},
        "buy_and_hold": {
            "total_return": hold[-1] / hold[0] - 1,
            "metrics": curve_metrics(hold, initial, timeframe),
        },
        "random": {
            "runs": len(randoms),
            "mean_total_return": float(np.mean([r.total_return for r in randoms])),
            "total_returns": [r.total_return for r in randoms],
            "metrics": curve_metrics(random_equity, initial, timeframe),
        },
        "curves": {"agent": episode.equity, "buy_and_hold": hold, "random_mean": random_equity},
    }


def check_upload_work(content: bytes, env_raw: dict[str, Any], algo_raw: dict[str, Any]) -> int:
    """Rebuild an uploaded zip's agent from the given specs (nothing in it is unpickled);
    returns the number of weights. Raises ``InvalidModelFile`` (422)."""
    from app.modules.rl.agents import from_bytes

    model = from_bytes(
        content, EnvSpec.model_validate(env_raw), AlgoSpec.model_validate(algo_raw), "file"
    )
    return int(sum(p.numel() for p in model.policy.parameters()))


def verify_registered_work(
    path: str, sha256: str, env_raw: dict[str, Any], algo_raw: dict[str, Any]
) -> int:
    """Load a registry file as ``predict`` would (hash first, then the weights only)."""
    from app.modules.rl.agents import from_bytes
    from app.modules.rl.safezip import read_checked

    content = read_checked(Path(path), sha256)
    model = from_bytes(
        content, EnvSpec.model_validate(env_raw), AlgoSpec.model_validate(algo_raw), "model_id"
    )
    return int(sum(p.numel() for p in model.policy.parameters()))
