"""Spoofing detector: hand-built books, and a spoof injected into a real replayed Binance book.

Expected evidence on the real stream is recomputed here with an independent plain-dict replay
of the recorded depth diffs, not with the detector's own book.
"""

from __future__ import annotations

import statistics

import pytest

from app.modules.marketmaker.spoofing import SpoofingConfig, detect_spoofing
from tests.modules.marketmaker.conftest import RecordedStream, load_binance_stream

# 10 bid levels 99.9 .. 99.0 and 10 ask levels 100.1 .. 101.0, 1 unit each; mid 100
BIDS = [(round(99.9 - 0.1 * i, 1), 1.0) for i in range(10)]
ASKS = [(round(100.1 + 0.1 * i, 1), 1.0) for i in range(10)]
SPOOF = [(1.0, "bid", 99.5, 51.0)]  # 50 units added on top of the resting 1
MARKET_FALLS = [
    (2.0, "bid", 99.9, 0.0),
    (2.0, "bid", 99.8, 0.0),
    (2.0, "ask", 99.85, 1.0),  # mid 99.775
    (3.0, "bid", 99.7, 0.0),  # mid (99.6 + 99.85) / 2 = 99.725
]
CANCEL = [(4.0, "bid", 99.5, 1.0)]


def test_hand_built_spoof_is_flagged_with_evidence():
    report = detect_spoofing(SPOOF + MARKET_FALLS + CANCEL, initial_bids=BIDS, initial_asks=ASKS)
    assert len(report.alerts) == 1 and report.large_orders == report.alerts
    a = report.alerts[0]
    assert (a.side, a.price, a.size, a.level_qty_before) == ("bid", 99.5, 50.0, 1.0)
    assert a.typical_size == 1.0 and a.size_vs_typical == 50.0
    assert a.levels_behind_touch == 4  # 99.9, 99.8, 99.7, 99.6 are better
    assert (a.placed_ts, a.removed_ts, a.lifetime_s) == (1.0, 4.0, 3.0)
    assert a.mid_at_placement == pytest.approx(100.0)
    assert a.mid_at_removal == pytest.approx(99.725)
    assert a.distance_bps_at_placement == pytest.approx(50.0)
    assert a.distance_bps_at_removal == pytest.approx((99.725 - 99.5) / 99.725 * 1e4)  # 22.56
    assert a.approach_bps == pytest.approx(50.0 - (99.725 - 99.5) / 99.725 * 1e4)
    assert (a.filled_qty, a.cancelled_qty, a.outcome) == (0.0, 50.0, "cancelled")
    assert report.updates == 6 and report.trades == 0


@pytest.mark.parametrize(
    ("trades", "outcome", "filled", "alert"),
    [
        ([(3.5, "sell", 99.5, 50.0)], "filled", 50.0, False),
        ([(3.5, "sell", 99.5, 10.0)], "partially_filled", 10.0, False),  # 20 % > 10 %
        ([(3.5, "sell", 99.4, 3.0)], "partially_filled", 3.0, True),  # through the level, 6 %
        ([(3.5, "sell", 99.6, 40.0)], "cancelled", 0.0, True),  # above a bid: not its fill
        ([(4.5, "sell", 99.5, 40.0)], "partially_filled", 40.0, False),  # late print, in grace
        ([(5.5, "sell", 99.5, 40.0)], "cancelled", 0.0, True),  # after the grace second
        ([(0.5, "sell", 99.5, 40.0)], "cancelled", 0.0, True),  # before placement
    ],
)
def test_trades_decide_filled_vs_cancelled(trades, outcome, filled, alert):
    report = detect_spoofing(
        SPOOF + MARKET_FALLS + CANCEL, trades, initial_bids=BIDS, initial_asks=ASKS
    )
    (order,) = report.large_orders
    assert order.outcome == outcome
    assert order.filled_qty == pytest.approx(filled)
    assert order.cancelled_qty == pytest.approx(50.0 - filled)
    assert order.alert is alert


