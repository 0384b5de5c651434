"""Arbitrage detection: hand-computed books, real L2 snapshots and what-if books.

Expected numbers are either worked out by hand (written in the comments) or recomputed here
with an independent algorithm (breakpoint merge of cumulative depth, plain loops), never by
calling the code under test.
"""

from __future__ import annotations

import itertools
import json
import math
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from app.modules.exchanges.arbitrage import (
    MarketBook,
    VenueBook,
    clean_levels,
    detect_cross_exchange,
    evaluate_cross_exchange,
    evaluate_triangular,
)

ASKS_A = [(100.0, 1.0), (101.0, 2.0), (102.0, 5.0)]
BIDS_B = [(103.0, 1.5), (102.0, 1.0), (100.0, 4.0)]


@cache
def _snapshots(path: Path) -> dict[tuple[str, str], dict]:
    raw = json.loads(path.read_text())
    return {(s["exchange"], s["symbol"]): s for s in raw}


def snapshot(shared_data: Path, exchange: str, symbol: str) -> dict:
    path = shared_data / "orderbook_trades" / "cryptofeed" / "derived_l2_snapshots.json"
    return _snapshots(path)[(exchange, symbol)]


def reference_cross(asks, bids, fee_buy, fee_sell):
    """Independent reference: merge the cumulative-depth breakpoints of both books.

    Between two consecutive breakpoints both marginal prices are constant, so each segment is
    either wholly profitable or not; the executable size is where the first unprofitable
    segment starts.
    """
    a_px = np.array([p for p, _ in asks])
    b_px = np.array([p for p, _ in bids])
    a_cum = np.cumsum([q for _, q in asks])
    b_cum = np.cumsum([q for _, q in bids])
    cuts = np.unique(np.concatenate([[0.0], a_cum, b_cum]))
    cuts = cuts[cuts <= min(a_cum[-1], b_cum[-1])]
    size = buy = sell = 0.0
    for lo, hi in itertools.pairwise(cuts):
        pa = a_px[np.searchsorted(a_cum, lo, side="right")]
        pb = b_px[np.searchsorted(b_cum, lo, side="right")]
        if pa * (1 + fee_buy) >= pb * (1 - fee_sell):
            break
        size += hi - lo
        buy += (hi - lo) * pa
        sell += (hi - lo) * pb
    return size, buy, sell


# --------------------------------------------------------------------------- hand-computed


def test_cross_exchange_hand_computed_three_levels():
    # Walk (buy fee 10 bps, sell fee 20 bps):
    #   ask 100 (eff 100.1)   vs bid 103 (eff 102.794): take 1.0
    #   ask 101 (eff 101.101) vs bid 103:               take 0.5 (bid level exhausted)
    #   ask 101               vs bid 102 (eff 101.796): take 1.0
    #   ask 101               vs bid 100 (eff 99.8):    stop
    # size 2.5; buy notional 100 + 50.5 + 101 = 251.5; sell 103 + 51.5 + 102 = 256.5
    buy = VenueBook("A", bids=[(99.0, 1.0)], asks=ASKS_A, taker_fee=0.001, withdrawal_fee=0.01)
    sell = VenueBook("B", bids=BIDS_B, asks=[(104.0, 1.0)], taker_fee=0.002)
    r = evaluate_cross_exchange(buy, sell, "X/USD")
    assert r.size == pytest.approx(2.5)
    assert r.buy_vwap == pytest.approx(100.6)
    assert r.sell_vwap == pytest.approx(102.6)
    assert r.buy_notional == pytest.approx(251.5)
    assert r.sell_notional == pytest.approx(256.5)
    assert r.gross_spread_quote == pytest.approx(5.0)
    assert r.gross_spread_bps == pytest.approx(2.0 / 100.6 * 1e4)  # 198.807 bps
    assert r.buy_fee_quote == pytest.approx(0.2515)
    assert r.sell_fee_quote == pytest.approx(0.513)
    assert r.withdrawal_fee_quote == pytest.approx(0.01 * 102.6)
    # 5 - 0.2515 - 0.513 - 1.026 = 3.2095
    assert r.net_profit_quote == pytest.approx(3.2095)
    assert r.net_spread_bps == pytest.approx(3.2095 / 251.5 * 1e4)
    assert r.top_of_book_spread_bps == pytest.approx(300.0)
    assert r.marginal_buy_price_after_fee == pytest.approx(101.101)
    assert r.marginal_sell_price_after_fee == pytest.approx(101.796)
    assert (r.buy_levels_used, r.sell_levels_used) == (2, 2)
    assert r.limited_by == "prices" and not r.depth_limited and r.profitable


