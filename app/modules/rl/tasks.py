"""The RL module's process-pool work: training, prediction, evaluation and upload checks.

Each function here runs in a pool process (the job runner's ``run_in_process``), so torch and
stable-baselines3 load there and never in the web process. Arguments and results are plain
picklable values (dicts, lists).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from app.core.timeframes import TIMEFRAME_MS
from app.modules.rl.bars import Bars, market_of
from app.modules.rl.features import WARMUP_BARS
from app.modules.rl.specs import AlgoSpec, EnvSpec

REPORT_EVERY_STEPS = 256
REWARD_WINDOW = 1000
CURVE_POINTS = 50


class TrainingCancelled(Exception):
    """``should_cancel()`` turned true: training stopped between steps."""


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
) -> dict[str, Any]:
    """Train, save to ``out_path``, evaluate in and out of sample; the final report."""
    from stable_baselines3.common.callbacks import BaseCallback
    from stable_baselines3.common.monitor import Monitor
    from stable_baselines3.common.vec_env import DummyVecEnv

    from app.modules.rl.agents import build, configure_torch, to_bytes
    from app.modules.rl.env import TradingEnv
    from app.modules.rl.safezip import sha256_of

    configure_torch()
    env_spec, algo = EnvSpec.model_validate(env_raw), AlgoSpec.model_validate(algo_raw)
    market = market_of(bars)
    split = split_index(market.n_bars, env_spec.window, holdout) if holdout > 0 else market.n_bars
    train_market = market.slice(0, split)
    start = first_bar(env_spec.window)

    def make_env() -> Any:
        return Monitor(TradingEnv(train_market, env_spec, random_start=True, first_bar=start))

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
    model.learn(total_timesteps=total, callback=Progress(), progress_bar=False)
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
        "sha256": sha256_of(content),
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