def test_no_alert_when_price_moves_away_or_order_is_not_large_or_at_touch():
    market_rises = [(2.0, "ask", 100.1, 0.0), (2.0, "bid", 99.95, 1.0)]
    away = detect_spoofing(SPOOF + market_rises + CANCEL, initial_bids=BIDS, initial_asks=ASKS)
    (order,) = away.large_orders
    assert not order.alert and order.approach_bps < 0
    assert "price did not approach before removal" in order.reasons

    small = [(1.0, "bid", 99.5, 6.0)]  # +5 = 5x typical < 10x
    assert detect_spoofing(small + MARKET_FALLS + [(4.0, "bid", 99.5, 1.0)],
                           initial_bids=BIDS, initial_asks=ASKS).large_orders == []  # fmt: skip
    at_touch = [(1.0, "bid", 99.9, 51.0)]  # joins the best bid: not "away from the touch"
    assert detect_spoofing([*at_touch, (4.0, "bid", 99.9, 1.0)],
                           initial_bids=BIDS, initial_asks=ASKS).large_orders == []  # fmt: skip

    still_open = detect_spoofing(SPOOF + MARKET_FALLS, initial_bids=BIDS, initial_asks=ASKS)
    (order,) = still_open.large_orders
    assert order.outcome == "open" and not order.alert and still_open.alerts == []

    strict = SpoofingConfig(max_lifetime_s=2.0)
    r = detect_spoofing(SPOOF + MARKET_FALLS + CANCEL, initial_bids=BIDS, initial_asks=ASKS,
                        config=strict)  # fmt: skip
    assert r.alerts == [] and "lifetime above max_lifetime_s" in r.large_orders[0].reasons
    late = detect_spoofing(SPOOF + MARKET_FALLS + CANCEL, initial_bids=BIDS, initial_asks=ASKS,
                           since_ts=2.0)  # fmt: skip
    assert late.large_orders == []


def test_ask_side_spoof_mirrors_bid_side():
    spoof = [(1.0, "ask", 100.5, 31.0)]
    rally = [(2.0, "ask", 100.1, 0.0), (2.0, "ask", 100.2, 0.0), (2.0, "bid", 100.15, 1.0)]
    cancel = [(3.0, "ask", 100.5, 1.0)]
    (a,) = detect_spoofing(spoof + rally + cancel, initial_bids=BIDS, initial_asks=ASKS).alerts
    mid_after = (100.15 + 100.3) / 2
    assert (a.side, a.size, a.levels_behind_touch) == ("ask", 30.0, 4)
    assert a.distance_bps_at_placement == pytest.approx(50.0)
    assert a.distance_bps_at_removal == pytest.approx((100.5 - mid_after) / mid_after * 1e4)


# --------------------------------------------------------------------------- real replay


def independent_book(stream: RecordedStream, until: float) -> tuple[dict, dict]:
    """Plain-dict replay of the recorded diffs up to and including ``until``."""
    bids, asks = dict(stream.bids), dict(stream.asks)
    for ts, side, price, qty in stream.updates:
        if ts > until:
            break
        levels = bids if side == "bid" else asks
        if qty == 0:
            levels.pop(price, None)
        else:
            levels[price] = qty
    return bids, asks


def inject(stream, side, price, size, t_place, t_remove):
    """Add ``size`` on top of whatever really rests at ``price`` between the two times.

    Depth diffs carry absolute quantities, so real updates to that level inside the window
    must carry the spoof too, or they would silently erase it.
    """
    before = independent_book(stream, t_place)[0 if side == "bid" else 1].get(price, 0.0)
    after = independent_book(stream, t_remove)[0 if side == "bid" else 1].get(price, 0.0)
    out = [
        (ts, s, p, q + size) if (s == side and p == price and t_place < ts < t_remove) else
        (ts, s, p, q)
        for ts, s, p, q in stream.updates
    ]  # fmt: skip
    out += [(t_place, side, price, before + size), (t_remove, side, price, after)]
    return out, before


def _between(stream: RecordedStream, offset: float) -> float:
    """A timestamp just after the first recorded message at ``t0 + offset`` (never equal)."""
    t0 = stream.updates[0][0]
    ts = next(u[0] for u in stream.updates if u[0] >= t0 + offset) + 0.0005
    assert all(u[0] != ts for u in stream.updates)
    return ts


def _mid(book: tuple[dict, dict]) -> float:
    return (max(book[0]) + min(book[1])) / 2


