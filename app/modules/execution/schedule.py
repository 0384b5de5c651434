"""Pure schedules of the execution algorithms (no I/O): TWAP, VWAP and iceberg slicing.

* TWAP: ``n`` slices over ``duration``; slice ``i`` is due at ``(i + ½ + j_i)·duration/n``
  with ``j_i`` uniform in ``±randomize/2`` (so slices never swap order), and sized
  ``Q/n·(1 + u_i)`` with ``u_i`` uniform in ``±randomize``, renormalised to sum to ``Q``.
  Seeded (``numpy.random.default_rng(seed)``): the same request gives the same schedule.
* VWAP: the same times, sizes proportional to the intraday volume profile — the share of
  the day's volume traded in each slice's UTC hour, averaged over the candles store's history.
* Catch-up: when fills lag the schedule (a slice held by the limit-price guard or capped by the
  participation limit), the shortfall is added to the next slice, at most ``catch_up`` times
  its scheduled size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from app.modules.execution.book import snap_down


@dataclass(frozen=True, slots=True)
class Slice:
    at: float  # seconds after the start
    quantity: float


def snap_all(sizes: Sequence[float], total: float, step: float) -> list[float]:
    """Sizes on the lot step summing to ``total`` (the last takes the rounding remainder)."""
    snapped = [snap_down(s, step) for s in sizes[:-1]]
    last = total - sum(snapped)
    return [*snapped, last]


def twap(
    total: float,
    duration: float,
    slices: int,
    *,
    randomize: float = 0.0,
    seed: int = 0,
    step: float = 0.0,
) -> list[Slice]:
    rng = np.random.default_rng(seed)
    width = duration / slices
    jitter = rng.uniform(-randomize / 2, randomize / 2, slices) if randomize else np.zeros(slices)
    noise = rng.uniform(-randomize, randomize, slices) if randomize else np.zeros(slices)
    raw = (1 + noise) / (1 + noise).sum() * total
    times = (np.arange(slices) + 0.5 + jitter) * width
    sizes = snap_all(list(raw), total, step)
    return [Slice(float(t), float(q)) for t, q in zip(times, sizes, strict=True)]


def hour_profile(candles: Sequence[tuple[datetime, float]]) -> list[float]:
    """Share of the day's volume traded in each UTC hour (24 values summing to 1), from
    ``(open time, volume)`` bars of any intraday timeframe."""
    volume = np.zeros(24)
    for ts, vol in candles:
        volume[ts.astimezone(UTC).hour] += max(vol, 0.0)
    total = volume.sum()
    if total <= 0:
        return [1 / 24] * 24
    return list(volume / total)


def vwap(
    total: float,
    duration: float,
    slices: int,
    start: datetime,
    profile: Sequence[float],
    *,
    step: float = 0.0,
) -> list[Slice]:
    """Slices at even times, sized by the profile's weight of the hour each falls in."""
    width = duration / slices
    times = [(i + 0.5) * width for i in range(slices)]
    begin = start.timestamp()
    weights = np.array(
        [profile[datetime.fromtimestamp(begin + t, UTC).hour] for t in times], dtype=float
    )
    if weights.sum() <= 0:
        weights = np.ones(slices)
    sizes = snap_all(list(weights / weights.sum() * total), total, step)
    return [Slice(t, q) for t, q in zip(times, sizes, strict=True)]


def catch_up(planned: float, shortfall: float, factor: float) -> float:
    """The next slice's size: the plan plus what lags behind, capped at ``factor`` × plan."""
    return min(planned + max(shortfall, 0.0), planned * factor) if factor > 1 else planned
