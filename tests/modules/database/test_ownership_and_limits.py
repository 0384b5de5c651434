"""Candle ownership (users' uploads are their own), timestamps at the edges, hostile ids and
metadata, counts under concurrent imports, and retention on taskiq's scheduler."""

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from tests.conftest import PG_URL, assert_problem

IMPORT = "/api/v1/candles/import"
CANDLES = "/api/v1/candles"
HOUR = 3_600_000
T0 = 1_699_999_200_000  # 2023-11-14T22:00Z


def csv(bars) -> bytes:
    lines = ["timestamp,open,high,low,close,volume"]
    lines += [f"{ts},{price},{price + 1},{price - 1},{price},10" for ts, price in bars]
    return "\n".join(lines).encode()


async def upload(client, headers, content, **form):
    data = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"} | form
    return await client.post(IMPORT, files={"file": ("c.csv", content)}, data=data, headers=headers)


async def closes(client, headers):
    params = {"exchange": "binance", "symbol": "BTC-USDT", "timeframe": "1h"}
    items = (await client.get(CANDLES, params=params, headers=headers)).json()["items"]
    return [bar["close"] for bar in items]


async def test_uploads_are_the_users_own_layered_over_the_shared_store(
    app, client, alice, bob, admin
):
    shared = [(T0 + i * HOUR, 100 + i) for i in range(4)]
    response = await upload(client, admin, csv(shared), dataset="shared")
    assert response.status_code == 200 and response.json()["dataset"] == "shared"
    # Alice plants a fake bar at hour 1 and one after the shared range.
    planted = [(T0 + HOUR, 999), (T0 + 10 * HOUR, 555)]
    mine = (await upload(client, alice, csv(planted))).json()
    assert mine["dataset"] == "own" and mine["inserted"] == 2
    assert await closes(client, alice) == [100, 999, 102, 103, 555]  # her bars win for her
    assert await closes(client, bob) == [100, 101, 102, 103]  # nobody else sees them
    forbidden = assert_problem(await upload(client, alice, csv(planted), dataset="shared"), 403)
    assert forbidden["errors"][0]["field"] == "body.dataset"

    from app.modules.database.public import latest_candle_time, load_candles

    async with app.state.db.session() as session:
        start, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
        latest = await latest_candle_time(session, "binance", "BTC/USDT", "1h", start, end)
        assert latest == datetime.fromtimestamp((T0 + 3 * HOUR) / 1000, UTC)  # not 555's hour
        default = await load_candles(session, "binance", "BTC/USDT", "1h")
        assert [bar.close for bar in default] == [100, 101, 102, 103]
        uid = int((await client.get("/api/v1/auth/validate", headers=alice)).json()["sub"])
        layered = await load_candles(session, "binance", "BTC/USDT", "1h", user_id=uid)
        assert [bar.close for bar in layered] == [100, 999, 102, 103, 555]


@pytest.mark.parametrize(
    "path",
    ["/api/v1/signals/history", "/api/v1/performance/stats", CANDLES],
)
async def test_naive_timestamps_are_utc_and_out_of_range_is_422(client, alice, path):
    params = (
        {"exchange": "binance", "symbol": "BTC-USDT", "timeframe": "1h"} if path == CANDLES else {}
    )
    naive = await client.get(
        path, params=params | {"start": "2024-01-01T00:00:00", "end": "2024-02-01"}, headers=alice
    )
    assert naive.status_code == 200, naive.text
    for bad in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0.5"):
        body = assert_problem(
            await client.get(path, params=params | {"start": bad}, headers=alice), 422
        )
        assert body["errors"][0]["field"] == "query.start"


async def test_naive_times_in_bodies_are_utc(client, alice):
    trade = {
        "symbol": "BTC/USDT", "side": "BUY", "entry_price": 100, "exit_price": 110,
        "quantity": 1, "entry_time": "2024-01-01T00:00:00", "exit_time": "2024-01-01T05:00:00",
    }  # fmt: skip
    saved = (await client.post("/api/v1/performance/track", json=trade, headers=alice)).json()
    assert saved["entry_time"] == "2024-01-01T00:00:00Z"
    trade["exit_time"] = "9999-12-31T23:59:59-01:00"
    assert_problem(await client.post("/api/v1/performance/track", json=trade, headers=alice), 422)


async def test_huge_ids_and_deep_metadata_are_4xx(client, alice):
    body = assert_problem(
        await client.get("/api/v1/signals/88479534308278976512", headers=alice), 422
    )
    assert body["errors"][0]["field"] == "path.signal_id"
    assert_problem(await client.delete(f"/api/v1/signals/{2**63}", headers=alice), 422)
    assert_problem(await client.get(f"/api/v1/signals/{2**63 - 1}", headers=alice), 404)
    deep: dict = {}
    node = deep
    for _ in range(900):
        node["a"] = {}
        node = node["a"]
    signal = {"symbol": "BTC/USDT", "side": "HOLD", "price": 1, "confidence": 0.5}
    response = await client.post(
        "/api/v1/signals/save", json=signal | {"metadata": deep}, headers=alice
    )
    body = assert_problem(response, 422)
    assert "nest" in body["detail"]


async def test_overlapping_concurrent_imports_count_only_their_own_rows(app, client, alice):
    """50 imports of overlapping windows at once: the ``inserted`` counts (and the audit rows)
    add up to exactly the rows stored."""
    from app.modules.database.models import AuditEvent, UserCandle

    windows = [(i * 7 % 40, i * 7 % 40 + 30) for i in range(50)]
    files = [csv([(T0 + h * HOUR, 100 + h) for h in range(a, b)]) for a, b in windows]
    responses = await asyncio.gather(*(upload(client, alice, content) for content in files))
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses][:3]
    inserted = sum(r.json()["inserted"] for r in responses)
    async with app.state.db.session() as session:
        rows = await session.scalar(select(func.count()).select_from(UserCandle))
        audits = (
            await session.scalars(select(AuditEvent).where(AuditEvent.entity == "candles"))
        ).all()
    assert rows == len({h for a, b in windows for h in range(a, b)})
    assert inserted == rows
    assert sum(event.details["inserted"] for event in audits) == rows
    for r in responses:
        body = r.json()
        assert body["inserted"] + body["updated"] + body["unchanged"] == body["rows"] == 30


@pytest.mark.skipif(not PG_URL, reason="checked again on PostgreSQL; SQLite serialises writers")
async def test_concurrent_updates_on_postgres_do_not_deadlock(client, alice):
    files = [csv([(T0 + h * HOUR, 100 + h + n) for h in range(n, n + 40)]) for n in range(20)]
    responses = await asyncio.gather(
        *(upload(client, alice, content, on_conflict="update") for content in files)
    )
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses][:3]


async def test_retention_runs_as_a_job_on_taskiqs_scheduler(app, client, admin):
    from app.modules.database import scheduler

    await scheduler.start(app)
    try:
        for _ in range(100):
            async with app.state.db.session() as session:
                from app.core.jobs import Job

                jobs = (
                    await session.scalars(select(Job).where(Job.kind == scheduler.RETENTION_JOB))
                ).all()
            if jobs and jobs[0].status == "succeeded":
                break
            await asyncio.sleep(0.1)
        assert len(jobs) == 1 and jobs[0].status == "succeeded", jobs
        assert set(jobs[0].result) == {"deleted", "dropped_partitions"}
        # A second tick within the interval (another process, say) submits nothing.
        assert await app.state.retention_schedule.tick() is None
    finally:
        await scheduler.stop(app)
