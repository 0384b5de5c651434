"""The flash-crash detector on the real crash days, silent on calm months, and the kill switch
through the API (trigger, status, release; system halts are admin-only)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.conftest import assert_problem

IMPORT = "/api/v1/candles/import"
SCAN = "/api/v1/emergency/scan"
BTC_1H = "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv"


def _rows_between(path, start: str, end: str) -> bytes:
    """The file's header and its rows with ``start <= date < end`` (dates as in the file)."""
    header, *rows = path.read_text().splitlines()
    kept = [row for row in rows if start <= row.split(",")[1][:10] < end]
    return "\n".join([header, *kept]).encode()


async def _import(client, headers, content: bytes) -> None:
    response = await client.post(
        IMPORT,
        files={"file": ("btc.csv", content)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
        headers=headers,
    )
    assert response.status_code == 200, response.text


async def _scan(client, headers, start: str, end: str, **params) -> dict:
    body = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "start": start}
    body |= {"end": end} | ({"params": params} if params else {})
    response = await client.post(SCAN, json=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("start", "end", "crash_day", "detected"),
    [
        ("2020-02-20", "2020-03-13", "2020-03-12", "2020-03-12T11:00:00Z"),
        ("2021-05-05", "2021-05-20", "2021-05-19", "2021-05-19T12:00:00Z"),
    ],
)
async def test_detector_fires_in_the_first_hour_of_real_crashes(
    client, admin, alice, shared_data, start, end, crash_day, detected
) -> None:
    await _import(client, alice, _rows_between(shared_data / BTC_1H, start, end))
    result = await _scan(client, alice, f"{start}T00:00:00Z", f"{end}T00:00:00Z")
    assert result["source"] == "db" and result["bars"] > 300
    on_day = [e for e in result["episodes"] if e["detected_at"].startswith(crash_day)]
    assert on_day, result["episodes"]
    first = on_day[0]
    assert first["detected_at"] == detected
    assert first["onset"] < first["detected_at"]
    assert first["depth"] < -0.2  # both days lost more than 20 % from the peak
    assert "drawdown" in first["rules"]
    # Causality: the detecting bar's close is its open plus one hour, nothing later was used.
    assert datetime.fromisoformat(first["detected_at"]) > datetime.fromisoformat(first["onset"])


async def test_detector_is_silent_through_calm_and_ordinary_volatile_months(
    client, admin, alice, shared_data
) -> None:
    await _import(client, alice, _rows_between(shared_data / BTC_1H, "2020-06-01", "2020-12-01"))
    result = await _scan(client, alice, "2020-06-01T00:00:00Z", "2020-07-31T00:00:00Z")
    assert result["episodes"] == []
    # October-November 2020: a 60 % rally with 5-8 % hourly swings — still no crash alarm.
    autumn = await _scan(client, alice, "2020-10-01T00:00:00Z", "2020-12-01T00:00:00Z")
    assert autumn["episodes"] == []
    # A hair trigger does fire there: the parameters are what decides, not the data.
    touchy = await _scan(
        client,
        alice,
        "2020-10-01T00:00:00Z",
        "2020-12-01T00:00:00Z",
        drop_pct=0.02,
        zscore=2,
        volume_multiple=1.5,
    )
    assert touchy["episodes"]


async def test_hysteresis_keeps_one_episode_per_crash(client, admin, alice, shared_data) -> None:
    await _import(client, alice, _rows_between(shared_data / BTC_1H, "2020-02-20", "2020-03-13"))
    result = await _scan(client, alice, "2020-02-20T00:00:00Z", "2020-03-13T00:00:00Z")
    detections = [e["detected_at"] for e in result["episodes"]]
    assert len(detections) == len(set(detections)) == 2  # 10:00 and 23:00 legs of 2020-03-12
    first, second = result["episodes"]
    assert first["ended_at"] is not None and first["ended_at"] <= second["detected_at"]


async def test_scan_refuses_a_range_without_enough_candles(client, alice) -> None:
    response = await client.post(
        SCAN, json={"symbol": "BTC/USDT", "timeframe": "1h", "start": "2020-01-01"}, headers=alice
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "body.start"
    bad = await client.post(
        SCAN,
        json={"symbol": "BTC/USDT", "params": {"drop_pct": 2}, "timeframe": "7x"},
        headers=alice,
    )
    fields = {error["field"] for error in assert_problem(bad, 422)["errors"]}
    assert {"body.params.drop_pct", "body.timeframe"} <= fields


async def test_kill_switch_through_the_api(client, alice, bob, admin) -> None:
    status = (await client.get("/api/v1/emergency/status", headers=alice)).json()
    assert status["trading_halted"] is False and status["halts"] == []

    engaged = await client.post(
        "/api/v1/emergency/trigger", json={"reason": "stepping away"}, headers=alice
    )
    assert engaged.status_code == 200 and engaged.json()["engaged"] is True
    again = await client.post("/api/v1/emergency/trigger", json={"reason": "x"}, headers=alice)
    assert again.json()["engaged"] is False
    assert again.json()["halt"]["id"] == engaged.json()["halt"]["id"]

    assert (await client.get("/api/v1/emergency/status", headers=alice)).json()["trading_halted"]
    assert not (await client.get("/api/v1/emergency/status", headers=bob)).json()["halts"]

    system = {"scope": "system", "reason": "venue outage"}
    assert_problem(await client.post("/api/v1/emergency/trigger", json=system, headers=bob), 403)
    assert (
        await client.post("/api/v1/emergency/trigger", json=system, headers=admin)
    ).status_code == 200
    assert (await client.get("/api/v1/emergency/status", headers=bob)).json()["trading_halted"]

    released = await client.post(
        "/api/v1/emergency/release", json={"reason": "back"}, headers=alice
    )
    assert released.status_code == 200 and released.json()["release_reason"] == "back"
    assert_problem(
        await client.post("/api/v1/emergency/release", json={"reason": "back"}, headers=alice),
        404,
    )
    still = (await client.get("/api/v1/emergency/status", headers=alice)).json()
    assert still["trading_halted"] and still["halts"][0]["scope"] == "system"
    await client.post("/api/v1/emergency/release", json=system, headers=admin)
    assert not (await client.get("/api/v1/emergency/status", headers=bob)).json()["trading_halted"]
