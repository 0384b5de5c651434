"""Across processes: one upstream per market, relayed to the other processes over the bus.

Two hubs stand for two processes. On Redis (``APP_REDIS_URL``) each hub has its own Redis
clients, as separate processes would; in-process, they share one cache and one bus.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from app.core.cache import create_cache
from app.core.events import create_event_bus
from app.modules.streaming.config import StreamSettings
from app.modules.streaming.hub import StreamHub
from app.modules.streaming.schemas import Channel, TopicKey
from tests.conftest import REDIS_URL
from tests.modules.streaming.helpers import ScriptedSource, apply_book, book, trade, wait_for

TRADES = TopicKey(Channel.TRADES, "binance", "BTC/USDT")
FEED = ("trades", "binance", "BTC/USDT")


class Collector:
    """A hub subscriber that keeps every message."""

    lane = None  # no direct writes: every message comes through push

    def __init__(self) -> None:
        self.topic: Any = None
        self.messages: list[dict[str, Any]] = []

    def push(self, env: Any) -> None:
        self.messages.append(env.to_dict())

    push_control = push
    ended = push

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["type"] == kind]


@pytest.fixture
async def hubs() -> AsyncIterator[tuple[StreamHub, StreamHub, ScriptedSource, ScriptedSource]]:
    namespace = f"kalkan-test-{uuid.uuid4().hex[:12]}"
    shared = (create_cache(REDIS_URL, namespace), create_event_bus(REDIS_URL, namespace))
    pairs = [shared, (create_cache(REDIS_URL, namespace), create_event_bus(REDIS_URL, namespace))]
    if not REDIS_URL:
        pairs = [shared, shared]  # in-process: both hubs live in this one process
    sources = ScriptedSource(), ScriptedSource()
    settings = StreamSettings(lease_ttl=1.5, retry_base=0.05)
    made = [
        StreamHub(
            source=lambda s=source: s,
            cache=cache,
            bus=bus,
            settings=settings.model_copy(),
            node=f"node{i}",
        )
        for i, (source, (cache, bus)) in enumerate(zip(sources, pairs, strict=True))
    ]
    yield made[0], made[1], sources[0], sources[1]
    for hub in made:
        await hub.close()
    for cache, bus in {id(p): p for p in pairs}.values():
        if REDIS_URL:
            keys = [k async for k in cache.client.scan_iter(f"{namespace}:*")]  # type: ignore[attr-defined]
            if keys:
                await cache.client.delete(*keys)  # type: ignore[attr-defined]
        await bus.close()
        await cache.close()


async def _until_relayed(source: ScriptedSource, follower: Collector) -> None:
    """Feed probe trades until the follower's bus subscription is live."""
    deadline = time.monotonic() + 5
    while not follower.of("trade"):
        assert time.monotonic() < deadline, "the follower never received anything"
        source.feed(*FEED, trade(1.0, trade_id="probe"))
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)
    follower.messages.clear()


async def _leader_and_follower(hubs) -> tuple[Collector, Collector]:
    """A trades client on hub1 (which then leads the upstream) and one on hub2 (following it),
    once the relay to hub2 is live."""
    hub1, hub2, source1, _ = hubs
    first, second = Collector(), Collector()
    await hub1.attach(TRADES, first)
    await source1.wait_active(*FEED)
    await hub2.attach(TRADES, second)
    await wait_for(lambda: hub2.topics[TRADES].role == "follower")
    await _until_relayed(source1, second)
    return first, second


async def test_one_upstream_for_two_processes_and_identical_messages(hubs):
    hub1, hub2, source1, source2 = hubs
    first, second = await _leader_and_follower(hubs)
    first.messages.clear()

    for i in range(50):
        source1.feed(*FEED, trade(100.0 + i, amount=0.5, ts=1_700_000_000_000 + i, trade_id=str(i)))
    await wait_for(lambda: len(second.of("trade")) == 50)
    assert [m["data"] for m in first.of("trade")] == [m["data"] for m in second.of("trade")]
    assert [m["data"]["id"] for m in second.of("trade")] == [str(i) for i in range(50)]
    assert all(m["source"] == "synthetic" for m in second.of("trade"))
    # Only one upstream subscription across both "processes".
    assert source1.subscriptions[FEED] == 1 and source2.subscriptions[FEED] == 0
    assert hub1.topics[TRADES].role == "leader"
    assert hub2.stats()["topics"][0]["role"] == "follower"


