"""The live broker through ccxt against a local server answering in Binance's documented
REST format (exchangeInfo, account, order with newOrderRespType=FULL)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from tests.conftest import assert_problem
from tests.modules.execution.conftest import ScriptedSource
from tests.modules.execution.test_estimate import binance_book

EXCHANGE_INFO = {
    "timezone": "UTC",
    "serverTime": 1700000000000,
    "rateLimits": [],
    "exchangeFilters": [],
    "symbols": [
        {
            "symbol": "BTCUSDT",
            "status": "TRADING",
            "baseAsset": "BTC",
            "baseAssetPrecision": 8,
            "quoteAsset": "USDT",
            "quotePrecision": 8,
            "quoteAssetPrecision": 8,
            "orderTypes": ["LIMIT", "LIMIT_MAKER", "MARKET"],
            "icebergAllowed": True,
            "ocoAllowed": True,
            "isSpotTradingAllowed": True,
            "isMarginTradingAllowed": False,
            "filters": [
                {
                    "filterType": "PRICE_FILTER",
                    "minPrice": "0.01",
                    "maxPrice": "1000000.00",
                    "tickSize": "0.01",
                },
                {
                    "filterType": "LOT_SIZE",
                    "minQty": "0.00001",
                    "maxQty": "9000.0",
                    "stepSize": "0.00001",
                },
                {"filterType": "NOTIONAL", "minNotional": "5.0"},
            ],
            "permissions": ["SPOT"],
            "permissionSets": [["SPOT"]],
        }
    ],
}


class FakeBinance:
    def __init__(self, asks: list[list[float]]) -> None:
        self.asks = asks
        self.orders: list[dict] = []
        self.keys: list[str | None] = []

    async def exchange_info(self, request: web.Request) -> web.Response:
        return web.json_response(EXCHANGE_INFO)

    async def account(self, request: web.Request) -> web.Response:
        self.keys.append(request.headers.get("X-MBX-APIKEY"))
        assert "signature" in request.query
        return web.json_response(
            {
                "makerCommission": 10,
                "takerCommission": 10,
                "canTrade": True,
                "updateTime": 1700000000000,
                "accountType": "SPOT",
                "balances": [
                    {"asset": "USDT", "free": "20000.00000000", "locked": "0.00000000"},
                    {"asset": "BTC", "free": "0.00000000", "locked": "0.00000000"},
                ],
                "permissions": ["SPOT"],
            }
        )

    async def order(self, request: web.Request) -> web.Response:
        self.keys.append(request.headers.get("X-MBX-APIKEY"))
        form = dict(await request.post()) or dict(request.query)
        assert "signature" in form or "signature" in request.query
        self.orders.append(form)
        quantity = float(form["quantity"])
        left, fills = quantity, []
        for n, (price, size) in enumerate(self.asks):
            take = min(left, size)
            fills.append(
                {
                    "price": f"{price:.8f}",
                    "qty": f"{take:.8f}",
                    "commission": f"{take * 0.001:.8f}",
                    "commissionAsset": "BTC",
                    "tradeId": 1000 + n,
                }
            )
            left -= take
            if left <= 1e-12:
                break
        quote = sum(float(f["price"]) * float(f["qty"]) for f in fills)
        return web.json_response(
            {
                "symbol": "BTCUSDT",
                "orderId": 28,
                "orderListId": -1,
                "clientOrderId": form.get("newClientOrderId", "x"),
                "transactTime": 1700000000000,
                "price": "0.00000000",
                "origQty": f"{quantity:.8f}",
                "executedQty": f"{quantity:.8f}",
                "cummulativeQuoteQty": f"{quote:.8f}",
                "status": "FILLED",
                "timeInForce": "GTC",
                "type": "MARKET",
                "side": "BUY",
                "workingTime": 1700000000000,
                "selfTradePreventionMode": "NONE",
                "fills": fills,
            }
        )


@pytest.fixture
async def binance_server(shared_data: Path) -> AsyncIterator[tuple[str, FakeBinance]]:
    _, asks = binance_book(shared_data)
    fake = FakeBinance(asks)
    app = web.Application()
    app.router.add_get("/api/v3/exchangeInfo", fake.exchange_info)
    app.router.add_get("/api/v3/account", fake.account)
    app.router.add_post("/api/v3/order", fake.order)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}", fake
    await runner.cleanup()


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    return {"market_data": "synthetic", "live_trading": True}


async def test_live_order_through_ccxt(
    client: httpx.AsyncClient,
    alice: dict,
    app: object,
    market: ScriptedSource,
    binance_server: tuple[str, FakeBinance],
    shared_data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import text

    from app.modules.execution.config import get_execution_settings

    base, fake = binance_server
    monkeypatch.setenv("APP_EXECUTION_LIVE_BASE_URLS", json.dumps({"binance": base}))
    get_execution_settings.cache_clear()
    book, asks = binance_book(shared_data)
    market.put_book(book)
    body = {
        "symbol": "BTC/USDT",
        "exchange": "binance",
        "account": "live",
        "side": "BUY",
        "quantity": 0.05,
        "stop_loss": {"type": "fixed_pct", "value": 0.01},
    }
    missing = assert_problem(
        await client.post("/api/v1/execute/order", json=body, headers=alice), 422
    )
    assert missing["type"].endswith("live-trading-unavailable")
    stored = await client.put(
        "/api/v1/execute/credentials/binance",
        json={"api_key": "live-key-abcd1234", "secret": "very-secret-value"},
        headers=alice,
    )
    assert stored.status_code == 200, stored.text
    assert stored.json() == {**stored.json(), "exchange": "binance", "api_key_hint": "…1234"}
    assert "secret" not in stored.text and "live-key-abcd1234" not in stored.text
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        raw = (await session.execute(text("SELECT secret FROM exec_credentials"))).scalar_one()
    assert "very-secret-value" not in raw and "live-key" not in raw  # encrypted at rest
    response = await client.post("/api/v1/execute/order", json=body, headers=alice)
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["broker"] == "live" and order["status"] == "filled"
    left, cost = 0.05, 0.0
    for price, size in asks:
        take = min(left, size)
        cost += take * price
        left -= take
        if left <= 1e-12:
            break
    assert order["average_price"] == pytest.approx(cost / 0.05, rel=1e-9)
    assert fake.orders[0]["type"] == "MARKET" and fake.orders[0]["side"] == "BUY"
    assert set(fake.keys) == {"live-key-abcd1234"}
    positions = (await client.get("/api/v1/portfolio/positions?account=live", headers=alice)).json()
    assert positions["items"][0]["quantity"] == pytest.approx(0.05)
    assert positions["account"]["starting_balance"] == pytest.approx(20000.0)
    listed = (await client.get("/api/v1/execute/credentials", headers=alice)).json()
    assert [c["exchange"] for c in listed] == ["binance"]
    assert (
        await client.delete("/api/v1/execute/credentials/binance", headers=alice)
    ).status_code == 204
    assert_problem(await client.delete("/api/v1/execute/credentials/binance", headers=alice), 404)


async def test_live_needs_the_setting(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, app: object
) -> None:
    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "account": "live",
        "side": "BUY",
        "quantity": 1.0,
        "stop_loss": 280.0,
    }
    settings = app.state.settings  # type: ignore[attr-defined]
    object.__setattr__(settings, "live_trading", False)
    try:
        problem = assert_problem(
            await client.post("/api/v1/execute/order", json=body, headers=alice), 422
        )
    finally:
        object.__setattr__(settings, "live_trading", True)
    assert problem["rule"] == "paper-trading-only"
