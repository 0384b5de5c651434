"""Orders through the one path on real recorded books: exact fills vs hand-computed VWAPs."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.conftest import assert_problem
from tests.modules.execution.conftest import ScriptedSource, raw_levels

ORDER = "/api/v1/execute/order"


def hand_vwap(levels: list[list[float]], quantity: float) -> tuple[float, int]:
    """VWAP of taking ``quantity`` from ``levels`` (best first) and the levels touched."""
    left, cost, used = quantity, 0.0, 0
    for price, size in levels:
        if left <= 0:
            break
        take = min(left, size)
        cost += take * price
        left -= take
        used += 1
    return cost / quantity, used


async def allow_leverage(client: httpx.AsyncClient, headers: dict) -> None:
    """Raise the user's personal caps (the white-hat 3x cap still holds)."""
    response = await client.put(
        "/api/v1/settings", json={"max_leverage": 3, "risk_per_trade": 0.05}, headers=headers
    )
    assert response.status_code == 200, response.text


async def buy_comp(
    client: httpx.AsyncClient, headers: dict, qty: float, **extra: object
) -> httpx.Response:
    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": qty,
        "stop_loss": {"type": "fixed_pct", "value": 0.03},
        **extra,
    }
    return await client.post(ORDER, json=body, headers=headers)


async def test_market_buy_walks_the_real_book_and_opens_a_position(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, shared_data: Path
) -> None:
    asks = raw_levels(shared_data, "BINANCE_US", "COMPUSDT", "asks")
    bids = raw_levels(shared_data, "BINANCE_US", "COMPUSDT", "bids")
    expected, used = hand_vwap(asks, 5.0)
    assert used >= 3  # the size really walks several levels
    response = await buy_comp(client, alice, 5.0, client_order_id="a-1")
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["status"] == "filled"
    assert order["filled_quantity"] == pytest.approx(5.0)
    assert order["average_price"] == pytest.approx(expected, rel=1e-12)
    assert len(order["fills"]) == used
    assert [f["price"] for f in order["fills"]] == [p for p, _ in asks[:used]]
    arrival = (asks[0][0] + bids[0][0]) / 2
    assert order["arrival_price"] == pytest.approx(arrival)
    assert order["slippage_bps"] == pytest.approx((expected - arrival) / arrival * 1e4)
    # Binance US base tier: 0.1 % taker on the traded value
    assert order["fees"] == pytest.approx(expected * 5.0 * 0.001)
    assert order["stop_loss"] == pytest.approx(expected * 0.97)
    positions = (await client.get("/api/v1/portfolio/positions", headers=alice)).json()
    (pos,) = positions["items"]
    assert pos["symbol"] == "COMP/USDT"
    assert pos["quantity"] == pytest.approx(5.0)
    assert pos["average_price"] == pytest.approx(expected)
    assert pos["stop_loss"] == pytest.approx(expected * 0.97)
    heat = await client.get("/api/v1/risk/portfolio_heat", headers=alice)
    assert heat.status_code == 200, heat.text
    mark = (asks[0][0] + bids[0][0]) / 2
    body = heat.json()
    risk_at_stop = 5.0 * (mark - expected * 0.97)  # open risk down to the stop, at the mark
    assert body["total_risk"] == pytest.approx(risk_at_stop, rel=1e-9)
    assert body["positions"][0]["symbol"] == "COMP/USDT"


async def test_market_sell_walks_bids_of_bitstamp_book(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, shared_data: Path
) -> None:
    from tests.modules.execution.conftest import bitstamp_raw

    bids = [[float(p), float(q)] for p, q in bitstamp_raw(shared_data)["bids"]]
    qty = 3.0
    expected, used = hand_vwap(bids, qty)
    assert used == 2
    await allow_leverage(client, alice)
    response = await client.post(
        ORDER,
        json={
            "symbol": "BTC/USD",
            "exchange": "bitstamp",
            "side": "SELL",
            "quantity": qty,
            "stop_loss": 8230,
        },
        headers=alice,
    )
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["average_price"] == pytest.approx(expected, rel=1e-12)
    assert len(order["fills"]) == used
    assert order["fees"] == pytest.approx(expected * qty * 0.004)  # Bitstamp taker 0.40 %


async def test_idempotent_client_order_id(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource
) -> None:
    first = (await buy_comp(client, alice, 1.0, client_order_id="same")).json()
    again = await buy_comp(client, alice, 1.0, client_order_id="same")
    assert again.status_code == 201
    assert again.json()["id"] == first["id"]
    listed = (await client.get("/api/v1/execute/orders", headers=alice)).json()
    assert len(listed["items"]) == 1
    positions = (await client.get("/api/v1/portfolio/positions", headers=alice)).json()
    assert positions["items"][0]["quantity"] == pytest.approx(1.0)
    other = await client.post(
        ORDER,
        json={
            "symbol": "COMP/USDT",
            "exchange": "binanceus",
            "side": "SELL",
            "quantity": 1.0,
            "client_order_id": "same",
        },
        headers=alice,
    )
    assert_problem(other, 409)


