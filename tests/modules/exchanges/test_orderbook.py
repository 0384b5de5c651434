"""Local L2 book: real Binance snapshot + diff streams, sequence rules, gap detection.

The independent reference for book contents is the venue's own ``bookTicker`` stream recorded in
the same session: whenever a book ticker's update id equals the last id of a depth diff, the
venue's best bid/ask at that id must equal the top of our book.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from app.modules.exchanges.errors import SequenceGap
from app.modules.exchanges.normalize import new_book, normalize
from app.modules.exchanges.orderbook import DeltaResult, OrderBook, SeqRule
from app.modules.exchanges.replay import merge_recordings
from app.modules.exchanges.types import BookDelta, OrderBookSnapshot

FEEDS = {
    "binance": ("BINANCE.ws.1.0", "BINANCE.http.0.0"),
    "binanceus": ("BINANCE_US.ws.1.0", "BINANCE_US.http.0.0"),
    "binanceusdm": ("BINANCE_FUTURES.ws.1.0", "BINANCE_FUTURES.http.0.0"),
}


def raw_book_tickers(path: Path) -> dict[str, dict[int, tuple[float, float, float, float]]]:
    """Venue book tickers straight from the recording: market id → update id → (b, B, a, A)."""
    out: dict[str, dict[int, tuple[float, float, float, float]]] = defaultdict(dict)
    for line in path.read_text().splitlines():
        if not line[:1].isdigit():
            continue
        data = json.loads(line.partition(": ")[2])["data"]
        if data.get("e", "bookTicker") == "bookTicker" and "B" in data:
            out[data["s"]][data["u"]] = tuple(float(data[k]) for k in ("b", "B", "a", "A"))
    return out


def book_events(cryptofeed_dir: Path, exchange: str) -> list[OrderBookSnapshot | BookDelta]:
    msgs = merge_recordings([cryptofeed_dir / f for f in FEEDS[exchange]])
    return [
        ev
        for msg in msgs
        for ev in normalize(msg)
        if isinstance(ev, (OrderBookSnapshot, BookDelta))
    ]


def assert_well_formed(book: OrderBook) -> None:
    bids, asks = book.bids(), book.asks()
    assert [p for p, _ in bids] == sorted((p for p, _ in bids), reverse=True)
    assert [p for p, _ in asks] == sorted(p for p, _ in asks)
    assert all(q > 0 for _, q in bids + asks)
    assert bids[0][0] < asks[0][0], "crossed book"


@pytest.mark.parametrize("exchange", sorted(FEEDS))
def test_real_snapshot_and_diffs_match_venue_book_ticker(
    cryptofeed_dir: Path, exchange: str
) -> None:
    tickers = raw_book_tickers(cryptofeed_dir / FEEDS[exchange][0])
    books: dict[str, OrderBook] = {}
    checked = 0
    for ev in book_events(cryptofeed_dir, exchange):
        book = books.get(ev.symbol)
        if book is None:
            book = books[ev.symbol] = new_book(exchange, ev.symbol)
        if isinstance(ev, OrderBookSnapshot):
            book.apply_snapshot(ev.bids, ev.asks, ev.sequence, ev.timestamp)
            continue
        result = book.apply_delta(ev)  # a gap would raise: the recordings are complete
        if result is not DeltaResult.APPLIED:
            continue
        assert_well_formed(book)
        market_id = ev.symbol.split(":")[0].replace("/", "")
        venue = tickers[market_id].get(ev.last_seq)
        if venue is not None:
            bid, bid_qty, ask, ask_qty = venue
            assert book.best_bid() == (bid, bid_qty)
            assert book.best_ask() == (ask, ask_qty)
            checked += 1
    assert checked >= 20  # e.g. 19 points for NKN/USDT alone on binance
    assert all(b.synced and b.gaps == 0 for b in books.values())


def test_binance_spot_snapshot_rules_on_real_stream(cryptofeed_dir: Path) -> None:
    events = [e for e in book_events(cryptofeed_dir, "binance") if e.symbol == "NKN/USDT"]
    snapshot = next(e for e in events if isinstance(e, OrderBookSnapshot))
    deltas = [e for e in events if isinstance(e, BookDelta)]
    # Recorded facts: snapshot lastUpdateId 499869752; the first diff (U=..750, u=..752) arrived
    # before it and is already contained in it; the stream ends at u=499870179.
    assert snapshot.sequence == 499869752
    assert (deltas[0].first_seq, deltas[0].last_seq) == (499869750, 499869752)

    book = new_book("binance", "NKN/USDT")
    results = [book.apply_delta(d) for d in deltas[:1]]  # before the snapshot: buffered
    assert results == [DeltaResult.BUFFERED]
    assert book.apply_snapshot(snapshot.bids, snapshot.asks, snapshot.sequence) == 0
    assert book.stale == 1  # the buffered diff was older than the snapshot
    for d in deltas[1:]:
        assert book.apply_delta(d) is DeltaResult.APPLIED
    assert book.seq == 499870179 == deltas[-1].last_seq
    assert book.applied == len(deltas) - 1 == 149


@pytest.mark.parametrize(
    ("exchange", "symbol"), [("binance", "NKN/USDT"), ("binanceusdm", "SUSHI/USDT:USDT")]
)
def test_dropped_diff_is_detected_and_book_rebuilt(
    cryptofeed_dir: Path, exchange: str, symbol: str
) -> None:
    events = [e for e in book_events(cryptofeed_dir, exchange) if e.symbol == symbol]
    snapshot = next(e for e in events if isinstance(e, OrderBookSnapshot))
    deltas = [e for e in events if isinstance(e, BookDelta) and e.last_seq > snapshot.sequence]
    drop = 20

    book = new_book(exchange, symbol)
    book.apply_snapshot(snapshot.bids, snapshot.asks, snapshot.sequence)
    for d in deltas[:drop]:
        book.apply_delta(d)
    with pytest.raises(SequenceGap) as info:
        book.apply_delta(deltas[drop + 1])  # deltas[drop] never arrives
    assert info.value.exchange == exchange and info.value.symbol == symbol
    assert not book.synced and book.gaps == 1
    # Until a new snapshot, later diffs are buffered rather than applied to a broken book.
    for d in deltas[drop + 2 :]:
        assert book.apply_delta(d) is DeltaResult.BUFFERED

    # The old snapshot cannot be joined to the buffered diffs: rebuilding from it is refused.
    with pytest.raises(SequenceGap):
        book.apply_snapshot(snapshot.bids, snapshot.asks, snapshot.sequence)

    # A fresh snapshot taken mid-stream (reference: a plain dict replay of the recorded diffs)
    # joins the buffered diffs and rebuilds the book to the recording's final state.
    mid = drop + 40
    ref_bids, ref_asks = dict(snapshot.bids), dict(snapshot.asks)

    def replay_into(levels_bids, levels_asks):
        for side, levels in ((ref_bids, levels_bids), (ref_asks, levels_asks)):
            for p, q in levels:
                if q == 0:
                    side.pop(p, None)
                else:
                    side[p] = q

    for d in deltas[:mid]:
        replay_into(d.bids, d.asks)
    book.invalidate()
    for d in deltas[mid - 5 :]:  # the stream, including diffs older than the new snapshot
        book.apply_delta(d)
    book.apply_snapshot(ref_bids.items(), ref_asks.items(), deltas[mid - 1].last_seq)
    for d in deltas[mid:]:
        replay_into(d.bids, d.asks)
    assert book.synced and book.seq == deltas[-1].last_seq
    assert book.bids() == sorted(ref_bids.items(), reverse=True)
    assert book.asks() == sorted(ref_asks.items())


def delta(first: int | None, last: int | None, prev: int | None = None, **levels) -> BookDelta:
    return BookDelta("x", "A/B", levels.get("bids", []), levels.get("asks", []), first, last, prev)


def test_contiguous_rule() -> None:
    book = OrderBook("x", "A/B", SeqRule.CONTIGUOUS)
    book.apply_snapshot([(10.0, 1.0)], [(11.0, 1.0)], seq=100)
    assert book.apply_delta(delta(95, 100)) is DeltaResult.STALE
    assert book.apply_delta(delta(99, 103, bids=[(10.5, 2.0)])) is DeltaResult.APPLIED
    assert book.apply_delta(delta(104, 104)) is DeltaResult.APPLIED
    with pytest.raises(SequenceGap) as info:
        book.apply_delta(delta(106, 107))
    assert (info.value.expected, info.value.got) == (105, 106)


def test_contiguous_rule_first_diff_must_bridge_snapshot() -> None:
    book = OrderBook("x", "A/B", SeqRule.CONTIGUOUS)
    book.apply_snapshot([(10.0, 1.0)], [(11.0, 1.0)], seq=100)
    with pytest.raises(SequenceGap):
        book.apply_delta(delta(102, 105))


def test_prev_linked_rule() -> None:
    book = OrderBook("x", "A/B", SeqRule.PREV_LINKED)
    book.apply_snapshot([(10.0, 1.0)], [(11.0, 1.0)], seq=100)
    assert book.apply_delta(delta(90, 99, prev=89)) is DeltaResult.STALE
    assert book.apply_delta(delta(95, 103, prev=94)) is DeltaResult.APPLIED  # straddles
    assert book.apply_delta(delta(104, 110, prev=103)) is DeltaResult.APPLIED
    with pytest.raises(SequenceGap):
        book.apply_delta(delta(115, 120, prev=114))


def test_monotonic_rule_drops_reordered_updates() -> None:
    book = OrderBook("x", "A/B", SeqRule.MONOTONIC)
    book.apply_snapshot([(10.0, 1.0)], [(11.0, 1.0)], seq=5)
    assert book.apply_delta(delta(9, 9, bids=[(10.0, 3.0)])) is DeltaResult.APPLIED
    assert book.apply_delta(delta(7, 7, bids=[(10.0, 9.0)])) is DeltaResult.STALE
    assert book.best_bid() == (10.0, 3.0)


def test_levels_reads_and_snapshot_copy() -> None:
    book = OrderBook("x", "A/B")
    book.apply_snapshot(
        [(10.0, 1.0), (9.0, 2.0), (8.0, 3.0)], [(11.0, 1.0), (12.0, 2.0), (13.0, 0.0)], seq=1
    )
    assert book.ask_count == 2  # zero quantities are not levels
    book.apply_delta(delta(None, None, bids=[(9.5, 4.0), (8.0, 0.0)], asks=[(11.0, 0.0)]))
    assert book.bids() == [(10.0, 1.0), (9.5, 4.0), (9.0, 2.0)]
    assert book.asks() == [(12.0, 2.0)]
    assert book.top(1) == ([(10.0, 1.0)], [(12.0, 2.0)])
    assert book.mid() == 11.0 and book.spread() == 2.0
    snap = book.snapshot(2)
    book.apply_levels([(10.0, 0.0)], [])
    assert snap.bids == ((10.0, 1.0), (9.5, 4.0))  # copied out, unaffected
    assert snap.best_ask == (12.0, 2.0) and snap.sequence == 1
    assert book.best_bid() == (9.5, 4.0)


def test_max_depth_truncates_worst_levels() -> None:
    book = OrderBook("x", "A/B", max_depth=2)
    book.apply_snapshot([(10.0, 1.0), (9.0, 1.0), (8.0, 1.0)], [(11.0, 1.0), (12.0, 1.0)])
    assert book.bids() == [(10.0, 1.0), (9.0, 1.0)]
    book.apply_delta(delta(None, None, asks=[(10.5, 1.0)]))
    assert book.asks() == [(10.5, 1.0), (11.0, 1.0)]
