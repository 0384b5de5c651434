"""Candles with a planted regime switch: momentum, then mean reversion."""

from __future__ import annotations

import numpy as np

from app.modules.automl.service import Bar

HOUR_MS = 3_600_000


def regime_candles(
    regimes: list[tuple[str, int]], *, seed: int = 0, start_ts: int = 1_599_998_400_000
) -> list[Bar]:
    """Hourly bars whose next move follows the last one with probability 0.85 (``momentum``),
    opposes it with probability 0.85 (``reversion``), or is a coin flip (``noise``)."""
    rng = np.random.default_rng(seed)
    bars: list[Bar] = []
    close, last = 100.0, 1.0
    for kind, n in regimes:
        for _ in range(n):
            follow = {"momentum": 0.85, "reversion": 0.15, "noise": 0.5}[kind]
            sign = last if rng.random() < follow else -last
            r = sign * abs(rng.normal(0.004, 0.002))
            open_, close = close, close * float(np.exp(r))
            high = max(open_, close) * (1 + abs(rng.normal(0, 0.001)))
            low = min(open_, close) * (1 - abs(rng.normal(0, 0.001)))
            ts = start_ts + len(bars) * HOUR_MS
            bars.append(Bar(ts, open_, high, low, close, float(1000 + rng.normal(0, 50))))
            last = sign
    return bars
