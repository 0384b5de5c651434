"""LiveSource on real ccxt clients: shared clients, retries, health, websocket resync.

REST tests give ccxt recorded responses through ``RecordedHttp`` or point it at a closed local
port; the websocket tests run ccxt.pro ``binance`` against ``BinanceReplayServer`` on loopback,
which replays the recorded Binance spot NKN/USDT snapshot and diff stream.
"""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.core.retry import RetryPolicy
from app.modules.exchanges.errors import (
    ExchangeUnavailable,
    SymbolNotFound,
    UnknownExchange,
)
from app.modules.exchanges.live_source import LiveSource
from app.modules.exchanges.replay import RecordedHttp, Recorder
from app.modules.exchanges.replay_source import ReplaySource
from app.modules.exchanges.resilience import HealthState, HealthTracker
from app.modules.exchanges.source_protocol import MarketDataSource
from app.modules.exchanges.types import OrderBookSnapshot, Source
from tests.modules.exchanges.binance_replay_server import BinanceReplayServer
from tests.modules.exchanges.helpers import ccxt_market

REPO = Path(__file__).resolve().parents[3]


class SleepLog:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def binance_with_markets(config: dict[str, Any] | None = None) -> Any:
    import ccxt.pro

    # Rate limiting stays on, at a test-sized 5 ms per weight unit (Binance's is 50 ms).
    settings = {"enableRateLimit": True, "rateLimit": 5, "timeout": 2_000, **(config or {})}
    client = ccxt.pro.binance(settings)
    client.set_markets([ccxt_market("BTC/USDT", "BTCUSDT"), ccxt_market("NKN/USDT", "NKNUSDT")])
    return client


def test_ccxt_is_imported_lazily() -> None:
    code = (
        "import sys; import app.modules.exchanges.live_source as s; "
        "s.LiveSource(); assert 'ccxt' not in sys.modules, 'ccxt imported eagerly'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=30)


async def test_shared_client_and_unified_results(gocryptotrader_dir: Path) -> None:
    created: list[Any] = []
    recorded = RecordedHttp.from_gocryptotrader(gocryptotrader_dir, exchange="binance")

    def factory(exchange: str) -> Any:
        client = recorded.install(binance_with_markets())
        client.options["fetchTradesMethod"] = "publicGetTrades"  # the recorded endpoint
        created.append(client)
        return client

    source = LiveSource(["binance", "okx"], client_factory=factory)
    assert isinstance(source, MarketDataSource)
    try:
        book, candles = await asyncio.gather(
            source.fetch_order_book("binance", "BTC/USDT", 1000),
            source.fetch_ohlcv("binance", "BTC/USDT", "5m", limit=24),
        )
        trades = await source.fetch_trades("BINANCE", "BTC/USDT", limit=1000)
    finally:
        await source.close()
    assert len(created) == 1  # one shared client, markets loaded once, despite concurrency
    expected = json.loads((gocryptotrader_dir / "binance_api_v3_depth__0.json").read_text())
    assert isinstance(book, OrderBookSnapshot) and book.source is Source.LIVE
    assert book.exchange == "binance" and book.sequence == expected["data"]["lastUpdateId"]
    assert book.best_bid == (
        float(expected["data"]["bids"][0][0]),
        float(expected["data"]["bids"][0][1]),
    )
    assert len(candles) == 24 and all(c.closed for c in candles)  # candles from 2020: closed
    assert candles[0].open == 6733.55 and candles[0].timeframe == "5m"
    raw_trades = json.loads((gocryptotrader_dir / "binance_api_v3_trades__1.json").read_text())
    assert [(t.id, t.price, t.side) for t in trades] == [
        (str(t["id"]), float(t["price"]), "sell" if t["isBuyerMaker"] else "buy")
        for t in raw_trades["data"]
    ]
    assert source.health()["binance"].state is HealthState.UP
    assert source.health()["okx"].state is HealthState.UNKNOWN
    with pytest.raises(ExchangeUnavailable):
        await source.fetch_ticker("binance", "BTC/USDT")  # closed


async def test_retries_with_backoff_then_succeeds(gocryptotrader_dir: Path) -> None:
    import ccxt

    recorded = RecordedHttp.from_gocryptotrader(gocryptotrader_dir, exchange="binance")
    failures = [ccxt.RequestTimeout("binance GET timed out"), ccxt.DDoSProtection("429")]

    def factory(exchange: str) -> Any:
        client = binance_with_markets()

        async def flaky_fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None):
            if failures:
                raise failures.pop(0)
            return recorded.lookup(url, method)

        client.fetch = flaky_fetch
        return client

    sleep = SleepLog()
    source = LiveSource(
        ["binance"],
        client_factory=factory,
        retry=RetryPolicy(max_retries=3, base_delay=0.5, jitter=0.0),
        sleep=sleep,
    )
    try:
        book = await source.fetch_order_book("binance", "BTC/USDT", 1000)
    finally:
        await source.close()
    assert book.sequence == 8223158780
    assert sleep.delays == [0.5, 1.0]  # exponential backoff between the three attempts
    health = source.health()["binance"]
    assert health.state is HealthState.UP and health.consecutive_failures == 0
    assert "429" in (health.last_error or "")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens here once the socket is closed


