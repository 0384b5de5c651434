"""The live monitor end to end: real crash hours replayed through it (stored candles, and a
recorded trade stream through the replay market-data source) fire, a calm month does not, a
detection with action halt engages the user's kill switch, nothing of another user's shows."""

from __future__ import annotations

import pytest

from app.modules.emergency.models import EmergencyWatch
from tests.conftest import assert_problem
from tests.modules.emergency.conftest import (
    BTC_1H,
    csv_between,
    rows_between,
    wait_until,
    write_trade_recording,
)

WATCHES = "/api/v1/emergency/watches"
ALERTS = "/api/v1/emergency/alerts"
STATUS = "/api/v1/emergency/status"


async def _import_shared(client, admin, content: bytes) -> None:
    response = await client.post(
        "/api/v1/candles/import",
        files={"file": ("btc.csv", content)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "dataset": "shared"},
        headers=admin,
    )
    assert response.status_code == 200, response.text


async def _watch(client, headers, action: str = "halt", timeframe: str = "1h") -> dict:
    body = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": timeframe, "action": action}
    response = await client.post(WATCHES, json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


async def _ended(app) -> None:
    monitor = app.state.emergency_monitor
    await wait_until(
        lambda: monitor.markets and all(t.state == "ended" for t in monitor.markets.values())
    )
    await monitor.idle()


class TestStoredCandles:
    @pytest.fixture
    def emergency_env(self) -> dict[str, str]:
        return {"APP_EMERGENCY_FEED": "candles", "APP_EMERGENCY_BOOK_POLL_SECONDS": "0"}

    @pytest.mark.parametrize(
        ("start", "end", "detected"),
        [
            ("2020-02-20", "2020-03-13", "2020-03-12T11:00:00Z"),
            ("2021-05-05", "2021-05-20", "2021-05-19T12:00:00Z"),
        ],
    )
    async def test_a_real_crash_alerts_and_halts_the_watching_user(
        self, app, client, admin, alice, bob, shared_data, start, end, detected
    ) -> None:
        await _import_shared(client, admin, csv_between(shared_data / BTC_1H, start, end))
        watch = await _watch(client, alice, "halt")
        await _ended(app)
        alerts = (await client.get(ALERTS, headers=alice)).json()["items"]
        on_day = [a for a in alerts if a["detected_at"][:10] == detected[:10]]
        first = min(on_day, key=lambda a: a["detected_at"])
        assert first["detected_at"] == detected and first["source"] == "db"
        assert first["watch_id"] == watch["id"] and first["action"] == "halt"
        assert first["depth"] <= -0.10 and "drawdown" in first["rules"]
        status = (await client.get(STATUS, headers=alice)).json()
        assert status["trading_halted"]
        # One halt, however many detections: later ones find it engaged.
        [halt] = status["halts"]
        assert halt["source"] == "detector:flash_crash"
        assert {a["halt_id"] for a in alerts} == {halt["id"]}
        order = {
            "symbol": "BTC/USDT",
            "side": "BUY",
            "quantity": 0.01,
            "stop_loss": {"type": "fixed_pct", "value": 0.03},
        }
        refused = await client.post("/api/v1/execute/order", json=order, headers=alice)
        assert assert_problem(refused, 423)["halt_id"] == halt["id"]
        assert status["markets"][0]["bars"] > 300 and status["markets"][0]["state"] == "ended"
        # Bob watches nothing: no alert, no halt, no market state, alice's alert is a 404.
        assert (await client.get(ALERTS, headers=bob)).json()["items"] == []
        bob_status = (await client.get(STATUS, headers=bob)).json()
        assert not bob_status["trading_halted"] and bob_status["markets"] == []
        assert_problem(await client.get(f"{ALERTS}/{first['id']}", headers=bob), 404)
        assert (await client.get(f"{ALERTS}/{first['id']}", headers=alice)).status_code == 200
        # The episodes that ended carry their final trough, depth and end: the same as the
        # batch scan of the same candles (one implementation per path, same rules).
        scan = await client.post(
            "/api/v1/emergency/scan",
            json={"symbol": "BTC/USDT", "timeframe": "1h", "start": start, "end": end},
            headers=alice,
        )
        episodes = {e["detected_at"]: e for e in scan.json()["episodes"]}
        assert {a["detected_at"] for a in alerts} == set(episodes)
        for alert in alerts:
            episode = episodes[alert["detected_at"]]
            assert alert["ended_at"] == episode["ended_at"]
            if alert["ended_at"] is not None:
                assert alert["depth"] == episode["depth"] and alert["trough"] == episode["trough"]
                assert alert["trough_at"] == episode["trough_at"]

    async def test_a_calm_month_stays_quiet(self, app, client, admin, alice, shared_data) -> None:
        calm = csv_between(shared_data / BTC_1H, "2020-06-01", "2020-08-01")
        await _import_shared(client, admin, calm)
        await _watch(client, alice, "halt")
        await _ended(app)
        assert (await client.get(ALERTS, headers=alice)).json()["items"] == []
        status = (await client.get(STATUS, headers=alice)).json()
        assert not status["trading_halted"] and status["markets"][0]["bars"] > 1000

    async def test_alert_only_does_not_halt_and_pages(self, app, client, admin, alice, shared_data):
        await _import_shared(
            client, admin, csv_between(shared_data / BTC_1H, "2020-01-01", "2020-04-01")
        )
        await _watch(client, alice, "alert")
        await _ended(app)
        first = (await client.get(ALERTS, params={"limit": 1}, headers=alice)).json()
        assert len(first["items"]) == 1 and first["next_cursor"]
        rest = (
            await client.get(ALERTS, params={"cursor": first["next_cursor"]}, headers=alice)
        ).json()
        ids = [a["id"] for a in first["items"] + rest["items"]]
        assert len(ids) == len(set(ids)) >= 3  # 2020-03-12 (two legs), 03-13, 03-15
        assert all(a["halt_id"] is None for a in first["items"] + rest["items"])
        assert not (await client.get(STATUS, headers=alice)).json()["trading_halted"]


class TestTradeReplay:
    @pytest.fixture
    def settings_overrides(self, shared_data, tmp_path) -> dict[str, object]:
        rows = rows_between(shared_data / BTC_1H, "2021-05-05", "2021-05-20")
        path = write_trade_recording(tmp_path / "btc_trades.jsonl", rows)
        return {
            "market_data": "replay",
            "market_replay_paths": [path],
            "market_replay_speed": 0,
            "market_exchanges": ["binance"],
        }

    async def test_the_replayed_trade_stream_fires_at_the_crash_tick(
        self, app, client, alice, bob
    ) -> None:
        # Both watches start together: one reload after both rows exist.
        monitor = app.state.emergency_monitor
        async with app.state.db.session() as session:
            for headers, action in ((alice, "halt"), (bob, "alert")):
                user = (await client.get("/api/v1/auth/validate", headers=headers)).json()
                session.add(
                    EmergencyWatch(
                        user_id=int(user["sub"]),
                        exchange="binance",
                        symbol="BTC/USDT",
                        timeframe="1h",
                        action=action,
                    )
                )
            await session.commit()
        await monitor.announce_change()
        await _ended(app)
        alerts = (await client.get(ALERTS, headers=alice)).json()["items"]
        [mine] = [a for a in alerts if a["detected_at"].startswith("2021-05-19")]
        assert mine["source"] == "replay"
        # On the trade stream the crash is seen at the tick that completes it, inside the
        # hour whose close the candle scan needed.
        assert "2021-05-19T11:00:00Z" <= mine["detected_at"] < "2021-05-19T12:00:00Z"
        assert (await client.get(STATUS, headers=alice)).json()["trading_halted"]
        theirs = (await client.get(ALERTS, headers=bob)).json()["items"]
        [theirs] = [a for a in theirs if a["detected_at"] == mine["detected_at"]]
        assert theirs["id"] != mine["id"] and theirs["halt_id"] is None
        assert not (await client.get(STATUS, headers=bob)).json()["trading_halted"]


async def test_watches_are_per_user_and_validated(app, client, alice, bob) -> None:
    watch = await _watch(client, alice, "alert", "1m")
    assert_problem(
        await client.post(WATCHES, json={"symbol": "BTC/USDT", "timeframe": "1m"}, headers=alice),
        409,
    )
    assert (await client.get(WATCHES, headers=bob)).json()["items"] == []
    assert_problem(await client.delete(f"{WATCHES}/{watch['id']}", headers=bob), 404)
    bad = await client.post(
        WATCHES,
        json={"symbol": "nonsense", "timeframe": "7x", "action": "liquidate_everything"},
        headers=alice,
    )
    fields = {e["field"] for e in assert_problem(bad, 422)["errors"]}
    assert {"body.symbol", "body.timeframe", "body.action"} <= fields
    assert (await client.delete(f"{WATCHES}/{watch['id']}", headers=alice)).status_code == 204
    assert (await client.get(WATCHES, headers=alice)).json()["items"] == []


class TestWatchPropagation:
    @pytest.fixture
    def emergency_env(self) -> dict[str, str]:
        return {
            "APP_EMERGENCY_FEED": "candles",
            "APP_EMERGENCY_BOOK_POLL_SECONDS": "0",
            "APP_EMERGENCY_RELOAD_SECONDS": "0.2",
        }

    async def test_a_watch_written_by_another_process_is_picked_up(self, app, client, alice):
        """Another process writes the row (and its bus message may be lost): the periodic
        re-read starts the market here too, and a deleted watch stops it."""
        user = (await client.get("/api/v1/auth/validate", headers=alice)).json()
        async with app.state.db.session() as session:
            row = EmergencyWatch(
                user_id=int(user["sub"]),
                exchange="binance",
                symbol="ETH/USDT",
                timeframe="1h",
                action="alert",
            )
            session.add(row)
            await session.commit()
            watch_id = row.id
        monitor = app.state.emergency_monitor
        await wait_until(lambda: any(k.symbol == "ETH/USDT" for k in monitor.markets))
        async with app.state.db.session() as session:
            await session.delete(await session.get(EmergencyWatch, watch_id))
            await session.commit()
        await wait_until(lambda: not monitor.markets)
