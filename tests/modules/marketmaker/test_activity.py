"""Activity, slippage and resiliency: hand-worked streams and real books re-walked with loops."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from app.modules.marketmaker.activity import activity_report, resiliency, slippage_curve
from app.modules.marketmaker.events import LocalBook, diff_snapshots, replay_states
from tests.modules.marketmaker.conftest import load_binance_stream

BIDS = [(99.99, 1.0), (99.98, 5.0)]
ASKS = [(100.01, 1.0), (100.02, 5.0)]
STREAM = [
    (10.0, "ask", 100.01, 0.0),  # ask touch pulled: spread 3 bps, asks 5 vs bids 1 at the top
    (20.0, "bid", 99.99, 0.0),
    (20.0, "bid", 99.98, 0.0),  # no bids at all: not two-sided
    (30.0, "bid", 99.99, 2.0),  # bid back: spread 3 bps
]


def test_activity_hand_worked_stream():
    r = activity_report(
        STREAM, initial_bids=BIDS, initial_asks=ASKS, top_levels=1, start_ts=0.0, end_ts=40.0
    )
    # states at t = 0, 10, 20, 30, each lasting 10 s
    assert r.states == 4 and r.duration_s == 40.0
    assert r.two_sided_presence == pytest.approx(0.75)
    assert (r.updates, r.touch_updates) == (4, 4)  # every update hit the touch
    assert r.quote_refresh_rate == pytest.approx(4 / 40)
    s0 = 0.02 / 100.0 * 1e4
    s1 = 0.03 / 100.005 * 1e4
    assert r.mean_spread_bps == pytest.approx((s0 + 2 * s1) / 3)  # the one-sided state excluded
    assert r.median_spread_bps == pytest.approx(s1)
    # top-1 share of the +-1 % depth: bids 1/6, 1/6, -, 2/2 ; asks 1/6, 5/5, -, 5/5
    assert r.top_depth_share_bid == pytest.approx((1 / 6 + 1 / 6 + 1) / 3)
    assert r.top_depth_share_ask == pytest.approx((1 / 6 + 1 + 1) / 3)
    imb = (0.0 + 4 / 6 + 3 / 7) / 3
    assert r.top_imbalance_abs == pytest.approx(imb)
    components = {
        "presence": 0.75,
        "refresh": 1 - math.exp(-0.1),
        "symmetry": 1 - imb,
        "tightness": 1 / (1 + r.mean_spread_bps / 10),
    }
    assert r.score_components == pytest.approx(components)
    weights = {"presence": 0.35, "refresh": 0.25, "symmetry": 0.2, "tightness": 0.2}
    assert r.score == pytest.approx(sum(components[k] * w for k, w in weights.items()))
    assert r.label == ("likely" if r.score >= 0.7 else "possible" if r.score >= 0.5 else "unlikely")


def test_snapshot_only_activity_has_no_refresh_rate(snapshots):
    snap = snapshots[("BITSTAMP", "ETHUSD")]
    r = activity_report([], initial_bids=snap["bids"], initial_asks=snap["asks"], start_ts=0.0)
    assert r.states == 1 and r.quote_refresh_rate is None
    assert r.two_sided_presence == 1.0
    assert set(r.score_components) == {"presence", "symmetry", "tightness"}
    assert sum(r.score_weights.values()) == pytest.approx(0.75)


def test_real_stream_activity_matches_independent_replay(sushi_stream):
    s = sushi_stream
    r = activity_report(
        s.updates, initial_bids=s.bids, initial_asks=s.asks, top_levels=5, band_pct=1.0
    )
    # independent count of updates at or inside the touch, with plain dicts
    bids, asks = dict(s.bids), dict(s.asks)
    touch = 0
    spreads = []
    for ts, side, price, qty in s.updates:
        levels = bids if side == "bid" else asks
        touch += price >= max(bids) if side == "bid" else price <= min(asks)
        if qty == 0:
            levels.pop(price, None)
        else:
            levels[price] = qty
        spreads.append((ts, min(asks) - max(bids)))
    duration = s.updates[-1][0] - s.updates[0][0]
    assert r.touch_updates == touch and r.updates == len(s.updates)
    assert r.duration_s == pytest.approx(duration)
    assert r.quote_refresh_rate == pytest.approx(touch / duration)
    assert r.two_sided_presence == 1.0  # a liquid perp is always quoted both sides
    assert 0 < r.top_depth_share_bid < 1 and 0 < r.top_depth_share_ask < 1
    assert r.label == "likely" and r.score > 0.8
    # median of the per-message spreads (last value per timestamp), in bps of mid
    last = {ts: sp for ts, sp in spreads}
    states = replay_states(s.updates, initial_bids=s.bids, initial_asks=s.asks)
    assert len(states) == len(last) + 1
    assert np.allclose(states.best_ask[1:] - states.best_bid[1:], list(last.values()))


def test_busy_perp_scores_above_sleepy_spot_book(cryptofeed_dir, sushi_stream):
    slow = load_binance_stream(cryptofeed_dir, "BINANCE", "BLZETH")  # 12 updates in ~17 s
    fast = activity_report(
        sushi_stream.updates, initial_bids=sushi_stream.bids, initial_asks=sushi_stream.asks
    )
    sleepy = activity_report(slow.updates, initial_bids=slow.bids, initial_asks=slow.asks)
    assert fast.quote_refresh_rate > 20 * sleepy.quote_refresh_rate
    assert fast.mean_spread_bps < sleepy.mean_spread_bps
    assert fast.score > sleepy.score + 0.15
    assert (fast.label, sleepy.label) == ("likely", "possible")


def test_local_book_and_snapshot_diffs(snapshots):
    a = snapshots[("KRAKEN", "XMR/USD")]
    b = snapshots[("KRAKEN", "XBT/CHF")]  # any other real book as the "next" snapshot
    updates = diff_snapshots(a["bids"], a["asks"], b["bids"], b["asks"], ts=1.0)
    book = LocalBook(a["bids"], a["asks"])
    for u in updates:
        book.apply(u.side, u.price, u.qty)
    bids, asks = book.snapshot()
    assert bids == [tuple(x) for x in b["bids"]] and asks == [tuple(x) for x in b["asks"]]
    assert (book.best_bid, book.best_ask) == (b["bids"][0][0], b["asks"][0][0])
    assert diff_snapshots(a["bids"], a["asks"], a["bids"], a["asks"], ts=1.0) == []


# --------------------------------------------------------------------------- slippage


def test_slippage_hand_computed():
    bids = [(99.0, 2.0), (98.0, 1.0), (97.0, 4.0)]
    asks = [(101.0, 1.0), (102.0, 3.0), (104.0, 2.0)]
    pts = {
        (p.side, p.notional): p
        for p in slippage_curve(bids, asks, [50, 200, 1000], max_depth_pct=3)
    }
    # buy 200: 1 @ 101 (101) + 99/102 @ 102 -> qty 1.970588..., VWAP 101.4925...
    buy = pts[("buy", 200)]
    qty = 1 + 99 / 102
    assert buy.filled_qty == pytest.approx(qty)
    assert buy.vwap == pytest.approx(200 / qty)
    assert buy.slippage_bps == pytest.approx((200 / qty - 100) / 100 * 1e4)
    assert (buy.levels_used, buy.worst_price, buy.fully_filled) == (2, 102.0, True)
    # buy 50 stays on the touch: VWAP 101, 100 bps
    assert pts[("buy", 50)].vwap == pytest.approx(101.0)
    assert pts[("buy", 50)].slippage_bps == pytest.approx(100.0)
    # 1000 is beyond the +-3 % book (asks 101 + 306 = 407, the 104 level is outside the cap)
    deep = pts[("buy", 1000)]
    assert not deep.fully_filled and deep.filled_notional == pytest.approx(407.0)
    assert deep.filled_qty == pytest.approx(4.0)
    # sell 200: 2 @ 99 = 198, then 2 / 98 @ 98
    sell = pts[("sell", 200)]
    assert sell.filled_qty == pytest.approx(2 + 2 / 98)
    assert sell.slippage_bps == pytest.approx((100 - 200 / (2 + 2 / 98)) / 100 * 1e4)
    assert slippage_curve([], asks, [10]) == []
    with pytest.raises(ValueError):
        slippage_curve(bids, asks, [0])


def _walk(levels, notional, keep):
    left, qty = notional, 0.0
    for price, q in levels:
        if not keep(price) or left <= 1e-9:
            break
        take = min(q, left / price)
        qty += take
        left -= take * price
    return notional - left, qty


def test_slippage_on_full_bitstamp_book_caps_the_junk_tail(gocryptotrader_dir):
    raw = json.loads((gocryptotrader_dir / "bitstamp_api_v2_order_book_btcusd__0.json").read_text())
    bids = [(float(p), float(q)) for p, q in raw["data"]["bids"]]
    asks = [(float(p), float(q)) for p, q in raw["data"]["asks"]]
    assert len(bids) == 4961 and min(p for p, _ in bids) < 1  # the near-zero tail is there
    mid = (bids[0][0] + asks[0][0]) / 2
    notionals = [10_000, 100_000, 1_000_000, 50_000_000]
    curve = slippage_curve(bids, asks, notionals, max_depth_pct=10)
    for p in curve:
        levels, keep = (
            (asks, lambda x: x <= mid * 1.1)
            if p.side == "buy"
            else (bids, lambda x: x >= mid * 0.9)
        )
        filled, qty = _walk(levels, p.notional, keep)
        assert p.filled_notional == pytest.approx(filled, rel=1e-9)
        assert p.filled_qty == pytest.approx(qty, rel=1e-9)
        assert p.slippage_bps >= 0
        assert p.slippage_bps <= 1000  # never priced beyond the 10 % cap
    sells = [p for p in curve if p.side == "sell"]
    assert [p.slippage_bps for p in sells] == sorted(p.slippage_bps for p in sells)
    assert sells[0].fully_filled and not sells[-1].fully_filled  # 50 M USD exceeds the band


# --------------------------------------------------------------------------- resiliency


def test_resiliency_hand_worked():
    bids = [(99.0, 5.0), (98.0, 5.0)]
    asks = [(101.0, 5.0), (102.0, 5.0)]
    updates = [
        (1.1, "ask", 101.0, 0.0),  # the buy below swept the ask touch
        (3.5, "ask", 101.0, 5.0),  # refilled 2.5 s after the trade
        (8.1, "bid", 99.0, 0.0),  # the sell at t=8 took the bid touch; never refilled
    ]
    trades = [
        (1.0, "buy", 101.0, 5.0),  # 505 notional
        (5.0, "buy", 101.0, 0.1),  # small, ignored
        (8.0, "sell", 99.0, 5.0),  # 495 notional
    ]
    states = replay_states(updates, initial_bids=bids, initial_asks=asks, band_pct=5.0, start_ts=0)
    r = resiliency(states, trades, min_notional=400.0, horizon_s=5.0)
    assert r.large_trades == 2 and r.threshold_notional == 400.0
    buy, sell = r.events
    assert buy.spread_bps_before == pytest.approx(200.0)
    assert buy.spread_bps_max_after == pytest.approx(3 / 100.5 * 1e4)
    assert (buy.depth_before, buy.depth_min_after) == (10.0, 5.0)
    assert buy.spread_recovery_s == pytest.approx(2.5)
    assert buy.depth_recovery_s == pytest.approx(2.5)
    assert sell.spread_recovery_s is None and sell.depth_recovery_s is None
    assert r.unrecovered == 1 and r.median_spread_recovery_s == pytest.approx(2.5)


def test_resiliency_on_real_sushi_sweeps(sushi_stream):
    s = sushi_stream
    states = replay_states(s.updates, initial_bids=s.bids, initial_asks=s.asks, band_pct=0.5)
    r = resiliency(states, s.trades, quantile=0.8, horizon_s=5.0)
    assert r.large_trades >= 3
    # the sweep at t0+7.92 s (1 @ 7.613 + 173 @ 7.614, 50 ms apart at most) is one event
    sweep = next(e for e in r.events if e.prints == 2 and e.side == "buy" and e.qty == 174.0)
    assert sweep.vwap == pytest.approx((7.613 + 173 * 7.614) / 174)
    # "before" is the last recorded book strictly before the print, recomputed here
    bids, asks = dict(s.bids), dict(s.asks)
    for ts, side, price, qty in s.updates:
        if ts >= sweep.ts:
            break
        levels = bids if side == "bid" else asks
        levels.pop(price, None) if qty == 0 else levels.__setitem__(price, qty)
    mid = (max(bids) + min(asks)) / 2
    assert sweep.spread_bps_before == pytest.approx((min(asks) - max(bids)) / mid * 1e4)
    assert sweep.depth_before == pytest.approx(sum(q for p, q in asks.items() if p <= mid * 1.005))
    for e in r.events:
        assert e.notional >= r.threshold_notional
        assert e.spread_recovery_s is None or 0 <= e.spread_recovery_s <= 5.0
