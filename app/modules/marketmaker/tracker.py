"""Per-process market tracker: bounded event buffers fed by the market-data source's streams.

When an endpoint asks about an (exchange, symbol), the tracker starts a ``MarketFeed``: two
background tasks consuming ``source.watch_order_book`` and ``source.watch_trades``. Consecutive
book snapshots are diffed into level updates ``(ts, side, price, new_qty)``; trades become
``(ts, aggressor side, price, qty)``. Timestamps are the venue's (seconds), falling back to the
receive time, so a replayed recording analyses exactly like the live stream it came from.

Everything is bounded: at most ``max_feeds`` markets (least recently asked evicted), at most
``max_updates`` / ``max_trades`` events per market and ``retention_s`` seconds of event time
(older updates are folded into a base book, so the book at the start of the buffer stays
exact), and a feed nobody asked about for ``idle_s`` seconds is stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import OrderedDict, deque

from app.core.errors import AppError
from app.modules.exchanges.public import MarketDataError, MarketDataSource, OrderBookSnapshot
from app.modules.marketmaker.config import TrackerSettings
from app.modules.marketmaker.errors import StreamFailed

log = logging.getLogger(__name__)

Event = tuple[float, str, float, float]
"""``(ts_seconds, side, price, qty)``: a level update (side bid/ask) or a trade (buy/sell/"")."""


class MarketFeed:
    """The buffered streams of one (exchange, symbol)."""

    def __init__(
        self, source: MarketDataSource, exchange: str, symbol: str, limits: TrackerSettings
    ) -> None:
        self.source = source
        self.exchange = exchange
        self.symbol = symbol
        self.limits = limits
        self.base_bids: dict[float, float] = {}
        self.base_asks: dict[float, float] = {}
        self.base_ts: float | None = None
        self.updates: deque[Event] = deque()
        self.trades: deque[Event] = deque()
        self.latest: OrderBookSnapshot | None = None
        self.latest_ts: float | None = None
        self.books_seen = 0
        self.trades_seen = 0
        self.folded_updates = 0
        self.dropped_trades = 0
        self.book_error: AppError | None = None
        self.trade_error: AppError | None = None
        self.first_book = asyncio.Event()
        self.finished = asyncio.Event()
        self._done = 0
        self.started_at = time.time()
        self.last_access = time.monotonic()
        self._tasks = [
            asyncio.create_task(self._consume_books(), name=f"mm-book-{exchange}-{symbol}"),
            asyncio.create_task(self._consume_trades(), name=f"mm-trades-{exchange}-{symbol}"),
        ]

    # -- state -----------------------------------------------------------------------------

    def touch(self) -> None:
        self.last_access = time.monotonic()

    def idle_for(self) -> float:
        return time.monotonic() - self.last_access

    @property
    def start_ts(self) -> float | None:
        return self.base_ts

    @property
    def end_ts(self) -> float | None:
        candidates = [self.latest_ts, self.trades[-1][0] if self.trades else None]
        present = [ts for ts in candidates if ts is not None]
        return max(present) if present else None

    @property
    def observed_seconds(self) -> float:
        if self.start_ts is None or self.end_ts is None:
            return 0.0
        return max(self.end_ts - self.start_ts, 0.0)

    @property
    def failed(self) -> bool:
        return self.book_error is not None

    def snapshot(self) -> tuple[list, list, list[Event], list[Event]]:
        """Copies of (base bids, base asks, updates, trades) for analysis off the loop."""
        return (
            list(self.base_bids.items()),
            list(self.base_asks.items()),
            list(self.updates),
            list(self.trades),
        )

    # -- consumers -------------------------------------------------------------------------

    def _push_update(self, event: Event) -> None:
        self.updates.append(event)
        limit, horizon = self.limits.max_updates, event[0] - self.limits.retention_s
        while self.updates and (len(self.updates) > limit or self.updates[0][0] < horizon):
            ts, side, price, qty = self.updates.popleft()
            levels = self.base_bids if side == "bid" else self.base_asks
            if qty > 0:
                levels[price] = qty
            else:
                levels.pop(price, None)
            self.base_ts = ts
            self.folded_updates += 1

    def _push_trade(self, event: Event) -> None:
        self.trades.append(event)
        limit, horizon = self.limits.max_trades, event[0] - self.limits.retention_s
        while self.trades and (len(self.trades) > limit or self.trades[0][0] < horizon):
            self.trades.popleft()
            self.dropped_trades += 1

    async def _consume_books(self) -> None:
        # The detectors' own snapshot differ (levels in price order), imported with numpy on
        # the first tracked market rather than at start-up.
        from app.modules.marketmaker.events import diff_snapshots

        prev: OrderBookSnapshot | None = None
        last_ts = -math.inf
        try:
            async for book in self.source.watch_order_book(self.exchange, self.symbol):
                ts = book.timestamp / 1000 if book.timestamp is not None else time.time()
                ts = last_ts = max(ts, last_ts)
                if prev is None:
                    self.base_bids, self.base_asks = dict(book.bids), dict(book.asks)
                    self.base_ts = ts
                else:
                    for update in diff_snapshots(prev.bids, prev.asks, book.bids, book.asks, ts):
                        self._push_update(tuple(update))  # type: ignore[arg-type]
                prev = book
                self.latest, self.latest_ts = book, ts
                self.books_seen += 1
                self.first_book.set()
                if self.idle_for() > self.limits.idle_s:
                    break
        except MarketDataError as exc:
            self.book_error = exc
        except Exception as exc:
            log.warning("%s %s: book stream failed", self.exchange, self.symbol, exc_info=True)
            self.book_error = StreamFailed(self.exchange, f"{type(exc).__name__}: {exc}")
        finally:
            self.first_book.set()
            self._one_done()

    async def _consume_trades(self) -> None:
        last_ts = -math.inf
        try:
            async for trade in self.source.watch_trades(self.exchange, self.symbol):
                ts = trade.timestamp / 1000 if trade.timestamp else time.time()
                ts = last_ts = max(ts, last_ts)
                self._push_trade((ts, trade.side or "", trade.price, trade.amount))
                self.trades_seen += 1
                if self.idle_for() > self.limits.idle_s:
                    break
        except MarketDataError as exc:  # e.g. no trade stream on this venue: books still work
            self.trade_error = exc
        except Exception as exc:
            log.warning("%s %s: trade stream failed", self.exchange, self.symbol, exc_info=True)
            self.trade_error = StreamFailed(self.exchange, f"{type(exc).__name__}: {exc}")
        finally:
            self._one_done()

    def _one_done(self) -> None:
        self._done += 1
        if self._done == len(self._tasks):
            self.finished.set()

    # -- lifecycle -------------------------------------------------------------------------

    def stop(self) -> list[asyncio.Task[None]]:
        for task in self._tasks:
            task.cancel()
        return self._tasks


class MarketTracker:
    """Feeds per (exchange, symbol) over one market-data source, bounded in number and time."""

    def __init__(self, source: MarketDataSource, limits: TrackerSettings | None = None) -> None:
        self.source = source
        self.limits = limits or TrackerSettings()
        self._feeds: OrderedDict[tuple[str, str], MarketFeed] = OrderedDict()
        self._reaper: asyncio.Task[None] | None = None
        self._stopping: list[asyncio.Task[None]] = []

    def __len__(self) -> int:
        return len(self._feeds)

    def get(self, exchange: str, symbol: str) -> MarketFeed | None:
        return self._feeds.get((exchange, symbol))

    def feed(self, exchange: str, symbol: str) -> MarketFeed:
        """The running feed of the market (started, or restarted after a failure)."""
        self.reap()
        key = (exchange, symbol)
        feed = self._feeds.get(key)
        if feed is not None and feed.failed:
            self._drop(key)
            feed = None
        if feed is None:
            while len(self._feeds) >= self.limits.max_feeds:
                self._drop(next(iter(self._feeds)))
            feed = self._feeds[key] = MarketFeed(self.source, exchange, symbol, self.limits)
            if self._reaper is None or self._reaper.done():
                self._reaper = asyncio.create_task(self._reap_loop(), name="mm-tracker-reaper")
        self._feeds.move_to_end(key)
        feed.touch()
        return feed

    def _drop(self, key: tuple[str, str]) -> None:
        feed = self._feeds.pop(key, None)
        if feed is not None:
            self._stopping = [t for t in self._stopping if not t.done()] + feed.stop()

    def discard(self, feed: MarketFeed) -> None:
        if self._feeds.get((feed.exchange, feed.symbol)) is feed:
            self._drop((feed.exchange, feed.symbol))

    def reap(self) -> int:
        """Stop feeds idle for longer than ``idle_s``; returns how many were stopped."""
        idle = [k for k, f in self._feeds.items() if f.idle_for() > self.limits.idle_s]
        for key in idle:
            self._drop(key)
        return len(idle)

    async def _reap_loop(self) -> None:
        interval = max(min(self.limits.idle_s / 2, 30.0), 0.01)
        while self._feeds:
            await asyncio.sleep(interval)
            self.reap()

    async def close(self) -> None:
        for key in list(self._feeds):
            self._drop(key)
        tasks = list(self._stopping)
        if self._reaper is not None:
            self._reaper.cancel()
            tasks.append(self._reaper)
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._stopping.clear()
