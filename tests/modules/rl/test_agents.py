"""Agents in-process (what the pool processes run): learning a planted pattern, seeded
determinism, save → safe load → same actions as SB3's own model, the confidence gate."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.errors import PolicyViolation
from app.modules.rl.agents import action_probabilities, build, from_bytes, to_bytes
from app.modules.rl.env import TradingEnv
from app.modules.rl.errors import InvalidModelFile
from app.modules.rl.service import gate
from app.modules.rl.specs import AlgoSpec, EnvSpec
from app.modules.rl.tasks import train_work
from tests.modules.rl.conftest import planted_rows

COLUMNS = ("open", "high", "low", "close")
ENV = {"window": 4, "leverage_levels": [1.0], "episode_length": 256}


class Quiet:
    def __init__(self) -> None:
        self.notes: list[str] = []

    def report(self, fraction: float) -> None:
        pass

    def note(self, message: str) -> None:
        self.notes.append(message)

    def should_cancel(self) -> bool:
        return False


def planted_bars() -> dict:
    rows = planted_rows()
    return {
        "times": [int(r[0]) for r in rows],
        **{
            k: [float(r[i]) for r in rows]
            for i, k in enumerate(("open", "high", "low", "close"), 1)
        },
    }


def test_ppo_learns_the_planted_pattern_and_beats_the_random_agent(tmp_path):
    algo = {"algo": "ppo", "total_timesteps": 3072, "n_steps": 256, "seed": 3}
    progress = Quiet()
    report = train_work(planted_bars(), ENV, algo, 0.25, "1h", str(tmp_path / "m.zip"), progress)
    oos = report["out_of_sample"]
    assert oos["total_return"] > 0.5 > report["random_out_of_sample_return"]
    assert oos["metrics"]["sharpe"] > 1
    assert any("mean reward" in note for note in progress.notes)


def test_a2c_trains_and_same_seed_gives_the_same_agent(tmp_path):
    algo = {"algo": "a2c", "total_timesteps": 400, "seed": 7}
    one = train_work(planted_bars(), ENV, algo, 0.2, "1h", str(tmp_path / "a.zip"), Quiet())
    two = train_work(planted_bars(), ENV, algo, 0.2, "1h", str(tmp_path / "b.zip"), Quiet())
    env, spec = EnvSpec.model_validate(ENV), AlgoSpec.model_validate(algo)
    a = from_bytes((tmp_path / "a.zip").read_bytes(), env, spec, "file")
    b = from_bytes((tmp_path / "b.zip").read_bytes(), env, spec, "file")
    for (ka, va), (kb, vb) in zip(
        a.policy.state_dict().items(), b.policy.state_dict().items(), strict=True
    ):
        assert ka == kb and np.array_equal(va.numpy(), vb.numpy())
    assert one["out_of_sample"] == two["out_of_sample"]


@pytest.mark.parametrize("algo", ["dqn", "ppo"])
def test_save_then_safe_load_acts_like_the_sb3_model(algo):
    from tests.modules.rl.test_env import random_walk

    env_spec = EnvSpec(window=8)
    spec = AlgoSpec(algo=algo, total_timesteps=256, n_steps=64, learning_starts=32, seed=2)
    env = TradingEnv(random_walk(), env_spec)
    model = build(spec, env)
    model.learn(256)
    loaded = from_bytes(to_bytes(model), env_spec, spec, "file")
    obs = np.stack([env.reset(seed=s)[0] for s in range(32)])
    own, _ = model.predict(obs, deterministic=True)
    assert np.array_equal(action_probabilities(loaded, obs).argmax(axis=1), own)
    assert np.allclose(action_probabilities(loaded, obs), action_probabilities(model, obs))
    probs = action_probabilities(loaded, obs)
    assert np.allclose(probs.sum(axis=1), 1.0)
    # The same weights under another network shape are refused, not half-loaded.
    other = spec.model_copy(update={"net_arch": [32]})
    with pytest.raises(InvalidModelFile):
        from_bytes(to_bytes(model), env_spec, other, "file")


ONE_X = EnvSpec(leverage_levels=[1.0])


def decision(action: int, confidence: float) -> dict:
    return {
        "action": action, "confidence": confidence, "probabilities": [0.1, 0.5, 0.4],
        "exposure": ONE_X.exposure(action), "price": 100.0, "atr": 2.0,
        "stop_loss": 94.0 if ONE_X.exposure(action) > 0 else 106.0, "time_ms": 0,
    }  # fmt: skip


def test_confidence_gate_holds_below_065_and_keeps_the_stop():
    env = ONE_X
    below = gate("m", "BTC/USDT", env, decision(1, 0.6499))
    assert below["side"] == "HOLD" and below["action"] == "hold" and below["gated"]
    assert below["policy_action"] == "long" and below["stop_loss"] is None
    assert below["target_exposure"] == 0.0
    at = gate("m", "BTC/USDT", env, decision(1, 0.65))
    assert at["side"] == "BUY" and at["stop_loss"] == 94.0 and not at["gated"]
    short = gate("m", "BTC/USDT", env, decision(2, 0.9))
    assert short["side"] == "SELL" and short["stop_loss"] == 106.0
    flat = gate("m", "BTC/USDT", env, decision(0, 0.9))
    assert flat["side"] == "HOLD" and flat["action"] == "flat"
    wrong_side = {**decision(1, 0.9), "stop_loss": 101.0}  # a BUY's stop above the price
    with pytest.raises(PolicyViolation):
        gate("m", "BTC/USDT", env, wrong_side)
