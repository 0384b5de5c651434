"""The live source: ccxt (REST) and ccxt.pro (websockets), one shared client per exchange.

ccxt is imported lazily (≈0.6 s): constructing a ``LiveSource`` does not import it, the first
call that needs an exchange client does.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import Any, TypeVar

from app.core.retry import RetryPolicy, retry_async
from app.modules.exchanges.candles import timeframe_ms
from app.modules.exchanges.errors import (
    BadMarketRequest,
    ExchangeRequestFailed,
    ExchangeUnavailable,
    NotSupportedByExchange,
    SymbolNotFound,
    UnknownExchange,
)
from app.modules.exchanges.normalize import (
    candle_from_ccxt,
    order_book_from_ccxt,
    ticker_from_ccxt,
    trade_from_ccxt,
)
from app.modules.exchanges.replay import Recorder
from app.modules.exchanges.resilience import HealthTracker
from app.modules.exchanges.source_protocol import (
    DEFAULT_EXCHANGES,
    ConfiguredVenues,
    check_enabled,
)
from app.modules.exchanges.types import (
    Candle,
    MarketEvent,
    OrderBookSnapshot,
    Source,
    Ticker,
    Trade,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


class LiveSource(ConfiguredVenues):
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
        super().__init__(exchanges, health)
        self.timeout_ms = timeout_ms
        self.retry = retry
        self.stream_retry = stream_retry
        self._client_config = {k.lower(): dict(v) for k, v in (client_config or {}).items()}
        self._client_factory = client_factory
        self._recorder = recorder
        self._sleep = sleep
        self._clients: dict[str, Any] = {}
        self._markets_loaded: set[str] = set()
        self._locks: dict[str, asyncio.Lock] = {}
        self._closed = False

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
        transient = (ccxt.NetworkError, TimeoutError)

        async def attempt() -> T:
            try:
                return await asyncio.wait_for(op(), timeout)
            except transient as exc:
                self._health.failure(exchange, exc)  # every failed attempt counts towards "down"
                raise

        try:
            result = await retry_async(
                attempt, policy=self.retry, retry_on=transient, sleep=self._sleep, label=exchange
            )
        except ccxt.BadSymbol as exc:
            raise SymbolNotFound(exchange, symbol or "?") from exc
        except ccxt.NotSupported as exc:
            raise NotSupportedByExchange(exchange, str(exc)) from exc
        except (ccxt.BadRequest, ccxt.ArgumentsRequired) as exc:
            raise BadMarketRequest(exchange, str(exc)) from exc
        except ccxt.ExchangeClosedByUser as exc:
            raise ExchangeUnavailable(exchange, "client closed") from exc
        except transient as exc:
            reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
            raise ExchangeUnavailable(exchange, reason) from exc
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
