"""Per-client subscription buffers: how a slow client falls behind without holding anyone up.

The hub pushes every message into each subscriber's outlet synchronously and never waits; each
connection's sender drains its outlets at its own pace. When a client cannot keep up, its outlet
applies the channel's policy instead of growing:

* price: keep only the latest (conflation), report how many were skipped;
* kline: keep the latest per candle, so a closed candle is never conflated into the next one;
* orderbook: a bounded queue of deltas; on overflow drop them all and send a fresh snapshot;
* trades: a bounded queue; on overflow drop the oldest and report how many were dropped.

Status and error messages are never conflated, and keep their place among the data: pushing
one first commits whatever data is pending ahead of it (a client sees a trade, then the
"reconnecting" that followed it, never the other way round).
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Any, Protocol

from app.modules.streaming.interfaces import TopicHandle
from app.modules.streaming.messages import Envelope
from app.modules.streaming.schemas import Channel, TopicKey

COMMITTED_LIMIT = 64
"""Committed messages kept per capacity unit; past that a stuck client loses the oldest (the
send timeout closes such a client anyway)."""


class OutletOwner(Protocol):
    def deliver_now(self, env: Envelope) -> bool: ...

    def notify(self, outlet: Outlet) -> None: ...

    def outlet_ended(self, outlet: Outlet) -> None: ...


class Outlet(ABC):
    """One subscription of one connection; the topic's sink."""

    def __init__(
        self,
        key: TopicKey,
        owner: OutletOwner,
        capacity: int,
        report_interval: float = 1.0,
        request_id: Any = None,
    ) -> None:
        self.key = key
        self.owner = owner
        self.capacity = capacity
        self.report_interval = report_interval
        self.request_id = request_id
        self.topic: TopicHandle | None = None
        self.queued = False
        """Whether the owner has this outlet in its ready queue (managed by the owner)."""
        self.active = True
        self.lane: Callable[[bytes], bool] | None = None
        """Set by the owner while this outlet is clean and its sender idle: the topic then
        writes each message's frame through it and skips ``push`` (False: it could not)."""
        self._committed: deque[Envelope] = deque()
        self.dropped = 0
        self.conflated = 0
        self.snapshots = 0
        self._unreported = 0
        self._last_report = 0.0

    # -- sink interface (called by the topic) --------------------------------------------------

    def push(self, env: Envelope) -> None:
        # The common case, a client keeping up: nothing buffered, so no policy to apply.
        if self.is_clean() and self.owner.deliver_now(env):
            return
        if self._offer(env):
            self.owner.notify(self)

    def push_control(self, env: Envelope) -> None:
        self._commit(env)
        self.owner.notify(self)

    def ended(self, env: Envelope) -> None:
        """The topic stopped for good (e.g. unknown symbol): tell the client, then detach."""
        self._commit(env)
        self.active = False
        self.owner.outlet_ended(self)

    def _commit(self, env: Envelope) -> None:
        if self.active and self._has_data():
            self._committed.extend(self._take())
        self._committed.append(env)
        limit = COMMITTED_LIMIT + self.capacity
        while len(self._committed) > limit:
            self._committed.popleft()
            self.dropped += 1

    # -- owner interface -----------------------------------------------------------------------

    def drain(self) -> list[Envelope]:
        items = list(self._committed)
        self._committed.clear()
        if self.active:
            items += self._take()
        return items

    def has_pending(self) -> bool:
        return bool(self._committed) or self._has_data()

    def is_clean(self) -> bool:
        """Nothing buffered and nothing to report: a new message may bypass the policy."""
        return not (self.queued or self._committed or self._unreported or self._has_data())

    # -- policy --------------------------------------------------------------------------------

    @abstractmethod
    def _offer(self, env: Envelope) -> bool:
        """Buffer ``env`` under the channel's policy; True when there is something new to send."""

    @abstractmethod
    def _take(self) -> list[Envelope]:
        """Everything buffered, in sending order, leaving the buffer empty."""

    @abstractmethod
    def _has_data(self) -> bool:
        """Whether anything is buffered."""

    def _report(self, state: str, count: int, total: int) -> Envelope:
        assert self.topic is not None
        return self.topic.make_status({"state": state, state: count, "total": total})


