"""Market-data sources: live (ccxt / ccxt.pro), replay (recordings) and synthetic (seeded).

All three implement ``MarketDataSource`` and label what they return with their own ``source``;
none pretends to be another. ``build_source`` picks one from configuration (``APP_MARKET_DATA``).

ccxt is imported lazily (≈0.6 s): constructing a ``LiveSource`` does not import it, the first
call that needs an exchange client does.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from app.modules.exchanges.candles import aggregate_trades, timeframe_ms
from app.modules.exchanges.errors import (
    BadMarketRequest,
    ChecksumMismatch,
    ExchangeRequestFailed,
    ExchangeUnavailable,
    MarketDataError,
    NotSupportedByExchange,
    SequenceGap,
    SymbolNotFound,
    UnknownExchange,
)
from app.modules.exchanges.normalize import (
    candle_from_ccxt,
    new_book,
    normalize,
    order_book_from_ccxt,
    ticker_from_ccxt,
    trade_from_ccxt,
)
from app.modules.exchanges.orderbook import DeltaResult, OrderBook
from app.modules.exchanges.replay import RecordedMessage, Recorder, merge_recordings, paced
from app.modules.exchanges.resilience import ExchangeHealth, HealthTracker, RetryPolicy
from app.modules.exchanges.synthetic import SyntheticMarket, synthetic_candles
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

DEFAULT_EXCHANGES: tuple[str, ...] = ("binance", "bybit", "okx", "bitget", "kraken")

T = TypeVar("T")


@runtime_checkable
class MarketDataSource(Protocol):
    """What routers and other modules use to get market data, whatever its origin."""

    source: Source

    @property
    def exchanges(self) -> list[str]: ...

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker: ...

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot: ...

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]: ...

    async def fetch_ohlcv(
        self,
        exchange: str,
        symbol: str,
        timeframe: str = "1m",
        since: int | None = None,
        limit: int | None = None,
    ) -> list[Candle]: ...

    def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]: ...

    def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]: ...

    def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]: ...

    def health(self) -> dict[str, ExchangeHealth]: ...

    def market_count(self, exchange: str) -> int | None:
        """Markets known for ``exchange`` without a request, or ``None``."""
        ...

    async def close(self) -> None: ...


def check_enabled(exchange: str, enabled: Sequence[str]) -> str:
    """``exchange`` lower-cased, or ``UnknownExchange`` when it is not among ``enabled``."""
    exchange = exchange.lower()
    if exchange not in enabled:
        raise UnknownExchange(exchange, enabled=list(enabled))
    return exchange


# --- live ---------------------------------------------------------------------------------------


class LiveSource:
    """ccxt (REST) and ccxt.pro (websocket) with one shared client per exchange.

    * markets are loaded once per client, under a lock, on first use;
    * ccxt's rate limiter is on and every request has a timeout;
    * idempotent REST calls are retried with exponential backoff on network errors, timeouts and
      rate limiting, then fail with ``ExchangeUnavailable`` naming the exchange;
    * ``watch_*`` loops survive dropped connections (reconnect with backoff) and book gaps
      (ccxt drops the book; the next call resubscribes and refetches the snapshot);
    * a per-exchange ``HealthTracker`` records up / degraded / down and fails fast while down.
    """

    source = Source.LIVE

    def __init__(
        self,
        exchanges: Iterable[str] = DEFAULT_EXCHANGES,
        *,
        timeout_ms: int = 10_000,
        retry: RetryPolicy = RetryPolicy(),
        stream_retry: RetryPolicy = RetryPolicy(max_retries=10, base_delay=0.5, max_delay=30.0),
        health: HealthTracker | None = None,
        client_config: Mapping[str, Mapping[str, Any]] | None = None,
        client_factory: Callable[[str], Any] | None = None,
        recorder: Recorder | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self._exchanges = list(dict.fromkeys(e.lower() for e in exchanges))
        self.timeout_ms = timeout_ms
        self.retry = retry
        self.stream_retry = stream_retry
        self._health = health or HealthTracker()
        self._client_config = {k.lower(): dict(v) for k, v in (client_config or {}).items()}
        self._client_factory = client_factory
        self._recorder = recorder
        self._sleep = sleep
        self._clients: dict[str, Any] = {}
        self._markets_loaded: set[str] = set()
        self._locks: dict[str, asyncio.Lock] = {}
        self._closed = False

    @property
    def exchanges(self) -> list[str]:
        return list(self._exchanges)

    def health(self) -> dict[str, ExchangeHealth]:
        return {ex: self._health.get(ex) for ex in self._exchanges}

    def market_count(self, exchange: str) -> int | None:
        """Markets of ``exchange`` once its client has loaded them; never fetches (``None``)."""
        exchange = exchange.lower()
        client = self._clients.get(exchange)
        if client is None or exchange not in self._markets_loaded:
            return None
        return len(client.markets or {})

    # -- clients -------------------------------------------------------------------------------

    def _create_client(self, exchange: str) -> Any:
        if self._client_factory is not None:
            return self._client_factory(exchange)
        import ccxt.async_support as ccxt_async
        import ccxt.pro as ccxt_pro

        # ccxt.pro classes extend the async REST classes, so one instance serves both.
        cls = getattr(ccxt_pro, exchange, None) or getattr(ccxt_async, exchange, None)
        if cls is None or exchange not in ccxt_async.exchanges:
            raise UnknownExchange(exchange, enabled=self._exchanges)
        config: dict[str, Any] = {"enableRateLimit": True, "timeout": self.timeout_ms}
        config.update(self._client_config.get(exchange, {}))
        return cls(config)

    async def client(self, exchange: str) -> Any:
        """The shared ccxt client for ``exchange``, with its markets loaded."""
        if self._closed:
            raise ExchangeUnavailable(exchange, "market-data source is closed")
        exchange = check_enabled(exchange, self._exchanges)
        lock = self._locks.setdefault(exchange, asyncio.Lock())
        async with lock:
            client = self._clients.get(exchange)
            if client is None:
                client = self._clients[exchange] = self._create_client(exchange)
            if exchange not in self._markets_loaded:
                await self._call(exchange, None, client.load_markets)
                self._markets_loaded.add(exchange)
        return client

    async def close(self) -> None:
        """Close every client (REST sessions and websockets). Safe to call twice."""
        self._closed = True
        clients, self._clients = self._clients, {}
        self._markets_loaded.clear()
        # In parallel: ccxt's close() waits ~250 ms per client for sockets to wind down.
        results = await asyncio.gather(
            *(client.close() for client in clients.values()), return_exceptions=True
        )
        for exchange, result in zip(clients, results, strict=True):
            if isinstance(result, Exception):  # shutdown goes on for the other clients
                log.warning("closing %s client failed: %r", exchange, result)

    # -- REST ----------------------------------------------------------------------------------

    async def _call(self, exchange: str, symbol: str | None, op: Callable[[], Awaitable[T]]) -> T:
        """Run an idempotent ccxt call with timeout, retries and health bookkeeping."""
        import ccxt

        self._health.check(exchange)
        timeout = self.timeout_ms / 1000 * 1.5  # ccxt times out each request; this caps queueing
        attempt = 0
        while True:
            try:
                result = await asyncio.wait_for(op(), timeout)
            except ccxt.BadSymbol as exc:
                raise SymbolNotFound(exchange, symbol or "?") from exc
            except ccxt.NotSupported as exc:
                raise NotSupportedByExchange(exchange, str(exc)) from exc
            except (ccxt.BadRequest, ccxt.ArgumentsRequired) as exc:
                raise BadMarketRequest(exchange, str(exc)) from exc
            except ccxt.ExchangeClosedByUser as exc:
                raise ExchangeUnavailable(exchange, "client closed") from exc
            except (ccxt.NetworkError, TimeoutError) as exc:
                attempt += 1
                self._health.failure(exchange, exc)
                reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
                if attempt > self.retry.max_retries:
                    raise ExchangeUnavailable(exchange, reason) from exc
                delay = self.retry.delay(attempt)
                log.info("%s: %s; retry %d in %.2fs", exchange, reason, attempt, delay)
                await self._sleep(delay)
                continue
            except ccxt.ExchangeError as exc:
                raise ExchangeRequestFailed(exchange, str(exc)) from exc
            self._health.success(exchange)
            return result

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        client = await self.client(exchange)
        raw = await self._call(exchange, symbol, lambda: client.fetch_ticker(symbol))
        return ticker_from_ccxt(exchange.lower(), raw)

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        client = await self.client(exchange)
        raw = await self._call(exchange, symbol, lambda: client.fetch_order_book(symbol, limit))
        return order_book_from_ccxt(exchange.lower(), raw, symbol=symbol, depth=limit)

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        client = await self.client(exchange)
        raw = await self._call(exchange, symbol, lambda: client.fetch_trades(symbol, since, limit))
        return [trade_from_ccxt(exchange.lower(), t) for t in raw]

    async def fetch_ohlcv(
        self,
        exchange: str,
        symbol: str,
        timeframe: str = "1m",
        since: int | None = None,
        limit: int | None = None,
    ) -> list[Candle]:
        client = await self.client(exchange)
        if client.timeframes and timeframe not in client.timeframes:
            raise BadMarketRequest(exchange, f"unsupported timeframe {timeframe!r}")
        rows = await self._call(
            exchange, symbol, lambda: client.fetch_ohlcv(symbol, timeframe, since, limit)
        )
        # The venue's last candle is usually still forming.
        now, tf = int(time.time() * 1000), timeframe_ms(timeframe)
        return [
            candle_from_ccxt(exchange.lower(), symbol, timeframe, r, closed=r[0] + tf <= now)
            for r in rows
        ]

    # -- websockets ----------------------------------------------------------------------------

    async def _stream(
        self, exchange: str, symbol: str, feature: str, call: Callable[[Any], Awaitable[Any]]
    ) -> AsyncIterator[Any]:
        import ccxt

        client = await self.client(exchange)
        if not client.has.get(feature):
            raise NotSupportedByExchange(exchange, feature)
        failures = 0
        while True:
            try:
                result = await call(client)
            except ccxt.BadSymbol as exc:
                raise SymbolNotFound(exchange, symbol) from exc
            except ccxt.NotSupported as exc:
                raise NotSupportedByExchange(exchange, str(exc)) from exc
            except ccxt.InvalidNonce as exc:
                # Sequence gap or checksum failure: ccxt has dropped the book and the
                # subscription; calling again resubscribes and resyncs from a fresh snapshot.
                failures += 1
                self._health.reconnected(exchange)
                log.info("%s %s: book out of sync (%s), resyncing", exchange, symbol, exc)
                if failures > self.stream_retry.max_retries:
                    raise ExchangeUnavailable(exchange, f"book keeps losing sync: {exc}") from exc
                if failures > 1:
                    await self._sleep(self.stream_retry.delay(failures - 1))
                continue
            except ccxt.NetworkError as exc:
                failures += 1
                self._health.failure(exchange, exc)
                self._health.reconnected(exchange)
                if failures > self.stream_retry.max_retries:
                    raise ExchangeUnavailable(exchange, f"stream lost: {exc}") from exc
                delay = self.stream_retry.delay(failures)
                log.info("%s %s: stream lost (%s), retry in %.2fs", exchange, symbol, exc, delay)
                await self._sleep(delay)
                continue
            except ccxt.ExchangeError as exc:
                raise ExchangeRequestFailed(exchange, str(exc)) from exc
            failures = 0
            self._health.success(exchange)
            yield result

    async def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]:
        ex = exchange.lower()
        stream = self._stream(ex, symbol, "watchOrderBook", lambda c: c.watch_order_book(symbol))
        async for ob in stream:
            book = order_book_from_ccxt(ex, ob, symbol=symbol, depth=limit)
            self._record(book)
            yield book

    async def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]:
        ex = exchange.lower()
        stream = self._stream(ex, symbol, "watchTrades", lambda c: c.watch_trades(symbol))
        async for batch in stream:
            for raw in batch:
                trade = trade_from_ccxt(ex, raw)
                self._record(trade)
                yield trade

    async def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]:
        ex = exchange.lower()
        async for raw in self._stream(ex, symbol, "watchTicker", lambda c: c.watch_ticker(symbol)):
            ticker = ticker_from_ccxt(ex, raw)
            self._record(ticker)
            yield ticker

    def _record(self, event: MarketEvent) -> None:
        if self._recorder is not None:
            self._recorder.record_event(event)


# --- replay -------------------------------------------------------------------------------------


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
            else:
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


# --- synthetic ----------------------------------------------------------------------------------


class SyntheticSource:
    """Seeded random-walk markets for demos; every value is labelled ``synthetic``.

    Each (exchange, symbol) has its own generator seeded from ``seed``; REST calls advance it one
    step, streams advance it once per ``interval`` seconds.
    """

    source = Source.SYNTHETIC

    def __init__(
        self,
        exchanges: Iterable[str] = DEFAULT_EXCHANGES,
        *,
        seed: int = 0,
        interval: float = 1.0,
        step_ms: int = 1_000,
        start_ms: int | None = None,
        volatility: float = 0.0005,
        depth: int = 20,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self._exchanges = list(dict.fromkeys(e.lower() for e in exchanges))
        self.seed = seed
        self.interval = interval
        self.step_ms = step_ms
        self.start_ms = start_ms
        self.volatility = volatility
        self.depth = depth
        self._sleep = sleep
        self._markets: dict[tuple[str, str], SyntheticMarket] = {}
        self._health = HealthTracker()

    @property
    def exchanges(self) -> list[str]:
        return list(self._exchanges)

    def health(self) -> dict[str, ExchangeHealth]:
        return {ex: self._health.get(ex) for ex in self._exchanges}

    def market_count(self, exchange: str) -> int | None:
        """``None``: any well-formed symbol is generated on demand."""
        return None

    async def close(self) -> None:
        self._markets.clear()

    def market(self, exchange: str, symbol: str) -> SyntheticMarket:
        exchange = check_enabled(exchange, self._exchanges)
        key = (exchange, symbol)
        market = self._markets.get(key)
        if market is None:
            market = self._markets[key] = SyntheticMarket(
                exchange,
                symbol,
                seed=self.seed,
                volatility=self.volatility,
                step_ms=self.step_ms,
                start_ms=self.start_ms,
            )
        return market

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        market = self.market(exchange, symbol)
        market.step()
        return market.ticker()

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        market = self.market(exchange, symbol)
        market.step()
        return market.order_book(limit or self.depth)

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        market = self.market(exchange, symbol)
        trades = []
        for _ in range(limit or 50):
            market.step()
            trades += market.trades(1)
        return [t for t in trades if since is None or t.timestamp >= since]

    async def fetch_ohlcv(
        self,
        exchange: str,
        symbol: str,
        timeframe: str = "1m",
        since: int | None = None,
        limit: int | None = None,
    ) -> list[Candle]:
        exchange = check_enabled(exchange, self._exchanges)
        limit = limit or 100
        try:
            tf = timeframe_ms(timeframe)
        except ValueError as exc:
            raise BadMarketRequest(exchange, str(exc)) from exc
        if since is None:
            now = self.start_ms if self.start_ms is not None else int(time.time() * 1000)
            since = now - now % tf - limit * tf
        return synthetic_candles(
            exchange, symbol, timeframe, since=since, limit=limit, seed=self.seed
        )

    async def _ticks(self, exchange: str, symbol: str) -> AsyncIterator[SyntheticMarket]:
        market = self.market(exchange, symbol)
        while True:
            market.step()
            yield market
            await self._sleep(self.interval)

    async def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]:
        async for market in self._ticks(exchange, symbol):
            yield market.order_book(limit or self.depth)

    async def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]:
        async for market in self._ticks(exchange, symbol):
            for trade in market.trades(market.rng.randint(1, 3)):
                yield trade

    async def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]:
        async for market in self._ticks(exchange, symbol):
            yield market.ticker()


# --- configuration ------------------------------------------------------------------------------


def build_source(
    kind: str,
    *,
    exchanges: Iterable[str] = DEFAULT_EXCHANGES,
    recordings: Sequence[str | Path] = (),
    speed: float = 1.0,
    seed: int = 0,
    **live_options: Any,
) -> MarketDataSource:
    """The source named by ``APP_MARKET_DATA``: ``live`` (default), ``replay`` or ``synthetic``."""
    kind = kind.lower()
    if kind == "live":
        return LiveSource(exchanges, **live_options)
    if kind == "replay":
        if not recordings:
            raise ValueError("replay market data needs at least one recording")
        return ReplaySource(recordings, speed=speed)
    if kind == "synthetic":
        return SyntheticSource(exchanges, seed=seed)
    raise ValueError(f"unknown market-data source {kind!r}; use live, replay or synthetic")
