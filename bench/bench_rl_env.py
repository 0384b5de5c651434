"""RL environment throughput (run, don't import).

    python bench/bench_rl_env.py [--steps 300000] [--ppo-steps 8192]

On the real Binance BTC/USDT 1h bars (../shared/data, through the project's importer):

1. ``TradingEnv.step`` with random actions (observation, stop-loss, reward, auto-reset) vs a
   bare Python/numpy loop of the same accounting with no gymnasium API and no observation
   (the floor of what the env's arithmetic costs). Goals: ≥ 50,000 steps/s and ≥ 50 % of bare.
2. stable-baselines3 PPO training throughput (timesteps/s, same hyperparameters and network)
   in our env vs in gymnasium's ``CartPole-v1``. Goal ≥ 70 %: the env is not the bottleneck.
All on one core (torch limited to one thread).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("KALKAN_SHARED_DATA", ROOT.parent / "shared" / "data"))

import numpy as np

from app.modules.database.candle_parsing import parse_candle_file
from app.modules.rl.env import TradingEnv
from app.modules.rl.features import MarketData, compute_market
from app.modules.rl.specs import EnvSpec


def btc_market() -> MarketData:
    path = DATA / "ohlcv" / "binance_spot" / "Binance_BTCUSDT_1h.csv"
    parsed = parse_candle_file(path.read_bytes(), "1h")
    arrays = {k: np.asarray(getattr(parsed, k), dtype=np.float64) for k in ("open", "high", "low",
                                                                            "close")}  # fmt: skip
    times = np.asarray(parsed.ts, dtype=np.int64)
    return compute_market(times, arrays["open"], arrays["high"], arrays["low"], arrays["close"])


def bare_loop(
    market: MarketData, spec: EnvSpec, actions: list[int], observe: bool = False
) -> float:
    """The env's accounting (trade to target, ATR stop, equity, log-return) and nothing else;
    with ``observe``, also the observation (window slice + position state, copied)."""
    flat = market.features.reshape(-1)
    width = spec.window * market.features.shape[1]
    buf = np.zeros(width + 4, dtype=np.float32)
    o, h, lo, c, atr = (market.open.tolist(), market.high.tolist(), market.low.tolist(),
                        market.close.tolist(), market.atr.tolist())  # fmt: skip
    exposures = [spec.exposure(a) for a in range(spec.n_actions)]
    fee, slip, k = spec.fee, spec.slippage, spec.stop_atr_k
    first, last = max(spec.window - 1, 100), len(c) - 1
    t, cash, units, equity, held, stop, total = first, 1e4, 0.0, 1e4, 0, 0.0, 0.0
    started = time.perf_counter()
    for action in actions:
        price = c[t]
        if action != held:
            wanted = exposures[action] * equity / price
            delta = wanted - units
            fill = price * (1 + slip) if delta > 0 else price * (1 - slip)
            cash -= delta * fill + fee * abs(delta) * fill
            units, held = wanted, action
            stop = price - k * atr[t] if wanted > 0 else price + k * atr[t]
        t += 1
        if units > 0 and lo[t] <= stop:
            x = min(stop, o[t]) * (1 - slip)
            cash += units * x - fee * units * x
            units, held = 0.0, 0
        elif units < 0 and h[t] >= stop:
            x = max(stop, o[t]) * (1 + slip)
            cash += units * x + fee * units * x
            units, held = 0.0, 0
        before, equity = equity, cash + units * c[t]
        total += math.log(max(equity, 1e-9) / max(before, 1e-9))
        if observe:
            end = (t + 1) * market.features.shape[1]
            buf[:width] = flat[end - width : end]
            buf[width] = units * c[t] / equity / 3.0
            buf[width + 1] = 0.0
            buf[width + 2] = 0.0
            buf[width + 3] = 0.0
            buf.copy()
        if t >= last or equity < 5e3:
            t, cash, units, equity, held = first, 1e4, 0.0, 1e4, 0
    return len(actions) / (time.perf_counter() - started)


def env_loop(market: MarketData, spec: EnvSpec, actions: list[int]) -> float:
    env = TradingEnv(market, spec)
    env.reset(seed=0)
    step, reset = env.step, env.reset
    started = time.perf_counter()
    for action in actions:
        _, _, terminated, truncated, _ = step(action)
        if terminated or truncated:
            reset()
    return len(actions) / (time.perf_counter() - started)


def ppo_rate(env: object, steps: int) -> float:
    from stable_baselines3 import PPO

    model = PPO("MlpPolicy", env, n_steps=512, batch_size=64, seed=0, device="cpu", verbose=0,
                policy_kwargs={"net_arch": [64, 64]})  # fmt: skip
    started = time.perf_counter()
    model.learn(steps)
    return steps / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=300_000)
    parser.add_argument("--ppo-steps", type=int, default=8192)
    args = parser.parse_args()
    market = btc_market()
    spec = EnvSpec(window=32, episode_length=None)
    actions = np.random.default_rng(0).integers(0, spec.n_actions, args.steps).tolist()
    print(f"BTC/USDT 1h: {market.n_bars} bars, window 32, {spec.n_actions} actions")
    bare = max(bare_loop(market, spec, actions) for _ in range(3))
    observed = max(bare_loop(market, spec, actions, observe=True) for _ in range(3))
    ours = max(env_loop(market, spec, actions) for _ in range(3))
    print(f"env step      {ours:>10,.0f} steps/s (goal ≥ 50,000)")
    print(f"bare loop     {bare:>10,.0f} steps/s")
    print(f"ratio         {ours / bare:>10.2f} (goal ≥ 0.50)")
    print(f"bare + obs    {observed:>10,.0f} steps/s (the loop also building the observation)")
    print(f"ratio         {ours / observed:>10.2f}")

    import gymnasium as gym
    import torch

    torch.set_num_threads(1)
    ours_ppo = ppo_rate(TradingEnv(market, EnvSpec(window=32)), args.ppo_steps)
    cartpole = ppo_rate(gym.make("CartPole-v1"), args.ppo_steps)
    print(f"PPO in our env {ours_ppo:>9,.0f} timesteps/s")
    print(f"PPO CartPole   {cartpole:>9,.0f} timesteps/s")
    print(f"ratio          {ours_ppo / cartpole:>9.2f} (goal ≥ 0.70)")


if __name__ == "__main__":
    main()