class LatestOutlet(Outlet):
    """Prices: only the latest value matters."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._latest: Envelope | None = None

    def _offer(self, env: Envelope) -> bool:
        if self._latest is not None:
            self.conflated += 1
            self._unreported += 1
        self._latest = env
        return True

    def _has_data(self) -> bool:
        return self._latest is not None

    def _take(self) -> list[Envelope]:
        if self._latest is None:
            return []
        items: list[Envelope] = []
        now = time.monotonic()
        if self._unreported and now - self._last_report >= self.report_interval:
            items.append(self._report("conflated", self._unreported, self.conflated))
            self._unreported, self._last_report = 0, now
        items.append(self._latest)
        self._latest = None
        return items


class KlineOutlet(Outlet):
    """Klines: the latest update per candle, at most ``capacity`` candles."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: OrderedDict[int, Envelope] = OrderedDict()

    def _offer(self, env: Envelope) -> bool:
        candle = env.data["timestamp"]
        if candle in self._pending:
            self.conflated += 1
            self._unreported += 1
        self._pending[candle] = env
        if len(self._pending) > self.capacity:
            self._pending.popitem(last=False)
            self.dropped += 1
        return True

    def _has_data(self) -> bool:
        return bool(self._pending)

    def _take(self) -> list[Envelope]:
        items: list[Envelope] = []
        now = time.monotonic()
        if self._unreported and now - self._last_report >= self.report_interval:
            items.append(self._report("conflated", self._unreported, self.conflated))
            self._unreported, self._last_report = 0, now
        items += self._pending.values()
        self._pending.clear()
        return items


class BookOutlet(Outlet):
    """Order books: deltas in order; after an overflow, one fresh snapshot instead."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._queue: deque[Envelope] = deque()
        self._need_snapshot = False
        self._skipped = 0

    def _offer(self, env: Envelope) -> bool:
        if env.data.get("kind") == "snapshot":  # a snapshot supersedes everything queued
            self._queue.clear()
            self._need_snapshot = False
            self._queue.append(env)
            return True
        if self._need_snapshot:
            self._skipped += 1
            self.dropped += 1
            return False
        if len(self._queue) >= self.capacity:
            self.dropped += len(self._queue) + 1
            self._skipped += len(self._queue) + 1
            self._queue.clear()
            self._need_snapshot = True
        else:
            self._queue.append(env)
        return True

    def _has_data(self) -> bool:
        return bool(self._queue) or self._need_snapshot

    def _take(self) -> list[Envelope]:
        if self._need_snapshot:
            assert self.topic is not None
            snapshot = self.topic.snapshot_envelope()
            self._need_snapshot = False
            if snapshot is None:
                return []
            self.snapshots += 1
            report = self.topic.make_status(
                {"state": "resync", "reason": "slow consumer", "skipped": self._skipped}
            )
            self._skipped = 0
            return [report, snapshot]
        items = list(self._queue)
        self._queue.clear()
        return items


class TradeOutlet(Outlet):
    """Trades: every one in order; when the buffer is full the oldest go, and are counted."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._queue: deque[Envelope] = deque()

    def _offer(self, env: Envelope) -> bool:
        if len(self._queue) >= self.capacity:
            self._queue.popleft()
            self.dropped += 1
            self._unreported += 1
        self._queue.append(env)
        return True

    def _has_data(self) -> bool:
        return bool(self._queue)

    def _take(self) -> list[Envelope]:
        items: list[Envelope] = []
        if self._unreported:
            items.append(self._report("dropped", self._unreported, self.dropped))
            self._unreported = 0
        items += self._queue
        self._queue.clear()
        return items


OUTLETS: dict[Channel, type[Outlet]] = {
    Channel.PRICE: LatestOutlet,
    Channel.KLINE: KlineOutlet,
    Channel.ORDERBOOK: BookOutlet,
    Channel.TRADES: TradeOutlet,
}