def test_cross_exchange_caps():
    buy = VenueBook("A", bids=[], asks=ASKS_A, taker_fee=0.001)
    sell = VenueBook("B", bids=BIDS_B, asks=[], taker_fee=0.002)
    by_size = evaluate_cross_exchange(buy, sell, max_size=1.2)
    # 1.0 @ 100 + 0.2 @ 101 against 1.2 @ 103
    assert by_size.size == pytest.approx(1.2)
    assert by_size.buy_notional == pytest.approx(120.2)
    assert by_size.sell_notional == pytest.approx(123.6)
    assert by_size.limited_by == "max_size"

    by_notional = evaluate_cross_exchange(buy, sell, max_notional=150.0)
    # 1.0 @ 100, then 50 / 101 = 0.4950495 @ 101 (bid level 103 still has 0.5 left)
    assert by_notional.size == pytest.approx(1 + 50 / 101)
    assert by_notional.buy_notional == pytest.approx(150.0)
    assert by_notional.sell_notional == pytest.approx(103 * (1 + 50 / 101))
    assert by_notional.limited_by == "max_notional"


def test_cross_exchange_depth_limited_reports_executable_size():
    buy = VenueBook("A", bids=[], asks=ASKS_A)
    sell = VenueBook("B", bids=[(110.0, 100.0)], asks=[])
    r = evaluate_cross_exchange(buy, sell, max_size=20.0)
    # all 8 units of asks: 100 + 202 + 510 = 812
    assert r.size == pytest.approx(8.0)
    assert r.buy_vwap == pytest.approx(101.5)
    assert r.limited_by == "buy_depth" and r.depth_limited
    assert r.requested_size == 20.0
    assert any("exceeds executable depth" in w for w in r.warnings)


def test_gross_spread_eaten_by_fees_is_no_opportunity():
    # 10 bps gross at the touch, 10 bps fee on each leg: 100.1 >= 100.1 * 0.999
    buy = VenueBook("A", bids=[], asks=[(100.0, 1.0)], taker_fee=0.001)
    sell = VenueBook("B", bids=[(100.1, 1.0)], asks=[], taker_fee=0.001)
    r = evaluate_cross_exchange(buy, sell)
    assert r.size == 0 and not r.profitable and r.buy_vwap is None
    assert r.top_of_book_spread_bps == pytest.approx(10.0)
    assert detect_cross_exchange([buy, sell]) == []


def test_withdrawal_fee_can_kill_a_small_opportunity():
    buy = VenueBook("A", bids=[], asks=[(100.0, 0.1)], withdrawal_fee=0.0005)
    sell = VenueBook("B", bids=[(100.2, 1.0)], asks=[])
    r = evaluate_cross_exchange(buy, sell)
    # gross 0.1 * 0.2 = 0.02 quote; withdrawal 0.0005 * 100.2 = 0.0501 quote
    assert r.gross_spread_quote == pytest.approx(0.02)
    assert r.net_profit_quote == pytest.approx(0.02 - 0.0501)
    assert r.size == pytest.approx(0.1) and not r.profitable


