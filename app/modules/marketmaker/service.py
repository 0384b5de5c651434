"""Market-maker tracker service: the detectors over the tracked streams of one market.

The endpoints ask ``observe`` for a market's feed: it starts the tracker's background streams
if needed, waits (at most ``wait`` seconds) for the first book and, with a window, until the
window is observed or the stream ends. A flat-out replay (replay source at speed 0) is always
read to its end, so recordings give the same answer on every run. The numpy/scipy detectors are
imported on first use and run in a worker thread. No FastAPI imports here.
"""

from __future__ import annotations

import asyncio
from bisect import bisect_left
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from app.core.errors import ServiceUnavailable
from app.core.jsonsafe import finite_json
from app.modules.exchanges.public import MarketDataSource, check_exchange
from app.modules.marketmaker.errors import StreamFailed
from app.modules.marketmaker.schemas import (
    ImbalanceOut,
    LargeOrderOut,
    MarketMakerActivityOut,
    SpoofingOut,
    SpoofingSettings,
    WashIn,
    WashOut,
)
from app.modules.marketmaker.tracker import MarketFeed, MarketTracker

MAX_RESILIENCY_EVENTS = 50


def _instant_replay(source: MarketDataSource) -> bool:
    return str(source.source) == "replay" and getattr(source, "speed", None) == 0


