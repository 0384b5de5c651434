"""Topics: one per stream (channel, exchange, symbol[, timeframe]) in this process.

An upstream topic (price, orderbook, trades) is fed either by the upstream itself or by the
event bus. Each process that has subscribers for a stream tries to take the stream's lease; the
one holding it is the *leader*: it runs the single upstream subscription, delivers to its own
clients and publishes every event on the bus. The others are *followers*: they relay from the bus
and retry the lease every third of its TTL, so when the leader leaves (it publishes a handover)
or dies (its lease expires) one of them takes over. Leader and followers turn events into client
messages with the same code, so their clients see the same messages.

A kline topic is derived: it subscribes to the trades topic of its market and aggregates.

Sequence numbers (``seq``) count the messages of a topic in this process, gap-free, so a client
can spot what it missed; they are not comparable across processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Any

from app.core.errors import AppError
from app.core.retry import RetryPolicy
from app.modules.exchanges.public import MarketDataError, MarketDataSource, timeframe_ms
from app.modules.streaming.books import BookDiffer
from app.modules.streaming.interfaces import HubView, Sink, TopicHandle
from app.modules.streaming.klines import KlineBuilder
from app.modules.streaming.lease import create_lease
from app.modules.streaming.messages import Envelope, now_ms
from app.modules.streaming.schemas import Channel, TopicKey

log = logging.getLogger(__name__)

# Market-data errors that retrying cannot fix: bad request, unknown exchange/symbol, unsupported.
PERMANENT_STATUSES = frozenset({400, 404, 501})

OUTBOX_LIMIT = 10_000
"""Bus messages a leader buffers while the bus is slower than the upstream; then the oldest go."""

_owner_ids = itertools.count(1)


class Topic(ABC):
    role = "derived"

    def __init__(self, key: TopicKey, hub: HubView) -> None:
        self.key = key
        self.hub = hub
        self.settings = hub.settings
        self.sinks: dict[Sink, None] = {}  # insertion-ordered set
        self.seq = 0
        self.state = "connecting"
        self.source_name: str | None = None
        self.upstream_starts = 0
        self._status: Envelope | None = None
        """The last status other than ``live``, replayed to new subscribers."""
        self._task: asyncio.Task[None] | None = None
        self.stopped = False

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"stream:{self.key.name}")

    async def stop(self) -> None:
        # The flag as well as the cancellation: a client library awaited inside the task may
        # swallow a CancelledError (seen with redis-py), so the loops also check the flag.
        self.stopped = True
        task = self._task
        while task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=0.2)
        await self._cleanup()

    @abstractmethod
    async def _run(self) -> None:
        """Feed the sinks until stopped."""

    async def _cleanup(self) -> None:
        return None

    # -- subscribers ---------------------------------------------------------------------------

    def attach(self, sink: Sink) -> None:
        sink.topic = self
        self.sinks[sink] = None
        for env in self.initial():
            sink.push(env)
        if self._status is not None:
            sink.push_control(self._status)

    def detach(self, sink: Sink) -> None:
        self.sinks.pop(sink, None)

    def initial(self) -> list[Envelope]:
        """What a new subscriber gets straight away (the last price, the current book...)."""
        return []

    def snapshot_envelope(self) -> Envelope | None:
        return None

    # -- messages ------------------------------------------------------------------------------

    def envelope(self, type: str, data: dict[str, Any], ts_ms: int | None = None) -> Envelope:
        return Envelope(
            type,
            data,
            exchange=self.key.exchange,
            symbol=self.key.symbol,
            source=self.source_name,
            seq=self.seq,
            ts_ms=ts_ms,
        )

    def make_status(self, data: dict[str, Any]) -> Envelope:
        return self.envelope("status", {**self.key.describe(), **data})

    def broadcast(self, env: Envelope) -> None:
        _fan_out(self.sinks, env, control=False)

    def set_status(self, data: dict[str, Any]) -> None:
        env = self.make_status(data)
        self.state = data["state"]
        self._status = None if self.state == "live" else env
        _fan_out(self.sinks, env, control=True)

    def fail(self, data: dict[str, Any]) -> None:
        """End the topic for good: every subscriber gets the error and is detached."""
        self.state = "failed"
        env = self.envelope("error", {**self.key.describe(), **data})
        sinks, self.sinks = list(self.sinks), {}
        for sink in sinks:
            sink.ended(env)
        self.hub.retire(self)


def _fan_out(sinks: dict[Sink, None], env: Envelope, control: bool) -> None:
    """The hot loop: one call per client that keeps up (an open lane, see
    ``Connection._park``); the others get ``push`` (data) or ``push_control`` (a status). A
    lane is open only while nothing is buffered, so writing through it keeps the order."""
    frame: bytes | None = None
    for sink in sinks:
        lane = sink.lane
        if lane is not None:
            if frame is None:
                frame = env.frame
            if lane(frame):
                continue
        if control:
            sink.push_control(env)
        else:
            sink.push(env)


class UpstreamTopic(Topic):
    """A stream with an upstream subscription, led by one process and relayed to the others."""

    def __init__(self, key: TopicKey, hub: HubView) -> None:
        super().__init__(key, hub)
        self.role = "starting"
        self.bus_channel = f"stream:{key.name}"
        self.lease = create_lease(
            hub.cache,
            f"stream:lease:{key.name}",
            owner=f"{hub.node}:{next(_owner_ids)}",
            ttl=self.settings.lease_ttl,
        )
        self._renew_every = self.settings.lease_ttl / 3
        self._outbox: deque[dict[str, Any]] = deque()
        self._outbox_ready = asyncio.Event()
        self._drained = asyncio.Event()
        """Set when everything queued for the bus has been published."""
        self._drained.set()
        self._publish_failures = 0
        self.bus_dropped = 0

    # -- channel specifics ---------------------------------------------------------------------

    @abstractmethod
    def open_upstream(self, source: MarketDataSource) -> AsyncIterator[Any]:
        """The source's stream of events for this topic's market."""

    @abstractmethod
    def ingest(self, payload: dict[str, Any], resync: bool) -> None:
        """Turn one upstream event (its ``to_dict()``) into client messages."""

    # -- roles ---------------------------------------------------------------------------------

    async def _run(self) -> None:
        while not self.stopped:
            try:
                leader = await self.lease.acquire()
            except Exception:  # no coordination possible: serve our clients ourselves
                log.warning("stream %s: lease unavailable, leading locally", self.key.name)
                leader = True
            if self.stopped:
                return
            if leader:
                await self._lead()
            else:
                await self._follow()

    async def _lead(self) -> None:
        self.role = "leader"
        self._outbox.clear()
        self._drained.set()
        pump = asyncio.create_task(self._pump(), name=f"upstream:{self.key.name}")
        publisher = asyncio.create_task(self._publisher(), name=f"publish:{self.key.name}")
        try:
            while not self.stopped:
                await asyncio.sleep(self._renew_every)
                try:
                    # acquire, not renew: if a stalled event loop let the lease lapse and no one
                    # else took it, keep leading rather than dropping the upstream for nothing.
                    held = await self.lease.acquire()
                except Exception:
                    log.warning("stream %s: lease renewal failed", self.key.name, exc_info=True)
                    held = True
                if not held:
                    log.warning("stream %s: lease lost, following", self.key.name)
                    return
        finally:
            pump.cancel()
            publisher.cancel()
            await asyncio.gather(pump, publisher, return_exceptions=True)

    async def _follow(self) -> None:
        self.role = "follower"
        handover = asyncio.Event()
        relay = asyncio.create_task(self._relay(handover), name=f"relay:{self.key.name}")
        try:
            while not self.stopped:
                # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation
                # that coincides with the handover, and the topic would never stop.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self._renew_every):
                        await handover.wait()
                handover.clear()
                try:
                    if await self.lease.acquire():
                        return
                except Exception:
                    log.warning("stream %s: lease check failed", self.key.name, exc_info=True)
        finally:
            relay.cancel()
            await asyncio.gather(relay, return_exceptions=True)

    def _backoff(self) -> RetryPolicy:
        return RetryPolicy(base_delay=self.settings.retry_base, max_delay=self.settings.retry_max)

    async def _relay(self, handover: asyncio.Event) -> None:
        failures = 0
        while True:
            try:
                stream = self.hub.bus.subscribe(self.bus_channel)
                async with contextlib.aclosing(stream):  # type: ignore[type-var]
                    async for message in stream:
                        failures = 0
                        kind = message.get("kind")
                        if kind == "handover":
                            handover.set()
                        elif kind == "event":
                            self.source_name = message.get("source") or self.source_name
                            if self.state == "connecting":
                                self.state = "live"
                            self.ingest(message["data"], bool(message.get("resync")))
                        elif kind == "status":
                            self.set_status(message["data"])
                        elif kind == "error":
                            self.fail(message["data"])
                            return
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("stream %s: bus relay failed", self.key.name, exc_info=True)
            failures += 1
            await asyncio.sleep(self._backoff().delay(failures))

    async def _cleanup(self) -> None:
        if self.role != "leader":
            return
        # Hand over explicitly so a follower takes the upstream now rather than at lease expiry.
        try:
            await self.lease.release()
            await self.hub.bus.publish(self.bus_channel, {"kind": "handover"})
        except Exception:
            log.warning("stream %s: lease release failed", self.key.name, exc_info=True)

    # -- leader: the upstream ------------------------------------------------------------------

    async def _pump(self) -> None:
        settings = self.settings
        loop = asyncio.get_running_loop()
        attempt = emitted = 0
        while True:
            try:
                source = self.hub.source()
                self.source_name = str(source.source)
                reconnects = _reconnects(source, self.key.exchange)
                next_check = loop.time() + settings.reconnect_check
                resync = True  # the first book of every upstream (re)start goes out as a snapshot
                self.upstream_starts += 1
                stream = self.open_upstream(source)
                async with contextlib.aclosing(stream):  # type: ignore[type-var]
                    async for event in stream:
                        if self.state != "live":
                            attempt = 0
                            self._announce({"state": "live"})
                        if loop.time() >= next_check:
                            next_check = loop.time() + settings.reconnect_check
                            count = _reconnects(source, self.key.exchange)
                            if count > reconnects:  # the source reconnected or resynced by itself
                                reconnects, resync = count, True
                                self._announce({"state": "reconnected", "reconnects": count})
                        self._emit(event.to_dict(), resync)
                        resync = False
                        emitted += 1
                        if emitted % 256 == 0:  # a source that never waits must not starve others
                            await asyncio.sleep(0)
                self._announce({"state": "ended", "detail": "the upstream stream ended"})
                return
            except asyncio.CancelledError:
                raise
            except MarketDataError as exc:
                if exc.status in PERMANENT_STATUSES:
                    await self._fail({"status": exc.status, "detail": str(exc)})
                    return
                detail = str(exc)
            except AppError as exc:  # market data not available in this deployment
                await self._fail({"status": exc.status, "detail": exc.detail or exc.title})
                return
            except Exception as exc:
                log.exception("stream %s: upstream failed", self.key.name)
                detail = f"{type(exc).__name__}: {exc}"
            attempt += 1
            delay = self._backoff().delay(attempt)
            self._announce(
                {"state": "reconnecting", "detail": detail, "attempt": attempt, "retry_in": delay}
            )
            await asyncio.sleep(delay)

    def _emit(self, payload: dict[str, Any], resync: bool) -> None:
        self.ingest(payload, resync)  # local clients first
        self._publish(
            {"kind": "event", "data": payload, "resync": resync, "source": self.source_name}
        )

    def _announce(self, data: dict[str, Any]) -> None:
        self.set_status(data)
        self._publish({"kind": "status", "data": data})

    async def _fail(self, data: dict[str, Any]) -> None:
        self._publish({"kind": "error", "data": data})
        # The other processes must hear of it before this topic stops (and its publisher).
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(2.0):
                await self._drained.wait()
        self.fail(data)

    def _publish(self, message: dict[str, Any]) -> None:
        """Queue ``message`` for the bus: the upstream never waits on a bus round trip."""
        if len(self._outbox) >= OUTBOX_LIMIT:
            self._outbox.popleft()
            self.bus_dropped += 1
            if self.bus_dropped in (1, 100) or self.bus_dropped % 10_000 == 0:
                log.warning("stream %s: bus too slow, %d dropped", self.key.name, self.bus_dropped)
        self._outbox.append(message)
        self._drained.clear()
        self._outbox_ready.set()

    async def _publisher(self) -> None:
        while True:
            await self._outbox_ready.wait()
            self._outbox_ready.clear()
            await self._flush_outbox()

    async def _flush_outbox(self) -> None:
        while self._outbox:
            message = self._outbox.popleft()
            try:
                await self.hub.bus.publish(self.bus_channel, message)
                self._publish_failures = 0
            except Exception:
                self._publish_failures += 1
                if self._publish_failures in (1, 100) or self._publish_failures % 10_000 == 0:
                    log.warning(
                        "stream %s: bus publish failed (%d in a row)",
                        self.key.name,
                        self._publish_failures,
                        exc_info=True,
                    )
        self._drained.set()


def _reconnects(source: MarketDataSource, exchange: str) -> int:
    health = source.health().get(exchange)
    return health.reconnects if health is not None else 0


class PriceTopic(UpstreamTopic):
    def __init__(self, key: TopicKey, hub: HubView) -> None:
        super().__init__(key, hub)
        self.latest: Envelope | None = None

    def open_upstream(self, source: MarketDataSource) -> AsyncIterator[Any]:
        return source.watch_ticker(self.key.exchange, self.key.symbol)

    def ingest(self, payload: dict[str, Any], resync: bool) -> None:
        bid, ask = payload.get("bid"), payload.get("ask")
        payload["mid"] = (bid + ask) / 2 if bid is not None and ask is not None else None
        self.seq += 1
        self.latest = self.envelope("price", payload, payload.get("timestamp"))
        self.broadcast(self.latest)

    def initial(self) -> list[Envelope]:
        return [self.latest] if self.latest is not None else []


class TradesTopic(UpstreamTopic):
    def open_upstream(self, source: MarketDataSource) -> AsyncIterator[Any]:
        return source.watch_trades(self.key.exchange, self.key.symbol)

    def ingest(self, payload: dict[str, Any], resync: bool) -> None:
        self.seq += 1
        self.broadcast(self.envelope("trade", payload, payload.get("timestamp")))


class BookTopic(UpstreamTopic):
    def __init__(self, key: TopicKey, hub: HubView) -> None:
        super().__init__(key, hub)
        self.book = BookDiffer(self.settings.book_depth)
        self._meta: dict[str, Any] = {}
        self._has_book = False
        self._snapshot: Envelope | None = None

    def open_upstream(self, source: MarketDataSource) -> AsyncIterator[Any]:
        return source.watch_order_book(
            self.key.exchange, self.key.symbol, limit=self.settings.book_depth
        )

    def ingest(self, payload: dict[str, Any], resync: bool) -> None:
        bids, asks = self.book.update(payload["bids"], payload["asks"])
        self._meta = {
            "timestamp": payload.get("timestamp"),
            "datetime": payload.get("datetime"),
            "sequence": payload.get("sequence"),
        }
        first = not self._has_book
        self._has_book = True
        if not (first or resync or bids or asks):
            return  # nothing changed within the published depth
        self.seq += 1
        self._snapshot = None
        if first or resync:
            env = self.snapshot_envelope()
            assert env is not None
        else:
            data = {"kind": "delta", "prev_seq": self.seq - 1, "bids": bids, "asks": asks}
            env = self.envelope("orderbook", {**data, **self._meta}, self._meta["timestamp"])
        self.broadcast(env)

    def snapshot_envelope(self) -> Envelope | None:
        if not self._has_book:
            return None
        if self._snapshot is None:
            bids, asks = self.book.snapshot()
            data = {"kind": "snapshot", "depth": self.book.depth, "bids": bids, "asks": asks}
            self._snapshot = self.envelope(
                "orderbook", {**data, **self._meta}, self._meta.get("timestamp")
            )
        return self._snapshot

    def initial(self) -> list[Envelope]:
        snapshot = self.snapshot_envelope()
        return [snapshot] if snapshot is not None else []


class _TradeFeed:
    """The kline topic's subscription to its market's trades topic."""

    lane: Callable[[bytes], bool] | None = None  # never a lane: trades are aggregated here

    def __init__(self, kline: KlineTopic) -> None:
        self.kline = kline
        self.topic: TopicHandle | None = None

    def push(self, env: Envelope) -> None:
        self.kline.on_trade(env)

    def push_control(self, env: Envelope) -> None:
        self.kline.source_name = env.source or self.kline.source_name
        self.kline.set_status(_without_topic(env.data))

    def ended(self, env: Envelope) -> None:
        self.kline.fail(_without_topic(env.data))


def _without_topic(data: dict[str, Any]) -> dict[str, Any]:
    """A trades-topic status minus what names that topic (the kline topic adds its own)."""
    return {k: v for k, v in data.items() if k not in ("channel", "timeframe")}


class KlineTopic(Topic):
    """Candles aggregated from the shared trades stream (see ``klines.py`` for why)."""

    def __init__(self, key: TopicKey, hub: HubView) -> None:
        super().__init__(key, hub)
        assert key.timeframe is not None
        self.builder = KlineBuilder(key.timeframe, timeframe_ms(key.timeframe))
        self.trades_key = TopicKey(Channel.TRADES, key.exchange, key.symbol)
        self.feed = _TradeFeed(self)
        self.latest: Envelope | None = None
        self._attached = False

    async def _run(self) -> None:
        try:
            await self.hub.attach(self.trades_key, self.feed)
            self._attached = True
            live = self.hub.source().source == "live"
        except AppError as exc:  # the hub is closing, or market data went away
            self.fail({"status": exc.status, "detail": exc.detail or exc.title})
            return
        if not live:
            return  # replayed and synthetic candles close on the next bucket's first trade
        grace_ms = int(self.settings.kline_close_grace * 1000)
        while True:
            await asyncio.sleep(1.0)
            closed = self.builder.close_due(now_ms(), grace_ms)
            if closed is not None:
                self._publish_candle(closed, closed["timestamp"] + self.builder.tf_ms)

    async def _cleanup(self) -> None:
        if self._attached:
            self._attached = False
            self.hub.detach(self.trades_key, self.feed)

    def on_trade(self, env: Envelope) -> None:
        self.source_name = env.source
        if self.state != "live":
            self.set_status({"state": "live"})
        for candle in self.builder.add(env.data):
            self._publish_candle(candle, env.data.get("timestamp"))

    def _publish_candle(self, candle: dict[str, Any], ts_ms: int | None) -> None:
        self.seq += 1
        env = self.envelope("kline", candle, ts_ms)
        self.latest = None if candle["closed"] else env
        self.broadcast(env)

    def initial(self) -> list[Envelope]:
        return [self.latest] if self.latest is not None else []


TOPICS: dict[Channel, type[Topic]] = {
    Channel.PRICE: PriceTopic,
    Channel.ORDERBOOK: BookTopic,
    Channel.TRADES: TradesTopic,
    Channel.KLINE: KlineTopic,
}