def test_edge_cases_empty_zero_qty_crossed():
    empty = evaluate_cross_exchange(VenueBook("A", [], []), VenueBook("B", BIDS_B, []))
    assert empty.size == 0 and empty.limited_by == "empty_book" and not empty.profitable

    # zero / negative / NaN levels are dropped, unsorted input is sorted
    assert clean_levels([(101, 1), (100, 0), (99, -1), (float("nan"), 1), (100.5, 2)], "asks") == [
        (100.5, 2.0),
        (101.0, 1.0),
    ]
    zero = VenueBook("A", bids=[], asks=[(99.0, 0.0), (100.0, 1.0)])
    r = evaluate_cross_exchange(zero, VenueBook("B", [(101.0, 5.0)], []))
    assert r.size == pytest.approx(1.0) and r.buy_vwap == pytest.approx(100.0)

    crossed = VenueBook("A", bids=[(105.0, 1.0)], asks=[(100.0, 1.0)])
    r = evaluate_cross_exchange(crossed, VenueBook("B", [(101.0, 5.0)], [(102.0, 1)]))
    assert any("A: book is crossed" in w for w in r.warnings)

    with pytest.raises(ValueError):
        evaluate_cross_exchange(VenueBook("A", [], ASKS_A, taker_fee=1.5), VenueBook("B", [], []))
    with pytest.raises(ValueError):
        evaluate_cross_exchange(VenueBook("A", [], ASKS_A), VenueBook("B", [], []), max_size=-1)


def test_detect_ranks_all_pairs():
    # C is the cheapest ask, B the richest bid; A sits in between.
    a = VenueBook("A", bids=[(100.0, 1.0)], asks=[(100.5, 1.0)])
    b = VenueBook("B", bids=[(102.0, 1.0)], asks=[(102.5, 1.0)])
    c = VenueBook("C", bids=[(98.0, 1.0)], asks=[(99.0, 1.0)])
    ranked = detect_cross_exchange([a, b, c], "X/USD")
    pairs = [(r.buy_exchange, r.sell_exchange) for r in ranked]
    # profits: C->B 3.0, A->B 1.5, C->A 1.0; all other pairs are not profitable
    assert pairs == [("C", "B"), ("A", "B"), ("C", "A")]
    assert [r.net_profit_quote for r in ranked] == pytest.approx([3.0, 1.5, 1.0])
    everything = detect_cross_exchange([a, b, c], include_unprofitable=True)
    assert len(everything) == 6 and everything[0].buy_exchange == "C"


# --------------------------------------------------------------------------- real snapshots


@pytest.mark.parametrize(
    ("exchange", "symbol"),
    [
        ("BITSTAMP", "ETHUSD"),
        ("BINANCE", "NKNUSDT"),
        ("KRAKEN", "XBT/CHF"),
        ("COINBASE", "SKL-USD"),
    ],
)
def test_real_book_against_itself_has_no_arbitrage(shared_data, exchange, symbol):
    snap = snapshot(shared_data, exchange, symbol)
    a = VenueBook("A", snap["bids"], snap["asks"])
    b = VenueBook("B", snap["bids"], snap["asks"])
    assert detect_cross_exchange([a, b]) == []
    r = evaluate_cross_exchange(a, b)
    spread_bps = (snap["bids"][0][0] - snap["asks"][0][0]) / snap["asks"][0][0] * 1e4
    assert spread_bps < 0
    assert r.size == 0 and r.top_of_book_spread_bps == pytest.approx(spread_bps)


@pytest.mark.parametrize(
    ("exchange", "symbol", "shift"),
    [("BITSTAMP", "ETHUSD", 1.004), ("BINANCE", "NKNUSDT", 1.006), ("KRAKEN", "XMR/USD", 1.01)],
)
def test_real_book_what_if_shifted_venue(shared_data, exchange, symbol, shift):
    """Venue B quotes the same real book ``shift`` higher: a known, sizeable arbitrage."""
    snap = snapshot(shared_data, exchange, symbol)
    fee_a, fee_b = 0.001, 0.0015
    shifted_bids = [(p * shift, q) for p, q in snap["bids"]]
    a = VenueBook("A", snap["bids"], snap["asks"], taker_fee=fee_a)
    b = VenueBook("B", shifted_bids, [(p * shift, q) for p, q in snap["asks"]], taker_fee=fee_b)
    size, buy, sell = reference_cross(snap["asks"], shifted_bids, fee_a, fee_b)
    assert size > 0
    ranked = detect_cross_exchange([a, b], symbol)
    assert len(ranked) == 1
    r = ranked[0]
    assert (r.buy_exchange, r.sell_exchange) == ("A", "B")
    assert r.size == pytest.approx(size, rel=1e-9)
    assert r.buy_vwap == pytest.approx(buy / size, rel=1e-9)
    assert r.sell_vwap == pytest.approx(sell / size, rel=1e-9)
    assert r.net_profit_quote == pytest.approx(sell * (1 - fee_b) - buy * (1 + fee_a), rel=1e-9)
    assert r.limited_by == "prices"
    # the marginal unit is profitable, the next one is not
    assert r.marginal_buy_price_after_fee < r.marginal_sell_price_after_fee


