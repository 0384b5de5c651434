"""Snapshot metrics against hand arithmetic and plain-loop recomputation on real books."""

from __future__ import annotations

import math

import pytest

from app.modules.marketmaker.book_metrics import (
    book_metrics,
    depth_bands,
    imbalance,
    microprice,
    touch,
    weighted_imbalance,
)

BIDS = [(99.0, 2.0), (98.0, 1.0), (97.0, 4.0)]
ASKS = [(101.0, 1.0), (102.0, 3.0), (104.0, 2.0)]

REAL = [
    ("BITSTAMP", "ETHUSD"),
    ("BINANCE", "NKNUSDT"),
    ("KRAKEN", "XBT/CHF"),
    ("COINBASE", "CRV-EUR"),
    ("KUCOIN", "BCHSV-USDT"),
    ("BINANCE_FUTURES", "SUSHIUSDT"),
]


def test_touch_spread_microprice_by_hand():
    t = touch(BIDS, ASKS)
    assert (t.best_bid, t.best_ask, t.mid, t.spread) == (99.0, 101.0, 100.0, 2.0)
    assert t.spread_bps == pytest.approx(200.0)
    assert not t.crossed
    # (99 * askQty 1 + 101 * bidQty 2) / 3 = 301 / 3, pulled towards the thin ask side
    assert microprice(BIDS, ASKS) == pytest.approx(301 / 3)


def test_imbalance_by_hand():
    assert imbalance(BIDS, ASKS, levels=1) == pytest.approx((2 - 1) / 3)
    assert imbalance(BIDS, ASKS, levels=2) == pytest.approx((3 - 4) / 7)
    assert imbalance(BIDS, ASKS, levels=3) == pytest.approx((7 - 6) / 13)
    # half-life 100 bps: bids at 100/200/300 bps weigh 1/2, 1/4, 1/8 -> 1 + 0.25 + 0.5 = 1.75
    # asks at 100/200/400 bps weigh 1/2, 1/4, 1/16 -> 0.5 + 0.75 + 0.125 = 1.375
    assert weighted_imbalance(BIDS, ASKS, levels=3, half_life_bps=100) == pytest.approx(
        (1.75 - 1.375) / 3.125
    )


def test_depth_bands_by_hand():
    bands = {b.pct: b for b in depth_bands(BIDS, ASKS, (0.5, 1.0, 2.0, 3.0))}
    assert (bands[0.5].bid_qty, bands[0.5].ask_qty, bands[0.5].imbalance) == (0.0, 0.0, None)
    # +-1 %: bid 99 (on the edge) and ask 101 (on the edge)
    assert (bands[1.0].bid_qty, bands[1.0].ask_qty) == (2.0, 1.0)
    assert (bands[1.0].bid_notional, bands[1.0].ask_notional) == (198.0, 101.0)
    assert (bands[2.0].bid_qty, bands[2.0].ask_qty) == (3.0, 4.0)
    assert bands[2.0].ask_notional == pytest.approx(101 + 306)
    assert (bands[3.0].bid_qty, bands[3.0].ask_qty) == (7.0, 4.0)


def test_edge_cases():
    assert touch([], ASKS) is None and microprice(BIDS, []) is None
    assert imbalance([], []) is None
    assert imbalance([], ASKS, 2) == -1.0
    assert weighted_imbalance(BIDS, []) is None
    assert depth_bands([], ASKS) == []
    # zero / NaN levels are ignored, unsorted input is sorted
    messy_bids = [(97.0, 4.0), (99.5, 0.0), (99.0, 2.0), (float("nan"), 1.0), (98.0, 1.0)]
    assert imbalance(messy_bids, ASKS, 3) == pytest.approx(1 / 13)
    crossed = touch([(101.5, 1.0)], ASKS)
    assert crossed.crossed and crossed.spread < 0
    with pytest.raises(ValueError):
        imbalance(BIDS, ASKS, 0)
    m = book_metrics([], [])
    assert m.touch is None and m.imbalance is None and m.depth == []


@pytest.mark.parametrize(("exchange", "symbol"), REAL)
def test_real_snapshots_against_plain_loops(snapshots, exchange, symbol):
    snap = snapshots[(exchange, symbol)]
    bids, asks = snap["bids"], snap["asks"]
    m = book_metrics(bids, asks, levels=10, half_life_bps=25.0)

    (bb, bq), (ba, aq) = bids[0], asks[0]
    mid = (bb + ba) / 2
    assert m.touch.mid == pytest.approx(mid)
    assert m.touch.spread_bps == pytest.approx((ba - bb) / mid * 10_000)
    assert m.microprice == pytest.approx((bb * aq + ba * bq) / (bq + aq))
    assert bb < m.microprice < ba

    b_sum = a_sum = wb = wa = 0.0
    for i in range(10):
        b_sum += bids[i][1]
        a_sum += asks[i][1]
        wb += bids[i][1] * 2 ** -((mid - bids[i][0]) / mid * 1e4 / 25.0)
        wa += asks[i][1] * 2 ** -((asks[i][0] - mid) / mid * 1e4 / 25.0)
    assert m.imbalance == pytest.approx((b_sum - a_sum) / (b_sum + a_sum))
    assert m.weighted_imbalance == pytest.approx((wb - wa) / (wb + wa))

    for band in m.depth:
        lo, hi = mid * (1 - band.pct / 100), mid * (1 + band.pct / 100)
        bid_q = sum(q for p, q in bids if p >= lo)
        ask_q = sum(q for p, q in asks if p <= hi)
        assert band.bid_qty == pytest.approx(bid_q)
        assert band.ask_qty == pytest.approx(ask_q)
        assert band.bid_notional == pytest.approx(sum(p * q for p, q in bids if p >= lo))
    assert [b.pct for b in m.depth] == [0.5, 1.0, 2.0]
    assert m.depth[0].bid_qty <= m.depth[1].bid_qty <= m.depth[2].bid_qty


def test_real_touch_numbers_written_out(snapshots):
    """Binance NKNUSDT, recorded touch 0.3521 x 672 / 0.3525 x 3959."""
    snap = snapshots[("BINANCE", "NKNUSDT")]
    t = touch(snap["bids"], snap["asks"])
    assert (t.best_bid, t.bid_qty, t.best_ask, t.ask_qty) == (0.3521, 672.0, 0.3525, 3959.0)
    assert t.spread_bps == pytest.approx(0.0004 / 0.3523 * 1e4)  # 11.354 bps
    # (0.3521 * 3959 + 0.3525 * 672) / 4631 = 0.352158...: heavy ask, price leans to the bid
    assert microprice(snap["bids"], snap["asks"]) == pytest.approx(
        (0.3521 * 3959 + 0.3525 * 672) / 4631
    )
    assert imbalance(snap["bids"], snap["asks"], 2) == pytest.approx(
        (672 + 1144 - 3959 - 3199) / (672 + 1144 + 3959 + 3199)
    )
    assert not math.isnan(weighted_imbalance(snap["bids"], snap["asks"]))
