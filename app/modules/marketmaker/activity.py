"""Market-maker activity and liquidity: presence, quote refresh, depth shape, slippage,
resiliency after large trades.

Activity statistics are time-weighted over a replayed book (:func:`replay_states`): each
recorded state counts for the time until the next one. The "likely market-maker presence"
score is a transparent heuristic — a weighted mean of bounded components, all returned with
their raw statistics — not a classifier; read it as "does this book look continuously and
symmetrically quoted, tight and frequently refreshed?".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from app.modules.marketmaker.book_metrics import as_levels
from app.modules.marketmaker.events import (
    BPS,
    BookStateSeries,
    Levels,
    TradePrint,
    replay_states,
)
from app.modules.marketmaker.specs import SlippagePoint

DEFAULT_SCORE_WEIGHTS = {"presence": 0.35, "refresh": 0.25, "symmetry": 0.2, "tightness": 0.2}
# Exchange books are nearly always two-sided, so presence alone lifts most books to ~0.5; on
# the recorded Binance streams, perps refreshing several times a second score 0.8+, books
# updated a few times a minute ~0.6.
LIKELY_SCORE, POSSIBLE_SCORE = 0.7, 0.5


def _time_weights(ts: np.ndarray, end_ts: float | None) -> np.ndarray:
    """Duration each state held; equal weights when the series spans no time."""
    if len(ts) == 0:
        return ts
    end = ts[-1] if end_ts is None else max(end_ts, ts[-1])
    dt = np.diff(np.append(ts, end))
    return dt if dt.sum() > 0 else np.ones_like(ts)


def _wmean(x: np.ndarray, w: np.ndarray) -> float | None:
    ok = np.isfinite(x)
    if not ok.any() or w[ok].sum() <= 0:
        return None
    return float(np.average(x[ok], weights=w[ok]))


@dataclass(frozen=True, slots=True)
class ActivityReport:
    """Time-weighted activity statistics of one replayed book.

    ``two_sided_presence`` is the share of time with both sides quoted and the spread at most
    ``max_spread_bps``; ``quote_refresh_rate`` counts level updates at or inside the touch per
    second; ``top_depth_share_*`` is the share of the depth within ``band_pct`` % of mid that
    sits in the best ``top_levels`` levels; ``top_imbalance_abs`` is the mean of
    ``|B - A| / (B + A)`` over those top levels. ``score`` is the weighted mean of
    ``score_components`` (each in [0, 1]) with ``score_weights`` (renormalised over the
    components that could be computed).
    """

    start_ts: float | None
    end_ts: float | None
    duration_s: float
    states: int
    updates: int
    touch_updates: int
    two_sided_presence: float | None
    mean_spread_bps: float | None
    median_spread_bps: float | None
    quote_refresh_rate: float | None
    top_depth_share_bid: float | None
    top_depth_share_ask: float | None
    top_imbalance_abs: float | None
    score: float | None
    label: str
    score_components: dict[str, float] = field(default_factory=dict)
    score_weights: dict[str, float] = field(default_factory=dict)
    top_levels: int = 5
    band_pct: float = 1.0
    max_spread_bps: float = 50.0


def activity_from_states(
    states: BookStateSeries,
    *,
    end_ts: float | None = None,
    max_spread_bps: float = 50.0,
    ref_refresh_rate: float = 1.0,
    ref_spread_bps: float = 10.0,
    weights: dict[str, float] | None = None,
) -> ActivityReport:
    """Summarise a :class:`BookStateSeries` (see :func:`activity_report` for the usual entry)."""
    w = _time_weights(states.ts, end_ts)
    n = len(states)
    duration = 0.0
    if n:
        last = states.ts[-1] if end_ts is None else max(end_ts, states.ts[-1])
        duration = float(last - states.ts[0])
    spread = states.spread_bps if n else np.empty(0)
    quoted = np.isfinite(spread)
    present = quoted & (np.nan_to_num(spread, nan=np.inf) <= max_spread_bps)
    with np.errstate(invalid="ignore", divide="ignore"):
        share_b = states.bid_depth_top / states.bid_depth_band
        share_a = states.ask_depth_top / states.ask_depth_band
        top_tot = states.bid_depth_top + states.ask_depth_top
        imb = np.abs(states.bid_depth_top - states.ask_depth_top) / top_tot
    # the first recorded state is the initial book, not a refresh
    touch = int(states.touch_updates[1:].sum()) if n else 0
    updates = int(states.updates[1:].sum()) if n else 0
    rate = touch / duration if duration > 0 else None

    presence = _wmean(present.astype(float), w) if n else None
    mean_spread = _wmean(spread, w) if n else None
    imb_mean = _wmean(imb, w) if n else None
    components: dict[str, float] = {}
    if presence is not None:
        components["presence"] = presence
    if rate is not None:
        # saturating: 1 - exp(-rate / ref); ref updates/s at the touch scores 0.63
        components["refresh"] = 1 - math.exp(-rate / ref_refresh_rate)
    if imb_mean is not None:
        components["symmetry"] = 1 - imb_mean
    if mean_spread is not None:
        components["tightness"] = 1 / (1 + max(mean_spread, 0.0) / ref_spread_bps)
    weights = dict(weights or DEFAULT_SCORE_WEIGHTS)
    used = {k: weights[k] for k in components if weights.get(k, 0) > 0}
    score = None
    if used:
        score = sum(components[k] * v for k, v in used.items()) / sum(used.values())
    label = (
        "insufficient data"
        if score is None
        else "likely"
        if score >= LIKELY_SCORE
        else "possible"
        if score >= POSSIBLE_SCORE
        else "unlikely"
    )
    return ActivityReport(
        start_ts=float(states.ts[0]) if n else None,
        end_ts=float(states.ts[-1]) if n else None,
        duration_s=duration,
        states=n,
        updates=updates,
        touch_updates=touch,
        two_sided_presence=presence,
        mean_spread_bps=mean_spread,
        median_spread_bps=float(np.median(spread[quoted])) if quoted.any() else None,
        quote_refresh_rate=rate,
        top_depth_share_bid=_wmean(share_b, w) if n else None,
        top_depth_share_ask=_wmean(share_a, w) if n else None,
        top_imbalance_abs=imb_mean,
        score=score,
        label=label,
        score_components=components,
        score_weights=used,
        top_levels=states.top_levels,
        band_pct=states.band_pct,
        max_spread_bps=max_spread_bps,
    )


def activity_report(
    updates: Iterable[Sequence],
    *,
    initial_bids: Levels = (),
    initial_asks: Levels = (),
    top_levels: int = 5,
    band_pct: float = 1.0,
    max_spread_bps: float = 50.0,
    ref_refresh_rate: float = 1.0,
    ref_spread_bps: float = 10.0,
    start_ts: float | None = None,
    end_ts: float | None = None,
) -> ActivityReport:
    """Replay level updates over the initial book and report market-maker activity.

    ``start_ts`` is when the initial book was taken (default: the first update's time) and
    ``end_ts`` when observation stopped (default: the last update). With no updates the
    report covers the single snapshot (no refresh rate).
    """
    states = replay_states(
        updates,
        initial_bids=initial_bids,
        initial_asks=initial_asks,
        top_levels=top_levels,
        band_pct=band_pct,
        start_ts=start_ts,
    )
    return activity_from_states(
        states,
        end_ts=end_ts,
        max_spread_bps=max_spread_bps,
        ref_refresh_rate=ref_refresh_rate,
        ref_spread_bps=ref_spread_bps,
    )


# --------------------------------------------------------------------------- slippage


def slippage_curve(
    bids: Levels,
    asks: Levels,
    notionals: Sequence[float],
    *,
    max_depth_pct: float = 10.0,
) -> list[SlippagePoint]:
    """VWAP and slippage vs mid for each notional, buy and sell side (vectorised walk)."""
    b, a = as_levels(bids, "bid"), as_levels(asks, "ask")
    if not len(b) or not len(a):
        return []
    mid = (b[0, 0] + a[0, 0]) / 2
    out = []
    side: Literal["buy", "sell"]
    for side, lv in (("buy", a[a[:, 0] <= mid * (1 + max_depth_pct / 100)]),
                     ("sell", b[b[:, 0] >= mid * (1 - max_depth_pct / 100)])):  # fmt: skip
        level_notional = lv[:, 0] * lv[:, 1]
        cum = np.cumsum(level_notional)
        cum_qty = np.cumsum(lv[:, 1])
        for notional in notionals:
            if not notional > 0:
                raise ValueError(f"notional must be positive, got {notional!r}")
            k = int(np.searchsorted(cum, notional, side="left"))  # level that completes it
            if k >= len(lv):
                filled_n = float(cum[-1]) if len(lv) else 0.0
                filled_q = float(cum_qty[-1]) if len(lv) else 0.0
                used, full = len(lv), False
            else:
                before_n = float(cum[k - 1]) if k else 0.0
                before_q = float(cum_qty[k - 1]) if k else 0.0
                filled_n = float(notional)
                filled_q = before_q + (notional - before_n) / lv[k, 0]
                used, full = k + 1, True
            vwap = filled_n / filled_q if filled_q > 0 else None
            slip = None
            if vwap is not None:
                slip = (vwap - mid) / mid * BPS if side == "buy" else (mid - vwap) / mid * BPS
            out.append(
                SlippagePoint(
                    side=side,
                    notional=float(notional),
                    filled_notional=filled_n,
                    filled_qty=filled_q,
                    vwap=vwap,
                    slippage_bps=slip,
                    worst_price=float(lv[used - 1, 0]) if used else None,
                    levels_used=used,
                    fully_filled=full,
                )
            )
    return out


# --------------------------------------------------------------------------- resiliency


@dataclass(frozen=True, slots=True)
class ResiliencyEvent:
    """How the book absorbed one large (possibly aggregated) aggressive trade.

    ``depth_*`` is the depth within the state's band on the side the trade hit (asks for a
    buy, bids for a sell, both when the side is unknown). Recovery times are seconds after the
    trade until the spread is back to ``<= before * (1 + spread_tolerance)`` and the depth to
    ``>= before * depth_recovery``; 0 when the trade left no visible mark; ``None`` when it
    had not recovered within ``horizon_s``.
    """

    ts: float
    side: str
    vwap: float
    qty: float
    notional: float
    prints: int
    spread_bps_before: float
    spread_bps_max_after: float
    depth_before: float
    depth_min_after: float
    spread_recovery_s: float | None
    depth_recovery_s: float | None


@dataclass(frozen=True, slots=True)
class ResiliencyReport:
    threshold_notional: float | None
    large_trades: int
    events: list[ResiliencyEvent]
    median_spread_recovery_s: float | None
    median_depth_recovery_s: float | None
    unrecovered: int


def _aggregate_prints(
    trades: Iterable[Sequence], group_window_s: float
) -> list[tuple[float, str, float, float, int]]:
    """Merge same-side prints within ``group_window_s`` of the first (one sweep = one trade).

    Returns ``(ts, side, vwap, qty, prints)``.
    """
    rows = sorted(
        (TradePrint(float(t[0]), str(t[1]).lower(), float(t[2]), float(t[3])) for t in trades),
        key=lambda t: t.ts,
    )
    out: list[list] = []
    for t in rows:
        last = out[-1] if out else None
        if last and t.side == last[1] and t.ts - last[0] <= group_window_s:
            last[2] += t.price * t.qty
            last[3] += t.qty
            last[4] += 1
        else:
            out.append([t.ts, t.side, t.price * t.qty, t.qty, 1])
    return [(ts, side, notional / qty, qty, n) for ts, side, notional, qty, n in out]


def _recovery(times: np.ndarray, impacted: np.ndarray, t0: float) -> float | None:
    if not impacted.any():
        return 0.0
    first = int(np.argmax(impacted))
    healed = np.flatnonzero(~impacted[first:])
    return float(times[first + healed[0]] - t0) if len(healed) else None


def resiliency(
    states: BookStateSeries,
    trades: Iterable[Sequence],
    *,
    min_notional: float | None = None,
    quantile: float = 0.9,
    horizon_s: float = 10.0,
    spread_tolerance: float = 0.0,
    depth_recovery: float = 0.9,
    group_window_s: float = 0.05,
) -> ResiliencyReport:
    """Recovery of spread and depth after each large trade.

    Large means aggregated notional ``>= min_notional`` or, if not given, at or above the
    ``quantile`` of the aggregated trade notionals. The state "before" is the last one
    recorded strictly before the trade.
    """
    agg = _aggregate_prints(trades, group_window_s)
    if not agg or not len(states):
        return ResiliencyReport(min_notional, 0, [], None, None, 0)
    notionals = np.array([p * q for _, _, p, q, _ in agg])
    threshold = float(
        min_notional if min_notional is not None else np.quantile(notionals, quantile)
    )
    spread = states.spread_bps
    events = []
    for (ts, side, vwap, qty, n), notional in zip(agg, notionals, strict=True):
        if notional < threshold:
            continue
        i = int(np.searchsorted(states.ts, ts, side="left")) - 1
        if i < 0 or not np.isfinite(spread[i]):
            continue
        if side == "buy":
            depth = states.ask_depth_band
        elif side == "sell":
            depth = states.bid_depth_band
        else:
            depth = states.ask_depth_band + states.bid_depth_band
        win = slice(i + 1, int(np.searchsorted(states.ts, ts + horizon_s, side="right")))
        times, sp, dp = states.ts[win], spread[win], depth[win]
        sp_limit = spread[i] * (1 + spread_tolerance) + 1e-9
        # one-sided states (nan spread) count as impacted
        sp_hit = ~(np.nan_to_num(sp, nan=np.inf) <= sp_limit)
        dp_hit = dp < depth[i] * depth_recovery
        events.append(
            ResiliencyEvent(
                ts=ts,
                side=side,
                vwap=vwap,
                qty=qty,
                notional=float(notional),
                prints=n,
                spread_bps_before=float(spread[i]),
                spread_bps_max_after=float(np.nanmax(sp))
                if np.isfinite(sp).any()
                else float(spread[i]),
                depth_before=float(depth[i]),
                depth_min_after=float(dp.min()) if len(dp) else float(depth[i]),
                spread_recovery_s=_recovery(times, sp_hit, ts),
                depth_recovery_s=_recovery(times, dp_hit, ts),
            )
        )
    sr = [e.spread_recovery_s for e in events if e.spread_recovery_s is not None]
    dr = [e.depth_recovery_s for e in events if e.depth_recovery_s is not None]
    return ResiliencyReport(
        threshold_notional=threshold,
        large_trades=len(events),
        events=events,
        median_spread_recovery_s=float(np.median(sr)) if sr else None,
        median_depth_recovery_s=float(np.median(dr)) if dr else None,
        unrecovered=sum(
            1 for e in events if e.spread_recovery_s is None or e.depth_recovery_s is None
        ),
    )
