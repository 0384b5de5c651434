"""What the stream parts see of each other, as Protocols, so the imports run one way.

``hub`` owns topics and connections; ``topics`` deliver to sinks and call back into the hub;
``outlets`` (a connection's subscriptions) read their topic's status and snapshot. Each side
depends on these narrow views rather than on the other's module:

    interfaces ← topics ← hub ← connection ← router
    interfaces ← outlets ← connection
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Protocol

from app.core.cache import Cache
from app.core.events import EventBus
from app.modules.exchanges.public import MarketDataSource
from app.modules.streaming.config import StreamSettings
from app.modules.streaming.messages import Envelope
from app.modules.streaming.schemas import TopicKey


class TopicHandle(Protocol):
    """A running topic, as its subscribers and the hub see it."""

    key: TopicKey
    sinks: dict[Sink, None]

    def make_status(self, data: dict[str, Any]) -> Envelope:
        """A ``status`` message of this topic (with its sequence number and source)."""
        ...

    def snapshot_envelope(self) -> Envelope | None:
        """The topic's full state as one message (order books), if it has one."""
        ...

    async def stop(self) -> None: ...


class Sink(Protocol):
    """Whatever a topic delivers to: a client subscription, or a derived topic."""

    topic: TopicHandle | None
    lane: Callable[[bytes], bool] | None
    """When set, the topic writes the message's frame through it instead of calling ``push``;
    False means it could not, and ``push`` follows."""

    def push(self, env: Envelope) -> None: ...

    def push_control(self, env: Envelope) -> None: ...

    def ended(self, env: Envelope) -> None: ...


class HubView(Protocol):
    """What a topic needs from the hub that runs it."""

    settings: StreamSettings
    cache: Cache
    bus: EventBus
    node: str

    def source(self) -> MarketDataSource: ...

    async def attach(self, key: TopicKey, sink: Sink) -> TopicHandle: ...

    def detach(self, key: TopicKey, sink: Sink) -> None: ...

    def retire(self, topic: TopicHandle) -> None: ...


class Client(Protocol):
    """A connected websocket client, as the hub sees it (to drain and count)."""

    finished: asyncio.Event

    def request_close(self, code: int, reason: str) -> None: ...

    def counters(self) -> dict[str, int]: ...
