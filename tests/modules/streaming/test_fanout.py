"""Fan-out: one upstream per market shared by every client; slow clients hold nobody up."""

from __future__ import annotations

import asyncio
import json
import socket
import statistics
import time

import pytest
from websockets.asyncio.client import ClientConnection

from tests.modules.streaming.helpers import (
    closed_with,
    connect,
    recv,
    recv_until,
    ticker,
    trade,
    wait_for,
)

KEY = ("trades", "binance", "BTC/USDT")


async def test_one_upstream_shared_by_many_clients_and_stopped_by_the_last(served, scripted, token):
    clients = [await connect(served.url("/stream/price/BTC-USDT", token)) for _ in range(20)]
    for ws in clients:
        assert (await recv(ws))["type"] == "subscribed"
    ticker_key = ("ticker", "binance", "BTC/USDT")
    await scripted.wait_active(*ticker_key)
    assert scripted.subscriptions[ticker_key] == 1
    scripted.feed(*ticker_key, ticker(100.0))
    for ws in clients:
        message, _ = await recv_until(ws, lambda m: m["type"] == "price")
        assert message["data"]["last"] == 100.0

    stats = (await _status(served, token))["topics"]
    assert [(t["name"], t["role"], t["subscribers"]) for t in stats] == [
        ("price:binance:BTC/USDT", "leader", 20)
    ]
    for ws in clients[:-1]:
        await ws.close()
    await asyncio.sleep(0.1)
    assert scripted.active[ticker_key] == 1  # one client left: the upstream stays
    await clients[-1].close()
    await wait_for(lambda: scripted.active[ticker_key] == 0)  # the last one left: it stops
    assert served.hub.topics == {}

    again = await connect(served.url("/stream/price/BTC-USDT", token))
    assert (await recv(again))["type"] == "subscribed"
    await scripted.wait_active(*ticker_key)
    assert scripted.subscriptions[ticker_key] == 2
    await again.close()


