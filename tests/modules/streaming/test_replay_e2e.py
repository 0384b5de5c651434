"""End to end on real recorded Binance data: the replay source → hub → websocket → client.

The expected values are computed here straight from the raw recordings (a plain-dict book
rebuild, the recorded aggTrades, the recorded 1m klines), independently of the market-data layer.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from tests.modules.streaming.helpers import GatedSource, apply_book, connect, recv, recv_until


@pytest.fixture
def cryptofeed(shared_data: Path) -> Path:
    return shared_data / "orderbook_trades" / "cryptofeed"


@pytest.fixture
def settings_overrides(cryptofeed: Path) -> dict[str, object]:
    return {
        "market_data": "replay",
        "market_replay_paths": [
            cryptofeed / name
            for name in (
                "BINANCE.ws.1.0",
                "BINANCE.http.0.0",
                "BINANCE_FUTURES.ws.1.0",
                "BINANCE_FUTURES.http.0.0",
            )
        ],
        "market_replay_speed": 0,
    }


def _ws_messages(path: Path):
    for line in path.read_text().splitlines():
        ts, sep, payload = line.partition(": ")
        if sep and payload.startswith("{"):
            yield float(ts), json.loads(payload)


def reference_book(cryptofeed: Path, symbol: str, depth: int) -> dict[str, dict[float, float]]:
    """Binance's documented procedure on the raw files: REST snapshot, then the diffs after it."""
    for line in (cryptofeed / "BINANCE.http.0.0").read_text().splitlines():
        url, _, rest = line.partition(" -> ")
        if f"symbol={symbol}&" in url:
            snapshot = json.loads(rest.partition(": ")[2])
    book = {
        "bids": {float(p): float(q) for p, q in snapshot["bids"]},
        "asks": {float(p): float(q) for p, q in snapshot["asks"]},
    }
    for _, message in _ws_messages(cryptofeed / "BINANCE.ws.1.0"):
        if message.get("stream") != f"{symbol.lower()}@depth@100ms":
            continue
        data = message["data"]
        if data["u"] <= snapshot["lastUpdateId"]:
            continue
        for side, key in (("bids", "b"), ("asks", "a")):
            for price, qty in data[key]:
                if float(qty) == 0:
                    book[side].pop(float(price), None)
                else:
                    book[side][float(price)] = float(qty)
    bids = dict(sorted(book["bids"].items(), reverse=True)[:depth])
    asks = dict(sorted(book["asks"].items())[:depth])
    return {"bids": bids, "asks": asks}


async def test_replayed_binance_order_book_reaches_clients_exactly(served, token, cryptofeed):
    depth = served.hub.settings.book_depth
    # Paced (30x: the 30 s recording in 1 s) so the client sees the snapshot and every delta.
    served.app.state.market_data.speed = 30
    ws = await connect(served.url("/stream/orderbook/NKN-USDT", token))
    subscribed = await recv(ws)
    assert subscribed["source"] == "replay" and subscribed["exchange"] == "binance"
    state: dict = {}
    count = 0
    _, seen = await recv_until(ws, lambda m: m["data"].get("state") == "ended", within=30)
    for message in seen:
        if message["type"] == "orderbook":
            assert message["source"] == "replay" and message["symbol"] == "NKN/USDT"
            apply_book(state, message["data"])
            count += 1
    assert count > 10
    assert state == reference_book(cryptofeed, "NKNUSDT", depth)
    await ws.close()


def recorded_sushi(cryptofeed: Path) -> tuple[list[dict], dict[int, list[dict]]]:
    trades, klines = [], {}
    for _, message in _ws_messages(cryptofeed / "BINANCE_FUTURES.ws.1.0"):
        data = message.get("data", {})
        if message.get("stream") == "sushiusdt@aggTrade":
            trades.append(data)
        elif message.get("stream") == "sushiusdt@kline_1m":
            klines.setdefault(data["k"]["t"], []).append(data["k"])
    return trades, klines


async def test_replayed_binance_trades_and_klines_end_to_end(served, token, cryptofeed):
    served.app.state.market_data.speed = 30
    gate = asyncio.Event()
    # Hold the replay until both subscriptions are in place, so neither misses the start.
    served.app.state.market_data = GatedSource(served.app.state.market_data, gate)
    ws = await connect(served.url("/stream/trades/SUSHI-USDT:USDT", token, exchange="binanceusdm"))
    assert (await recv(ws))["type"] == "subscribed"
    await ws.send(
        json.dumps(
            {
                "op": "subscribe",
                "channel": "kline",
                "symbol": "SUSHI/USDT:USDT",
                "exchange": "binanceusdm",
                "timeframe": "1m",
            }
        )
    )
    assert (await recv(ws))["data"] == {"channel": "kline", "timeframe": "1m"}
    gate.set()
    seen = []
    while sum(m["data"].get("state") == "ended" for m in seen) < 2:  # trades, then klines
        seen.append(await recv(ws, within=30))
    trades = [m["data"] for m in seen if m["type"] == "trade"]
    klines = [m["data"] for m in seen if m["type"] == "kline"]
    assert served.app.state.market_data.subscriptions["trades"] == 1  # shared by both streams

    recorded_trades, recorded_klines = recorded_sushi(cryptofeed)
    assert len(trades) == len(recorded_trades) == 40
    for ours, raw in zip(trades, recorded_trades, strict=True):
        assert ours["id"] == str(raw["a"]) and ours["timestamp"] == raw["T"]
        assert ours["price"] == float(raw["p"]) and ours["amount"] == float(raw["q"])
        assert ours["side"] == ("sell" if raw["m"] else "buy")

    # The first minute began before the recording: our candle is partial, Binance's is not.
    first_minute, second_minute = sorted(recorded_klines)
    ours_first = [k for k in klines if k["timestamp"] == first_minute]
    assert ours_first[-1]["partial"] and ours_first[-1]["closed"]
    # The second minute's trades are all in the recording: wherever our candle and Binance's
    # kline stream saw the same trades (same cumulative volume), OHLC must agree exactly.
    ours_by_volume = {round(k["volume"], 8): k for k in klines if k["timestamp"] == second_minute}
    matched = 0
    for official in recorded_klines[second_minute]:
        ours = ours_by_volume.get(round(float(official["v"]), 8))
        if ours is None:
            continue
        matched += 1
        assert (ours["open"], ours["high"], ours["low"], ours["close"]) == tuple(
            float(official[f]) for f in ("o", "h", "l", "c")
        )
    assert matched >= 3
    await ws.close()
