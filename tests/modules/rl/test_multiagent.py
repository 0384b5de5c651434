"""Multi-agent: the PettingZoo parallel API test, the impact model against a hand computation
(two agents buying together move the price and fill worse than one alone), and a shared
policy trained in the shared market."""

from __future__ import annotations

import numpy as np
import pytest
from pettingzoo.test import parallel_api_test

from app.modules.rl.multiagent import SharedMarketEnv
from app.modules.rl.specs import EnvSpec
from app.modules.rl.tasks import train_work
from tests.modules.rl.test_agents import ENV, Quiet, planted_bars
from tests.modules.rl.test_env import market, random_walk

FLAT_BARS = [(100.0, 100.5, 99.5, 100.0, 1.0)] * 4
SPEC = EnvSpec(window=1, leverage_levels=[1.0], fee=0.0, slippage=0.0, episode_length=None)


def test_pettingzoo_parallel_api():
    env = SharedMarketEnv(random_walk(400), EnvSpec(window=8), n_agents=2, impact=0.05,
                          first_bar=100)  # fmt: skip
    parallel_api_test(env, num_cycles=100)


def test_combined_orders_move_the_price_through_the_impact_model():
    impact = 0.02
    env = SharedMarketEnv(market(FLAT_BARS), SPEC, n_agents=2, impact=impact, random_start=False)
    env.reset()
    _, rewards, *_ = env.step({"agent_0": 1, "agent_1": 1})  # both go 1x long
    # Each buys 10,000 / 100 = 100 units: net notional 20,000 = 2 × 10,000 → +2 % before fills.
    move = impact * 20_000 / (2 * 10_000)
    assert env.last_move == pytest.approx(move)
    assert env.level == pytest.approx(1 + move)
    assert env.price() == pytest.approx(100 * (1 + move))  # the move persists
    fill = 100 * (1 + move)
    cash = 10_000 - 100 * fill
    expected_equity = cash + 100 * 100 * (1 + move)  # marked at the moved close: no gain
    assert env.equity == pytest.approx([expected_equity] * 2)
    assert rewards["agent_0"] == pytest.approx(np.log(expected_equity / 10_000))

    alone = SharedMarketEnv(market(FLAT_BARS), SPEC, n_agents=2, impact=impact,
                            random_start=False)  # fmt: skip
    alone.reset()
    alone.step({"agent_0": 1, "agent_1": 0})
    assert alone.last_move == pytest.approx(move / 2)  # half the flow, half the move
    # Opposite orders cancel: no move at all.
    crossed = SharedMarketEnv(market(FLAT_BARS), SPEC, n_agents=2, impact=impact,
                              random_start=False)  # fmt: skip
    crossed.reset()
    crossed.step({"agent_0": 1, "agent_1": 2})
    assert crossed.last_move == pytest.approx(0.0) and crossed.level == 1.0
    # No impact: the candles' own price.
    still = SharedMarketEnv(market(FLAT_BARS), SPEC, n_agents=2, impact=0.0, random_start=False)
    still.reset()
    still.step({"agent_0": 1, "agent_1": 1})
    assert still.price() == 100.0


def test_shared_policy_trains_in_the_shared_market(tmp_path):
    algo = {"algo": "ppo", "total_timesteps": 512, "n_steps": 64, "seed": 0}
    report = train_work(
        planted_bars(), ENV, algo, 0.2, "1h", str(tmp_path / "m.zip"), Quiet(),
        multi_raw={"agents": 2, "impact": 0.01},
    )  # fmt: skip
    assert report["timesteps"] >= 512  # two agents: two timesteps per bar
    assert (tmp_path / "m.zip").stat().st_size == report["size_bytes"]
    assert "out_of_sample" in report