def test_real_book_hand_checked_first_levels(shared_data):
    """Bitstamp ETHUSD, first two ask levels, bought against a rich what-if bid."""
    snap = snapshot(shared_data, "BITSTAMP", "ETHUSD")
    (p1, q1), (p2, _q2) = snap["asks"][:2]
    assert (p1, q1, p2) == (3805.47, 8.26964788, 3805.83)  # the recorded touch
    # 10 ETH: 8.26964788 @ 3805.47 + 1.73035212 @ 3805.83
    expected_buy = 8.26964788 * 3805.47 + 1.73035212 * 3805.83
    a = VenueBook("A", snap["bids"], snap["asks"], taker_fee=0.0025)
    b = VenueBook("B", [(3900.0, 10.0)], [(3901.0, 1.0)], taker_fee=0.001)
    r = evaluate_cross_exchange(a, b, "ETH/USD")
    assert r.size == pytest.approx(10.0)
    assert r.buy_notional == pytest.approx(expected_buy)  # 38,055.3592... USD
    assert r.buy_vwap == pytest.approx(3805.5322926763, rel=1e-9)
    assert r.buy_fee_quote == pytest.approx(expected_buy * 0.0025)
    assert r.net_profit_quote == pytest.approx(39000 * 0.999 - expected_buy * 1.0025)
    assert r.limited_by == "sell_depth" and r.depth_limited


# --------------------------------------------------------------------------- triangular

TRI = [
    MarketBook("BTC/USDT", bids=[(19990, 1), (19900, 2)], asks=[(20000, 0.5), (20100, 1)],
               taker_fee=0.001),
    MarketBook("ETH/BTC", bids=[(0.0499, 10), (0.049, 10)], asks=[(0.05, 10), (0.051, 10)],
               taker_fee=0.001),
    MarketBook("ETH/USDT", bids=[(1010, 5), (1005, 10)], asks=[(1000, 10)], taker_fee=0.001),
]  # fmt: skip


def test_triangular_hand_computed_both_directions():
    results = evaluate_triangular(TRI, "USDT", 10_000.0)
    assert len(results) == 2
    best, worst = results
    # USDT->BTC: 10000 @ 20000 = 0.5 BTC, fee 0.0005 -> 0.4995
    # BTC->ETH: 0.4995 / 0.05 = 9.99 ETH, fee 0.00999 -> 9.98001
    # ETH->USDT: 5 @ 1010 + 4.98001 @ 1005 = 10054.91005, fee 10.05491005 -> 10044.85513995
    assert best.path == ("USDT", "BTC", "ETH", "USDT")
    assert [leg.side for leg in best.legs] == ["buy", "buy", "sell"]
    assert best.legs[0].amount_out == pytest.approx(0.4995)
    assert best.legs[1].amount_out == pytest.approx(9.98001)
    assert best.legs[2].vwap == pytest.approx(10054.91005 / 9.98001)
    assert best.final_amount == pytest.approx(10044.85513995)
    assert best.profit == pytest.approx(44.85513995)
    assert best.profit_bps == pytest.approx(44.85513995)  # start is 10,000
    assert best.profitable and best.complete
    # touch-only: (1/20000)(0.999) (1/0.05)(0.999) 1010 (0.999) * 10000
    assert best.top_of_book_final_amount == pytest.approx(10000 / 20000 / 0.05 * 1010 * 0.999**3)
    # USDT->ETH: 10 ETH, fee -> 9.99; ETH->BTC: 9.99*0.0499 = 0.498501, fee -> 0.498002499
    # BTC->USDT: 0.498002499 * 19990 = 9955.06995501, fee -> 9945.11488505499
    assert worst.path == ("USDT", "ETH", "BTC", "USDT")
    assert [leg.side for leg in worst.legs] == ["buy", "sell", "sell"]
    assert worst.final_amount == pytest.approx(9945.11488505499)
    assert not worst.profitable


