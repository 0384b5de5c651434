"""Liquidation and hedging through the execution path, on real recorded books (Bitstamp's
BTC/USD L2 book from ../shared/data, served as the venue's BTC/USDT spot and perpetual books),
and the detections and triggers that use them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.modules.exchanges.public import OrderBookSnapshot, Ticker, Trade
from app.modules.exchanges.types import Source
from tests.conftest import assert_problem
from tests.modules.emergency.conftest import BTC_1H, csv_between, rows_between, wait_until

ETH_1H = "ohlcv/binance_spot/Binance_ETHUSDT_1h.csv"
ORDER = "/api/v1/execute/order"
POSITIONS = "/api/v1/portfolio/positions"
STOP = {"type": "fixed_pct", "value": 0.03}


class BookSource:
    """Recorded books as the market-data source (what the paper broker fills against)."""

    source = Source.REPLAY

    def __init__(self, books: list[OrderBookSnapshot]) -> None:
        self.books = {(b.exchange, b.symbol): b for b in books}

    @property
    def exchanges(self) -> list[str]:
        return ["binance"]

    def health(self) -> dict:
        return {}

    def market_count(self, exchange: str) -> int | None:
        return None

    async def close(self) -> None:
        return None

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        from app.modules.exchanges.errors import SymbolNotFound

        book = self.books.get((exchange, symbol))
        if book is None:
            raise SymbolNotFound(exchange, symbol)
        return book

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        book = await self.fetch_order_book(exchange, symbol)
        bid, ask = book.bids[0][0], book.asks[0][0]
        return Ticker(
            exchange, symbol, self.source, book.timestamp, bid=bid, ask=ask, last=(bid + ask) / 2
        )

    async def fetch_trades(self, *args: object, **kwargs: object) -> list[Trade]:
        return []


def _books(shared_data: Path) -> list[OrderBookSnapshot]:
    path = shared_data / "orderbook_trades/gocryptotrader/bitstamp_api_v2_order_book_btcusd__0.json"
    raw = json.loads(path.read_text())["data"]
    bids = tuple((float(p), float(q)) for p, q in raw["bids"][:200])
    asks = tuple((float(p), float(q)) for p, q in raw["asks"][:200])
    ts = int(raw["timestamp"]) * 1000
    eth_bids = tuple((p / 20, q * 20) for p, q in bids)
    eth_asks = tuple((p / 20, q * 20) for p, q in asks)
    return [
        OrderBookSnapshot("binance", "BTC/USDT", Source.REPLAY, ts, bids, asks),
        OrderBookSnapshot("binance", "BTC/USDT:USDT", Source.REPLAY, ts, bids, asks),
        OrderBookSnapshot("binance", "ETH/USDT", Source.REPLAY, ts, eth_bids, eth_asks),
    ]


def _mid(book: OrderBookSnapshot) -> float:
    return (book.bids[0][0] + book.asks[0][0]) / 2


@pytest.fixture
def emergency_env() -> dict[str, str]:
    return {
        "APP_EMERGENCY_FEED": "candles",
        "APP_EMERGENCY_BOOK_POLL_SECONDS": "0",
        "APP_EXECUTION_SWEEP_SECONDS": "0",
    }


@pytest.fixture(autouse=True)
def _fresh_execution_settings() -> Iterator[None]:
    from app.modules.execution.config import get_execution_settings

    get_execution_settings.cache_clear()
    yield
    get_execution_settings.cache_clear()


@pytest.fixture
def books(app, shared_data) -> dict[str, OrderBookSnapshot]:
    found = _books(shared_data)
    app.state.market_data = BookSource(found)
    return {b.symbol: b for b in found}


async def _buy(client, headers, symbol: str, quantity: float) -> dict:
    body = {"symbol": symbol, "exchange": "binance", "side": "BUY", "quantity": quantity}
    response = await client.post(ORDER, json=body | {"stop_loss": STOP}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


async def _positions(client, headers) -> dict[str, dict]:
    items = (await client.get(POSITIONS, headers=headers)).json()["items"]
    return {p["symbol"]: p for p in items}


async def test_liquidate_with_no_positions_does_nothing(client, alice, books) -> None:
    response = await client.post("/api/v1/emergency/liquidate", json={}, headers=alice)
    assert response.status_code == 200, response.text
    assert response.json() | {"orders": []} == {
        "account": "paper",
        "orders": [],
        "closed": [],
        "not_held": [],
        "nothing_to_do": True,
    }


async def test_halt_then_liquidate_named_then_all(client, alice, bob, books) -> None:
    await _buy(client, alice, "BTC/USDT", 0.1)
    await _buy(client, alice, "ETH/USDT", 1.0)
    await _buy(client, bob, "BTC/USDT", 0.05)
    trigger = await client.post(
        "/api/v1/emergency/trigger", json={"reason": "drill"}, headers=alice
    )
    assert trigger.json()["engaged"] is True
    refused = await client.post(
        ORDER,
        json={"symbol": "BTC/USDT", "side": "BUY", "quantity": 0.01, "stop_loss": STOP},
        headers=alice,
    )
    assert assert_problem(refused, 423)["halt_id"] == trigger.json()["halt"]["id"]

    named = await client.post(
        "/api/v1/emergency/liquidate",
        json={"symbols": ["ETH/USDT", "SOL/USDT"]},
        headers=alice,
    )
    assert named.status_code == 200, named.text
    body = named.json()
    assert body["closed"] == ["ETH/USDT"] and body["not_held"] == ["SOL/USDT"]
    [order] = body["orders"]
    assert order["origin"] == "liquidation" and order["side"] == "SELL"
    assert order["filled_quantity"] == pytest.approx(1.0)
    assert set(await _positions(client, alice)) == {"BTC/USDT"}

    rest = (await client.post("/api/v1/emergency/liquidate", json={}, headers=alice)).json()
    assert rest["closed"] == ["BTC/USDT"] and await _positions(client, alice) == {}
    # Bob's position is his own: untouched.
    assert (await _positions(client, bob))["BTC/USDT"]["quantity"] == pytest.approx(0.05)


async def test_per_asset_hedge_shorts_the_perpetual_against_spot(client, alice, books) -> None:
    await _buy(client, alice, "BTC/USDT", 0.1)
    halted = await client.post(
        "/api/v1/emergency/trigger", json={"reason": "before hedging"}, headers=alice
    )
    assert halted.status_code == 200
    too_much = await client.post("/api/v1/emergency/hedge", json={"leverage": 4}, headers=alice)
    assert assert_problem(too_much, 422)
    response = await client.post("/api/v1/emergency/hedge", json={}, headers=alice)
    assert response.status_code == 200, response.text
    result = response.json()
    mark = _mid(books["BTC/USDT"])
    assert result["net_exposure_before"] == pytest.approx(0.1 * mark)
    [leg] = result["legs"]
    assert leg["symbol"] == "BTC/USDT:USDT" and leg["side"] == "SELL"
    assert leg["notional"] == pytest.approx(0.1 * mark)
    [order] = result["orders"]
    assert order["origin"] == "hedge" and order["status"] == "filled"
    positions = await _positions(client, alice)
    perp = positions["BTC/USDT:USDT"]
    assert perp["quantity"] < 0 and perp["stop_loss"] > perp["average_price"]  # its own stop
    assert perp["stop_loss"] == pytest.approx(perp["average_price"] * 1.05)  # settings' 5 %
    net = sum(p["quantity"] for p in positions.values()) * mark
    assert abs(net) < 1e-3 * 0.1 * mark  # the spread is all that is left
    again = (await client.post("/api/v1/emergency/hedge", json={}, headers=alice)).json()
    assert again["nothing_to_do"] and again["orders"] == []


async def test_beta_hedge_for_an_alt_uses_the_stored_candles(
    client, admin, alice, books, shared_data
) -> None:
    for name, symbol in ((BTC_1H, "BTC/USDT"), (ETH_1H, "ETH/USDT")):
        imported = await client.post(
            "/api/v1/candles/import",
            files={"file": ("c.csv", csv_between(shared_data / name, "2021-01-01", "2021-02-01"))},
            data={"exchange": "binance", "symbol": symbol, "timeframe": "1h", "dataset": "shared"},
            headers=admin,
        )
        assert imported.status_code == 200, imported.text
    await _buy(client, alice, "ETH/USDT", 2.0)
    body = {"method": "beta", "beta_timeframe": "1h", "beta_lookback": 500, "ratio": 0.5}
    response = await client.post("/api/v1/emergency/hedge", json=body, headers=alice)
    assert response.status_code == 200, response.text
    [leg] = response.json()["legs"]
    # Independent reference: the OLS slope of ETH's hourly log returns on BTC's (numpy).
    btc = {
        r[0]: float(r[6]) for r in rows_between(shared_data / BTC_1H, "2021-01-01", "2021-02-01")
    }
    eth = [
        (r[0], float(r[6])) for r in rows_between(shared_data / ETH_1H, "2021-01-01", "2021-02-01")
    ]
    pairs = [(c, btc[t]) for t, c in eth if t in btc][-501:]
    r_eth = np.diff(np.log([p[0] for p in pairs]))
    r_btc = np.diff(np.log([p[1] for p in pairs]))
    beta = np.polyfit(r_btc, r_eth, 1)[0]
    assert leg["beta"] == pytest.approx(beta, rel=1e-9) and leg["beta_source"] == "candles"
    exposure = 2.0 * _mid(books["ETH/USDT"])
    assert leg["symbol"] == "BTC/USDT:USDT" and leg["side"] == "SELL"
    assert leg["notional"] == pytest.approx(0.5 * beta * exposure, rel=1e-9)
    assert leg["covers"] == ["ETH/USDT"]


async def test_trigger_halt_hedge_and_a_second_trigger_is_idempotent(client, alice, books) -> None:
    await _buy(client, alice, "BTC/USDT", 0.1)
    first = await client.post(
        "/api/v1/emergency/trigger",
        json={"reason": "hedge me", "action": "halt_hedge"},
        headers=alice,
    )
    assert first.status_code == 200, first.text
    assert first.json()["engaged"] and first.json()["halt"]["action"] == "hedge"
    assert len(first.json()["hedge"]["orders"]) == 1
    second = await client.post(
        "/api/v1/emergency/trigger",
        json={"reason": "again", "action": "halt_close"},
        headers=alice,
    )
    assert second.json()["engaged"] is False and second.json()["liquidation"] is None
    assert second.json()["halt"]["id"] == first.json()["halt"]["id"]
    assert set(await _positions(client, alice)) == {"BTC/USDT", "BTC/USDT:USDT"}
    system = await client.post(
        "/api/v1/emergency/trigger",
        json={"reason": "x", "scope": "system", "action": "halt_close"},
        headers=alice,
    )
    assert assert_problem(system, 422)


async def test_a_detection_with_halt_close_flattens_the_user(
    app, client, admin, alice, bob, books, shared_data
) -> None:
    await _buy(client, alice, "BTC/USDT", 0.1)
    await _buy(client, bob, "BTC/USDT", 0.05)
    content = csv_between(shared_data / BTC_1H, "2020-02-20", "2020-03-13")
    imported = await client.post(
        "/api/v1/candles/import",
        files={"file": ("btc.csv", content)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "dataset": "shared"},
        headers=admin,
    )
    assert imported.status_code == 200
    watch = {"symbol": "BTC/USDT", "timeframe": "1h", "action": "halt_close"}
    assert (
        await client.post("/api/v1/emergency/watches", json=watch, headers=alice)
    ).status_code == 201
    monitor = app.state.emergency_monitor
    await wait_until(lambda: all(t.state == "ended" for t in monitor.markets.values()))
    await monitor.idle()
    assert await _positions(client, alice) == {}
    alerts = (await client.get("/api/v1/emergency/alerts", headers=alice)).json()["items"]
    # Detections of one user act one at a time: the first closes, the later ones find nothing.
    closed = sorted(a["outcome"]["protect"]["closed"] for a in alerts)
    assert closed == [[]] * (len(alerts) - 1) + [["BTC/USDT"]]
    refused = await client.post(
        ORDER,
        json={"symbol": "BTC/USDT", "side": "BUY", "quantity": 0.01, "stop_loss": STOP},
        headers=alice,
    )
    assert_problem(refused, 423)
    assert (await _positions(client, bob))["BTC/USDT"]["quantity"] == pytest.approx(0.05)
