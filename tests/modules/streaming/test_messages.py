"""Message shapes, control messages, order books, klines and upstream status, over websockets."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime

import pytest

from app.modules.exchanges.errors import ExchangeUnavailable, SymbolNotFound
from tests.modules.streaming.helpers import (
    END,
    apply_book,
    book,
    closed_with,
    connect,
    recv,
    recv_until,
    ticker,
    trade,
    wait_for,
)

ENVELOPE_KEYS = {"type", "exchange", "symbol", "source", "ts", "seq", "data"}


def is_type(kind: str):
    return lambda message: message["type"] == kind


async def test_price_messages_have_the_documented_shape(served, scripted, token):
    ws = await connect(served.url("/stream/price/btc-usdt", token))
    subscribed = await recv(ws)
    assert set(subscribed) == ENVELOPE_KEYS
    assert subscribed["type"] == "subscribed"
    assert (subscribed["exchange"], subscribed["symbol"]) == ("binance", "BTC/USDT")
    await scripted.wait_active("ticker", "binance", "BTC/USDT")
    scripted.feed("ticker", "binance", "BTC/USDT", ticker(100.0, ts=1_700_000_000_123))
    first, before = await recv_until(ws, is_type("price"))
    assert [m["type"] for m in before] == ["status"] and before[0]["data"]["state"] == "live"
    assert set(first) == ENVELOPE_KEYS
    assert first["exchange"] == "binance" and first["symbol"] == "BTC/USDT"
    assert first["source"] == "synthetic"
    assert first["ts"] == "2023-11-14T22:13:20.123Z"
    assert datetime.fromisoformat(first["ts"].replace("Z", "+00:00"))
    data = first["data"]
    assert (data["bid"], data["ask"], data["last"], data["mid"]) == (99.5, 100.5, 100.0, 100.0)
    scripted.feed("ticker", "binance", "BTC/USDT", ticker(101.0, ts=1_700_000_001_000))
    second = await recv(ws)
    assert second["seq"] == first["seq"] + 1 and second["data"]["last"] == 101.0
    await ws.close()


async def test_exchange_query_and_unknown_exchange_or_symbol(served, scripted, token):
    ws = await connect(served.url("/stream/trades/ETH-USDT", token, exchange="OKX"))
    subscribed = await recv(ws)
    assert (subscribed["exchange"], subscribed["symbol"]) == ("okx", "ETH/USDT")
    await ws.close()

    ws = await connect(served.url("/stream/trades/ETH-USDT", token, exchange="nope"))
    error = await recv(ws)
    assert error["type"] == "error" and error["data"]["status"] == 404
    assert "binance" in error["data"]["detail"]
    assert (await closed_with(ws))[0] == 1008

    ws = await connect(served.url("/stream/trades/BTCUSDT!!", token))
    error = await recv(ws)
    assert error["type"] == "error" and error["data"]["status"] == 400
    assert (await closed_with(ws))[0] == 1008

    ws = await connect(served.url("/stream/kline/BTC-USDT", token, timeframe="7q"))
    error = await recv(ws)
    assert error["type"] == "error" and "timeframe" in error["data"]["detail"]


async def test_subscribe_and_unsubscribe_on_one_connection(served, scripted, token):
    ws = await connect(served.url("/stream/price/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    await ws.send(
        json.dumps(
            {
                "op": "subscribe",
                "channel": "trades",
                "symbol": "ETH/USDT",
                "exchange": "okx",
                "id": 7,
            }
        )
    )
    reply = await recv(ws)
    assert reply["type"] == "subscribed"
    assert (reply["exchange"], reply["symbol"]) == ("okx", "ETH/USDT")
    assert reply["data"] == {"channel": "trades", "id": 7}
    await scripted.wait_active("trades", "okx", "ETH/USDT")
    await scripted.wait_active("ticker", "binance", "BTC/USDT")

    scripted.feed("trades", "okx", "ETH/USDT", trade(2000.0, exchange="okx", symbol="ETH/USDT"))
    scripted.feed("ticker", "binance", "BTC/USDT", ticker(100.0))
    got = {}
    while len(got) < 2:
        message = await recv(ws)
        if message["type"] in ("trade", "price"):
            got[message["type"]] = message
    assert got["trade"]["data"]["price"] == 2000.0 and got["trade"]["exchange"] == "okx"
    assert got["price"]["data"]["last"] == 100.0

    await ws.send(
        json.dumps(
            {"op": "unsubscribe", "channel": "trade", "symbol": "ETH-USDT", "exchange": "okx"}
        )
    )
    reply, _ = await recv_until(ws, is_type("unsubscribed"))
    assert reply["symbol"] == "ETH/USDT" and reply["data"]["channel"] == "trades"
    await wait_for(lambda: scripted.active[("trades", "okx", "ETH/USDT")] == 0)
    scripted.feed("ticker", "binance", "BTC/USDT", ticker(102.0))
    message, _ = await recv_until(ws, is_type("price"))
    assert message["data"]["last"] == 102.0
    await ws.close()


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("not json", 400),
        (json.dumps({"op": "dance"}), 400),
        (json.dumps({"op": "subscribe", "channel": "trades"}), 400),
        (json.dumps({"op": "subscribe", "channel": "price", "symbol": "BTC/USDT"}), 409),
        (json.dumps({"op": "unsubscribe", "channel": "trades", "symbol": "BTC/USDT"}), 404),
        (json.dumps({"op": "subscribe", "channel": "x", "symbol": "BTC/USDT"}), 400),
        # An oversized message is refused by uvicorn's parser with 1009 (test_auth.py); the
        # app's own length check behind it is tested in test_units.py.
    ],
)
async def test_bad_control_messages_get_errors_and_keep_the_connection(
    served, scripted, token, message, status
):
    ws = await connect(served.url("/stream/price/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    await ws.send(message)
    error, _ = await recv_until(ws, is_type("error"))
    assert error["data"]["status"] == status
    await ws.send(json.dumps({"op": "ping", "id": "p1"}))
    pong, _ = await recv_until(ws, is_type("pong"))
    assert pong["data"] == {"id": "p1"}
    await ws.close()


async def test_subscription_limit(served, scripted, token):
    served.hub.settings.max_subscriptions = 2
    ws = await connect(served.url("/stream", token))
    for symbol, status in (("A/USDT", None), ("B/USDT", None), ("C/USDT", 429)):
        await ws.send(json.dumps({"op": "subscribe", "channel": "trades", "symbol": symbol}))
        reply = await recv(ws)
        assert reply["type"] == ("error" if status else "subscribed")
        if status:
            assert reply["data"]["status"] == status
    await ws.close()


async def test_order_book_snapshot_then_deltas_rebuild_the_book(served, scripted, token):
    served.hub.settings.book_depth = 3
    ws = await connect(served.url("/stream/orderbook/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    await scripted.wait_active("orderbook", "binance", "BTC/USDT")
    books = [
        book([(99, 1), (98, 2), (97, 3), (96, 4)], [(101, 1), (102, 2), (103, 3)]),
        book([(99, 1), (98, 5), (97, 3)], [(101, 1), (102, 2), (103, 3)]),  # one change
        book([(99, 1), (98, 5), (97, 3)], [(101, 1), (102, 2), (103, 3), (104, 9)]),  # none
        book([(100, 2), (99, 1), (98, 5), (97, 3)], [(102, 2), (103, 3), (104, 9)]),
    ]
    for item in books:
        scripted.feed("orderbook", "binance", "BTC/USDT", item)
    state: dict = {}
    messages = []
    while len(messages) < 3:
        message = await recv(ws)
        if message["type"] == "orderbook":
            messages.append(message)
            apply_book(state, message["data"])
    snapshot, delta, last = messages
    assert snapshot["data"]["kind"] == "snapshot"
    assert snapshot["data"]["bids"] == [[99, 1], [98, 2], [97, 3]]  # top 3 only
    assert delta["data"] == {**delta["data"], "kind": "delta", "prev_seq": snapshot["seq"]}
    assert delta["data"]["bids"] == [[98, 5]] and delta["data"]["asks"] == []
    # the unchanged top 3 produced no message: the next delta follows on directly
    assert last["seq"] == delta["seq"] + 1
    assert sorted(last["data"]["bids"]) == [[97, 0], [100, 2]]  # 97 fell out of the top 3
    assert state["bids"] == {100: 2, 99: 1, 98: 5}
    assert state["asks"] == {102: 2, 103: 3, 104: 9}

    # A late joiner starts from a snapshot of the current book.
    late = await connect(served.url("/stream/orderbook/BTC-USDT", token))
    assert (await recv(late))["type"] == "subscribed"
    current = await recv(late)
    assert current["data"]["kind"] == "snapshot" and current["seq"] == last["seq"]
    assert current["data"]["bids"] == [[100, 2], [99, 1], [98, 5]]
    await ws.close()
    await late.close()


async def test_klines_are_aggregated_from_the_shared_trade_stream(served, scripted, token):
    ws = await connect(served.url("/stream/kline/BTC-USDT", token, timeframe="1m"))
    subscribed = await recv(ws)
    assert subscribed["data"] == {"channel": "kline", "timeframe": "1m"}
    await scripted.wait_active("trades", "binance", "BTC/USDT")
    minute = 1_700_000_040_000  # a minute boundary
    trades = [
        trade(100, 1, minute + 1_000),
        trade(105, 2, minute + 20_000),
        trade(95, 1, minute + 30_000),
        trade(101, 3, minute + 59_999),
        trade(102, 1, minute + 60_000),  # next minute: closes the first candle
    ]
    for item in trades:
        scripted.feed("trades", "binance", "BTC/USDT", item)
    # Updates of one candle may be conflated, but a closed candle never is.
    klines = {}
    while minute + 60_000 not in klines:
        message = await recv(ws)
        if message["type"] == "kline":
            klines[message["data"]["timestamp"]] = message["data"]
    closed = klines[minute]
    assert closed["closed"] and closed["partial"] and closed["timestamp"] == minute
    assert (closed["open"], closed["high"], closed["low"], closed["close"]) == (100, 105, 95, 101)
    assert closed["volume"] == 7 and closed["trades"] == 4
    assert closed["quote_volume"] == pytest.approx(100 + 210 + 95 + 303)
    forming = klines[minute + 60_000]
    assert forming["timestamp"] == minute + 60_000 and not forming["closed"]
    assert not forming["partial"] and forming["open"] == forming["close"] == 102
    # The kline topic reads the trades topic: a trades client shares the same upstream.
    trades_ws = await connect(served.url("/stream/trades/BTC-USDT", token))
    assert (await recv(trades_ws))["type"] == "subscribed"
    assert scripted.subscriptions[("trades", "binance", "BTC/USDT")] == 1
    await ws.close()
    await trades_ws.close()


async def test_upstream_loss_is_reported_and_clients_stay_connected(served, scripted, token):
    served.hub.settings.retry_base = 0.05
    served.hub.settings.reconnect_check = 0.01
    ws = await connect(served.url("/stream/trades/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    key = ("trades", "binance", "BTC/USDT")
    await scripted.wait_active(*key)
    scripted.feed(*key, trade(100))
    await recv_until(ws, is_type("trade"))
    scripted.feed(*key, ExchangeUnavailable("binance", "connection reset"))
    status, _ = await recv_until(ws, lambda m: m["type"] == "status")
    assert status["data"]["state"] == "reconnecting"
    assert "connection reset" in status["data"]["detail"] and status["data"]["retry_in"] > 0
    await wait_for(lambda: scripted.subscriptions[key] == 2 and scripted.active[key] == 1)
    scripted.feed(*key, trade(101))
    live, _ = await recv_until(ws, is_type("status"))
    assert live["data"]["state"] == "live"
    again = await recv(ws)
    assert again["type"] == "trade" and again["data"]["price"] == 101

    # The source's own reconnects (ccxt.pro resubscribing) are reported too.
    scripted.reconnects["binance"] += 1
    await asyncio.sleep(0.05)
    scripted.feed(*key, trade(102))
    status, _ = await recv_until(ws, lambda m: m["data"].get("state") == "reconnected")
    assert status["data"]["reconnects"] == 1
    await ws.close()


async def test_order_book_is_resent_in_full_after_a_source_resync(served, scripted, token):
    served.hub.settings.reconnect_check = 0.01
    ws = await connect(served.url("/stream/orderbook/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    key = ("orderbook", "binance", "BTC/USDT")
    await scripted.wait_active(*key)
    scripted.feed(*key, book([(99, 1)], [(101, 1)]))
    first, _ = await recv_until(ws, is_type("orderbook"))
    assert first["data"]["kind"] == "snapshot"
    await asyncio.sleep(0.05)
    scripted.reconnects["binance"] += 1  # e.g. a sequence gap: ccxt refetched the snapshot
    scripted.feed(*key, book([(99, 2)], [(101, 1)]))
    resent, before = await recv_until(ws, is_type("orderbook"))
    assert any(m["data"].get("state") == "reconnected" for m in before)
    assert resent["data"]["kind"] == "snapshot" and resent["data"]["bids"] == [[99, 2]]
    await ws.close()


async def test_unknown_symbol_ends_the_subscription_only(served, scripted, token):
    ws = await connect(served.url("/stream/price/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    await ws.send(json.dumps({"op": "subscribe", "channel": "trades", "symbol": "NOPE/USDT"}))
    assert (await recv(ws))["type"] == "subscribed"
    await scripted.wait_active("trades", "binance", "NOPE/USDT")
    scripted.feed("trades", "binance", "NOPE/USDT", SymbolNotFound("binance", "NOPE/USDT"))
    error, _ = await recv_until(ws, is_type("error"))
    assert error["symbol"] == "NOPE/USDT" and error["data"]["status"] == 404
    unsubscribed = await recv(ws)
    assert unsubscribed["type"] == "unsubscribed" and unsubscribed["symbol"] == "NOPE/USDT"
    # the other subscription still works
    await scripted.wait_active("ticker", "binance", "BTC/USDT")
    scripted.feed("ticker", "binance", "BTC/USDT", ticker(100.0))
    message, _ = await recv_until(ws, is_type("price"))
    assert message["data"]["last"] == 100.0
    await ws.close()


async def test_replay_end_is_reported(served, scripted, token):
    ws = await connect(served.url("/stream/trades/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    await scripted.wait_active("trades", "binance", "BTC/USDT")
    scripted.feed("trades", "binance", "BTC/USDT", END)
    status, _ = await recv_until(ws, lambda m: m["data"].get("state") == "ended")
    assert status["type"] == "status"
    await ws.close()


async def test_heartbeat_and_idle_timeout(served, scripted, token):
    served.hub.settings.ping_interval = 0.2
    served.hub.settings.idle_timeout = 0.6
    ws = await connect(served.url("/stream/price/BTC-USDT", token))
    assert (await recv(ws))["type"] == "subscribed"
    ping, _ = await recv_until(ws, is_type("ping"))
    assert ping["data"] == {}
    await ws.send(json.dumps({"op": "pong"}))
    await ws.close()

    idle = await connect(served.url("/stream", token))
    code, reason = await closed_with(idle)
    assert code == 1000 and "idle" in reason


async def test_client_timeout_when_configured(served, scripted, token):
    served.hub.settings.client_timeout = 0.4
    ws = await connect(served.url("/stream/price/BTC-USDT", token))
    code, reason = await closed_with(ws)
    assert code == 1000 and "client timeout" in reason
