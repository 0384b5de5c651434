"""The hub's building blocks on their own: book deltas, kline aggregation, outlets, leases."""

from __future__ import annotations

import asyncio
import random
import uuid
from typing import Any

import pandas as pd
import pytest

from app.core.cache import create_cache
from app.core.errors import ServiceUnavailable
from app.modules.streaming.books import BookDiffer
from app.modules.streaming.config import StreamSettings
from app.modules.streaming.connection import Connection
from app.modules.streaming.klines import KlineBuilder
from app.modules.streaming.lease import create_lease
from app.modules.streaming.messages import Envelope
from app.modules.streaming.outlets import BookOutlet, KlineOutlet, LatestOutlet, TradeOutlet
from app.modules.streaming.schemas import Channel, ControlMessage, TopicKey
from tests.conftest import REDIS_URL
from tests.modules.streaming.helpers import apply_book

# --- order-book deltas --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_deltas_applied_in_order_reproduce_the_top_levels(seed):
    rng = random.Random(seed)
    depth = 10
    differ = BookDiffer(depth)
    client: dict = {}
    bids = {round(100 - i * 0.1, 1): rng.randint(1, 9) for i in range(40)}
    asks = {round(100.1 + i * 0.1, 1): rng.randint(1, 9) for i in range(40)}
    for step in range(300):
        for side, low in ((bids, 96.0), (asks, 100.1)):
            for _ in range(3):
                price = round(low + rng.randint(0, 39) * 0.1, 1)
                if price in side and rng.random() < 0.4:
                    side.pop(price)
                else:
                    side[price] = rng.randint(1, 9)
        top_bids = sorted(bids.items(), reverse=True)
        top_asks = sorted(asks.items())
        bid_changes, ask_changes = differ.update(top_bids, top_asks)
        if step == 0:
            snapshot_bids, snapshot_asks = differ.snapshot()
            apply_book(client, {"kind": "snapshot", "bids": snapshot_bids, "asks": snapshot_asks})
        else:
            apply_book(client, {"kind": "delta", "bids": bid_changes, "asks": ask_changes})
        assert client["bids"] == dict(top_bids[:depth])
        assert client["asks"] == dict(top_asks[:depth])


# --- klines -------------------------------------------------------------------------------------


def test_klines_match_pandas_resampling_of_the_same_trades():
    rng = random.Random(7)
    start = 1_700_000_000_000
    trades = []
    ts = start
    for _ in range(2000):
        ts += rng.randint(0, 900)
        trades.append({"timestamp": ts, "price": 100 + rng.gauss(0, 1), "amount": rng.random()})
    builder = KlineBuilder("1m", 60_000)
    closed = []
    for item in trades:
        closed += [c for c in builder.add(item) if c["closed"]]

    frame = pd.DataFrame(trades)
    frame.index = pd.to_datetime(frame["timestamp"], unit="ms")
    reference = frame.resample("1min").agg(
        {"price": ["first", "max", "min", "last"], "amount": ["sum", "count"]}
    )
    reference = reference[reference[("amount", "count")] > 0].iloc[:-1]  # the last is still open
    assert len(closed) == len(reference)
    for candle, (stamp, row) in zip(closed, reference.iterrows(), strict=True):
        assert candle["timestamp"] == int(stamp.timestamp() * 1000)
        assert candle["open"] == row[("price", "first")]
        assert candle["high"] == row[("price", "max")]
        assert candle["low"] == row[("price", "min")]
        assert candle["close"] == row[("price", "last")]
        assert candle["volume"] == pytest.approx(row[("amount", "sum")])
        assert candle["trades"] == row[("amount", "count")]
    assert closed[0]["partial"] and not any(c["partial"] for c in closed[1:])


