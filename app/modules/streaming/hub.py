"""The process's stream hub: reference-counted topics and the connected clients.

A topic exists while it has subscribers. The first subscriber creates and starts it (which, for
an upstream topic, means leading or following it across processes); the last one leaving stops
it, which ends the upstream subscription and hands the lease over.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Callable
from typing import Any

from app.core.cache import Cache
from app.core.errors import AppError, BadRequest, NotFound, ServiceUnavailable
from app.core.events import EventBus
from app.core.symbols import normalize_symbol
from app.modules.exchanges.public import MarketDataSource, timeframe_ms
from app.modules.streaming.config import StreamSettings
from app.modules.streaming.interfaces import Client, Sink, TopicHandle
from app.modules.streaming.schemas import Channel, TopicKey
from app.modules.streaming.sockets import SocketSlots, create_slots
from app.modules.streaming.topics import TOPICS, Topic

log = logging.getLogger(__name__)

DEFAULT_TIMEFRAME = "1m"


class HubClosed(ServiceUnavailable):
    title = "The stream server is shutting down"


class StreamHub:
    def __init__(
        self,
        *,
        source: Callable[[], MarketDataSource],
        cache: Cache,
        bus: EventBus,
        settings: StreamSettings | None = None,
        node: str | None = None,
    ) -> None:
        self._source = source
        self.cache = cache
        self.bus = bus
        self.settings = settings or StreamSettings()
        self.node = node or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.topics: dict[TopicKey, Topic] = {}
        self._stopping: dict[TopicKey, asyncio.Task[None]] = {}
        self.connections: set[Client] = set()
        self.slots: SocketSlots = create_slots(cache)
        self.uninstall_signals: Callable[[], None] | None = None
        """Set by the module's start-up when it wrapped uvicorn's signal handlers."""
        """Open sockets per user (see ``sockets.py``)."""
        self.closing = False
        self.totals = {"messages_sent": 0, "dropped": 0, "conflated": 0, "snapshots_resent": 0}
        """Counters of connections that have closed (live ones are summed in ``stats``)."""

    def source(self) -> MarketDataSource:
        try:
            return self._source()
        except AppError as exc:
            raise ServiceUnavailable(exc.detail or "market data is not available") from None

    # -- requests ------------------------------------------------------------------------------

    def resolve(
        self,
        channel: Channel,
        symbol: str,
        exchange: str | None = None,
        timeframe: str | None = None,
    ) -> TopicKey:
        """Validate a subscription request into a topic key (raises ``AppError`` subclasses)."""
        try:
            symbol = normalize_symbol(symbol)
        except ValueError as exc:
            raise BadRequest(str(exc)) from None
        source = self.source()
        enabled = source.exchanges
        if not enabled:
            raise ServiceUnavailable("no exchange is enabled")
        exchange = (exchange or enabled[0]).strip().lower()
        if exchange not in enabled:
            raise NotFound(f"exchange {exchange!r} is not available; enabled: {', '.join(enabled)}")
        if channel is Channel.KLINE:
            timeframe = timeframe or DEFAULT_TIMEFRAME
            try:
                timeframe_ms(timeframe)
            except ValueError as exc:
                raise BadRequest(f"{exc}; use e.g. 1s, 1m, 5m, 1h, 1d") from None
        elif timeframe:
            raise BadRequest("timeframe applies to the kline channel only")
        return TopicKey(channel, exchange, symbol, timeframe if channel is Channel.KLINE else None)

    # -- topics --------------------------------------------------------------------------------

    async def attach(self, key: TopicKey, sink: Sink) -> Topic:
        """Subscribe ``sink`` to ``key``, starting the topic if it is the first subscriber."""
        while True:
            if self.closing:
                raise HubClosed()
            stopping = self._stopping.get(key)
            if stopping is None:
                break
            # The previous topic for this key is winding down (releasing its lease): let it.
            await asyncio.shield(stopping)
        topic = self.topics.get(key)
        if topic is None:
            topic = self.topics[key] = TOPICS[key.channel](key, self)
            topic.start()
        topic.attach(sink)
        return topic

    def detach(self, key: TopicKey, sink: Sink) -> None:
        topic = self.topics.get(key)
        if topic is None or sink not in topic.sinks:
            return
        topic.detach(sink)
        if not topic.sinks:
            self.retire(topic)

    def retire(self, topic: TopicHandle) -> None:
        """Stop ``topic`` in the background; a new subscriber waits for it to finish."""
        key = topic.key
        if self.topics.get(key) is topic:
            del self.topics[key]
        task = asyncio.create_task(topic.stop(), name=f"stop:{key.name}")
        self._stopping[key] = task

        def done(finished: asyncio.Task[None]) -> None:
            if self._stopping.get(key) is finished:
                del self._stopping[key]
            if not finished.cancelled() and finished.exception() is not None:
                log.warning("stopping %s failed", key.name, exc_info=finished.exception())

        task.add_done_callback(done)

    # -- shutdown ------------------------------------------------------------------------------

    async def drain(self, code: int = 1001, reason: str = "server shutting down") -> None:
        """Close every client with ``code`` and wait (up to ``drain_timeout``) for them."""
        self.closing = True
        connections = list(self.connections)
        for connection in connections:
            connection.request_close(code, reason)
        waits = [asyncio.create_task(c.finished.wait()) for c in connections]
        if waits:
            _, pending = await asyncio.wait(waits, timeout=self.settings.drain_timeout)
            for task in pending:
                task.cancel()
            if pending:
                log.warning("%d stream clients did not close in time", len(pending))

    async def close(self) -> None:
        """Drain clients, then stop every topic (ending upstreams, releasing leases)."""
        await self.drain()
        for topic in list(self.topics.values()):
            self.retire(topic)
        # Stopping a kline topic may retire its trades topic in turn: loop until all are done.
        while pending := [task for task in self._stopping.values() if not task.done()]:
            await asyncio.gather(*pending, return_exceptions=True)

    # -- observability -------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        totals = dict(self.totals)
        for connection in self.connections:
            for name, value in connection.counters().items():
                totals[name] += value
        try:
            source: MarketDataSource | None = self.source()
        except AppError:
            source = None
        return {
            "source": str(source.source) if source is not None else None,
            "exchanges": source.exchanges if source is not None else [],
            "node": self.node,
            "clients": len(self.connections),
            **totals,
            "topics": [
                {
                    "name": key.name,
                    "channel": key.channel.value,
                    "exchange": key.exchange,
                    "symbol": key.symbol,
                    "timeframe": key.timeframe,
                    "role": topic.role,
                    "state": topic.state,
                    "subscribers": len(topic.sinks),
                    "seq": topic.seq,
                    "upstream_starts": topic.upstream_starts,
                    "bus_dropped": getattr(topic, "bus_dropped", 0),
                }
                for key, topic in sorted(self.topics.items(), key=lambda item: item[0].name)
            ],
        }
