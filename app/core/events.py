"""Publish/subscribe: in-process queues, or Redis pub/sub across processes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson

log = logging.getLogger(__name__)

ALERTS_CHANNEL = "alerts"
"""Alerts for users, from any module (the emergency breaker, news, on-chain): ``{"kind":
"alert", "user_id": <int, or null for every user>, "source": <module>, "alert": {...}}``, put
there by :func:`publish_alert`. The streaming module relays them to each user's
``WS /stream/alerts`` and the emergency module acts on them; publishers import neither."""


class EventBus(ABC):
    backend: str

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def channel(self, name: str) -> str:
        return f"{self.namespace}:events:{name}"

    @abstractmethod
    async def publish(self, channel: str, message: dict[str, Any]) -> None: ...

    @abstractmethod
    def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        """Messages published on ``channel`` after the subscription starts."""

    async def close(self) -> None:
        return None


class MemoryEventBus(EventBus):
    backend = "memory"

    def __init__(self, namespace: str, queue_size: int = 1000) -> None:
        super().__init__(namespace)
        self._queues: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        self._queue_size = queue_size

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        for queue in list(self._queues.get(self.channel(channel), ())):
            if queue.full():  # a slow subscriber loses its oldest message, never blocks others
                queue.get_nowait()
            queue.put_nowait(message)

    async def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self._queue_size)
        key = self.channel(channel)
        self._queues[key].add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._queues[key].discard(queue)
            if not self._queues[key]:
                del self._queues[key]


POLL_SECONDS = 1.0


class RedisEventBus(EventBus):
    backend = "redis"

    def __init__(self, url: str, namespace: str) -> None:
        super().__init__(namespace)
        from redis.asyncio import Redis

        self.client = Redis.from_url(url)

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        await self.client.publish(self.channel(channel), orjson.dumps(message))

    async def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        pubsub = self.client.pubsub(ignore_subscribe_messages=True)
        task = asyncio.current_task()
        try:
            await pubsub.subscribe(self.channel(channel))
            while True:
                # redis-py swallows a cancellation that lands while the subscription connects,
                # and its listen() then waits forever (an app shutdown hung 30 s on it): poll,
                # and honour the pending cancellation here.
                if task is not None and task.cancelling():
                    raise asyncio.CancelledError
                item = await pubsub.get_message(timeout=POLL_SECONDS)
                if item and item.get("type") == "message":
                    yield orjson.loads(item["data"])
        finally:
            # Closing the connection ends its subscriptions; no UNSUBSCRIBE round trip.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(pubsub.aclose(), POLL_SECONDS)  # type: ignore[no-untyped-call]

    async def close(self) -> None:
        await self.client.aclose()


def create_event_bus(redis_url: str | None, namespace: str) -> EventBus:
    return RedisEventBus(redis_url, namespace) if redis_url else MemoryEventBus(namespace)


async def publish_alert(
    bus: EventBus, *, source: str, user_id: int | None, alert: dict[str, Any]
) -> None:
    """Put one alert on :data:`ALERTS_CHANNEL` in the envelope every subscriber reads."""
    message = {"kind": "alert", "user_id": user_id, "source": source, "alert": alert}
    await bus.publish(ALERTS_CHANNEL, message)


async def follow(bus: EventBus, channel: str, on_message: Callable[[dict[str, Any]], None]) -> None:
    """Hand every message of ``channel`` to ``on_message`` until cancelled, subscribing again
    a second after the subscription fails (Redis restarted, connection lost)."""
    while True:
        try:
            stream = bus.subscribe(channel)
            async with contextlib.aclosing(stream):  # type: ignore[type-var]
                async for message in stream:
                    on_message(message)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.warning("event bus: subscription to %s failed", channel, exc_info=True)
        await asyncio.sleep(1.0)