def test_kline_edge_cases():
    builder = KlineBuilder("1m", 60_000)
    first = builder.add({"timestamp": 60_000 + 500, "price": 10, "amount": 1})
    assert [c["open"] for c in first] == [10]
    # out of order within the bucket: the earliest trade is the open
    builder.add({"timestamp": 60_000 + 100, "price": 9, "amount": 1})
    assert builder.current["open"] == 9 and builder.current["close"] == 10
    # the wall clock closes the candle (live sources)...
    assert builder.close_due(120_000 + 1_999, 2_000) is None
    closed = builder.close_due(120_000 + 2_000, 2_000)
    assert closed["closed"] and closed["volume"] == 2
    # ...and a late trade for it changes nothing
    assert builder.add({"timestamp": 60_000 + 700, "price": 50, "amount": 1}) == []
    assert builder.late_trades == 1


# --- outlets ------------------------------------------------------------------------------------


class Owner:
    """A connection whose sender is busy: every message goes through the outlet's policy."""

    def __init__(self, idle: bool = False) -> None:
        self.idle = idle
        self.delivered: list[Any] = []
        self.notified = 0
        self.ended: list[Any] = []

    def deliver_now(self, env: Any) -> bool:
        if self.idle:
            self.delivered.append(env)
        return self.idle

    def notify(self, outlet: Any) -> None:
        self.notified += 1

    def outlet_ended(self, outlet: Any) -> None:
        self.ended.append(outlet)


class FakeTopic:
    def __init__(self) -> None:
        self.snapshot = Envelope("orderbook", {"kind": "snapshot", "bids": [], "asks": []}, seq=99)

    def make_status(self, data: dict) -> Envelope:
        return Envelope("status", data)

    def snapshot_envelope(self) -> Envelope:
        return self.snapshot


KEY = TopicKey(Channel.TRADES, "binance", "BTC/USDT")


def outlet(cls: type, capacity: int) -> Any:
    made = cls(KEY, Owner(), capacity, report_interval=0)
    made.topic = FakeTopic()
    return made


def env(type: str, seq: int, **data: Any) -> Envelope:
    return Envelope(type, data, seq=seq)


def test_an_idle_connection_gets_messages_without_buffering():
    trades = TradeOutlet(KEY, Owner(idle=True), 3, report_interval=0)
    for i in range(5):
        trades.push(env("trade", i))
    assert [e.seq for e in trades.owner.delivered] == [0, 1, 2, 3, 4]
    assert trades.drain() == [] and trades.dropped == 0


def test_latest_outlet_conflates_and_reports():
    latest = outlet(LatestOutlet, 1)
    for i in range(5):
        latest.push(env("price", i))
    items = latest.drain()
    assert [(e.type, e.seq) for e in items] == [("status", None), ("price", 4)]
    assert items[0].data == {"state": "conflated", "conflated": 4, "total": 4}
    assert latest.drain() == []


def test_kline_outlet_never_conflates_a_closed_candle_into_the_next():
    klines = outlet(KlineOutlet, 4)
    klines.push(env("kline", 1, timestamp=0, closed=False))
    klines.push(env("kline", 2, timestamp=0, closed=True))
    klines.push(env("kline", 3, timestamp=60_000, closed=False))
    klines.push(env("kline", 4, timestamp=60_000, closed=False))
    items = [e for e in klines.drain() if e.type == "kline"]
    assert [(e.seq, e.data["closed"]) for e in items] == [(2, True), (4, False)]


def test_book_outlet_resends_a_snapshot_after_overflow():
    books = outlet(BookOutlet, 3)
    for i in range(3):
        books.push(env("orderbook", i, kind="delta"))
    assert [e.seq for e in books.drain()] == [0, 1, 2]
    for i in range(3, 10):
        books.push(env("orderbook", i, kind="delta"))
    items = books.drain()
    assert [e.type for e in items] == ["status", "orderbook"]
    assert items[0].data["state"] == "resync" and items[1].seq == 99
    assert books.snapshots == 1 and books.dropped == 7
    # a snapshot from the topic (e.g. after an upstream resync) replaces queued deltas
    books.push(env("orderbook", 10, kind="delta"))
    books.push(env("orderbook", 11, kind="snapshot"))
    assert [e.seq for e in books.drain()] == [11]


