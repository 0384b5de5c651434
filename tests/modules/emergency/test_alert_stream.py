"""``WS /stream/alerts``: a detection for one user reaches that user's socket and no other."""

from __future__ import annotations

import asyncio
import json

import pytest
import websockets

from app.core.events import ALERTS_CHANNEL
from tests.local_servers import serve
from tests.modules.emergency.conftest import BTC_1H, csv_between, wait_until


@pytest.fixture
def emergency_env() -> dict[str, str]:
    return {"APP_EMERGENCY_FEED": "candles", "APP_EMERGENCY_BOOK_POLL_SECONDS": "0"}


async def _recv(ws, within: float = 10.0) -> dict:
    return json.loads(await asyncio.wait_for(ws.recv(), within))


async def _until(ws, kind: str, within: float = 10.0) -> dict:
    while True:
        message = await _recv(ws, within)
        if message["type"] == kind:
            return message


async def test_alerts_reach_their_user_only(app, client, admin, alice, bob, shared_data) -> None:
    async with serve(app) as base:
        url = base.replace("http://", "ws://") + "/api/v1/stream/alerts"
        with pytest.raises(websockets.ConnectionClosed) as refused:
            async with websockets.connect(url) as anonymous:
                await anonymous.send("not an auth message")
                await _recv(anonymous)
        assert refused.value.rcvd is not None and refused.value.rcvd.code == 1008

        def token(headers: dict[str, str]) -> str:
            return headers["Authorization"].removeprefix("Bearer ")

        async with (
            websockets.connect(f"{url}?token={token(alice)}") as mine,
            websockets.connect(f"{url}?token={token(bob)}") as theirs,
        ):
            assert (await _until(mine, "subscribed"))["data"]["channel"] == "alerts"
            await _until(theirs, "subscribed")
            await mine.send(json.dumps({"op": "ping"}))
            assert (await _until(mine, "pong"))["type"] == "pong"

            content = csv_between(shared_data / BTC_1H, "2020-02-20", "2020-03-13")
            imported = await client.post(
                "/api/v1/candles/import",
                files={"file": ("btc.csv", content)},
                data={
                    "exchange": "binance",
                    "symbol": "BTC/USDT",
                    "timeframe": "1h",
                    "dataset": "shared",
                },
                headers=admin,
            )
            assert imported.status_code == 200
            watch = {"symbol": "BTC/USDT", "timeframe": "1h", "action": "halt"}
            created = await client.post("/api/v1/emergency/watches", json=watch, headers=alice)
            assert created.status_code == 201

            alert = await _until(mine, "alert")
            assert alert["symbol"] == "BTC/USDT" and alert["source"] == "emergency"
            assert alert["data"]["event"] == "emergency.flash_crash"
            assert alert["data"]["watch_id"] == created.json()["id"]
            assert alert["data"]["halt_id"] is not None

            monitor = app.state.emergency_monitor
            await wait_until(lambda: all(t.state == "ended" for t in monitor.markets.values()))
            await monitor.idle()
            stored = (await client.get("/api/v1/emergency/alerts", headers=alice)).json()
            await mine.send(json.dumps({"op": "ping"}))
            others = [alert]
            while (message := await _recv(mine))["type"] != "pong":
                if message["type"] == "alert":
                    others.append(message)
            assert {m["data"]["id"] for m in others} == {a["id"] for a in stored["items"]}

            # Bob's socket got the ready handshake and pings, never alice's alerts.
            await theirs.send(json.dumps({"op": "ping"}))
            seen = []
            while (message := await _recv(theirs))["type"] != "pong":
                seen.append(message["type"])
            assert "alert" not in seen

            # A system-wide alert (user_id null, e.g. a settings watch) reaches both.
            system = {"id": -1, "symbol": "ETH/USDT", "exchange": "binance", "note": "system"}
            await app.state.events.publish(
                ALERTS_CHANNEL,
                {"kind": "alert", "user_id": None, "source": "emergency", "alert": system},
            )
            for ws in (mine, theirs):
                got = await _until(ws, "alert")
                assert got["data"] == system and got["symbol"] == "ETH/USDT"
