"""The trading environment: a gymnasium ``Env`` over one symbol's candles.

Imported only inside training, prediction and evaluation (worker processes), never by the web
process at start-up.

**Observation** (float32, shape ``window × 6 + 4``): the last ``window`` rows of the feature
matrix (``features.FEATURE_NAMES``, oldest first, flattened), then the position state: current
exposure ÷ 3, unrealised PnL ÷ equity, bars in the trade ÷ 100 (capped at 10), and the distance
to the stop in ATRs ÷ 10 (0 when flat).

**Actions** (``Discrete(1 + 2L)``): 0 = flat, ``1..L`` = long at each leverage level,
``L+1..2L`` = short at each level (``EnvSpec.exposure``). Levels above the 3× cap are refused
when the spec is built.

**Accounting** per step, at the close ``c[t]`` of bar ``t``:

1. If the action differs from the one held, the position is traded to the target
   ``q* = exposure × E[t] / c[t]`` units. The fill price is ``c[t] × (1 ± slippage)`` (+ when
   buying), the fee is ``fee × |Δq| × fill``; cash pays both. A new or changed position gets
   a stop at ``c[t] ∓ stop_atr_k × ATR[t]`` (below for a long, above for a short).
2. On bar ``t+1``: a long whose low reaches the stop exits at ``min(stop, open) × (1 −
   slippage)``; a short whose high reaches it at ``max(stop, open) × (1 + slippage)``; the
   exit pays the fee too and the position is flat (the agent may re-enter at the next step).
3. ``E[t+1] = cash + q × c[t+1]``. The reward (``specs.REWARD_DOC``) is computed from
   ``E[t]`` and ``E[t+1]``.

**End**: terminated when ``E[t+1] ≤ peak × (1 − max_drawdown)`` (or equity ≤ 0); truncated at
the data's last bar or after ``episode_length`` steps.

Speed: prices are Python lists and the state Python floats (numpy scalars are several times
slower per operation); the observation is one slice copy of the C-contiguous feature matrix.
"""

from __future__ import annotations

import math
from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from app.modules.rl.features import FEATURE_CLIP, FEATURE_NAMES, MarketData
from app.modules.rl.specs import EnvSpec

STATE_FEATURES = 4
DSR_CLIP = 10.0
EQUITY_FLOOR = 1e-9