def test_triangular_depth_limited_leg():
    # 40,000 USDT: only 0.5 @ 20000 + 1 @ 20100 = 30,100 USDT of BTC asks exist
    results = evaluate_triangular(TRI, "USDT", 40_000.0)
    fwd = next(r for r in results if r.path[1] == "BTC")
    leg = fwd.legs[0]
    assert leg.depth_limited and leg.amount_in_filled == pytest.approx(30_100.0)
    assert leg.amount_out_gross == pytest.approx(1.5)
    assert not fwd.complete and not fwd.profitable
    assert any("stranded" in w for w in fwd.warnings)


def test_triangular_no_mispricing_real_legs(shared_data):
    """ETH/USD and USDT/USD are real Bitstamp books; ETH/USDT is priced consistently from them.

    Each leg's VWAP is recomputed here with a plain loop over the real levels.
    """
    eth = snapshot(shared_data, "BITSTAMP", "ETHUSD")
    usdt = snapshot(shared_data, "BITSTAMP", "USDTUSD")
    mid_eth = (eth["bids"][0][0] + eth["asks"][0][0]) / 2
    mid_usdt = (usdt["bids"][0][0] + usdt["asks"][0][0]) / 2
    fair = mid_eth / mid_usdt
    cross = MarketBook("ETH/USDT", bids=[(fair * 0.9995, 50)], asks=[(fair * 1.0005, 50)],
                       taker_fee=0.001)  # fmt: skip
    markets = [
        MarketBook("ETH/USD", eth["bids"], eth["asks"], taker_fee=0.001),
        MarketBook("USDT/USD", usdt["bids"], usdt["asks"], taker_fee=0.001),
        cross,
    ]
    start = 20_000.0
    results = evaluate_triangular(markets, "USD", start)
    assert all(not r.profitable and r.profit < 0 for r in results)
    fwd = next(r for r in results if r.path == ("USD", "ETH", "USDT", "USD"))

    # leg 1 by hand-rolled loop: spend 20,000 USD on ETH asks
    left, eth_got = start, 0.0
    for px, qty in eth["asks"]:
        take = min(qty, left / px)
        eth_got += take
        left -= take * px
        if left <= 1e-9:
            break
    assert fwd.legs[0].amount_out_gross == pytest.approx(eth_got, rel=1e-12)
    assert fwd.legs[0].vwap == pytest.approx(start / eth_got, rel=1e-12)
    eth_net = eth_got * 0.999
    usdt_net = eth_net * fair * 0.9995 * 0.999
    # leg 3: sell USDT into the real USDT/USD bids
    left, usd = usdt_net, 0.0
    for px, qty in usdt["bids"]:
        take = min(qty, left)
        usd += take * px
        left -= take
        if left <= 1e-12:
            break
    assert math.isclose(left, 0.0, abs_tol=1e-9)
    assert fwd.final_amount == pytest.approx(usd * 0.999, rel=1e-12)


def test_triangular_validation():
    with pytest.raises(ValueError, match="cycle"):
        evaluate_triangular([TRI[0], TRI[1], TRI[1]], "USDT", 1.0)
    with pytest.raises(ValueError, match="start currency"):
        evaluate_triangular(TRI, "EUR", 1.0)
    with pytest.raises(ValueError):
        evaluate_triangular(TRI, "USDT", 0.0)
