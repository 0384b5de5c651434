"""The trading environment: gymnasium's checker, and its accounting against a hand-computed
episode (fees, slippage, a stop hit inside a bar, a gapped stop, the drawdown limit)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

from app.core.errors import PolicyViolation
from app.modules.rl.env import TradingEnv
from app.modules.rl.features import FEATURE_NAMES, MarketData, compute_market
from app.modules.rl.specs import EnvSpec


def market(rows: list[tuple[float, float, float, float, float]]) -> MarketData:
    """Bars (open, high, low, close, atr) with all-zero features: the accounting alone."""
    array = np.asarray(rows, dtype=np.float64)
    n = len(rows)
    return MarketData(
        times=np.arange(n, dtype=np.int64) * 3_600_000,
        open=array[:, 0].copy(),
        high=array[:, 1].copy(),
        low=array[:, 2].copy(),
        close=array[:, 3].copy(),
        features=np.zeros((n, len(FEATURE_NAMES)), dtype=np.float32),
        atr=array[:, 4].copy(),
    )


def random_walk(n: int = 600, seed: int = 0) -> MarketData:
    rng = np.random.default_rng(seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, n)))
    open_ = np.r_[close[0], close[:-1]]
    return compute_market(
        np.arange(n) * 3_600_000,
        open_,
        np.maximum(open_, close) * 1.003,
        np.minimum(open_, close) * 0.997,
        close,
    )


def test_gymnasium_env_checker_passes():
    env = TradingEnv(random_walk(), EnvSpec(window=16, reward="differential_sharpe"))
    check_env(env, skip_render_check=True)
    assert env.observation_space.shape == (16 * len(FEATURE_NAMES) + 4,)
    assert env.action_space.n == 7


def test_accounting_matches_a_hand_computed_episode():
    fee, slip = 0.001, 0.0005
    bars = [
        (100.0, 101.0, 99.0, 100.0, 2.0),  # t0: go long 2x at the close
        (100.0, 103.0, 99.5, 102.0, 2.0),  # t1: hold
        (102.0, 104.0, 101.0, 103.0, 2.0),  # t2: hold
        (103.0, 103.5, 95.0, 96.0, 1.5),  # t3: the low crosses the stop at 96 → out at 96
        (99.5, 100.0, 98.0, 99.0, 1.5),  # t4: short 1x from t3 gapped over its stop of 99
        (99.0, 99.5, 98.5, 99.0, 1.5),  # t5: the data's end
    ]
    spec = EnvSpec(window=1, fee=fee, slippage=slip, stop_atr_k=2.0, episode_length=None)
    env = TradingEnv(market(bars), spec, random_start=False)
    env.reset(seed=0)
    assert env.t == 0 and env.equity == 10_000

    # Step 1 (t0 → t1): buy 2 × 10,000 / 100 = 200 units at 100 × 1.0005, fee 0.1 % of that.
    fill = 100 * (1 + slip)
    cash = 10_000 - 200 * fill - fee * 200 * fill
    _, reward, terminated, truncated, info = env.step(2)
    assert env.stop_price == pytest.approx(100 - 2 * 2.0)
    assert info["equity"] == pytest.approx(cash + 200 * 102)
    assert reward == pytest.approx(math.log((cash + 200 * 102) / 10_000))
    assert not terminated and not truncated

    # Step 2 (t1 → t2): same action, no trade, no cost.
    _, reward, *_ = env.step(2)
    assert env.equity == pytest.approx(cash + 200 * 103)
    assert reward == pytest.approx(math.log((cash + 200 * 103) / (cash + 200 * 102)))

    # Step 3 (t2 → t3): low 95 ≤ stop 96 → sold at 96 × (1 − slippage), minus the fee.
    exit_price = 96 * (1 - slip)
    cash += 200 * exit_price - fee * 200 * exit_price
    _, reward, _, _, info = env.step(2)
    assert info["stopped"] and env.units == 0 and env.stops_hit == 1
    assert env.equity == pytest.approx(cash)
    assert reward == pytest.approx(math.log(cash / (10_000 - 200 * fill - fee * 200 * fill
                                                    + 200 * 103)))  # fmt: skip

    # Step 4 (t3 → t4): short 1x (action 4): units = −E/96, sold at 96 × (1 − slippage);
    # stop 96 + 2 × 1.5 = 99; bar 4 opens at 99.5, above it: bought back at 99.5 × (1 + slip).
    equity3 = cash
    units = -equity3 / 96
    short_fill = 96 * (1 - slip)
    cash = cash - units * short_fill - fee * abs(units) * short_fill
    assert env.step(4)[4]["stopped"]
    cover = 99.5 * (1 + slip)
    cash += units * cover - fee * abs(units) * cover
    assert env.equity == pytest.approx(cash)
    assert env.stop_price == pytest.approx(99.0)
    assert env.trades == 2 and env.stops_hit == 2
    assert env.fees_paid == pytest.approx(
        fee * (200 * fill + 200 * exit_price + abs(units) * (short_fill + cover))
    )

    # Step 5 (t4 → t5): flat; the last bar truncates the episode.
    _, reward, terminated, truncated, _ = env.step(0)
    assert reward == pytest.approx(0.0) and truncated and not terminated
    assert env.equity == pytest.approx(cash)


def test_drawdown_limit_terminates_the_episode():
    bars = [(100.0, 100.0, 100.0, 100.0, 50.0)] + [(100.0, 100.0, 100.0, 100.0, 50.0)] * 2
    bars[1] = (100.0, 100.0, 89.0, 90.0, 50.0)  # 3x long loses 30 %: beyond a 25 % limit
    spec = EnvSpec(window=1, fee=0, slippage=0, max_drawdown=0.25, episode_length=None)
    env = TradingEnv(market(bars), spec, random_start=False)
    env.reset()
    _, _, terminated, truncated, info = env.step(3)
    assert terminated and not truncated
    assert info["equity"] == pytest.approx(10_000 - 300 * 10)


def test_differential_sharpe_reward_follows_moody_saffell():
    closes = [100.0, 101.0, 99.0, 102.0, 103.0, 101.0]
    bars = [(c, c, c, c, 100.0) for c in closes]
    spec = EnvSpec(window=1, fee=0, slippage=0, reward="differential_sharpe", sharpe_eta=0.1,
                   episode_length=None)  # fmt: skip
    env = TradingEnv(market(bars), spec, random_start=False)
    env.reset()
    a = b = 0.0
    for t in range(1, len(closes)):
        r = closes[t] / closes[t - 1] - 1  # 1x long the whole time: equity return = price return
        variance = b - a * a
        expected = (b * (r - a) - 0.5 * a * (r * r - b)) / variance**1.5 if variance > 1e-12 else 0
        _, reward, *_ = env.step(1)
        assert reward == pytest.approx(max(-10, min(10, expected)))
        a, b = a + 0.1 * (r - a), b + 0.1 * (r * r - b)


def test_penalised_rewards():
    bars = [(100.0, 100.0, 100.0, 100.0, 100.0)] * 3 + [(100.0, 100.0, 90.0, 90.0, 100.0)]
    spec = EnvSpec(window=1, fee=0, slippage=0, reward="turnover_penalty", reward_penalty=0.5,
                   episode_length=None)  # fmt: skip
    env = TradingEnv(market(bars), spec, random_start=False)
    env.reset()
    assert env.step(3)[1] == pytest.approx(-0.5 * 3)  # 0 → 3x: turnover 3, no price change
    assert env.step(6)[1] == pytest.approx(-0.5 * 6)  # 3x long → 3x short: turnover 6
    spec = spec.model_copy(update={"reward": "drawdown_penalty"})
    env = TradingEnv(market(bars), spec, random_start=False)
    env.reset(options={"start": 2})
    reward = env.step(1)[1]  # 1x long into a 10 % drop: drawdown grows by 0.10
    assert reward == pytest.approx(math.log(0.9) - 0.5 * 0.10)


def test_observation_holds_the_window_and_the_position():
    data = random_walk()
    env = TradingEnv(data, EnvSpec(window=4), random_start=False, first_bar=120)
    obs, _ = env.reset()
    assert np.array_equal(obs[:24], data.features[117:121].reshape(-1))
    assert np.array_equal(obs[24:], np.zeros(4, dtype=np.float32))
    obs, *_ = env.step(3)  # 3x long
    assert obs[24] == pytest.approx(env.units * data.close[121] / env.equity / 3, rel=1e-5)
    assert obs[26] == pytest.approx(0.01)  # one bar in the trade


def test_leverage_above_the_cap_is_a_policy_violation():
    with pytest.raises(PolicyViolation):
        EnvSpec(leverage_levels=[1.0, 4.0])


def test_features_use_no_future_bars():
    data = random_walk(400)
    head = random_walk(400)
    cut = compute_market(data.times[:300], data.open[:300], data.high[:300], data.low[:300],
                         data.close[:300])  # fmt: skip
    assert np.allclose(cut.features, head.features[:300], atol=1e-6)
    assert np.all(np.abs(data.features) <= 10)
