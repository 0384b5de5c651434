"""A detection reaches the user's targets: a local server speaking the Telegram Bot API and a
webhook receiver that checks the HMAC-SHA256 signature over the raw body."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.conftest import assert_problem
from tests.local_servers import serve
from tests.modules.emergency.conftest import BTC_1H, csv_between, wait_until

TOKEN = "123456:TEST-token"
SECRET = "webhook-secret-of-alice"


class Receivers:
    def __init__(self) -> None:
        self.telegram: list[dict[str, Any]] = []
        self.webhooks: list[tuple[dict[str, str], bytes]] = []
        self.base = ""

    def app(self) -> Starlette:
        async def send_message(request: Request) -> JSONResponse:
            if request.path_params["token"] != TOKEN:
                return JSONResponse({"ok": False, "error_code": 401}, status_code=401)
            body = await request.json()
            self.telegram.append(body)
            return JSONResponse(
                {
                    "ok": True,
                    "result": {
                        "message_id": len(self.telegram),
                        "chat": {"id": int(body["chat_id"]), "type": "private"},
                        "date": 1700000000,
                        "text": body["text"],
                    },
                }
            )

        async def hook(request: Request) -> JSONResponse:
            self.webhooks.append((dict(request.headers), await request.body()))
            return JSONResponse({"received": True})

        return Starlette(
            routes=[
                Route("/bot{token}/sendMessage", send_message, methods=["POST"]),
                Route("/hook", hook, methods=["POST"]),
            ]
        )


@pytest.fixture
async def receivers() -> AsyncIterator[Receivers]:
    found = Receivers()
    async with serve(found.app()) as base:
        found.base = base
        yield found


@pytest.fixture
def emergency_env(receivers: Receivers) -> dict[str, str]:
    return {
        "APP_EMERGENCY_FEED": "candles",
        "APP_EMERGENCY_BOOK_POLL_SECONDS": "0",
        "APP_NOTIFY_TELEGRAM_API_BASE": receivers.base,
        "APP_NOTIFY_TELEGRAM_BOT_TOKEN": TOKEN,
    }


async def test_telegram_and_signed_webhook_deliveries(
    app, client, admin, alice, bob, shared_data, receivers
) -> None:
    targets = "/api/v1/emergency/targets"
    telegram = await client.post(
        targets, json={"channel": "telegram", "chat_id": "4242"}, headers=alice
    )
    webhook = await client.post(
        targets,
        json={"channel": "webhook", "url": f"{receivers.base}/hook", "secret": SECRET},
        headers=alice,
    )
    assert telegram.status_code == webhook.status_code == 201, webhook.text
    # At rest the signing secret is sealed: a database dump does not reveal it.
    from app.modules.emergency.models import EmergencyTarget

    async with app.state.db.session() as session:
        stored = await session.get(EmergencyTarget, webhook.json()["id"])
    assert stored is not None and stored.secret is not None
    assert stored.secret.startswith("fernet:") and SECRET not in stored.secret
    listed = (await client.get(targets, headers=alice)).json()["items"]
    assert {t["label"] for t in listed} == {"telegram:4242", f"webhook:{receivers.base}/hook"}
    assert SECRET not in json.dumps(listed) and any(t["signed"] for t in listed)
    assert (await client.get(targets, headers=bob)).json()["items"] == []
    assert_problem(await client.delete(f"{targets}/{listed[0]['id']}", headers=bob), 404)
    assert_problem(
        await client.post(targets, json={"channel": "webhook", "url": "ftp://x"}, headers=alice),
        422,
    )

    content = csv_between(shared_data / BTC_1H, "2020-02-20", "2020-03-13")
    imported = await client.post(
        "/api/v1/candles/import",
        files={"file": ("btc.csv", content)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "dataset": "shared"},
        headers=admin,
    )
    assert imported.status_code == 200, imported.text
    body = {"symbol": "BTC/USDT", "timeframe": "1h", "action": "alert"}
    assert (
        await client.post("/api/v1/emergency/watches", json=body, headers=alice)
    ).status_code == 201
    monitor = app.state.emergency_monitor
    await wait_until(lambda: all(t.state == "ended" for t in monitor.markets.values()))
    await monitor.idle()

    alerts = (await client.get("/api/v1/emergency/alerts", headers=alice)).json()["items"]
    assert alerts and len(receivers.telegram) == len(receivers.webhooks) == len(alerts)
    first = min(alerts, key=lambda a: a["detected_at"])
    message = next(m for m in receivers.telegram if first["detected_at"] in m["text"])
    assert message["chat_id"] == "4242"
    assert message["text"].startswith("Flash crash: BTC/USDT on binance\n\n")
    assert f"fell {-first['depth']:.1%}" in message["text"]

    for headers, raw in receivers.webhooks:
        stamp = headers["x-kalkan-timestamp"]
        expected = hmac.new(SECRET.encode(), f"{stamp}.".encode() + raw, hashlib.sha256)
        assert headers["x-kalkan-signature"] == "sha256=" + expected.hexdigest()
        assert headers["x-kalkan-event"] == "emergency.flash_crash"
        payload = json.loads(raw)
        assert payload["event"] == "emergency.flash_crash" and payload["severity"] == "critical"
        assert payload["data"]["alert"]["symbol"] == "BTC/USDT"
    delivered_ids = {json.loads(raw)["data"]["alert"]["id"] for _, raw in receivers.webhooks}
    assert delivered_ids == {a["id"] for a in alerts}

    detail = (await client.get(f"/api/v1/emergency/alerts/{first['id']}", headers=alice)).json()
    assert detail["outcome"]["notifications"] == {
        "targets": 2,
        "delivered": 2,
        "deliveries": detail["outcome"]["notifications"]["deliveries"],
    }
    log = (await client.get("/api/v1/emergency/deliveries", headers=alice)).json()["items"]
    assert len(log) == 2 * len(alerts) and all(d["status"] == "delivered" for d in log)
    assert (await client.get("/api/v1/emergency/deliveries", headers=bob)).json()["items"] == []