def test_trade_outlet_drops_the_oldest_and_says_how_many():
    trades = outlet(TradeOutlet, 3)
    for i in range(8):
        trades.push(env("trade", i))
    items = trades.drain()
    assert items[0].type == "status" and items[0].data == {
        "state": "dropped",
        "dropped": 5,
        "total": 5,
    }
    assert [e.seq for e in items[1:]] == [5, 6, 7]


def test_statuses_keep_their_place_among_the_data():
    trades = outlet(TradeOutlet, 10)
    trades.push(env("trade", 1))
    trades.push_control(env("status", 1, state="reconnecting"))
    trades.push(env("trade", 2))
    assert [(e.type, e.seq) for e in trades.drain()] == [
        ("trade", 1),
        ("status", 1),
        ("trade", 2),
    ]
    latest = outlet(LatestOutlet, 1)
    latest.push(env("price", 1))
    latest.ended(env("error", 1))
    assert [(e.type, e.seq) for e in latest.drain()] == [("price", 1), ("error", 1)]
    assert latest.owner.ended == [latest]


def test_control_message_aliases_and_validation():
    assert ControlMessage.model_validate({"op": "subscribe", "channel": "Trade"}).channel == (
        Channel.TRADES
    )
    with pytest.raises(ValueError):
        ControlMessage.model_validate({"op": "subscribe", "channel": "price", "extra": 1})


def test_envelope_serialises_once():
    message = Envelope("trade", {"price": 1.5}, exchange="binance", symbol="BTC/USDT", seq=3)
    assert message.text is message.text
    assert message.text.startswith('{"type":"trade","exchange":"binance","symbol":"BTC/USDT"')


# --- leases -------------------------------------------------------------------------------------


async def test_lease_is_exclusive_renewable_and_expires():
    namespace = f"kalkan-test-{uuid.uuid4().hex[:12]}"
    caches = [create_cache(REDIS_URL, namespace), create_cache(REDIS_URL, namespace)]
    if not REDIS_URL:
        caches[1] = caches[0]  # the in-process cache is shared within the process
    try:
        # A TTL with room for a loaded machine: each wait below is well inside or past it.
        one = create_lease(caches[0], "lease:x", "one", ttl=1.0)
        two = create_lease(caches[1], "lease:x", "two", ttl=1.0)
        assert await one.acquire()
        assert not await two.acquire()
        assert await one.acquire()  # re-acquiring our own lease renews it
        assert not await two.renew()
        await two.release()  # not ours: no effect
        assert not await two.acquire()
        await asyncio.sleep(0.4)
        assert await one.renew()
        await asyncio.sleep(0.4)
        assert not await two.acquire()  # renewed, so still held
        await asyncio.sleep(1.2)
        assert await two.acquire()  # expired
        assert not await one.renew()
        await two.release()
        assert await one.acquire()
        await one.release()
    finally:
        for cache in {id(c): c for c in caches}.values():
            await cache.delete("lease:x")
            await cache.close()


async def test_oversized_control_message_is_refused_by_the_app_where_the_server_did_not():
    # Behind a server whose parser cannot be given the limit, the connection checks the length
    # itself: an error reply, and the connection stays.
    class Hub:
        topics: dict[Any, Any] = {}

        def source(self) -> Any:
            raise ServiceUnavailable("no source in this test")

    class Socket:
        async def send_text(self, text: str) -> None:
            return None

    settings = StreamSettings(direct_writes=False)
    connection = Connection(Socket(), Hub(), "credential", settings)  # type: ignore[arg-type]
    await connection.handle("x" * (settings.max_message_bytes + 1))
    reply = connection._control.popleft()
    assert reply.type == "error"
    assert reply.data["status"] == 400
    assert str(settings.max_message_bytes) in reply.data["detail"]
