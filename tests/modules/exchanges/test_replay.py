"""Recording formats, paced replay, the recorder round trip and the replay source."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest

from app.modules.exchanges.errors import SymbolNotFound, UnknownExchange
from app.modules.exchanges.normalize import normalize
from app.modules.exchanges.replay import (
    CONNECT,
    REST,
    SENT,
    WS,
    RecordedMessage,
    Recorder,
    merge_recordings,
    paced,
    parse_cryptofeed_line,
    read_cryptofeed,
    read_jsonl,
)
from app.modules.exchanges.replay_source import ReplaySource
from app.modules.exchanges.types import BookDelta, OrderBookSnapshot, Source, Ticker, Trade


def raw_received(path: Path) -> list[tuple[float, dict]]:
    out = []
    for line in path.read_text().splitlines():
        if line[:1].isdigit():
            ts, _, payload = line.partition(": ")
            out.append((float(ts), json.loads(payload)))
    return out


class FakeClock:
    """Virtual time: ``sleep`` advances the clock instead of waiting, and logs the delay."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_cryptofeed_line_kinds(cryptofeed_dir: Path) -> None:
    lines = (cryptofeed_dir / "OKX.ws.1.0").read_text().splitlines()
    connect = parse_cryptofeed_line(lines[0], "okx")
    assert connect.channel == CONNECT and connect.url == "wss://ws.okx.com:8443/ws/v5/public"
    assert connect.ts == 1652459224.5300605
    sent = parse_cryptofeed_line(lines[1], "okx")
    assert sent.channel == SENT and sent.raw["op"] == "subscribe"
    received = parse_cryptofeed_line(lines[4], "okx")
    assert received.channel == WS and received.url is None
    assert received.raw == json.loads(lines[4].partition(": ")[2])

    rest_line = (cryptofeed_dir / "BINANCE.http.0.0").read_text().splitlines()[0]
    rest = parse_cryptofeed_line(rest_line, "binance")
    assert rest.channel == REST
    assert rest.url == "https://api.binance.com/api/v3/depth?symbol=NKNUSDT&limit=1000"
    assert rest.ts == 1633998512.320639 and rest.raw["lastUpdateId"] == 499869752


def test_read_skips_control_lines_unless_asked(cryptofeed_dir: Path) -> None:
    path = cryptofeed_dir / "OKX.ws.1.0"
    assert len(list(read_cryptofeed(path))) == len(raw_received(path)) == 410
    assert len(list(read_cryptofeed(path, include_control=True))) == 414


def test_merged_recordings_are_in_time_order_with_recorded_timestamps(
    cryptofeed_dir: Path,
) -> None:
    ws, http = cryptofeed_dir / "BINANCE.ws.1.0", cryptofeed_dir / "BINANCE.http.0.0"
    msgs = merge_recordings([ws, http])
    assert len(msgs) == len(raw_received(ws)) + 4 == 269  # 4 REST snapshots
    stamps = [m.ts for m in msgs]
    assert stamps == sorted(stamps)
    assert [m.ts for m in msgs if m.channel == WS] == [ts for ts, _ in raw_received(ws)]
    # The NKNUSDT snapshot arrives between the first and second NKN depth diffs.
    rest_idx = next(i for i, m in enumerate(msgs) if m.channel == REST)
    assert msgs[rest_idx - 1].raw["data"]["U"] == 499869750


async def test_replay_yields_messages_in_order_with_timestamps(cryptofeed_dir: Path) -> None:
    path = cryptofeed_dir / "OKX.ws.1.0"
    raw_trades = [
        t
        for _, d in raw_received(path)
        if d.get("arg", {}).get("instId") == "BTC-USDT"
        and d["arg"]["channel"] == "trades"
        and "data" in d
        for t in d["data"]
    ]
    source = ReplaySource([path], speed=0)
    got = [t async for t in source.watch_trades("okx", "BTC/USDT")]
    assert [t.id for t in got] == [t["tradeId"] for t in raw_trades]
    assert [t.timestamp for t in got] == [int(t["ts"]) for t in raw_trades]
    assert all(t.source is Source.REPLAY and t.exchange == "okx" for t in got)


async def test_paced_replay_respects_recorded_gaps_at_any_speed(cryptofeed_dir: Path) -> None:
    msgs = list(read_cryptofeed(cryptofeed_dir / "BINANCE.ws.1.0"))[:30]
    gaps = [b.ts - a.ts for a, b in itertools.pairwise(msgs)]
    for speed in (1.0, 10.0):
        fake = FakeClock()
        out = [m async for m in paced(msgs, speed, clock=fake.clock, sleep=fake.sleep)]
        assert out == msgs
        # Total virtual time equals the recorded span / speed; no sleep is ever negative.
        assert fake.now - 1000.0 == pytest.approx((msgs[-1].ts - msgs[0].ts) / speed)
        assert all(s > 0 for s in fake.sleeps)
        assert len(fake.sleeps) == sum(1 for g in gaps if g > 0)


async def test_accelerated_replay_in_real_time(cryptofeed_dir: Path) -> None:
    source = ReplaySource([cryptofeed_dir / "BINANCE.ws.1.0"], speed=0)
    events = [ev async for ev in source.stream("binance", "NKN/USDT", (BookDelta,))]
    span = (events[9].timestamp - events[0].timestamp) / 1000  # first 10 diffs: ~1 s recorded
    speed = span / 0.25
    fast = ReplaySource([cryptofeed_dir / "BINANCE.ws.1.0"], speed=speed)
    start = time.perf_counter()
    n = 0
    async for _ in fast.stream("binance", "NKN/USDT", (BookDelta,)):
        n += 1
        if n == 10:
            break
    elapsed = time.perf_counter() - start
    assert 0.2 <= elapsed < 0.6, elapsed