@pytest.mark.parametrize(
    ("venue", "symbol"),
    [
        ("BINANCE_FUTURES", "SUSHIUSDT"),
        ("BINANCE_FUTURES", "AKROUSDT"),
        ("BINANCE_FUTURES", "CTKUSDT"),
        ("BINANCE_FUTURES", "KEEPUSDT"),
        ("BINANCE", "NKNUSDT"),
    ],
)
def test_untouched_real_books_raise_no_alert(cryptofeed_dir, venue, symbol):
    s = load_binance_stream(cryptofeed_dir, venue, symbol)
    assert len(s.updates) > 300  # a real stream, not an empty file
    report = detect_spoofing(s.updates, s.trades, initial_bids=s.bids, initial_asks=s.asks)
    assert report.alerts == []
    assert report.updates == len(s.updates) and report.trades == len(s.trades)


def test_spoof_injected_into_real_sushi_book_is_found(sushi_stream):
    s = sushi_stream
    price, size = 7.608, 40_000.0
    # SUSHI drifts from ~7.6185 (t0+20 s) down to ~7.6135 (t0+25.5 s): the bid gets approached
    t_place, t_remove = _between(s, 20.0), _between(s, 25.5)
    updates, level_before = inject(s, "bid", price, size, t_place, t_remove)
    report = detect_spoofing(updates, s.trades, initial_bids=s.bids, initial_asks=s.asks)

    assert len(report.alerts) == 1
    a = report.alerts[0]
    book_place, book_remove = independent_book(s, t_place), independent_book(s, t_remove)
    mid_place, mid_remove = _mid(book_place), _mid(book_remove)
    top20 = sorted(((p, q) for p, q in book_place[0].items() if p != price), reverse=True)[:20]
    typical = statistics.median(q for _, q in top20)
    through = sum(q for ts, _, p, q in s.trades if t_place <= ts <= t_remove + 1.0 and p <= price)

    assert (a.side, a.price, a.placed_ts, a.removed_ts) == ("bid", price, t_place, t_remove)
    assert a.size == pytest.approx(size) and a.level_qty_before == level_before
    assert a.typical_size == pytest.approx(typical)
    assert a.size_vs_typical == pytest.approx(size / typical) and a.size_vs_typical > 20
    assert a.lifetime_s == pytest.approx(t_remove - t_place)
    assert a.mid_at_placement == pytest.approx(mid_place)
    assert a.mid_at_removal == pytest.approx(mid_remove)
    assert a.distance_bps_at_placement == pytest.approx((mid_place - price) / mid_place * 1e4)
    assert a.distance_bps_at_removal == pytest.approx((mid_remove - price) / mid_remove * 1e4)
    assert a.distance_bps_at_placement > 12 > 8 > a.distance_bps_at_removal > 0
    assert a.levels_behind_touch == sum(1 for p, _ in top20 if p > price)
    assert through == 0.0 and a.filled_qty == 0.0 and a.cancelled_qty == pytest.approx(size)
    assert a.outcome == "cancelled" and a.reasons == ()


def test_real_replay_spoof_moving_away_or_traded_is_not_flagged(sushi_stream):
    s = sushi_stream
    # placed at t0+9.9 s (mid ~7.6115), pulled at t0+18 s after the price rallied away
    t_place, t_remove = _between(s, 9.9), _between(s, 18.0)
    updates, _ = inject(s, "bid", 7.600, 40_000.0, t_place, t_remove)
    r = detect_spoofing(updates, s.trades, initial_bids=s.bids, initial_asks=s.asks)
    (order,) = [o for o in r.large_orders if o.price == 7.600 and o.placed_ts == t_place]
    assert not order.alert and order.approach_bps < 0 and r.alerts == []

    # an ask at 7.615 from t0+5 s to t0+8.5 s: the real buy of 482 @ 7.615 at t0+8.07 s and the
    # prints at >= 7.615 within the grace second may have filled 517 of 4,000 (12.9 %)
    t_place, t_remove = _between(s, 5.0), _between(s, 8.5)
    updates, _ = inject(s, "ask", 7.615, 4_000.0, t_place, t_remove)
    cfg = SpoofingConfig(size_multiple=2.0)
    r = detect_spoofing(updates, s.trades, initial_bids=s.bids, initial_asks=s.asks, config=cfg)
    (order,) = [o for o in r.large_orders if o.price == 7.615 and o.placed_ts == t_place]
    traded = sum(q for ts, _, p, q in s.trades if t_place <= ts <= t_remove + 1.0 and p >= 7.615)
    assert traded == 517.0
    assert order.traded_at_or_through_qty == traded == order.filled_qty
    assert order.outcome == "partially_filled" and not order.alert
