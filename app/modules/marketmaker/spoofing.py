"""Spoofing detector over an L2 event stream.

Pattern looked for (the classic layering/spoofing footprint visible in L2 data): a size much
larger than the typical level size is added *behind* the touch, the price moves towards it, and
the size is pulled before it trades. L2 data only shows quantities per price, so an "order" is
the quantity added to a level in one update; it is considered gone once ``removed_fraction`` of
that addition has left the level again. Whether it traded is judged from the trade tape: any
volume printed at or through its price (for a bid: trades at ``price <= level``) between its
placement and its removal (plus a latency grace) may have filled it, so ``filled_qty`` is an
upper bound and an alert is only raised when even that bound is small.

Every large order seen is returned with its evidence, alerts or not, so a reviewer can see what
was filled and what was cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from app.modules.marketmaker.events import BPS, Levels, LocalBook, merge_events


@dataclass(frozen=True, slots=True)
class SpoofingConfig:
    size_multiple: float = 10.0  # added size >= multiple x typical level size
    reference_levels: int = 20  # typical size is taken over the best N levels of the same side
    reference_quantile: float = 0.5  # ... at this quantile (0.5 = median)
    min_reference_levels: int = 5  # fewer visible levels than this: no judgement
    min_distance_bps: float = 0.0  # distance from mid at placement (must also be behind touch)
    max_distance_bps: float = 200.0  # far-away size cannot move the price; ignore it
    removed_fraction: float = 0.8  # the order is gone once this share of it left the level
    max_fill_fraction: float = 0.1  # alert only if at most this share can have traded
    require_approach: bool = True  # the mid must have moved towards the order before removal
    min_approach_bps: float = 0.0
    # ... by at least this share of its distance at placement: market makers re-quote on every
    # tick, so a one-tick drift followed by a cancel is routine, not a spoof.
    min_approach_fraction: float = 0.2
    min_lifetime_s: float = 0.0
    max_lifetime_s: float | None = None
    trade_grace_s: float = 1.0  # trades printed this late after removal still count as fills

    def __post_init__(self) -> None:
        if self.size_multiple <= 1 or not 0 < self.reference_quantile < 1:
            raise ValueError("size_multiple must be > 1 and reference_quantile in (0, 1)")
        if not 0 < self.removed_fraction <= 1 or not 0 <= self.max_fill_fraction < 1:
            raise ValueError("removed_fraction must be in (0, 1], max_fill_fraction in [0, 1)")


@dataclass(frozen=True, slots=True)
class LargeOrderEvidence:
    """One large resting addition and what became of it.

    Distances are bps from the mid, positive = away from the mid on the order's own side
    (below mid for a bid, above for an ask); ``approach_bps`` is how much closer the mid came
    between placement and removal; ``levels_behind_touch`` counts better-priced levels on its
    side (within the reference levels, so it saturates at ``reference_levels``). ``outcome``
    is ``cancelled`` / ``partially_filled`` / ``filled`` / ``open`` (still resting at the end
    of the stream).
    """

    side: str
    price: float
    size: float
    level_qty_before: float
    typical_size: float
    size_vs_typical: float
    levels_behind_touch: int
    placed_ts: float
    removed_ts: float | None
    lifetime_s: float | None
    mid_at_placement: float
    mid_at_removal: float | None
    distance_bps_at_placement: float
    distance_bps_at_removal: float | None
    approach_bps: float | None
    traded_at_or_through_qty: float
    filled_qty: float
    cancelled_qty: float
    outcome: str
    alert: bool
    reasons: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class SpoofingReport:
    alerts: list[LargeOrderEvidence]
    large_orders: list[LargeOrderEvidence]
    updates: int
    trades: int
    start_ts: float | None
    end_ts: float | None
    config: SpoofingConfig


@dataclass(slots=True)
class _Tracked:
    side: str
    price: float
    size: float
    base: float
    typical: float
    behind: int
    placed_ts: float
    mid_place: float
    removed_ts: float | None = None
    mid_remove: float | None = None


def _distance_bps(side: str, price: float, mid: float) -> float:
    return (mid - price) / mid * BPS if side == "bid" else (price - mid) / mid * BPS


def detect_spoofing(
    updates: Iterable[Sequence],
    trades: Iterable[Sequence] = (),
    *,
    initial_bids: Levels = (),
    initial_asks: Levels = (),
    config: SpoofingConfig | None = None,
    since_ts: float | None = None,
) -> SpoofingReport:
    """Replay ``updates`` (``(ts, side, price, new_qty)``) and ``trades`` (``(ts, side, price,
    qty)``) over the initial book and report large orders pulled as the price approached.

    ``since_ts`` restricts *tracking* to orders placed from then on; earlier events still build
    the book (use it to analyse a recent window of a longer replay).
    """
    cfg = config or SpoofingConfig()
    book = LocalBook(initial_bids, initial_asks)
    tracked: dict[tuple[str, float], _Tracked] = {}
    closed: list[_Tracked] = []
    trade_rows: list[tuple[float, float, float]] = []
    ref_cache: dict[str, tuple[float, list[tuple[float, float]]]] = {}
    n_updates = 0
    first_ts = last_ts = None

    def reference_levels(side: str, ts: float) -> list[tuple[float, float]]:
        # The best levels only change meaningfully between messages, so cache per timestamp.
        hit = ref_cache.get(side)
        if hit is None or hit[0] != ts:
            hit = (ts, book.top(side, cfg.reference_levels + 1))
            ref_cache[side] = hit
        return hit[1]

    for kind, ev in merge_events(updates, trades):
        first_ts = ev.ts if first_ts is None else first_ts
        last_ts = ev.ts
        if kind == "trade":
            trade_rows.append((ev.ts, ev.price, ev.qty))
            continue
        n_updates += 1
        side, price, qty = ev.side, ev.price, ev.qty
        mid = book.mid
        key = (side, price)
        tr = tracked.get(key)
        if tr is not None:
            if qty <= tr.base + tr.size * (1 - cfg.removed_fraction):
                tr.removed_ts, tr.mid_remove = ev.ts, mid
                closed.append(tracked.pop(key))
            book.apply(side, price, qty)
            continue
        best = book.best_bid if side == "bid" else book.best_ask
        prev = book.side(side).get(price, 0.0)
        delta = qty - prev
        if (
            delta > 0
            and mid is not None
            and best is not None
            and (price < best if side == "bid" else price > best)
            and (since_ts is None or ev.ts >= since_ts)
        ):
            dist = _distance_bps(side, price, mid)
            if cfg.min_distance_bps <= dist <= cfg.max_distance_bps:
                ref = [(p, q) for p, q in reference_levels(side, ev.ts) if p != price]
                ref = ref[: cfg.reference_levels]
                if len(ref) >= cfg.min_reference_levels:
                    typical = float(np.quantile([q for _, q in ref], cfg.reference_quantile))
                    if typical > 0 and delta >= cfg.size_multiple * typical:
                        behind = sum(
                            1 for p, _ in ref if (p > price if side == "bid" else p < price)
                        )
                        tracked[key] = _Tracked(
                            side, price, delta, prev, typical, behind, ev.ts, mid
                        )
        book.apply(side, price, qty)

    trades_arr = np.array(trade_rows, dtype=float).reshape(-1, 3)
    evidence = [_verdict(t, trades_arr, cfg) for t in closed]
    evidence += [_verdict(t, trades_arr, cfg) for t in tracked.values()]
    evidence.sort(key=lambda e: e.placed_ts)
    return SpoofingReport(
        alerts=[e for e in evidence if e.alert],
        large_orders=evidence,
        updates=n_updates,
        trades=len(trade_rows),
        start_ts=first_ts,
        end_ts=last_ts,
        config=cfg,
    )


def _verdict(t: _Tracked, trades: np.ndarray, cfg: SpoofingConfig) -> LargeOrderEvidence:
    end = (t.removed_ts + cfg.trade_grace_s) if t.removed_ts is not None else np.inf
    ts, px, qty = trades[:, 0], trades[:, 1], trades[:, 2]
    through = px <= t.price if t.side == "bid" else px >= t.price
    traded = float(qty[(ts >= t.placed_ts) & (ts <= end) & through].sum())
    filled = min(t.size, traded)
    fill_frac = filled / t.size
    dist_place = _distance_bps(t.side, t.price, t.mid_place)
    dist_remove = approach = lifetime = None
    if t.mid_remove is not None:
        dist_remove = _distance_bps(t.side, t.price, t.mid_remove)
        approach = dist_place - dist_remove
    if t.removed_ts is not None:
        lifetime = t.removed_ts - t.placed_ts

    reasons: list[str] = []
    if t.removed_ts is None:
        outcome = "open"
        reasons.append("still resting at end of stream")
    else:
        outcome = (
            "filled" if fill_frac >= 1 - 1e-9 else "partially_filled" if filled else "cancelled"
        )
        if fill_frac > cfg.max_fill_fraction:
            reasons.append(f"up to {fill_frac:.0%} may have traded")
        if cfg.require_approach:
            if approach is None:
                reasons.append("no mid at removal")
            elif not approach > max(cfg.min_approach_bps, cfg.min_approach_fraction * dist_place):
                reasons.append("price did not approach before removal")
        if lifetime is not None and lifetime < cfg.min_lifetime_s:
            reasons.append("lifetime below min_lifetime_s")
        if (
            cfg.max_lifetime_s is not None
            and lifetime is not None
            and lifetime > cfg.max_lifetime_s
        ):
            reasons.append("lifetime above max_lifetime_s")
    return LargeOrderEvidence(
        side=t.side,
        price=t.price,
        size=t.size,
        level_qty_before=t.base,
        typical_size=t.typical,
        size_vs_typical=t.size / t.typical,
        levels_behind_touch=t.behind,
        placed_ts=t.placed_ts,
        removed_ts=t.removed_ts,
        lifetime_s=lifetime,
        mid_at_placement=t.mid_place,
        mid_at_removal=t.mid_remove,
        distance_bps_at_placement=dist_place,
        distance_bps_at_removal=dist_remove,
        approach_bps=approach,
        traded_at_or_through_qty=traded,
        filled_qty=filled,
        cancelled_qty=t.size - filled if t.removed_ts is not None else 0.0,
        outcome=outcome,
        alert=not reasons,
        reasons=tuple(reasons),
    )
