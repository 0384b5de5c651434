"""The replay source: recordings (cryptofeed or project JSONL) played as a market-data source."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from app.modules.exchanges.candles import aggregate_trades
from app.modules.exchanges.errors import (
    ChecksumMismatch,
    MarketDataError,
    SequenceGap,
    SymbolNotFound,
)
from app.modules.exchanges.normalize import new_book, normalize
from app.modules.exchanges.orderbook import DeltaResult, OrderBook
from app.modules.exchanges.replay import RecordedMessage, merge_recordings, paced
from app.modules.exchanges.resilience import ExchangeHealth, HealthTracker
from app.modules.exchanges.source_protocol import check_enabled
from app.modules.exchanges.types import (
    BookDelta,
    Candle,
    MarketEvent,
    OrderBookSnapshot,
    Source,
    Ticker,
    Trade,
)

log = logging.getLogger(__name__)


class ReplaySource:
    """Plays recordings (cryptofeed or project JSONL) as a market-data source.

    ``watch_*`` streams play the recording from its start, paced by the recorded receive times
    divided by ``speed`` (0 = as fast as possible); each stream is an independent playback. Order
    books are rebuilt from snapshots and diffs with the venue's sequence rules; after a gap the
    book waits for the next snapshot in the recording. ``fetch_*`` return the state at the end of
    the recording.
    """

    source = Source.REPLAY

    def __init__(
        self,
        recordings: Sequence[str | Path],
        *,
        speed: float = 1.0,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self.recordings = [Path(p) for p in recordings]
        self.speed = speed
        self._sleep = sleep
        self._clock = clock
        self._events: list[tuple[float, MarketEvent]] | None = None
        self._markets: dict[str, set[str]] = {}
        self._final: _FinalState | None = None
        self.skipped = 0
        """Messages that could not be normalised (malformed or from an unsupported channel)."""
        self.gaps = 0
        self._health = HealthTracker()

    def messages(self) -> list[RecordedMessage]:
        return merge_recordings(self.recordings)

    def events(self) -> list[tuple[float, MarketEvent]]:
        """All unified events of the recordings with their receive times, in order."""
        if self._events is None:
            events: list[tuple[float, MarketEvent]] = []
            for msg in self.messages():
                try:
                    normalized = normalize(msg, Source.REPLAY)
                except (KeyError, ValueError, TypeError, IndexError):
                    self.skipped += 1
                    continue
                for ev in normalized:
                    events.append((msg.ts, ev))
                    self._markets.setdefault(ev.exchange, set()).add(ev.symbol)
            self._events = events
        return self._events

    @property
    def exchanges(self) -> list[str]:
        self.events()
        return sorted(self._markets)

    def symbols(self, exchange: str) -> list[str]:
        self.events()
        return sorted(self._markets.get(exchange, ()))

    def health(self) -> dict[str, ExchangeHealth]:
        return {ex: self._health.get(ex) for ex in self.exchanges}

    def market_count(self, exchange: str) -> int | None:
        """Markets recorded for ``exchange``."""
        return len(self.symbols(exchange.lower()))

    async def close(self) -> None:
        self._events = None
        self._markets = {}
        self._final = None

    def _check(self, exchange: str, symbol: str) -> str:
        exchange = check_enabled(exchange, self.exchanges)
        if symbol not in self.symbols(exchange):
            raise SymbolNotFound(exchange, symbol)
        return exchange

    async def stream(
        self, exchange: str, symbol: str, kinds: tuple[type, ...]
    ) -> AsyncIterator[MarketEvent]:
        """Recorded events of the given types for one market, paced at ``speed``."""
        exchange = self._check(exchange, symbol)
        selected = [
            (ts, ev)
            for ts, ev in self.events()
            if ev.exchange == exchange and ev.symbol == symbol and isinstance(ev, kinds)
        ]
        async for _, ev in paced(
            selected, self.speed, ts=lambda item: item[0], clock=self._clock, sleep=self._sleep
        ):
            yield ev

    async def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]:
        book = new_book(exchange.lower(), symbol, Source.REPLAY)
        async for ev in self.stream(exchange, symbol, (OrderBookSnapshot, BookDelta)):
            if isinstance(ev, OrderBookSnapshot):
                try:
                    book.apply_snapshot(ev.bids, ev.asks, ev.sequence, ev.timestamp)
                except SequenceGap:
                    self.gaps += 1
                    continue
            elif isinstance(ev, BookDelta):
                try:
                    if book.apply_delta(ev) is not DeltaResult.APPLIED:
                        continue  # stale or buffered: the book did not change
                except (SequenceGap, ChecksumMismatch) as exc:
                    self.gaps += 1
                    log.info("replay %s", exc)
                    continue
            yield book.snapshot(limit)

    async def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]:
        async for ev in self.stream(exchange, symbol, (Trade,)):
            yield ev  # type: ignore[misc]

    async def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]:
        async for ev in self.stream(exchange, symbol, (Ticker,)):
            yield ev  # type: ignore[misc]

    def _final_state(self) -> _FinalState:
        if self._final is None:
            self._final = _FinalState.build(self.events())
        return self._final

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        exchange = self._check(exchange, symbol)
        ticker = self._final_state().tickers.get((exchange, symbol))
        if ticker is None:
            raise SymbolNotFound(exchange, symbol)
        return ticker

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        exchange = self._check(exchange, symbol)
        book = self._final_state().books.get((exchange, symbol))
        if book is None or not book.synced:
            raise SymbolNotFound(exchange, symbol)
        return book.snapshot(limit)

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        exchange = self._check(exchange, symbol)
        trades = self._final_state().trades.get((exchange, symbol), [])
        if since is not None:
            trades = [t for t in trades if t.timestamp >= since]
        return trades[-limit:] if limit else list(trades)

    async def fetch_ohlcv(
        self,
        exchange: str,
        symbol: str,
        timeframe: str = "1m",
        since: int | None = None,
        limit: int | None = None,
    ) -> list[Candle]:
        exchange = self._check(exchange, symbol)
        state = self._final_state()
        recorded = state.candles.get((exchange, symbol, timeframe))
        if recorded:
            candles = [recorded[k] for k in sorted(recorded)]
        else:
            trades = state.trades.get((exchange, symbol), [])
            candles = aggregate_trades(trades, timeframe, source=Source.REPLAY)
        if since is not None:
            # ccxt semantics: with ``since`` the first ``limit`` candles from then (pagination)
            candles = [c for c in candles if c.timestamp >= since]
            return candles[:limit] if limit else candles
        return candles[-limit:] if limit else candles


class _FinalState:
    """Latest ticker, full book, trades and candles per market at the end of a recording."""

    def __init__(self) -> None:
        self.tickers: dict[tuple[str, str], Ticker] = {}
        self.books: dict[tuple[str, str], OrderBook] = {}
        self.trades: dict[tuple[str, str], list[Trade]] = {}
        self.candles: dict[tuple[str, str, str], dict[int, Candle]] = {}

    @classmethod
    def build(cls, events: Iterable[tuple[float, MarketEvent]]) -> _FinalState:
        state = cls()
        for _, ev in events:
            key = (ev.exchange, ev.symbol)
            if isinstance(ev, Ticker):
                state.tickers[key] = ev
            elif isinstance(ev, Trade):
                state.trades.setdefault(key, []).append(ev)
            elif isinstance(ev, Candle):
                state.candles.setdefault((*key, ev.timeframe), {})[ev.timestamp] = ev
            else:
                book = state.books.get(key)
                if book is None:
                    book = state.books[key] = new_book(ev.exchange, ev.symbol, Source.REPLAY)
                try:
                    if isinstance(ev, OrderBookSnapshot):
                        book.apply_snapshot(ev.bids, ev.asks, ev.sequence, ev.timestamp)
                    else:
                        book.apply_delta(ev)
                except MarketDataError:
                    pass  # the book stays unsynced until the next snapshot
        return state