async def test_klines_in_a_follower_come_from_the_relayed_trades(hubs):
    hub1, hub2, source1, source2 = hubs
    leader, candles = Collector(), Collector()
    await hub1.attach(TRADES, leader)
    await source1.wait_active(*FEED)
    await hub2.attach(TopicKey(Channel.KLINE, "binance", "BTC/USDT", "1m"), candles)
    await wait_for(lambda: TRADES in hub2.topics and hub2.topics[TRADES].role == "follower")
    watcher = Collector()  # to see when the follower's relay is live
    await hub2.attach(TRADES, watcher)
    await _until_relayed(source1, watcher)
    candles.messages.clear()
    minute = (int(time.time() * 1000) // 60_000 + 1) * 60_000  # after the probes' candle
    for i, price in enumerate([10.0, 12.0, 9.0, 11.0]):
        source1.feed(*FEED, trade(price, amount=1.0, ts=minute + i))
    await wait_for(lambda: any(m["data"].get("trades") == 4 for m in candles.of("kline")))
    last = candles.of("kline")[-1]["data"]
    assert (last["open"], last["high"], last["low"], last["close"]) == (10.0, 12.0, 9.0, 11.0)
    assert source2.subscriptions[FEED] == 0


async def test_the_upstream_moves_when_the_leader_leaves(hubs):
    hub1, hub2, source1, source2 = hubs
    first, second = await _leader_and_follower(hubs)

    started = time.monotonic()
    hub1.detach(TRADES, first)  # the leader's last client leaves: it hands over at once
    await wait_for(lambda: source2.active[FEED] == 1)
    assert time.monotonic() - started < hub2.settings.lease_ttl  # no wait for the lease to expire
    await wait_for(lambda: source1.active[FEED] == 0)
    assert hub2.topics[TRADES].role == "leader"
    source2.feed(*FEED, trade(200.0, trade_id="after"))
    await wait_for(lambda: any(m["data"]["id"] == "after" for m in second.of("trade")))


async def test_a_dead_leader_is_replaced_when_its_lease_expires(hubs):
    hub1, hub2, _, source2 = hubs
    _, second = await _leader_and_follower(hubs)

    # Kill the leader without any goodbye: no lease release, no handover message.
    task = hub1.topics[TRADES]._task
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    started = time.monotonic()
    await wait_for(lambda: source2.active[FEED] == 1, within=10)
    waited = time.monotonic() - started
    ttl = hub2.settings.lease_ttl
    assert waited < ttl + ttl / 3 + 1.0
    source2.feed(*FEED, trade(300.0, trade_id="new-leader"))
    await wait_for(lambda: any(m["data"]["id"] == "new-leader" for m in second.of("trade")))


async def test_followers_rebuild_the_same_order_book(hubs):
    hub1, hub2, source1, source2 = hubs
    key = TopicKey(Channel.ORDERBOOK, "binance", "BTC/USDT")
    feed = ("orderbook", "binance", "BTC/USDT")
    first, second = Collector(), Collector()
    await hub1.attach(key, first)
    await source1.wait_active(*feed)
    await hub2.attach(key, second)
    await wait_for(lambda: hub2.topics[key].role == "follower")
    deadline = time.monotonic() + 5
    while not second.of("orderbook"):
        assert time.monotonic() < deadline
        source1.feed(*feed, book([(99.0, 1.0)], [(101.0, 1.0)]))
        await asyncio.sleep(0.02)
    for i in range(100):
        bids = [(99.0 - j * 0.5, 1.0 + (i + j) % 7) for j in range(30)]
        asks = [(101.0 + j * 0.5 + (i % 3), 2.0 + (i * j) % 5) for j in range(30)]
        source1.feed(*feed, book(bids, asks))
    await asyncio.sleep(0.3)  # the leader's own client is fed in-process, the follower's later

    def rebuilt(collector: Collector) -> dict:
        state: dict = {}
        messages = collector.of("orderbook")
        assert messages[0]["data"]["kind"] == "snapshot"
        for message in messages:
            apply_book(state, message["data"])
        return state

    # The follower's copy arrives through the bus: wait for it rather than for a fixed time.
    await wait_for(lambda: rebuilt(first) == rebuilt(second), within=10)
    books = [rebuilt(first), rebuilt(second)]
    assert books[0] == books[1]
    assert len(books[0]["bids"]) == hub1.settings.book_depth
    assert source2.subscriptions[feed] == 0


async def test_a_permanent_upstream_error_reaches_the_followers(hubs):
    from app.modules.exchanges.errors import SymbolNotFound

    hub1, hub2, source1, source2 = hubs
    first, second = await _leader_and_follower(hubs)
    source1.feed(*FEED, SymbolNotFound("binance", "BTC/USDT"))
    await wait_for(lambda: bool(second.of("error")) and bool(first.of("error")))
    assert second.of("error")[0]["data"]["status"] == 404
    await wait_for(lambda: TRADES not in hub1.topics and TRADES not in hub2.topics)
    assert source2.subscriptions[FEED] == 0


async def test_a_lapsed_lease_nobody_took_is_kept(hubs):
    """A leader whose event loop stalled past the lease TTL keeps its upstream if no other
    process took over meanwhile: stepping down would only drop messages."""
    hub1, _, source1, _ = hubs
    first = Collector()
    await hub1.attach(TRADES, first)
    await source1.wait_active(*FEED)
    topic = hub1.topics[TRADES]
    await hub1.cache.delete(topic.lease.key)  # as if it had expired
    await asyncio.sleep(hub1.settings.lease_ttl / 3 + 0.2)  # one renewal round
    assert topic.role == "leader" and source1.subscriptions[FEED] == 1
    assert await hub1.cache.get(topic.lease.key) == topic.lease.owner.encode()
