"""Domain DTOs of the RL module, shared by the API schemas, the jobs and ``public.py``.

``EnvSpec`` fixes everything the trading environment does (observation window, actions, costs,
the stop-loss, the episode's end, the reward); ``AlgoSpec`` the learner and its bounded
hyperparameters. Both are stored with every model, so a model is always rebuilt in the
environment it was trained in.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.timeframes import TIMEFRAME_MS
from app.core.timeutil import UtcDatetime

Algo = Literal["dqn", "ppo", "a2c"]
Reward = Literal["log_return", "differential_sharpe", "drawdown_penalty", "turnover_penalty"]
ActionLabel = Literal["flat", "long", "short"]
MAX_TIMESTEPS = 2_000_000
MAX_WINDOW = 256

REWARD_DOC = (
    "log_return: log(E[t+1] / E[t]) of the equity, costs included. "
    "differential_sharpe: Moody & Saffell's differential Sharpe ratio of the bar's simple "
    "return (moving moments with rate sharpe_eta), clipped to ±10. "
    "drawdown_penalty: log-return − penalty × the increase of the drawdown from the peak this "
    "bar (0 when it shrinks). "
    "turnover_penalty: log-return − penalty × |change of target exposure| (turnover in units "
    "of equity)."
)


class EnvSpec(BaseModel):
    """The trading environment: what the agent sees, what it may do, what it pays."""

    model_config = ConfigDict(extra="forbid")

    window: int = Field(default=32, ge=1, le=MAX_WINDOW, description="Bars of features seen")
    leverage_levels: list[float] = Field(
        default_factory=lambda: [1.0, 2.0, 3.0],
        min_length=1,
        max_length=6,
        description="Actions: flat, long × each level, short × each level (each ≤ 3×)",
    )
    fee: float = Field(default=0.001, ge=0, le=0.05, description="Per side, of notional traded")
    slippage: float = Field(default=0.0005, ge=0, le=0.05, description="Per fill, of price")
    stop_atr_k: float = Field(
        default=3.0, gt=0, le=50, description="Stop-loss distance = k × ATR(14) at entry"
    )
    max_drawdown: float = Field(
        default=0.5, gt=0, lt=1, description="Episode ends when equity falls this far from its peak"
    )
    reward: Reward = Field(default="log_return", description=REWARD_DOC)
    reward_penalty: float = Field(default=0.1, ge=0, le=100, description="λ of the penalties")
    sharpe_eta: float = Field(default=0.01, gt=0, lt=1, description="Rate of the DSR moments")
    episode_length: int | None = Field(
        default=2048, ge=8, le=1_000_000, description="Bars per training episode (None: to the end)"
    )
    initial_equity: float = Field(default=10_000.0, gt=0, le=1e12)

    @field_validator("leverage_levels")
    @classmethod
    def _levels(cls, levels: list[float]) -> list[float]:
        from app.core import policy

        for index, level in enumerate(levels):
            policy.check_leverage(level, field=f"leverage_levels.{index}")
        if len(set(levels)) != len(levels):
            raise ValueError("leverage levels must be distinct")
        return sorted(levels)

    @property
    def n_actions(self) -> int:
        return 1 + 2 * len(self.leverage_levels)

    def exposure(self, action: int) -> float:
        """Target exposure (signed leverage) of a discrete action: 0 flat, 1..L long, L+1..2L
        short."""
        levels = len(self.leverage_levels)
        if action == 0:
            return 0.0
        if action <= levels:
            return self.leverage_levels[action - 1]
        return -self.leverage_levels[action - 1 - levels]

    def label(self, action: int) -> ActionLabel:
        exposure = self.exposure(action)
        return "flat" if exposure == 0 else ("long" if exposure > 0 else "short")


class AlgoSpec(BaseModel):
    """The learner (stable-baselines3) and its hyperparameters, each bounded."""

    model_config = ConfigDict(extra="forbid")

    algo: Algo = "ppo"
    total_timesteps: int = Field(default=50_000, ge=64, le=MAX_TIMESTEPS)
    learning_rate: float | None = Field(default=None, gt=0, le=0.1, description="None: default")
    gamma: float = Field(default=0.99, ge=0.5, le=0.9999)
    net_arch: list[int] = Field(default_factory=lambda: [64, 64], min_length=1, max_length=4)
    n_envs: int = Field(default=1, ge=1, le=8, description="Parallel envs (PPO, A2C)")
    n_steps: int | None = Field(default=None, ge=8, le=8192, description="PPO/A2C rollout")
    batch_size: int | None = Field(default=None, ge=8, le=4096, description="PPO/DQN batch")
    ent_coef: float = Field(default=0.0, ge=0, le=1, description="PPO/A2C entropy bonus")
    buffer_size: int = Field(default=50_000, ge=100, le=1_000_000, description="DQN replay")
    exploration_fraction: float = Field(default=0.3, gt=0, le=1, description="DQN ε decay")
    learning_starts: int = Field(default=500, ge=0, le=100_000, description="DQN")
    seed: int = Field(default=0, ge=0, le=2**31 - 1)

    @field_validator("net_arch")
    @classmethod
    def _arch(cls, layers: list[int]) -> list[int]:
        for size in layers:
            if not 4 <= size <= 512:
                raise ValueError("each hidden layer has 4..512 units")
        return layers


class MultiAgentSpec(BaseModel):
    """Train several agents together in one market whose price their net orders move
    (``multiagent.SharedMarketEnv``), with one shared policy (parameter sharing)."""

    model_config = ConfigDict(extra="forbid")

    agents: int = Field(default=2, ge=2, le=8)
    impact: float = Field(
        default=0.01, ge=0, le=1, description="Price move per unit of net notional ÷ equity"
    )


class CandleRange(BaseModel):
    """Which stored candles: exchange, ccxt symbol, timeframe and ``[start, end)``."""

    model_config = ConfigDict(extra="forbid")

    exchange: str = Field(default="binance", pattern=r"^[a-z0-9]{2,32}$")
    symbol: str = Field(min_length=3, max_length=40, description="ccxt form, BTC/USDT")
    timeframe: str = Field(default="1h")
    start: UtcDatetime | None = None
    end: UtcDatetime | None = None

    @field_validator("timeframe")
    @classmethod
    def _timeframe(cls, value: str) -> str:
        if value not in TIMEFRAME_MS:
            raise ValueError(f"unknown timeframe; one of {', '.join(TIMEFRAME_MS)}")
        return value

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str) -> str:
        from app.core.symbols import normalize_symbol

        return normalize_symbol(value)

    @model_validator(mode="after")
    def _order(self) -> CandleRange:
        if self.start and self.end and self.start >= self.end:
            raise ValueError("start must be before end")
        return self


class DataRange(BaseModel):
    """The bars a model was trained on and the held-back bars it was evaluated on."""

    exchange: str
    symbol: str
    timeframe: str
    train_start: datetime
    train_end: datetime
    test_start: datetime | None
    test_end: datetime | None
    train_bars: int
    test_bars: int


class EpisodeReport(BaseModel):
    """One deterministic pass of an agent over a range."""

    total_return: float
    final_equity: float
    steps: int
    trades: int
    stops_hit: int
    terminated_by_drawdown: bool
    action_counts: dict[str, int]