async def test_unreachable_exchange_is_503_naming_it_and_fails_fast() -> None:
    port = closed_port()
    calls = 0

    def factory(exchange: str) -> Any:
        client = binance_with_markets(
            {"urls": {"api": {"public": f"http://127.0.0.1:{port}/api/v3"}}}
        )
        real_fetch = client.fetch

        async def counting_fetch(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            return await real_fetch(*args, **kwargs)  # real aiohttp → connection refused

        client.fetch = counting_fetch
        return client

    health = HealthTracker(down_after=3, cooldown=60.0)
    source = LiveSource(
        ["binance"],
        client_factory=factory,
        retry=RetryPolicy(max_retries=2, base_delay=0.01),
        health=health,
    )
    try:
        with pytest.raises(ExchangeUnavailable) as info:
            await source.fetch_ticker("binance", "BTC/USDT")
        assert calls == 3
        assert info.value.exchange == "binance" and info.value.status == 503
        assert "binance" in str(info.value) and "ExchangeNotAvailable" in str(info.value)
        assert source.health()["binance"].state is HealthState.DOWN

        with pytest.raises(ExchangeUnavailable) as again:
            await source.fetch_ticker("binance", "BTC/USDT")
        assert calls == 3  # failed fast: no request while the exchange is marked down
        assert again.value.retry_after is not None and again.value.retry_after > 0
    finally:
        await source.close()


async def test_unknown_exchange_and_symbol() -> None:
    source = LiveSource(["binance"], client_factory=lambda ex: binance_with_markets())
    try:
        with pytest.raises(UnknownExchange):
            await source.fetch_ticker("okx", "BTC/USDT")  # not enabled here
        with pytest.raises(SymbolNotFound) as info:
            await source.fetch_ticker("binance", "NOPE/USDT")
        assert info.value.status == 404
    finally:
        await source.close()
    with pytest.raises(UnknownExchange):
        await LiveSource(["notanexchange"]).client("notanexchange")


# --- websocket: ccxt.pro against the loopback replay server -----------------------------------


def load_binance_recording(cryptofeed_dir: Path) -> tuple[dict, list[dict], dict[int, tuple]]:
    http = (cryptofeed_dir / "BINANCE.http.0.0").read_text().splitlines()[0]
    snapshot = json.loads(http.partition(": ")[2])
    diffs, tickers = [], {}
    for line in (cryptofeed_dir / "BINANCE.ws.1.0").read_text().splitlines():
        if line[:1].isdigit():
            msg = json.loads(line.partition(": ")[2])
            if msg["stream"] == "nknusdt@depth@100ms":
                diffs.append(msg["data"])
            elif msg["stream"] == "nknusdt@bookTicker":
                d = msg["data"]
                tickers[d["u"]] = (float(d["b"]), float(d["B"]), float(d["a"]), float(d["A"]))
    return snapshot, diffs, tickers


def live_source_for(port: int, recorder: Recorder | None = None) -> LiveSource:
    def factory(exchange: str) -> Any:
        # ccxt's binance tells spot from futures by "/stream" in the websocket URL.
        return binance_with_markets(
            {
                "urls": {
                    "api": {
                        "ws": {"spot": f"ws://127.0.0.1:{port}/stream/ws"},
                        "public": f"http://127.0.0.1:{port}/api/v3",
                    }
                }
            }
        )

    return LiveSource(
        ["binance"],
        client_factory=factory,
        stream_retry=RetryPolicy(max_retries=30, base_delay=0.05, max_delay=0.2),
        recorder=recorder,
    )


def check_book(book: OrderBookSnapshot, tickers: dict[int, tuple]) -> bool:
    """Well-formed, and equal to the venue's recorded book ticker when one exists at its id."""
    bids, asks = [p for p, _ in book.bids], [p for p, _ in book.asks]
    assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
    assert bids[0] < asks[0]
    venue = tickers.get(book.sequence)
    if venue is None:
        return False
    assert (*book.bids[0], *book.asks[0]) == venue
    return True


async def test_watch_order_book_survives_server_kill_and_resyncs(cryptofeed_dir: Path) -> None:
    snapshot, diffs, tickers = load_binance_recording(cryptofeed_dir)
    final_id = diffs[-1]["u"]
    first = await BinanceReplayServer(snapshot, diffs).start()
    servers = [first]
    source = live_source_for(first.port)
    matched = 0
    killed_at: int | None = None
    seen_after_kill: list[int] = []

    async def restart_later(position: int) -> None:
        await asyncio.sleep(0.3)  # the client meets a refused connection meanwhile
        servers.append(
            await BinanceReplayServer(snapshot, diffs, start=position, port=first.port).start()
        )

    try:
        stream = source.watch_order_book("binance", "NKN/USDT", 10)
        async with asyncio.timeout(10):
            async for book in stream:
                matched += check_book(book, tickers)
                if killed_at is None and book.sequence >= diffs[60]["u"]:
                    await first.stop()  # kill mid-stream
                    killed_at = first.position
                    restart = asyncio.create_task(restart_later(killed_at))
                elif killed_at is not None:
                    seen_after_kill.append(book.sequence)
                if book.sequence == final_id:
                    break
            await stream.aclose()
            await restart
        assert killed_at is not None and killed_at < len(diffs) - 50  # really mid-stream
        second = servers[-1]
        assert second is not first and second.rest_requests >= 1  # resynced from a new snapshot
        assert seen_after_kill and seen_after_kill[0] >= diffs[killed_at - 1]["u"]
        assert seen_after_kill[-1] == final_id
        # ccxt hands out the latest book when the consumer asks, so some states are skipped.
        assert matched >= 5  # top of book equals the venue's own book ticker at those ids
        exchange_book = second.depth_snapshot()
        assert book.bids == tuple((float(p), float(q)) for p, q in exchange_book["bids"][:10])
        assert book.asks == tuple((float(p), float(q)) for p, q in exchange_book["asks"][:10])
        health = source.health()["binance"]
        assert health.reconnects >= 1 and health.state is HealthState.UP
        assert health.last_error is not None  # the outage was recorded
    finally:
        await source.close()
        for server in servers:
            await server.stop()


async def test_watch_order_book_detects_dropped_diff_and_rebuilds(
    cryptofeed_dir: Path, tmp_path: Path
) -> None:
    snapshot, diffs, tickers = load_binance_recording(cryptofeed_dir)
    server = await BinanceReplayServer(snapshot, diffs, drop=frozenset({40})).start()
    recorder = Recorder(tmp_path / "live.jsonl")
    source = live_source_for(server.port, recorder)
    sequences: list[int] = []
    books: list[OrderBookSnapshot] = []
    try:
        stream = source.watch_order_book("binance", "NKN/USDT", 20)
        async with asyncio.timeout(10):
            async for book in stream:
                check_book(book, tickers)
                books.append(book)
                sequences.append(book.sequence)
                if book.sequence == diffs[-1]["u"]:
                    break
            await stream.aclose()
    finally:
        await source.close()
        await server.stop()
    lost = diffs[40]["u"]
    assert lost not in sequences  # never yielded a book that skipped the lost diff
    assert server.subscriptions == 2 and server.rest_requests == 2  # resubscribed, new snapshot
    assert source.health()["binance"].reconnects == 1
    assert sequences[-1] == diffs[-1]["u"]

    # The recorder captured the live stream; replaying it gives the same books, labelled replay.
    recorder.close()
    replay = ReplaySource([tmp_path / "live.jsonl"], speed=0)
    replayed = [b async for b in replay.watch_order_book("binance", "NKN/USDT", 20)]
    assert [b.to_dict() | {"source": "live"} for b in replayed] == [b.to_dict() for b in books]
    assert all(b.source is Source.REPLAY for b in replayed)
