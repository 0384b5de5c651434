"""Building, training, loading and querying stable-baselines3 agents (worker processes only).

Confidence of an action is the policy's probability of it: PPO and A2C give a categorical
distribution over the discrete actions; DQN has Q-values, turned into probabilities with a
softmax (temperature ``DQN_SOFTMAX_TEMPERATURE``, on Q-values centred by their mean), which is
a documented convention, not a calibrated probability.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from app.modules.rl.errors import InvalidModelFile
from app.modules.rl.safezip import policy_state, read_checked
from app.modules.rl.specs import AlgoSpec, EnvSpec

if TYPE_CHECKING:
    import numpy as np
    from stable_baselines3.common.base_class import BaseAlgorithm

DQN_SOFTMAX_TEMPERATURE = 1.0
_CACHE_SIZE = 8
_loaded: OrderedDict[str, BaseAlgorithm] = OrderedDict()


def configure_torch() -> None:
    """One thread per worker process (the machine's cores are shared), deterministic ops."""
    import torch

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True, warn_only=True)


def _space_env(env_spec: EnvSpec) -> Any:
    """An env with the trading env's spaces and no data: enough to rebuild a policy."""
    import gymnasium as gym
    import numpy as np
    from gymnasium import spaces

    from app.modules.rl.env import STATE_FEATURES
    from app.modules.rl.features import FEATURE_CLIP, FEATURE_NAMES

    size = env_spec.window * len(FEATURE_NAMES) + STATE_FEATURES

    class SpaceEnv(gym.Env[np.ndarray, np.int64]):
        def __init__(self) -> None:
            high = np.full(size, FEATURE_CLIP, dtype=np.float32)
            self.observation_space = spaces.Box(-high, high, dtype=np.float32)
            self.action_space = spaces.Discrete(env_spec.n_actions)

        def reset(self, *, seed: int | None = None, options: Any = None) -> Any:
            super().reset(seed=seed)
            return np.zeros(size, dtype=np.float32), {}

        def step(self, action: Any) -> Any:
            return np.zeros(size, dtype=np.float32), 0.0, True, False, {}

    return SpaceEnv()


def build(algo: AlgoSpec, env: Any, *, for_inference: bool = False) -> BaseAlgorithm:
    """A fresh agent for ``env`` with ``algo``'s hyperparameters (SB3 defaults where unset)."""
    from stable_baselines3 import A2C, DQN, PPO

    common: dict[str, Any] = {
        "gamma": algo.gamma,
        "seed": algo.seed,
        "device": "cpu",
        "verbose": 0,
        "policy_kwargs": {"net_arch": list(algo.net_arch)},
    }
    if algo.learning_rate is not None:
        common["learning_rate"] = algo.learning_rate
    if algo.algo == "dqn":
        return DQN(
            "MlpPolicy",
            env,
            buffer_size=1 if for_inference else algo.buffer_size,
            batch_size=algo.batch_size or 64,
            learning_starts=algo.learning_starts,
            exploration_fraction=algo.exploration_fraction,
            train_freq=4,
            target_update_interval=500,
            **common,
        )
    if algo.algo == "ppo":
        n_steps = algo.n_steps or 512
        batch = min(algo.batch_size or 64, n_steps * algo.n_envs)
        return PPO(
            "MlpPolicy", env, n_steps=n_steps, batch_size=batch, ent_coef=algo.ent_coef, **common
        )
    return A2C("MlpPolicy", env, n_steps=algo.n_steps or 8, ent_coef=algo.ent_coef, **common)


def from_bytes(content: bytes, env_spec: EnvSpec, algo: AlgoSpec, field: str) -> BaseAlgorithm:
    """Rebuild the agent from our specs and copy in the zip's weights (see ``safezip``)."""
    configure_torch()
    state = policy_state(content, field)
    model = build(algo, _space_env(env_spec), for_inference=True)
    try:
        model.policy.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise InvalidModelFile(
            "the weights do not fit the given algorithm, network and environment: "
            + str(exc).splitlines()[0],
            field=field,
            type="shape",
        ) from exc
    model.policy.set_training_mode(False)
    return model


def load_registered(path: str, sha256: str, env_spec: EnvSpec, algo: AlgoSpec) -> BaseAlgorithm:
    """A registry model, hash checked; kept in a small per-process cache by hash."""
    from pathlib import Path

    cached = _loaded.get(sha256)
    if cached is not None:
        _loaded.move_to_end(sha256)
        return cached
    model = from_bytes(read_checked(Path(path), sha256), env_spec, algo, "model_id")
    _loaded[sha256] = model
    while len(_loaded) > _CACHE_SIZE:
        _loaded.popitem(last=False)
    return model


def to_bytes(model: BaseAlgorithm) -> bytes:
    buffer = io.BytesIO()
    model.save(buffer)
    return buffer.getvalue()


def action_probabilities(model: BaseAlgorithm, observations: np.ndarray) -> np.ndarray:
    """Probabilities over the discrete actions, one row per observation."""
    import numpy as np
    import torch
    from stable_baselines3 import DQN

    obs, _ = model.policy.obs_to_tensor(np.asarray(observations, dtype=np.float32))
    with torch.no_grad():
        if isinstance(model, DQN):
            q = model.q_net(obs)
            centred = (q - q.mean(dim=1, keepdim=True)) / DQN_SOFTMAX_TEMPERATURE
            probs = torch.softmax(centred, dim=1)
        else:
            probs = model.policy.get_distribution(obs).distribution.probs
    return np.asarray(probs.cpu().numpy(), dtype=np.float64)