async def _status(served, token: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{served.port}") as http:
        response = await http.get(
            "/api/v1/stream/status", headers={"Authorization": f"Bearer {token}"}
        )
    assert response.status_code == 200, response.text
    return response.json()


async def test_status_endpoint_needs_authentication(client):
    response = await client.get("/api/v1/stream/status")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_metrics_expose_the_hub(served, scripted, token):
    import httpx

    ws = await connect(served.url("/stream/trades/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{served.port}") as http:
        text = (await http.get("/metrics")).text
    for name in ("kalkan_stream_clients", "kalkan_stream_topics", "kalkan_stream_dropped_total"):
        assert name in text
    assert 'kalkan_stream_topics{role="leader"}' in text
    await ws.close()


async def _connect_many(url: str, count: int, batch: int = 100) -> list[ClientConnection]:
    clients: list[ClientConnection] = []
    for start in range(0, count, batch):
        clients += await asyncio.gather(
            *(connect(url, max_queue=None) for _ in range(min(batch, count - start)))
        )
    return clients


async def test_500_clients_all_receive_every_trade(served, scripted, token):
    served.hub.settings.max_sockets_per_user = 500  # one user's 500 sockets, on purpose
    clients = await _connect_many(served.url("/stream/trades/BTC-USDT", token), 500)
    await wait_for(lambda: len(served.hub.connections) == 500, within=30)
    await scripted.wait_active(*KEY)
    assert scripted.subscriptions[KEY] == 1
    for price in range(20):
        scripted.feed(*KEY, trade(100.0 + price))

    async def prices(ws: ClientConnection) -> list[float]:
        got: list[float] = []
        while len(got) < 20:
            message = json.loads(await asyncio.wait_for(ws.recv(), 20))
            if message["type"] == "trade":
                got.append(message["data"]["price"])
        return got

    results = await asyncio.gather(*(prices(ws) for ws in clients))
    expected = [100.0 + i for i in range(20)]
    assert all(result == expected for result in results)
    assert served.hub.stats()["dropped"] == 0
    await asyncio.gather(*(ws.close() for ws in clients))
    await wait_for(lambda: scripted.active[KEY] == 0, within=10)


async def _stalled_client(url: str) -> ClientConnection:
    """A client that stops reading: tiny receive buffer, and the library's queue holds one frame
    before it stops reading the socket, so the server's writes back up almost at once."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    port = int(url.split(":")[2].split("/")[0])
    sock.connect(("127.0.0.1", port))
    sock.setblocking(False)
    return await connect(url, sock=sock, max_queue=1)


async def _timed_run(scripted, fast: list[ClientConnection], total: int, tag: str) -> list[float]:
    """Feed ``total`` trades at about 1,000/s, then an end marker; every fast client must get
    all of them. Returns the delays from feeding the upstream to each client's receipt."""
    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    padding = "x" * 1000  # big frames fill a stalled socket sooner
    end = f"{tag}-end"

    async def reader(ws: ClientConnection) -> int:
        seen = 0
        while True:
            message = json.loads(await asyncio.wait_for(ws.recv(), 20))
            if message["type"] != "trade":
                continue
            if message["data"]["id"] == end:
                return seen
            latencies.append(time.perf_counter() - sent_at[message["data"]["id"]])
            seen += 1

    readers = [asyncio.create_task(reader(ws)) for ws in fast]
    for i in range(total):
        trade_id = f"{tag}{i}-{padding}"
        sent_at[trade_id] = time.perf_counter()
        scripted.feed(*KEY, trade(100.0 + i % 10, trade_id=trade_id))
        if i % 4 == 3:
            await asyncio.sleep(0.004)
    scripted.feed(*KEY, trade(100.0, trade_id=end))
    counts = await asyncio.gather(*readers)
    assert counts == [total] * len(fast)  # the fast clients lost nothing
    return latencies


async def test_a_client_that_never_reads_does_not_slow_the_others(served, scripted, token):
    settings = served.hub.settings
    url = served.url("/stream/trades/BTC-USDT", token)
    # Buffers are sized per subscription: the fast clients get room for any scheduling hiccup
    # of this shared test process, the slow one a small buffer it soon overflows.
    settings.trade_queue = 5000
    fast = [await connect(url, max_queue=None) for _ in range(5)]
    for ws in fast:  # once "subscribed" arrives, the subscription is in place
        assert (await recv(ws))["type"] == "subscribed"
    total = 1000
    alone = await _timed_run(scripted, fast, total, "a")

    settings.trade_queue = 100
    slow = await _stalled_client(url)
    await wait_for(lambda: len(served.hub.connections) == 6)
    await asyncio.sleep(0.05)
    beside_slow = await _timed_run(scripted, fast, total, "b")

    p99_alone = statistics.quantiles(alone, n=100)[98]
    p99_slow = statistics.quantiles(beside_slow, n=100)[98]
    assert p99_slow < max(3 * p99_alone, 0.1), (p99_alone, p99_slow)

    stalled = next(c for c in served.hub.connections if c.sent < total)
    outlet = next(iter(stalled.outlets.values()))
    assert outlet.dropped > 0
    # Once it reads again it is told how many trades it lost, then gets the newest ones.
    report, before = await recv_until(slow, lambda m: m["type"] == "status", within=10)
    assert all(m["type"] in ("subscribed", "trade") for m in before)
    assert report["data"]["state"] == "dropped" and report["data"]["dropped"] > 0
    received = len([m for m in before if m["type"] == "trade"])
    assert received + report["data"]["dropped"] <= total
    slow.transport.abort()  # a close handshake would queue behind its backlog
    for ws in fast:
        await ws.close()


async def test_a_stuck_client_is_disconnected_after_the_send_timeout(served, scripted, token):
    served.hub.settings.send_timeout = 0.5
    url = served.url("/stream/trades/BTC-USDT", token)
    slow = await _stalled_client(url)
    await scripted.wait_active(*KEY)
    (connection,) = served.hub.connections
    fed = 0
    deadline = time.monotonic() + 20
    while connection._sending_since is None:  # until a send is stuck on the full socket
        assert time.monotonic() < deadline, "the stalled client never backed up"
        if scripted.backlog(*KEY) < 50:  # at the hub's pace (on Redis it publishes each one)
            for _ in range(10):
                scripted.feed(*KEY, trade(100.0, trade_id=f"{fed}-{'x' * 1000}"))
                fed += 1
        await asyncio.sleep(0.001)
    await wait_for(lambda: not served.hub.connections, within=10)
    assert connection.close_code == 1008 and "too slow" in connection.close_reason
    slow.transport.abort()


@pytest.mark.parametrize("channel", ["price", "orderbook"])
async def test_slow_price_and_book_clients_get_the_latest_state(served, scripted, token, channel):
    from tests.modules.streaming.helpers import apply_book, book

    settings = served.hub.settings
    settings.book_queue = 5
    settings.report_interval = 0
    url = served.url(f"/stream/{channel}/BTC-USDT", token)
    slow = await _stalled_client(url)
    kind = "ticker" if channel == "price" else "orderbook"
    key = (kind, "binance", "BTC/USDT")
    await scripted.wait_active(*key)
    await wait_for(lambda: len(served.hub.connections) == 1)
    (connection,) = served.hub.connections
    (outlet,) = connection.outlets.values()
    levels = 150
    # Feed until the stalled socket has backed up and the outlet applied its policy (how much
    # fits in the socket buffers first depends on the kernel), then a little more.
    fed, extra = 0, None
    deadline = time.monotonic() + 20
    while extra is None or fed < extra:
        assert time.monotonic() < deadline, "the stalled client never backed up"
        if scripted.backlog(*key) < 20:  # at the hub's pace (on Redis it publishes each one)
            for _ in range(10):
                if channel == "price":
                    scripted.feed(*key, ticker(100.0 + fed))
                else:
                    bids = [(1000.0 - j - (fed % 3) / 10, 1.0 + fed) for j in range(levels)]
                    scripted.feed(*key, book(bids, [(1001.0, 1.0)]))
                fed += 1
        await asyncio.sleep(0.001)
        if extra is None and (outlet.conflated or outlet.dropped):
            extra = fed + 100
    await wait_for(lambda: scripted.backlog(*key) == 0)
    final = fed - 1
    await asyncio.sleep(0.2)
    state: dict = {}
    last = None
    statuses = []
    while True:
        try:
            message = await recv(slow, within=1.0)
        except TimeoutError:
            break
        if message["type"] == "status":
            statuses.append(message["data"]["state"])
        elif message["type"] == channel:
            last = message
            if channel == "orderbook":
                apply_book(state, message["data"])
    assert last is not None
    if channel == "price":
        assert last["data"]["last"] == 100.0 + final  # conflated to the latest
        assert "conflated" in statuses
    else:
        assert "resync" in statuses
        assert state["bids"] == {1000.0 - j - (final % 3) / 10: 1.0 + final for j in range(20)}
    slow.transport.abort()


async def test_graceful_shutdown_closes_clients_with_1001(served, scripted, token):
    from app.modules.streaming import on_shutdown

    clients = [await connect(served.url("/stream/price/BTC-USDT", token)) for _ in range(3)]
    for ws in clients:
        assert (await recv(ws))["type"] == "subscribed"
    await scripted.wait_active("ticker", "binance", "BTC/USDT")
    await on_shutdown(served.app)
    for ws in clients:
        code, reason = await closed_with(ws)
        assert code == 1001 and "shutting down" in reason
    assert scripted.active[("ticker", "binance", "BTC/USDT")] == 0
    # new connections are turned away the same way
    late = await connect(served.url("/stream/price/BTC-USDT", token))
    assert (await closed_with(late))[0] == 1001


async def test_direct_frame_writes_and_the_asgi_path_deliver_the_same(app, scripted, token):
    """Uncompressed connections get pre-built frames written directly; one that negotiated
    permessage-deflate goes through uvicorn's ASGI send. Both receive the same messages."""
    from tests.modules.streaming.conftest import serve

    async with serve(app, ws_per_message_deflate=True) as running:
        url = running.url("/stream/trades/BTC-USDT", token)
        plain = await connect(url)
        deflated = await connect(url, compression="deflate")
        for ws in (plain, deflated):
            assert (await recv(ws))["type"] == "subscribed"
        direct = {c._direct is not None for c in running.hub.connections}
        assert direct == {True, False}
        for i in range(50):
            scripted.feed(*KEY, trade(100.0 + i, trade_id=str(i)))
        for ws in (plain, deflated):
            got = []
            while len(got) < 50:
                message = await recv(ws)
                if message["type"] == "trade":
                    got.append((message["seq"], message["data"]["id"]))
            assert got == [(i + 1, str(i)) for i in range(50)]
            await ws.close()


async def test_a_client_that_keeps_up_is_written_through_its_lane(served, scripted, token):
    """An idle sender opens its outlet's lane: the topic writes each frame straight through it.
    A control reply closes the lane (the reply must not be overtaken) until the sender is idle
    again; the client sees everything in order either way."""
    ws = await connect(served.url("/stream/trades/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    await scripted.wait_active(*KEY)
    (connection,) = served.hub.connections
    (outlet,) = connection.outlets.values()
    await wait_for(lambda: outlet.lane is not None)
    asgi_sent = connection._sent_other

    def feed(start: int, count: int) -> None:
        for i in range(start, start + count):
            scripted.feed(*KEY, trade(100.0, trade_id=str(i)))

    feed(0, 20)
    await ws.send(json.dumps({"op": "ping", "id": 7}))
    feed(20, 20)
    got, pong = [], False
    while len(got) < 40 or not pong:
        message = await recv(ws)
        if message["type"] == "pong":
            assert message["data"]["id"] == 7
            pong = True
        elif message["type"] == "trade":
            got.append(message["data"]["id"])
    assert got == [str(i) for i in range(40)]
    await wait_for(lambda: outlet.lane is not None)  # idle again: the lane is back
    feed(40, 5)
    for i in range(40, 45):
        assert (await recv(ws))["data"]["id"] == str(i)
    # Only the pong (and trades that arrived while it was pending) went through the ASGI path.
    assert connection._direct is not None and connection._direct.sent >= 25
    assert connection.sent == connection._direct.sent + connection._sent_other > asgi_sent
    await ws.close()
