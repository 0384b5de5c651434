"""Resting limit orders fill from the tape and from crossing books (queue position from the
displayed size ahead); stops and take-profits of open positions execute through the same path."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.modules.exchanges.public import OrderBookSnapshot, Trade
from app.modules.exchanges.types import Source
from tests.modules.execution.conftest import ScriptedSource, bitstamp_raw

ORDER = "/api/v1/execute/order"


def tape(price: float, amount: float, side: str, n: int) -> Trade:
    return Trade(
        "bitstamp", "BTC/USD", Source.REPLAY, 1560482001000 + n, price, amount, side, str(n)
    )


async def test_limit_buy_waits_for_the_queue_ahead_then_fills_from_the_tape(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, app: object, shared_data: Path
) -> None:
    from app.modules.execution.service import sweep

    bids = bitstamp_raw(shared_data)["bids"]
    price, shown = float(bids[1][0]), float(bids[1][1])  # second bid level: 8196.66 x 1.9072
    body = {
        "symbol": "BTC/USD",
        "exchange": "bitstamp",
        "side": "BUY",
        "type": "limit",
        "price": price,
        "quantity": 0.5,
        "stop_loss": 8100.0,
    }
    order = (await client.post(ORDER, json=body, headers=alice)).json()
    assert order["status"] == "open" and order["fills"] == []
    state = app.state  # type: ignore[attr-defined]
    await sweep(state)  # first look at the tape: nothing traded yet
    market.push_trade(tape(price, 1.0, "sell", 1))  # eats the queue ahead only
    market.push_trade(tape(price + 1, 3.0, "sell", 2))  # above our bid: not ours
    market.push_trade(tape(price, 2.0, "buy", 3))  # a buyer lifting asks: not ours
    await sweep(state)
    mid = (await client.get(f"/api/v1/execute/orders/{order['id']}", headers=alice)).json()
    assert mid["filled_quantity"] == 0
    market.push_trade(tape(price, 1.2, "sell", 4))  # 0.9072 ahead, then 0.2928 to us
    await sweep(state)
    mid = (await client.get(f"/api/v1/execute/orders/{order['id']}", headers=alice)).json()
    assert mid["status"] == "partially_filled"
    assert mid["filled_quantity"] == pytest.approx(1.2 - (shown - 1.0))
    market.push_trade(tape(price - 5, 4.0, "sell", 5))  # trades through our price
    await sweep(state)
    done = (await client.get(f"/api/v1/execute/orders/{order['id']}", headers=alice)).json()
    assert done["status"] == "filled"
    assert done["average_price"] == pytest.approx(price)
    assert [f["liquidity"] for f in done["fills"]] == ["maker", "maker"]
    assert done["fees"] == pytest.approx(price * 0.5 * 0.003)  # Bitstamp maker 0.30 %
    await sweep(state)  # nothing more
    again = (await client.get(f"/api/v1/execute/orders/{order['id']}", headers=alice)).json()
    assert again["filled_quantity"] == pytest.approx(0.5)


async def test_limit_sell_fills_when_a_new_book_crosses_it(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, app: object, shared_data: Path
) -> None:
    from app.modules.execution.service import sweep

    raw = bitstamp_raw(shared_data)
    asks = [(float(p), float(q)) for p, q in raw["asks"][:50]]
    bids = [(float(p), float(q)) for p, q in raw["bids"][:50]]
    limit = 8210.0  # above the best ask 8202.65: rests, nothing shown at 8210 ahead of it
    body = {
        "symbol": "BTC/USD",
        "exchange": "bitstamp",
        "side": "SELL",
        "type": "limit",
        "price": limit,
        "quantity": 0.8,
        "stop_loss": 8300.0,
    }
    order = (await client.post(ORDER, json=body, headers=alice)).json()
    assert order["status"] == "open"
    await sweep(state := app.state)  # type: ignore[attr-defined]
    # the market moves up: bids at 8211 (0.5) and 8210.5 (0.1) now cross our ask
    moved = OrderBookSnapshot(
        "bitstamp",
        "BTC/USD",
        Source.REPLAY,
        1560482002000,
        ((8211.0, 0.5), (8210.5, 0.1), *bids),
        tuple((p + 20, q) for p, q in asks),
    )
    market.put_book(moved)
    await sweep(state)
    await sweep(state)  # the same book again offers nothing new
    out = (await client.get(f"/api/v1/execute/orders/{order['id']}", headers=alice)).json()
    assert out["filled_quantity"] == pytest.approx(0.6)
    assert out["average_price"] == pytest.approx(limit)
    assert out["status"] == "partially_filled"


async def test_stop_loss_of_an_open_position_is_executed(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, app: object, shared_data: Path
) -> None:
    from app.modules.execution.service import sweep

    raw = bitstamp_raw(shared_data)
    body = {
        "symbol": "BTC/USD",
        "exchange": "bitstamp",
        "side": "BUY",
        "quantity": 0.5,
        "stop_loss": 8150.0,
    }
    opened = (await client.post(ORDER, json=body, headers=alice)).json()
    assert opened["status"] == "filled"
    state = app.state  # type: ignore[attr-defined]
    assert await sweep(state) == 0  # the book is above the stop
    asks = tuple((float(p) - 60, float(q)) for p, q in raw["asks"][:50])
    crashed_bids = ((8140.0, 0.2), (8139.0, 0.2), (8130.0, 1.0))
    market.put_book(OrderBookSnapshot("bitstamp", "BTC/USD", Source.REPLAY, 1, crashed_bids, asks))
    assert await sweep(state) == 3
    listed = (await client.get("/api/v1/execute/orders?origin=liquidation", headers=alice)).json()
    (exit_order,) = listed["items"]
    assert exit_order["reason"] == "stop-loss"
    expected = (0.2 * 8140.0 + 0.2 * 8139.0 + 0.1 * 8130.0) / 0.5
    assert exit_order["average_price"] == pytest.approx(expected)
    positions = (await client.get("/api/v1/portfolio/positions", headers=alice)).json()
    assert positions["items"] == []