async def test_recorder_round_trip(tmp_path: Path, cryptofeed_dir: Path) -> None:
    msgs = merge_recordings(
        [cryptofeed_dir / "BINANCE.ws.1.0", cryptofeed_dir / "BINANCE.http.0.0"]
    )
    events = [(m.ts, ev) for m in msgs for ev in normalize(m, Source.LIVE)]
    unified = tmp_path / "unified.jsonl"
    with Recorder(unified, append=False) as rec:
        for ts, ev in events:
            rec.record_event(ev, ts=ts)
    assert rec.count == len(events)

    back = [(m.ts, ev) for m in read_jsonl(unified) for ev in normalize(m)]
    assert [ts for ts, _ in back] == [ts for ts, _ in events]
    for (_, original), (_, replayed) in zip(events, back, strict=True):
        assert replayed.source is Source.REPLAY  # replayed data says it is a replay
        assert type(replayed) is type(original)
        assert replayed.to_dict() | {"source": "live"} == original.to_dict()

    # Venue-native payloads recorded as-is replay through the venue normaliser.
    native = tmp_path / "native.jsonl"
    with Recorder(native, append=False) as rec:
        for m in msgs:
            rec.record(m.exchange, m.channel, None, m.raw, ts=m.ts, url=m.url)
    from_native = ReplaySource([native], speed=0)
    from_unified = ReplaySource([unified], speed=0)
    from_cryptofeed = ReplaySource(
        [cryptofeed_dir / "BINANCE.ws.1.0", cryptofeed_dir / "BINANCE.http.0.0"], speed=0
    )
    books = [
        [b async for b in src.watch_order_book("binance", "NKN/USDT", 10)]
        for src in (from_cryptofeed, from_native, from_unified)
    ]
    assert len(books[0]) == 150  # the snapshot, then 149 applied diffs
    assert books[0] == books[1] == books[2]


async def test_recorder_tee_records_a_live_style_stream(tmp_path: Path) -> None:
    trades = [
        Trade("kraken", "BTC/USD", Source.LIVE, 1_000 + i, 100.0 + i, 1.0, "buy", str(i))
        for i in range(5)
    ]

    async def stream():
        for t in trades:
            yield t

    path = tmp_path / "live.jsonl"
    with Recorder(path) as rec:
        passed = [t async for t in rec.tee(stream())]
    assert passed == trades
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [line["channel"] for line in lines] == ["trades"] * 5
    assert {"ts", "exchange", "channel", "symbol", "raw"} <= set(lines[0])
    replayed = [t async for t in ReplaySource([path], speed=0).watch_trades("kraken", "BTC/USD")]
    assert [(t.price, t.id) for t in replayed] == [(t.price, t.id) for t in trades]


async def test_replay_source_end_state(cryptofeed_dir: Path) -> None:
    files = [cryptofeed_dir / "BINANCE.ws.1.0", cryptofeed_dir / "BINANCE.http.0.0"]
    source = ReplaySource(files, speed=0)
    assert source.exchanges == ["binance"]
    assert "NKN/USDT" in source.symbols("binance")

    book = await source.fetch_order_book("binance", "NKN/USDT", 5)
    assert book.sequence == 499870179 and book.source is Source.REPLAY
    assert len(book.bids) == 5 and book.bids[0][0] < book.asks[0][0]

    last_bt = [d["data"] for _, d in raw_received(files[0]) if d["stream"] == "nknusdt@bookTicker"][
        -1
    ]
    ticker = await source.fetch_ticker("binance", "NKN/USDT")
    assert isinstance(ticker, Ticker) and ticker.bid == float(last_bt["b"])

    candles = await source.fetch_ohlcv("binance", "NKN/USDT", "1m")
    assert len(candles) == 1 and candles[0].close == 0.3528 and not candles[0].closed
    trades = await source.fetch_trades("binance", "NKN/USDT")
    assert [t.price for t in trades] == [0.3528]

    with pytest.raises(UnknownExchange):
        await source.fetch_ticker("okx", "BTC/USDT")
    with pytest.raises(SymbolNotFound):
        await source.fetch_ticker("binance", "DOGE/USDT")


async def test_replay_detects_a_gap_in_a_recording(tmp_path: Path, cryptofeed_dir: Path) -> None:
    msgs = merge_recordings(
        [cryptofeed_dir / "BINANCE.ws.1.0", cryptofeed_dir / "BINANCE.http.0.0"]
    )
    events = [
        (m.ts, ev)
        for m in msgs
        for ev in normalize(m)
        if isinstance(ev, (OrderBookSnapshot, BookDelta)) and ev.symbol == "NKN/USDT"
    ]
    dropped = next(i for i, (_, ev) in enumerate(events) if isinstance(ev, OrderBookSnapshot)) + 30
    path = tmp_path / "gap.jsonl"
    with Recorder(path) as rec:
        for i, (ts, ev) in enumerate(events):
            if i != dropped:
                rec.record_event(ev, ts=ts)
    source = ReplaySource([path], speed=0)
    books = [b async for b in source.watch_order_book("binance", "NKN/USDT")]
    assert source.gaps == 1
    assert len(books) == 30  # snapshot + 29 diffs; nothing after the gap until a new snapshot


def test_recorded_message_json_shape() -> None:
    msg = RecordedMessage(1.5, "okx", "ws", None, {"a": 1})
    assert json.loads(msg.to_json()) == {
        "ts": 1.5,
        "exchange": "okx",
        "channel": "ws",
        "symbol": None,
        "raw": {"a": 1},
    }