async def test_other_users_order_is_invisible_and_uncancellable(
    client: httpx.AsyncClient, alice: dict, bob: dict, market: ScriptedSource
) -> None:
    resting = await buy_comp(client, alice, 1.0, type="limit", price=290.0)
    assert resting.status_code == 201, resting.text
    order_id = resting.json()["id"]
    assert resting.json()["status"] == "open"
    assert_problem(await client.get(f"/api/v1/execute/orders/{order_id}", headers=bob), 404)
    assert_problem(await client.delete(f"/api/v1/execute/orders/{order_id}", headers=bob), 404)
    assert (await client.get("/api/v1/execute/orders", headers=bob)).json()["items"] == []
    cancelled = await client.delete(f"/api/v1/execute/orders/{order_id}", headers=alice)
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert_problem(await client.delete(f"/api/v1/execute/orders/{order_id}", headers=alice), 409)


@pytest.mark.parametrize(
    ("extra", "rule"),
    [
        ({"symbol": "NOPE/USDT"}, "unknown-symbol"),
        ({"quantity": 0.000000001}, "min-quantity"),
        ({"type": "limit", "price": 2970.0}, "price-band"),
    ],
)
async def test_market_rules(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, extra: dict, rule: str
) -> None:
    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": 1.0,
        "stop_loss": 280.0,
        **extra,
    }
    problem = assert_problem(await client.post(ORDER, json=body, headers=alice), 422)
    assert problem["rule"] == rule


async def test_lot_step_rule(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.modules.execution.config import get_execution_settings

    monkeypatch.setenv(
        "APP_EXECUTION_MARKET_RULES", '{"binanceus:COMP/USDT": {"min_qty": 0.01, "step": 0.001}}'
    )
    get_execution_settings.cache_clear()
    problem = assert_problem(await buy_comp(client, alice, 1.0005), 422)
    assert problem["rule"] == "lot-step"
    problem = assert_problem(await buy_comp(client, alice, 0.005), 422)
    assert problem["rule"] == "min-quantity"
    assert (await buy_comp(client, alice, 1.001)).status_code == 201


@pytest.mark.parametrize(
    "body",
    [
        {"quantity": 0},
        {"quantity": -1},
        {"quantity": "NaN"},
        {"quantity": 1, "notional": 100},
        {"quantity": 1, "leverage": 5},
        {"quantity": 1, "stop_loss": None},
        {"quantity": 1, "type": "limit"},
    ],
)
async def test_bad_orders_are_422(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, body: dict
) -> None:
    full = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "stop_loss": {"type": "fixed_pct", "value": 0.03},
        **body,
    }
    assert_problem(await client.post(ORDER, json=full, headers=alice), 422)


async def test_notional_order(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, shared_data: Path
) -> None:
    asks = raw_levels(shared_data, "BINANCE_US", "COMPUSDT", "asks")
    response = await buy_comp(client, alice, None, notional=1000.0)  # type: ignore[arg-type]
    assert response.status_code == 201, response.text
    order = response.json()
    spent = sum(f["price"] * f["quantity"] for f in order["fills"])
    assert spent == pytest.approx(1000.0, abs=0.01)  # quantity snapped to the 1e-8 lot step
    assert order["fills"][0]["price"] == asks[0][0]


async def test_ioc_partial_fill_and_fok_on_thin_book(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, shared_data: Path
) -> None:
    from tests.modules.execution.conftest import derived_book

    market.put_book(derived_book(shared_data, "BITSTAMP", "GALAEUR", "bitstamp", "GALA/EUR"))
    asks = raw_levels(shared_data, "BITSTAMP", "GALAEUR", "asks")
    depth = sum(q for _, q in asks)
    # limit IOC: only the levels at or below the limit fill, the rest is cancelled
    limit = asks[1][0]
    within = sum(q for p, q in asks if p <= limit)
    body = {
        "symbol": "GALA/EUR",
        "exchange": "bitstamp",
        "side": "BUY",
        "type": "limit",
        "price": limit,
        "time_in_force": "IOC",
        "quantity": within + 100.0,
        "stop_loss": {"type": "fixed_pct", "value": 0.005},
    }
    # FOK: the book cannot fill it all, so nothing fills
    fok = {**body, "time_in_force": "FOK", "client_order_id": "fok"}
    order = (await client.post(ORDER, json=fok, headers=alice)).json()
    assert order["status"] == "expired", order
    assert order["filled_quantity"] == 0 and order["fills"] == []
    order = (await client.post(ORDER, json=body, headers=alice)).json()
    assert order["status"] == "cancelled", order
    assert order["filled_quantity"] == pytest.approx(within)
    assert order["remaining_quantity"] == pytest.approx(100.0)
    assert [f["price"] for f in order["fills"]] == [asks[0][0], asks[1][0]]
    assert depth > within


async def test_halt_refuses_orders_except_liquidation(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, app: object
) -> None:
    from app.core.halt import HaltScope
    from app.modules.execution.public import close_positions

    assert (await buy_comp(client, alice, 2.0)).status_code == 201
    me = (await client.get("/api/v1/auth/validate", headers=alice)).json()
    user_id = int(me.get("user_id") or me.get("id") or me["sub"])
    switch = app.state.kill_switch  # type: ignore[attr-defined]
    await switch.engage(scope=HaltScope.user, user_id=user_id, reason="test", by=user_id)
    problem = assert_problem(await buy_comp(client, alice, 1.0), 423)
    assert problem["halt_id"] is not None
    closed = await close_positions(app.state, user_id)  # type: ignore[attr-defined]
    assert len(closed) == 1 and closed[0].origin == "liquidation"
    assert closed[0].status == "filled" and closed[0].filled_quantity == pytest.approx(2.0)
    positions = (await client.get("/api/v1/portfolio/positions", headers=alice)).json()
    assert positions["items"] == []
    assert await close_positions(app.state, user_id) == []  # type: ignore[attr-defined]