class TradingEnv(gym.Env[np.ndarray, np.int64]):
    metadata: dict[str, Any] = {"render_modes": []}

    def __init__(
        self,
        market: MarketData,
        spec: EnvSpec | None = None,
        *,
        random_start: bool = True,
        first_bar: int | None = None,
    ) -> None:
        super().__init__()
        self.spec_ = spec or EnvSpec()
        self.market = market
        window = self.spec_.window
        self.first_bar = max(window - 1, first_bar if first_bar is not None else window - 1)
        if market.n_bars - self.first_bar < 2:
            raise ValueError(
                f"{market.n_bars} bars are too few for a window of {window} (need ≥ {window + 1})"
            )
        self.random_start = random_start
        n_features = len(FEATURE_NAMES)
        self._flat = market.features.reshape(-1)
        self._width = window * n_features
        self._n_features = n_features
        self._open = market.open.tolist()
        self._high = market.high.tolist()
        self._low = market.low.tolist()
        self._close = market.close.tolist()
        self._atr = market.atr.tolist()
        self._last = market.n_bars - 1
        self._exposures = [self.spec_.exposure(a) for a in range(self.spec_.n_actions)]
        self._fee = self.spec_.fee
        self._slip = self.spec_.slippage
        self._stop_k = self.spec_.stop_atr_k
        self._dd_floor = 1.0 - self.spec_.max_drawdown
        self._reward_kind = self.spec_.reward
        self._penalty = self.spec_.reward_penalty
        self._eta = self.spec_.sharpe_eta
        self._length = self.spec_.episode_length
        high = np.full(self._width + STATE_FEATURES, FEATURE_CLIP, dtype=np.float32)
        self.observation_space = spaces.Box(-high, high, dtype=np.float32)
        self.action_space = spaces.Discrete(self.spec_.n_actions)
        self._obs = np.zeros(self._width + STATE_FEATURES, dtype=np.float32)
        self._reset_state(self.first_bar)

    # ------------------------------------------------------------------ state

    def _reset_state(self, start: int) -> None:
        self.t = start
        self.start = start
        self.cash = self.spec_.initial_equity
        self.units = 0.0
        self.equity = self.spec_.initial_equity
        self.peak = self.equity
        self.action_held = 0
        self.entry_price = 0.0
        self.stop_price = 0.0
        self.bars_in_trade = 0
        self.dsr_a = 0.0
        self.dsr_b = 0.0
        self.trades = 0
        self.stops_hit = 0
        self.fees_paid = 0.0

    def _observation(self) -> np.ndarray:
        obs, t, w = self._obs, self.t, self._width
        end = (t + 1) * self._n_features
        obs[:w] = self._flat[end - w : end]
        units = self.units
        if units:
            equity = self.equity if self.equity > EQUITY_FLOOR else EQUITY_FLOOR
            price, atr = self._close[t], self._atr[t]
            exposure = units * price / equity / 3.0
            upnl = units * (price - self.entry_price) / equity
            stop = abs(price - self.stop_price) / atr / 10.0 if atr > 0 else 0.0
            held = self.bars_in_trade / 100.0
            if exposure > FEATURE_CLIP or exposure < -FEATURE_CLIP:
                exposure = FEATURE_CLIP if exposure > 0 else -FEATURE_CLIP
            if upnl > FEATURE_CLIP or upnl < -FEATURE_CLIP:
                upnl = FEATURE_CLIP if upnl > 0 else -FEATURE_CLIP
            obs[w] = exposure
            obs[w + 1] = upnl
            obs[w + 2] = held if held < FEATURE_CLIP else FEATURE_CLIP
            obs[w + 3] = stop if stop < FEATURE_CLIP else FEATURE_CLIP
        else:
            obs[w:] = 0.0
        return obs.copy()

    # ------------------------------------------------------------------ gymnasium API

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[np.ndarray, dict[str, Any]]:
        super().reset(seed=seed)
        start = self.first_bar
        if options and "start" in options:
            start = max(self.first_bar, min(int(options["start"]), self._last - 1))
        elif self.random_start:
            span = self._length or 0
            latest = self._last - 1 - (span if span < self._last - self.first_bar else 0)
            if latest > self.first_bar:
                start = int(self.np_random.integers(self.first_bar, latest + 1))
        self._reset_state(start)
        return self._observation(), {"equity": self.equity, "t": self.t}

    def step(self, action: Any) -> tuple[np.ndarray, float, bool, bool, dict[str, Any]]:
        action = int(action)
        t = self.t
        price = self._close[t]
        equity_before = self.equity
        units = self.units
        cash = self.cash
        old_exposure = self._exposures[self.action_held] if units else 0.0
        target = self._exposures[action]
        fee, slip = self._fee, self._slip
        if action != self.action_held or (target != 0.0 and units == 0.0):
            wanted = target * equity_before / price
            delta = wanted - units
            if delta != 0.0:
                fill = price * (1.0 + slip) if delta > 0 else price * (1.0 - slip)
                cost = fee * abs(delta) * fill
                cash -= delta * fill + cost
                self.fees_paid += cost
                units = wanted
                self.trades += 1
            if target != 0.0:
                self.entry_price = price
                distance = self._stop_k * self._atr[t]
                self.stop_price = price - distance if target > 0 else price + distance
                self.bars_in_trade = 0
            self.action_held = action
        turnover = abs(target - old_exposure)

        # bar t+1: the stop first, then the close
        t += 1
        stopped = False
        if units > 0.0:
            stopped = self._low[t] <= self.stop_price
            if stopped:
                exit_price = min(self.stop_price, self._open[t]) * (1.0 - slip)
        elif units < 0.0:
            stopped = self._high[t] >= self.stop_price
            if stopped:
                exit_price = max(self.stop_price, self._open[t]) * (1.0 + slip)
        if stopped:
            cost = fee * abs(units) * exit_price
            cash += units * exit_price - cost
            self.fees_paid += cost
            units = 0.0
            self.action_held = 0
            self.stops_hit += 1
            self.bars_in_trade = 0
            equity = cash
        else:
            equity = cash + units * self._close[t]
            if units:
                self.bars_in_trade += 1
        self.t, self.cash, self.units, self.equity = t, cash, units, equity
        peak_before = self.peak
        if equity > peak_before:
            self.peak = equity

        safe_before = equity_before if equity_before > EQUITY_FLOOR else EQUITY_FLOOR
        safe_after = equity if equity > EQUITY_FLOOR else EQUITY_FLOOR
        log_return = math.log(safe_after / safe_before)
        kind = self._reward_kind
        if kind == "log_return":
            reward = log_return
        elif kind == "turnover_penalty":
            reward = log_return - self._penalty * turnover
        elif kind == "drawdown_penalty":
            dd_before = 1.0 - equity_before / peak_before
            dd_after = 1.0 - equity / self.peak
            reward = log_return - self._penalty * max(0.0, dd_after - dd_before)
        else:
            reward = self._differential_sharpe(equity / safe_before - 1.0)

        terminated = equity <= EQUITY_FLOOR or equity <= self.peak * self._dd_floor
        truncated = not terminated and (
            t >= self._last or (self._length is not None and t - self.start >= self._length)
        )
        return (
            self._observation(), reward, terminated, truncated,
            {"equity": equity, "t": t, "stopped": stopped},
        )  # fmt: skip

    def _differential_sharpe(self, r: float) -> float:
        """Moody & Saffell (1998): D = (B·ΔA − ½·A·ΔB) / (B − A²)^1.5 with the moments before
        the update; 0 while the variance estimate is still ~0."""
        a, b, eta = self.dsr_a, self.dsr_b, self._eta
        delta_a, delta_b = r - a, r * r - b
        variance = b - a * a
        value = (b * delta_a - 0.5 * a * delta_b) / variance**1.5 if variance > 1e-12 else 0.0
        self.dsr_a = a + eta * delta_a
        self.dsr_b = b + eta * delta_b
        return max(-DSR_CLIP, min(DSR_CLIP, value))

    # ------------------------------------------------------------------ helpers

    def action_exposure(self, action: int) -> float:
        return self._exposures[int(action)]

    def stop_for(self, action: int) -> float | None:
        """The stop the env would set if ``action`` opened a position now."""
        target = self._exposures[int(action)]
        if target == 0.0:
            return None
        price, distance = self._close[self.t], self._stop_k * self._atr[self.t]
        return price - distance if target > 0 else price + distance


def flat_observation(market: MarketData, window: int, t: int) -> np.ndarray:
    """The observation at bar ``t`` of an agent holding no position (what ``predict`` sees)."""
    n = len(FEATURE_NAMES)
    obs = np.zeros(window * n + STATE_FEATURES, dtype=np.float32)
    obs[: window * n] = market.features[t - window + 1 : t + 1].reshape(-1)
    return obs