def _dt(ts: float | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


async def observe(
    tracker: MarketTracker, exchange: str, symbol: str, *, window: float | None, wait: float
) -> MarketFeed:
    """The market's feed once it has a book (and, with ``window``, enough history)."""
    exchange = check_exchange(tracker.source, exchange)
    feed = tracker.feed(exchange, symbol)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    if not feed.first_book.is_set():
        try:
            await asyncio.wait_for(feed.first_book.wait(), max(wait, 0.001))
        except TimeoutError:
            raise ServiceUnavailable(
                f"no {exchange} order book for {symbol} within {wait:g} s; the stream has "
                "started, retry shortly",
                headers={"Retry-After": "1"},
                exchange=exchange,
            ) from None
    if feed.latest is None:
        tracker.discard(feed)
        raise feed.book_error or StreamFailed(exchange, "stream ended without a book")
    while not feed.finished.is_set():
        remaining = deadline - loop.time()
        enough = window is not None and feed.observed_seconds >= window
        if remaining <= 0 or (enough and not _instant_replay(tracker.source)):
            break
        if window is None and not _instant_replay(tracker.source):
            break
        try:
            await asyncio.wait_for(feed.finished.wait(), min(remaining, 0.05))
        except TimeoutError:
            continue
    return feed


def _observation(feed: MarketFeed, window: float | None) -> dict[str, Any]:
    end = feed.end_ts
    start = feed.start_ts
    if window is not None and end is not None and start is not None:
        start = max(start, end - window)
    errors = [str(e) for e in (feed.book_error, feed.trade_error) if e is not None]
    complete = feed.finished.is_set() or (window is not None and feed.observed_seconds >= window)
    return {
        "exchange": feed.exchange,
        "symbol": feed.symbol,
        "source": str(feed.source.source),
        "observed_from": _dt(start),
        "observed_to": _dt(end),
        "observed_seconds": max((end or 0.0) - (start or 0.0), 0.0),
        "complete": complete,
        "book_snapshots": feed.books_seen,
        "trades_seen": feed.trades_seen,
        "stream_error": "; ".join(errors) or None,
    }


# --------------------------------------------------------------------------- imbalance


async def imbalance(
    tracker: MarketTracker,
    exchange: str,
    symbol: str,
    *,
    levels: int,
    half_life_bps: float,
    wait: float,
) -> ImbalanceOut:
    from app.modules.marketmaker.book_metrics import book_metrics

    feed = await observe(tracker, exchange, symbol, window=None, wait=wait)
    book = feed.latest
    assert book is not None
    metrics = book_metrics(book.bids, book.asks, levels, half_life_bps=half_life_bps)
    return ImbalanceOut(
        **_observation(feed, None),
        **finite_json(asdict(metrics)),
        timestamp=_dt(book.timestamp / 1000) if book.timestamp is not None else None,
        sequence=book.sequence,
    )


# --------------------------------------------------------------------------- spoofing


def _order_out(evidence: Any) -> dict[str, Any]:
    data = finite_json(asdict(evidence))
    data["placed_at"] = _dt(data.pop("placed_ts"))
    data["removed_at"] = _dt(data.pop("removed_ts"))
    return data


async def spoofing(
    tracker: MarketTracker,
    exchange: str,
    symbol: str,
    *,
    window: float,
    wait: float,
    size_multiple: float,
    max_distance_bps: float,
    max_fill_fraction: float,
    limit: int,
) -> SpoofingOut:
    from app.modules.marketmaker.spoofing import SpoofingConfig, detect_spoofing

    feed = await observe(tracker, exchange, symbol, window=window, wait=wait)
    bids, asks, updates, trades = feed.snapshot()
    end = feed.end_ts or 0.0
    config = SpoofingConfig(
        size_multiple=size_multiple,
        max_distance_bps=max_distance_bps,
        max_fill_fraction=max_fill_fraction,
    )
    report = await asyncio.to_thread(
        detect_spoofing,
        updates,
        trades,
        initial_bids=bids,
        initial_asks=asks,
        config=config,
        since_ts=end - window,
    )
    recent = sorted(report.large_orders, key=lambda e: e.placed_ts, reverse=True)[:limit]
    return SpoofingOut(
        **_observation(feed, window),
        window_s=window,
        updates=report.updates,
        trades=report.trades,
        alerts=[LargeOrderOut.model_validate(_order_out(e)) for e in report.alerts],
        large_orders=[LargeOrderOut.model_validate(_order_out(e)) for e in recent],
        large_orders_total=len(report.large_orders),
        settings=SpoofingSettings(
            size_multiple=config.size_multiple,
            max_distance_bps=config.max_distance_bps,
            max_fill_fraction=config.max_fill_fraction,
            min_approach_fraction=config.min_approach_fraction,
            reference_levels=config.reference_levels,
            removed_fraction=config.removed_fraction,
            trade_grace_s=config.trade_grace_s,
        ),
    )


# --------------------------------------------------------------------------- activity


def _book_at(bids: list, asks: list, updates: list, since: float) -> tuple[list, list, list]:
    """The book just before ``since`` and the updates from ``since`` on (updates are in time
    order)."""
    split = bisect_left([u[0] for u in updates], since)
    book = {"bid": dict(bids), "ask": dict(asks)}
    for _, side, price, qty in updates[:split]:
        if qty > 0:
            book[side][price] = qty
        else:
            book[side].pop(price, None)
    return list(book["bid"].items()), list(book["ask"].items()), updates[split:]


def _activity_report(
    bids: list,
    asks: list,
    updates: list,
    trades: list,
    latest: tuple[list, list],
    *,
    since: float,
    end: float,
    top_levels: int,
    band_pct: float,
    max_spread_bps: float,
    notionals: list[float],
) -> dict[str, Any]:
    from app.modules.marketmaker.activity import (
        activity_from_states,
        resiliency,
        slippage_curve,
    )
    from app.modules.marketmaker.events import replay_states

    start_bids, start_asks, rest = _book_at(bids, asks, updates, since)
    states = replay_states(
        rest,
        initial_bids=start_bids,
        initial_asks=start_asks,
        top_levels=top_levels,
        band_pct=band_pct,
        start_ts=since,
    )
    stats = activity_from_states(states, end_ts=end, max_spread_bps=max_spread_bps)
    window_trades = [t for t in trades if t[0] >= since]
    res = resiliency(states, window_trades)
    events = sorted(res.events, key=lambda e: e.ts, reverse=True)[:MAX_RESILIENCY_EVENTS]
    event_rows = []
    for event in events:
        row = finite_json(asdict(event))
        row["at"] = _dt(row.pop("ts"))
        event_rows.append(row)
    stats_row = finite_json(asdict(stats))
    for key in ("start_ts", "end_ts", "duration_s"):
        stats_row.pop(key)
    return {
        "activity": stats_row,
        "slippage": [finite_json(asdict(p)) for p in slippage_curve(*latest, notionals)],
        "resiliency": {**finite_json(asdict(res)), "events": event_rows},
    }


async def activity(
    tracker: MarketTracker,
    exchange: str,
    symbol: str,
    *,
    window: float,
    wait: float,
    top_levels: int,
    band_pct: float,
    max_spread_bps: float,
    notionals: list[float],
) -> MarketMakerActivityOut:
    feed = await observe(tracker, exchange, symbol, window=window, wait=wait)
    bids, asks, updates, trades = feed.snapshot()
    latest = feed.latest
    assert latest is not None
    end = feed.end_ts or 0.0
    since = max(end - window, feed.start_ts or end)
    result = await asyncio.to_thread(
        _activity_report,
        bids,
        asks,
        updates,
        trades,
        (list(latest.bids), list(latest.asks)),
        since=since,
        end=end,
        top_levels=top_levels,
        band_pct=band_pct,
        max_spread_bps=max_spread_bps,
        notionals=notionals,
    )
    return MarketMakerActivityOut(**_observation(feed, window), window_s=window, **result)


# --------------------------------------------------------------------------- wash trading


async def wash(source: MarketDataSource, body: WashIn) -> WashOut:
    from app.modules.marketmaker.wash import wash_trading_report

    if body.trades is not None:
        tape = [(t.timestamp.timestamp(), t.side or "", t.price, t.amount) for t in body.trades]
        origin = "request"
    else:
        assert body.exchange is not None and body.symbol is not None
        exchange = check_exchange(source, body.exchange)
        trades = await source.fetch_trades(exchange, body.symbol, limit=body.limit)
        tape = [(t.timestamp / 1000, t.side or "", t.price, t.amount) for t in trades]
        tape = [row for row in tape if row[2] > 0 and row[3] > 0][-body.limit :]
        origin = str(source.source)
    report = await asyncio.to_thread(
        wash_trading_report,
        tape,
        window_ms=body.window_ms,
        lot_size=body.lot_size,
        tail_k=body.tail_k,
    )
    data = finite_json(asdict(report))
    times = [row[0] for row in tape]
    return WashOut(
        exchange=body.exchange,
        symbol=body.symbol,
        source=origin,
        first_trade_at=_dt(min(times)) if times else None,
        last_trade_at=_dt(max(times)) if times else None,
        **data,
    )
