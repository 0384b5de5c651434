"""ccxt's own request building and parsers, run for real on recorded REST responses.

Only the HTTP transport is replaced (``RecordedHttp.install`` swaps ``Exchange.fetch``); ccxt
signs the request, rate-limits, and parses. Every expectation below is read from the raw
gocryptotrader file, not from our code.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from app.modules.exchanges.normalize import order_book_from_ccxt, trade_from_ccxt
from app.modules.exchanges.replay import RecordedHttp, RecordedResponseMissing
from app.modules.exchanges.types import Source
from tests.modules.exchanges.helpers import ccxt_market


def raw(directory: Path, name: str) -> Any:
    return json.loads((directory / name).read_text())["data"]


@pytest.fixture
async def binance(gocryptotrader_dir: Path):
    import ccxt.async_support as ccxt

    client = ccxt.binance({"enableRateLimit": True})
    client.set_markets(
        [
            ccxt_market("BTC/USDT", "BTCUSDT"),
            ccxt_market("ETH/BTC", "ETHBTC"),
            ccxt_market("BTC/USDT:USDT", "BTCUSDT", kind="swap"),
        ]
    )
    recorded = RecordedHttp.from_gocryptotrader(gocryptotrader_dir, exchange="binance")
    recorded.install(client)
    yield client, recorded
    await client.close()


async def test_binance_spot_order_book(binance, gocryptotrader_dir: Path) -> None:
    client, recorded = binance
    expected = raw(gocryptotrader_dir, "binance_api_v3_depth__0.json")

    ob = await client.fetch_order_book("BTC/USDT", 1000)

    assert recorded.requests[-1].endswith("/api/v3/depth?symbol=BTCUSDT&limit=1000")
    assert ob["nonce"] == expected["lastUpdateId"]
    raw_bids = sorted(((float(p), float(q)) for p, q in expected["bids"]), reverse=True)
    raw_asks = sorted((float(p), float(q)) for p, q in expected["asks"])
    assert [tuple(b) for b in ob["bids"]] == raw_bids
    assert [tuple(a) for a in ob["asks"]] == raw_asks
    assert len(ob["bids"]) == len(expected["bids"]) == 28
    assert ob["bids"][0][0] == max(float(p) for p, _ in expected["bids"])
    assert ob["asks"][0][0] == min(float(p) for p, _ in expected["asks"])
    assert ob["bids"][0][0] < ob["asks"][0][0]

    unified = order_book_from_ccxt("binance", ob, depth=5)
    assert unified.source is Source.LIVE and unified.exchange == "binance"
    assert unified.symbol == "BTC/USDT" and unified.sequence == expected["lastUpdateId"]
    assert list(unified.bids) == raw_bids[:5]


async def test_binance_futures_order_book(binance, gocryptotrader_dir: Path) -> None:
    client, _ = binance
    expected = raw(gocryptotrader_dir, "binance_fapi_v1_depth__2.json")

    ob = await client.fetch_order_book("BTC/USDT:USDT", 1000)

    assert ob["nonce"] == expected["lastUpdateId"]
    assert ob["timestamp"] == expected["T"]
    assert ob["asks"][0] == [float(expected["asks"][0][0]), float(expected["asks"][0][1])]
    assert ob["bids"][-1] == [float(expected["bids"][-1][0]), float(expected["bids"][-1][1])]


async def test_binance_trades_endpoint(binance, gocryptotrader_dir: Path) -> None:
    client, _ = binance
    expected = raw(gocryptotrader_dir, "binance_api_v3_trades__1.json")

    trades = await client.fetch_trades(
        "BTC/USDT", limit=1000, params={"fetchTradesMethod": "publicGetTrades"}
    )

    assert len(trades) == len(expected) == 6
    for got, want in zip(trades, expected, strict=True):
        assert got["id"] == str(want["id"])
        assert got["timestamp"] == want["time"]
        assert got["price"] == float(want["price"])
        assert got["amount"] == float(want["qty"])
        assert got["cost"] == pytest.approx(float(want["quoteQty"]))
        # Binance reports whether the buyer was the maker; the taker then sold.
        assert got["side"] == ("sell" if want["isBuyerMaker"] else "buy")
        unified = trade_from_ccxt("binance", got)
        assert (unified.price, unified.amount, unified.side) == (
            got["price"],
            got["amount"],
            got["side"],
        )


async def test_binance_agg_trades(binance, gocryptotrader_dir: Path) -> None:
    client, _ = binance
    expected = raw(gocryptotrader_dir, "binance_api_v3_aggTrades__10.json")

    trades = await client.fetch_trades("BTC/USDT", limit=1000, params={"fromId": 202790190})

    assert len(trades) == len(expected) == 1000
    timestamps = [t["timestamp"] for t in trades]
    assert timestamps == sorted(timestamps)
    assert trades[0]["id"] == str(expected[0]["a"]) == "202790190"
    assert trades[0]["price"] == float(expected[0]["p"])
    assert trades[-1]["price"] == float(expected[-1]["p"])
    assert trades[-1]["timestamp"] == expected[-1]["T"]
    assert sum(t["amount"] for t in trades) == pytest.approx(sum(float(t["q"]) for t in expected))


async def test_binance_ohlcv(binance, gocryptotrader_dir: Path) -> None:
    client, _ = binance
    expected = raw(gocryptotrader_dir, "binance_api_v3_klines__0.json")

    candles = await client.fetch_ohlcv("BTC/USDT", "5m", limit=24)

    assert candles == [[k[0], *(float(x) for x in k[1:6])] for k in expected]
    assert len(candles) == 24
    assert all(b[0] - a[0] == 300_000 for a, b in itertools.pairwise(candles))


async def test_binance_ohlcv_with_since_and_until(binance, gocryptotrader_dir: Path) -> None:
    client, _ = binance
    expected = raw(gocryptotrader_dir, "binance_api_v3_klines__3.json")

    candles = await client.fetch_ohlcv(
        "BTC/USDT", "1d", since=1546300800000, limit=1000, params={"until": 1577836799000}
    )

    assert len(candles) == len(expected) == 365
    assert candles[0] == [expected[0][0], *(float(x) for x in expected[0][1:6])]
    assert candles[-1][4] == float(expected[-1][4])  # last close of 2019


async def test_binance_futures_ohlcv(binance, gocryptotrader_dir: Path) -> None:
    client, _ = binance
    expected = raw(gocryptotrader_dir, "binance_fapi_v1_klines__3.json")

    candles = await client.fetch_ohlcv(
        "BTC/USDT:USDT", "1d", since=1672531200000, limit=1000, params={"until": 1673136000000}
    )

    assert candles == [[k[0], *(float(x) for x in k[1:6])] for k in expected]


async def test_unrecorded_request_is_an_error(binance) -> None:
    client, _ = binance
    with pytest.raises(RecordedResponseMissing):
        await client.fetch_order_book("ETH/BTC", 5)


async def test_bitstamp_full_book_and_trades(gocryptotrader_dir: Path) -> None:
    import ccxt.async_support as ccxt

    client = ccxt.bitstamp()
    client.set_markets([ccxt_market("BTC/USD", "btcusd")])
    RecordedHttp.from_gocryptotrader(gocryptotrader_dir, exchange="bitstamp").install(client)
    try:
        book_raw = raw(gocryptotrader_dir, "bitstamp_api_v2_order_book_btcusd__0.json")
        # This 2019 response predates Bitstamp's "microtimestamp", which today's ccxt requires in
        # fetch_order_book; ccxt's book parser itself still runs on it.
        with pytest.raises(ccxt.ExchangeError, match="microtimestamp"):
            await client.fetch_order_book("BTC/USD")
        ts = int(book_raw["timestamp"]) * 1000
        ob = client.parse_order_book(book_raw, "BTC/USD", ts)
        assert (len(ob["bids"]), len(ob["asks"])) == (4961, 4875)
        assert ob["bids"][0] == [float(book_raw["bids"][0][0]), float(book_raw["bids"][0][1])]
        assert ob["asks"][0] == [float(book_raw["asks"][0][0]), float(book_raw["asks"][0][1])]
        assert ob["timestamp"] == int(book_raw["timestamp"]) * 1000
        prices = [b[0] for b in ob["bids"]]
        assert prices == sorted(prices, reverse=True)

        trades_raw = raw(gocryptotrader_dir, "bitstamp_api_v2_transactions_btcusd__0.json")
        trades = await client.fetch_trades("BTC/USD")  # ccxt asks for time=hour, as recorded
        assert len(trades) == len(trades_raw) == 383
        # Bitstamp lists newest first; ccxt returns oldest first.
        oldest, newest = trades_raw[-1], trades_raw[0]
        assert trades[0]["id"] == oldest["tid"] and trades[-1]["id"] == newest["tid"]
        assert trades[-1]["price"] == float(newest["price"])
        assert trades[-1]["timestamp"] == int(newest["date"]) * 1000
        # Bitstamp "type": 0 = buy, 1 = sell.
        assert [t["side"] for t in reversed(trades)] == [
            "buy" if t["type"] == "0" else "sell" for t in trades_raw
        ]
    finally:
        await client.close()


async def test_gemini_book(gocryptotrader_dir: Path) -> None:
    import ccxt.async_support as ccxt

    client = ccxt.gemini()
    client.set_markets([ccxt_market("BTC/USD", "btcusd")])
    RecordedHttp.from_gocryptotrader(gocryptotrader_dir, exchange="gemini").install(client)
    try:
        book_raw = raw(gocryptotrader_dir, "gemini_v1_book_btcusd__0.json")
        ob = await client.fetch_order_book("BTC/USD")
        assert len(ob["bids"]) == len(book_raw["bids"]) == 50
        assert ob["bids"][0] == [
            float(book_raw["bids"][0]["price"]),
            float(book_raw["bids"][0]["amount"]),
        ]
        assert ob["asks"][-1][0] == float(book_raw["asks"][-1]["price"])
    finally:
        await client.close()
