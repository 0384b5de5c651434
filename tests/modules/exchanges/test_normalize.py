"""Venue messages → unified types, checked against the raw recorded messages."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from app.modules.exchanges.errors import ChecksumMismatch
from app.modules.exchanges.normalize import (
    event_from_dict,
    new_book,
    normalize,
    okx_checksum,
)
from app.modules.exchanges.replay import RecordedMessage, read_cryptofeed
from app.modules.exchanges.symbols import binance_symbol, okx_symbol, slash_symbol
from app.modules.exchanges.types import (
    BookDelta,
    Candle,
    OrderBookSnapshot,
    Source,
    Ticker,
    Trade,
)


def ws_lines(path: Path) -> list[tuple[float, dict]]:
    """Received websocket messages, parsed directly from the file (independent of our reader)."""
    out = []
    for line in path.read_text().splitlines():
        if line[:1].isdigit():
            ts, _, payload = line.partition(": ")
            out.append((float(ts), json.loads(payload)))
    return out


def test_symbols() -> None:
    assert binance_symbol("NKNUSDT") == "NKN/USDT"
    assert binance_symbol("LRCBTC") == "LRC/BTC"
    assert binance_symbol("OMGBUSD") == "OMG/BUSD"
    assert binance_symbol("SUSHIUSDT", linear=True) == "SUSHI/USDT:USDT"
    assert okx_symbol("BTC-USDT") == "BTC/USDT"
    assert okx_symbol("UNI-USD-SWAP") == "UNI/USD:UNI"
    assert okx_symbol("ETH-USDT-SWAP") == "ETH/USDT:USDT"
    assert okx_symbol("BTC-USD-220527") == "BTC/USD:BTC-220527"
    assert slash_symbol("XBT/EUR") == "BTC/EUR"
    with pytest.raises(ValueError):
        binance_symbol("???")


def test_binance_ws_messages(cryptofeed_dir: Path) -> None:
    path = cryptofeed_dir / "BINANCE.ws.1.0"
    raw = ws_lines(path)
    events = [ev for msg in read_cryptofeed(path) for ev in normalize(msg)]

    depth = [d["data"] for _, d in raw if d["stream"].endswith("@depth@100ms")]
    deltas = [e for e in events if isinstance(e, BookDelta)]
    assert len(deltas) == len(depth)
    first = depth[0]
    assert deltas[0].symbol == "NKN/USDT" and deltas[0].exchange == "binance"
    assert (deltas[0].first_seq, deltas[0].last_seq, deltas[0].prev_seq) == (
        first["U"],
        first["u"],
        None,
    )
    assert deltas[0].bids == [(float(p), float(q)) for p, q in first["b"]]
    assert deltas[0].timestamp == first["E"]

    agg = next(d["data"] for _, d in raw if d["stream"] == "nknusdt@aggTrade")
    trade = next(e for e in events if isinstance(e, Trade) and e.symbol == "NKN/USDT")
    assert (trade.price, trade.amount, trade.timestamp, trade.id) == (
        float(agg["p"]),
        float(agg["q"]),
        agg["T"],
        str(agg["a"]),
    )
    assert trade.side == ("sell" if agg["m"] else "buy")
    assert trade.source is Source.REPLAY

    ts, bt = next((ts, d["data"]) for ts, d in raw if d["stream"] == "nknusdt@bookTicker")
    ticker = next(e for e in events if isinstance(e, Ticker))
    assert (ticker.bid, ticker.bid_size, ticker.ask, ticker.ask_size) == (
        float(bt["b"]),
        float(bt["B"]),
        float(bt["a"]),
        float(bt["A"]),
    )
    assert ticker.timestamp == int(ts * 1000)  # spot book tickers carry no time: receive time

    kline = next(d["data"]["k"] for _, d in raw if d["stream"] == "nknusdt@kline_1m")
    candle = next(e for e in events if isinstance(e, Candle) and e.symbol == "NKN/USDT")
    assert (candle.timestamp, candle.open, candle.close, candle.volume, candle.closed) == (
        kline["t"],
        float(kline["o"]),
        float(kline["c"]),
        float(kline["v"]),
        kline["x"],
    )


def test_binance_rest_snapshot(cryptofeed_dir: Path) -> None:
    path = cryptofeed_dir / "BINANCE_FUTURES.http.0.0"
    line = path.read_text().splitlines()[0]
    raw = json.loads(line.partition(": ")[2])
    msg = next(read_cryptofeed(path))
    (snap,) = normalize(msg)
    assert isinstance(snap, OrderBookSnapshot)
    assert snap.exchange == "binanceusdm" and snap.symbol == "SUSHI/USDT:USDT"
    assert snap.sequence == raw["lastUpdateId"] and snap.timestamp == raw["T"]
    assert len(snap.bids) == len(raw["bids"]) and snap.best_bid == tuple(map(float, raw["bids"][0]))


def test_okx_book_reproduces_every_venue_checksum(cryptofeed_dir: Path) -> None:
    """OKX sends a CRC32 of its top 25 levels with each update: our book must match all."""
    books = {}
    verified = 0
    for msg in read_cryptofeed(cryptofeed_dir / "OKX.ws.1.0"):
        for ev in normalize(msg):
            if isinstance(ev, OrderBookSnapshot):
                books[ev.symbol] = new_book("okx", ev.symbol)
                books[ev.symbol].apply_snapshot(ev.bids, ev.asks, ev.sequence)
            elif isinstance(ev, BookDelta):
                assert ev.checksum is not None
                books[ev.symbol].apply_delta(ev)  # raises ChecksumMismatch on any difference
                verified += 1
    assert verified == 287  # 98 + 97 + 92 updates for the three instruments
    assert set(books) == {"BTC/USDT", "UNI/USD:UNI", "BTC/USD:BTC-220527"}


def test_okx_checksum_catches_a_wrong_book(cryptofeed_dir: Path) -> None:
    msgs = list(read_cryptofeed(cryptofeed_dir / "OKX.ws.1.0"))
    events = [ev for m in msgs for ev in normalize(m) if getattr(ev, "symbol", "") == "BTC/USDT"]
    snap = next(e for e in events if isinstance(e, OrderBookSnapshot))
    updates = [e for e in events if isinstance(e, BookDelta)]
    book = new_book("okx", "BTC/USDT")
    # Lose one unit of size at the best bid: the next update's checksum must fail.
    bids = [(snap.bids[0][0], snap.bids[0][1] + 1.0), *snap.bids[1:]]
    book.apply_snapshot(bids, snap.asks)
    with pytest.raises(ChecksumMismatch):
        book.apply_delta(updates[0])
    assert not book.synced


def test_okx_checksum_format() -> None:
    # Example layout from OKX's docs: bid and ask entries alternate, "price:size" each.
    book = new_book("okx", "BTC/USDT")
    book.apply_snapshot([(3366.1, 7.0), (3366.0, 6.0)], [(3366.8, 9.0), (3368.0, 8.0)])
    expected = zlib.crc32(b"3366.1:7:3366.8:9:3366:6:3368:8")
    assert okx_checksum(book) == (expected - 2**32 if expected >= 2**31 else expected)


def test_okx_trades_and_tickers(cryptofeed_dir: Path) -> None:
    path = cryptofeed_dir / "OKX.ws.1.0"
    raw = ws_lines(path)
    events = [ev for msg in read_cryptofeed(path) for ev in normalize(msg)]
    raw_trade = next(
        d["data"][0] for _, d in raw if d.get("arg", {}).get("channel") == "trades" and "data" in d
    )
    trade = next(e for e in events if isinstance(e, Trade))
    assert (trade.price, trade.amount, trade.side, trade.id, trade.timestamp) == (
        float(raw_trade["px"]),
        float(raw_trade["sz"]),
        raw_trade["side"],
        raw_trade["tradeId"],
        int(raw_trade["ts"]),
    )
    raw_spot = next(
        d["data"][0]
        for _, d in raw
        if d.get("arg") == {"channel": "tickers", "instId": "BTC-USDT"} and "data" in d
    )
    ticker = next(e for e in events if isinstance(e, Ticker) and e.symbol == "BTC/USDT")
    assert (ticker.bid, ticker.ask, ticker.last) == (
        float(raw_spot["bidPx"]),
        float(raw_spot["askPx"]),
        float(raw_spot["last"]),
    )
    assert ticker.quote_volume == float(raw_spot["volCcy24h"])


def test_bybit_book_stays_consistent(cryptofeed_dir: Path) -> None:
    books = {}
    steps = 0
    for msg in read_cryptofeed(cryptofeed_dir / "BYBIT.ws.25.0"):
        for ev in normalize(msg):
            if isinstance(ev, OrderBookSnapshot):
                books[ev.symbol] = new_book("bybit", ev.symbol)
                books[ev.symbol].apply_snapshot(ev.bids, ev.asks, ev.sequence)
            elif isinstance(ev, BookDelta):
                book = books[ev.symbol]
                book.apply_delta(ev)
                assert not book.is_crossed()
                # orderBookL2_25: the venue keeps 25 levels a side, deletes included
                assert book.bid_count <= 25 and book.ask_count <= 25
                steps += 1
    assert steps == 3252
    assert len(books) == 8 and all(b.stale == 0 for b in books.values())


def test_bybit_trade(cryptofeed_dir: Path) -> None:
    path = cryptofeed_dir / "BYBIT.ws.25.0"
    raw = next(d for _, d in ws_lines(path) if d.get("topic", "").startswith("trade."))
    trade = next(ev for m in read_cryptofeed(path) for ev in normalize(m) if isinstance(ev, Trade))
    want = raw["data"][0]
    assert trade.symbol == "BCH/USDT:USDT"
    assert (trade.price, trade.amount, trade.side, trade.timestamp) == (
        float(want["price"]),
        want["size"],
        want["side"].lower(),
        int(want["trade_time_ms"]),
    )


def test_acks_and_unknown_venues_yield_nothing() -> None:
    ack = RecordedMessage(1.0, "okx", "ws", None, {"event": "subscribe", "arg": {}})
    assert normalize(ack) == []
    assert normalize(RecordedMessage(1.0, "kucoin", "ws", None, {"type": "message"})) == []
    assert normalize(RecordedMessage(1.0, "binance", "ws", None, "pong")) == []


def test_unified_event_round_trip_is_relabelled() -> None:
    trade = Trade("binance", "BTC/USDT", Source.LIVE, 1_700_000_000_000, 100.0, 0.5, "buy", "7")
    again = event_from_dict("trades", trade.to_dict(), Source.REPLAY)
    assert again == Trade(
        "binance", "BTC/USDT", Source.REPLAY, 1_700_000_000_000, 100.0, 0.5, "buy", "7"
    )
    snap = OrderBookSnapshot("okx", "BTC/USDT", Source.LIVE, 5, ((2.0, 1.0),), ((3.0, 1.0),), 9)
    assert event_from_dict("orderbook", snap.to_dict(), Source.REPLAY).bids == ((2.0, 1.0),)
