"""Order-book diff application rate on real recorded Binance depth diffs.

Replays the cryptofeed Binance spot (NKN/USDT) and USDⓈ-M futures (SUSHI/USDT etc.) depth
streams — REST snapshot plus diffs, normalised once up front — in a loop, and times only the diff
application. Two workloads, each against a baseline measured in the same run:

* ``OrderBook.apply_delta``: sequence checks + sorted price index, vs
* baseline: a bare ``dict`` update loop over the same levels (no sorting, no checks) — the floor
  for any Python book.

A third figure adds parsing: ``normalize`` of the raw venue message (strings → floats) plus
``apply_delta``, i.e. the per-message cost of a replayed feed.

Usage: python bench/bench_orderbook.py [--seconds 2] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.modules.exchanges.normalize import new_book, normalize
from app.modules.exchanges.replay import RecordedMessage, merge_recordings, read_cryptofeed
from app.modules.exchanges.types import BookDelta, OrderBookSnapshot

FEEDS = (
    ("BINANCE.ws.1.0", "BINANCE.http.0.0"),
    ("BINANCE_FUTURES.ws.1.0", "BINANCE_FUTURES.http.0.0"),
)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load_sessions(data: Path) -> list[tuple[OrderBookSnapshot, list[BookDelta]]]:
    """(snapshot, diffs that follow it) per market, diffs already filtered to apply cleanly."""
    sessions = []
    feed_dir = data / "orderbook_trades" / "cryptofeed"
    for files in FEEDS:
        events = [
            ev
            for msg in merge_recordings([feed_dir / f for f in files])
            for ev in normalize(msg)
            if isinstance(ev, (OrderBookSnapshot, BookDelta))
        ]
        for symbol in sorted({ev.symbol for ev in events}):
            snap = next(
                (e for e in events if isinstance(e, OrderBookSnapshot) and e.symbol == symbol), None
            )
            if snap is None:
                continue
            # Keep the diffs that continue the snapshot (drop those it already contains).
            book = new_book(snap.exchange, symbol)
            book.apply_snapshot(snap.bids, snap.asks, snap.sequence)
            diffs: list[BookDelta] = []
            for ev in events:
                if isinstance(ev, BookDelta) and ev.symbol == symbol and book.apply_delta(ev) == 1:
                    diffs.append(ev)
            if diffs:
                sessions.append((snap, diffs))
    return sessions


def run_book(sessions, seconds: float) -> tuple[int, float]:
    n = 0
    elapsed = 0.0
    while elapsed < seconds:
        for snap, diffs in sessions:
            book = new_book(snap.exchange, snap.symbol)
            book.apply_snapshot(snap.bids, snap.asks, snap.sequence)  # not timed
            apply = book.apply_delta
            t0 = time.perf_counter()
            for d in diffs:
                apply(d)
            elapsed += time.perf_counter() - t0
            n += len(diffs)
    return n, elapsed


def run_parse_and_book(sessions, messages, seconds: float) -> tuple[int, float]:
    n = 0
    elapsed = 0.0
    while elapsed < seconds:
        for (snap, _), msgs in zip(sessions, messages, strict=True):
            book = new_book(snap.exchange, snap.symbol)
            book.apply_snapshot(snap.bids, snap.asks, snap.sequence)
            apply = book.apply_delta
            t0 = time.perf_counter()
            for msg in msgs:
                for ev in normalize(msg):
                    apply(ev)
            elapsed += time.perf_counter() - t0
            n += len(msgs)
    return n, elapsed


def raw_messages(data: Path, sessions) -> list[list[RecordedMessage]]:
    """The raw websocket message behind each benchmark diff, in the same order."""
    feed_dir = data / "orderbook_trades" / "cryptofeed"
    by_key = {}
    for files in FEEDS:
        for msg in read_cryptofeed(feed_dir / files[0]):
            for ev in normalize(msg):
                if isinstance(ev, BookDelta):
                    by_key[(ev.exchange, ev.symbol, ev.last_seq)] = msg
    return [[by_key[(d.exchange, d.symbol, d.last_seq)] for d in diffs] for _, diffs in sessions]


def run_dict(sessions, seconds: float) -> tuple[int, float]:
    n = 0
    elapsed = 0.0
    while elapsed < seconds:
        for snap, diffs in sessions:
            bids = dict(snap.bids)
            asks = dict(snap.asks)
            t0 = time.perf_counter()
            for d in diffs:
                for side, levels in ((bids, d.bids), (asks, d.asks)):
                    for price, qty in levels:
                        if qty == 0.0:
                            side.pop(price, None)
                        else:
                            side[price] = qty
            elapsed += time.perf_counter() - t0
            n += len(diffs)
    return n, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    default_data = os.environ.get(
        "KALKAN_SHARED_DATA", str(Path(__file__).resolve().parents[2] / "shared" / "data")
    )
    parser.add_argument("--data", type=Path, default=Path(default_data))
    args = parser.parse_args()

    sessions = load_sessions(args.data)
    n_diffs = sum(len(d) for _, d in sessions)
    n_levels = sum(len(x.bids) + len(x.asks) for _, diffs in sessions for x in diffs)
    messages = raw_messages(args.data, sessions)
    print(f"python {platform.python_version()}, {cpu_model()}, {os.cpu_count()} CPUs")
    print(
        f"workload: {len(sessions)} markets, {n_diffs} real diffs ({n_levels / n_diffs:.1f} "
        f"levels/diff), looped for ~{args.seconds:.0f}s each"
    )
    # Warm up both paths, then measure.
    run_book(sessions, 0.1)
    run_dict(sessions, 0.1)
    n_b, t_b = run_book(sessions, args.seconds)
    n_d, t_d = run_dict(sessions, args.seconds)
    n_p, t_p = run_parse_and_book(sessions, messages, args.seconds)
    rate_b, rate_d, rate_p = n_b / t_b, n_d / t_d, n_p / t_p
    print(f"OrderBook.apply_delta (seq checks + sorted index): {rate_b:>12,.0f} diffs/s")
    print(f"baseline: bare dict update loop                  : {rate_d:>12,.0f} diffs/s")
    print(f"normalize(raw message) + apply_delta        : {rate_p:>12,.0f} diffs/s")
    print(f"ratio OrderBook / baseline: {rate_b / rate_d:.2f}  (goal: >= 50,000 diffs/s)")


if __name__ == "__main__":
    main()
