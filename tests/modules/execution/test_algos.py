"""TWAP, VWAP and iceberg on replayed real books: slice counts, prices matching the fills,
the volume profile, the visible size, pause/resume/cancel and resuming after a restart."""

from __future__ import annotations

import asyncio
import csv
import itertools
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from app.modules.exchanges.public import Trade
from app.modules.exchanges.types import Source
from tests.conftest import assert_problem
from tests.modules.execution.conftest import ScriptedSource, bitstamp_raw, sushi_playback

FINAL = {"succeeded", "partial", "failed", "cancelled"}


async def wait_final(
    client: httpx.AsyncClient, headers: dict, algo_id: str, within: float = 30
) -> dict:
    deadline = time.monotonic() + within
    while True:
        body = (await client.get(f"/api/v1/execute/algos/{algo_id}", headers=headers)).json()
        if body["status"] in FINAL or time.monotonic() > deadline:
            return body
        await asyncio.sleep(0.05)


def walk(levels: tuple[tuple[float, float], ...], quantity: float) -> float:
    left, cost = quantity, 0.0
    for price, size in levels:
        take = min(left, size)
        cost += take * price
        left -= take
        if left <= 1e-12:
            break
    return cost / quantity


async def test_twap_on_replayed_books(
    client: httpx.AsyncClient, alice: dict, app: object, shared_data: Path
) -> None:
    source = await sushi_playback(shared_data)
    app.state.market_data = source  # type: ignore[attr-defined]
    body = {
        "symbol": "SUSHI/USDT:USDT",
        "exchange": "binanceusdm",
        "side": "BUY",
        "quantity": 300.0,
        "slices": 5,
        "duration_seconds": 1.0,
        "tick_seconds": 0.02,
        "randomize": 0.2,
        "seed": 3,
        "stop_loss": {"type": "fixed_pct", "value": 0.01},
    }
    started = await client.post("/api/v1/execute/twap", json=body, headers=alice)
    assert started.status_code == 202, started.text
    assert started.headers["location"] == f"/api/v1/execute/algos/{started.json()['id']}"
    algo = await wait_final(client, alice, started.json()["id"])
    assert algo["status"] == "succeeded", str(algo)
    assert algo["slices_planned"] == 5 and algo["slices_done"] == 5 and algo["children"] == 5
    children = (
        await client.get(f"/api/v1/execute/orders?parent_id={algo['id']}", headers=alice)
    ).json()["items"][::-1]
    assert len(children) == 5
    assert sum(c["filled_quantity"] for c in children) == pytest.approx(300.0)
    for child in children:  # randomised sizes stay within the ±20 % band (renormalised)
        assert 60 * 0.8 / 1.2 - 1e-9 <= child["quantity"] <= 60 * 1.2 / 0.8 + 1e-9
        assert child["origin"] == "algo" and child["parent_id"] == algo["id"]
    # each child walked exactly the book replayed when it went out (served[0]: arrival)
    for child, book in zip(children, source.served[1:], strict=False):
        assert child["average_price"] == pytest.approx(
            walk(book.asks, child["quantity"]), rel=1e-12
        )
    cost = sum(f["price"] * f["quantity"] for c in children for f in c["fills"])
    assert algo["average_price"] == pytest.approx(cost / 300.0, rel=1e-12)
    assert algo["arrival_price"] == pytest.approx(source.served[0].mid)
    mids = [c["arrival_price"] for c in children]
    assert algo["benchmark_price"] == pytest.approx(sum(mids) / 5) or algo["benchmark"] == "vwap"
    assert algo["report"]["status"] == "succeeded"
    positions = (await client.get("/api/v1/portfolio/positions", headers=alice)).json()["items"]
    assert positions[0]["quantity"] == pytest.approx(300.0)


def btc_hour_profile(path: Path) -> tuple[bytes, list[float]]:
    """The last 60 days of Binance BTC/USDT 1h bars as the import file, and the hour-of-day
    volume shares computed here independently."""
    lines = path.read_text().splitlines()
    if lines[0].lower().startswith("unix"):  # no URL banner line in this export
        lines = ["", *lines]
    banner, header, rows = lines[0], lines[1], lines[2 : 2 + 24 * 60]
    volume = [0.0] * 24
    for row in csv.DictReader([header, *rows]):
        stamp = int(row["unix"])
        stamp = stamp * 1000 if stamp < 1e12 else stamp
        hour = datetime.fromtimestamp(stamp / 1000, UTC).hour
        volume[hour] += float(row["Volume BTC"])
    total = sum(volume)
    kept = [banner, header, *rows] if banner else [header, *rows]
    return "\n".join(kept).encode(), [v / total for v in volume]


async def test_vwap_plan_follows_the_volume_profile_of_the_candles_store(
    client: httpx.AsyncClient, alice: dict, app: object, market: ScriptedSource, shared_data: Path
) -> None:
    from app.modules.database.public import import_candle_file
    from tests.modules.execution.conftest import derived_book

    content, profile = btc_hour_profile(shared_data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv")
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        result = await import_candle_file(session, None, content, "binance", "BTC/USDT", "1h")
    assert result.inserted == 24 * 60
    book = derived_book(shared_data, "BINANCE_US", "COMPUSDT", "binance", "BTC/USDT")
    market.put_book(book)
    body = {
        "symbol": "BTC/USDT",
        "exchange": "binance",
        "side": "BUY",
        "quantity": 2.4,
        "slices": 24,
        "duration_seconds": 86400,
        "stop_loss": {"type": "fixed_pct", "value": 0.01},
    }
    started = await client.post("/api/v1/execute/vwap", json=body, headers=alice)
    assert started.status_code == 202, started.text
    algo = started.json()
    begin = datetime.fromisoformat(algo["created_at"].replace("Z", "+00:00"))
    weights = [profile[(begin + timedelta(seconds=at)).hour] for at, _ in algo["plan"]]
    for (_, quantity), weight in zip(algo["plan"], weights, strict=True):
        assert quantity == pytest.approx(2.4 * weight / sum(weights), rel=1e-5)
    busiest = max(range(24), key=lambda i: weights[i])
    assert algo["plan"][busiest][1] == max(q for _, q in algo["plan"])
    cancelled = await client.delete(f"/api/v1/execute/algos/{algo['id']}", headers=alice)
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert (await wait_final(client, alice, algo["id"]))["status"] == "cancelled"


async def test_vwap_without_candles_is_a_422(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource
) -> None:
    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": 1.0,
        "slices": 4,
        "duration_seconds": 60,
        "stop_loss": 280.0,
    }
    problem = assert_problem(
        await client.post("/api/v1/execute/vwap", json=body, headers=alice), 422
    )
    assert problem["rule"] == "vwap-profile"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"duration_seconds": 0}, "duration_seconds"),
        ({"duration_seconds": 3 * 365 * 86400}, "duration_seconds"),
        ({"slices": 0}, "slices"),
        ({"slices": 1_000_000}, "slices"),
        ({"quantity": -1}, "quantity"),
    ],
)
async def test_twap_bounds(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, change: dict, field: str
) -> None:
    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": 1.0,
        "slices": 4,
        "duration_seconds": 60,
        "stop_loss": 280.0,
        **change,
    }
    problem = assert_problem(
        await client.post("/api/v1/execute/twap", json=body, headers=alice), 422
    )
    assert field in str(problem)


async def test_iceberg_never_shows_more_than_its_visible_size(
    client: httpx.AsyncClient, alice: dict, app: object, market: ScriptedSource, shared_data: Path
) -> None:
    price = float(bitstamp_raw(shared_data)["bids"][1][0])
    body = {
        "symbol": "BTC/USD",
        "exchange": "bitstamp",
        "side": "BUY",
        "quantity": 1.0,
        "visible_quantity": 0.25,
        "price": price,
        "duration_seconds": 20,
        "tick_seconds": 0.02,
        "stop_loss": 8100.0,
    }
    started = await client.post("/api/v1/execute/iceberg", json=body, headers=alice)
    assert started.status_code == 202, started.text
    algo_id = started.json()["id"]

    async def tape() -> None:  # sellers trading through the bid, 0.3 at a time
        n = 0
        while True:
            n += 1
            market.push_trade(
                Trade(
                    "bitstamp",
                    "BTC/USD",
                    Source.REPLAY,
                    1560482001000 + n,
                    price - 1,
                    0.3,
                    "sell",
                    str(n),
                )
            )
            await asyncio.sleep(0.1)

    feeder = asyncio.create_task(tape())
    try:
        algo = await wait_final(client, alice, algo_id)
    finally:
        feeder.cancel()
    assert algo["status"] == "succeeded", str(algo)
    assert algo["filled_quantity"] == pytest.approx(1.0)
    assert algo["max_visible"] == pytest.approx(0.25)
    children = (
        await client.get(f"/api/v1/execute/orders?parent_id={algo_id}", headers=alice)
    ).json()["items"][::-1]
    assert len(children) == 4
    assert all(c["quantity"] <= 0.25 + 1e-12 for c in children)
    assert all(c["type"] == "limit" and c["price"] == price for c in children)
    for before, after in itertools.pairwise(children):  # one shown at a time
        assert after["created_at"] >= before["updated_at"]
    assert algo["average_price"] == pytest.approx(price)


async def test_pause_resume_and_other_users(
    client: httpx.AsyncClient, alice: dict, bob: dict, market: ScriptedSource
) -> None:
    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": 2.0,
        "slices": 2,
        "duration_seconds": 1.0,
        "tick_seconds": 0.02,
        "randomize": 0,
        "stop_loss": {"type": "fixed_pct", "value": 0.03},
    }
    algo = (await client.post("/api/v1/execute/twap", json=body, headers=alice)).json()
    paused = await client.post(f"/api/v1/execute/algos/{algo['id']}/pause", headers=alice)
    assert paused.status_code == 200 and paused.json()["status"] == "paused"
    assert_problem(
        await client.post(f"/api/v1/execute/algos/{algo['id']}/pause", headers=alice), 409
    )
    assert_problem(await client.get(f"/api/v1/execute/algos/{algo['id']}", headers=bob), 404)
    assert_problem(await client.delete(f"/api/v1/execute/algos/{algo['id']}", headers=bob), 404)
    await asyncio.sleep(1.2)  # longer than the whole schedule: nothing trades while paused
    still = (await client.get(f"/api/v1/execute/algos/{algo['id']}", headers=alice)).json()
    assert still["status"] == "paused" and still["children"] == 0
    resumed = await client.post(f"/api/v1/execute/algos/{algo['id']}/resume", headers=alice)
    assert resumed.json()["status"] == "running"
    done = await wait_final(client, alice, algo["id"])
    assert done["status"] == "succeeded" and done["children"] == 2
    assert done["filled_quantity"] == pytest.approx(2.0)


async def test_algo_resumes_after_a_restart(settings: object, shared_data: Path) -> None:
    from asgi_lifespan import LifespanManager

    from app.main import create_app
    from tests.conftest import user_headers
    from tests.modules.execution.conftest import derived_book

    def started_app() -> tuple[object, ScriptedSource]:
        application = create_app(settings)  # type: ignore[arg-type]
        source = ScriptedSource()
        source.put_book(
            derived_book(shared_data, "BINANCE_US", "COMPUSDT", "binanceus", "COMP/USDT")
        )
        return application, source

    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": 3.0,
        "slices": 3,
        "duration_seconds": 3.0,
        "tick_seconds": 0.02,
        "randomize": 0,
        "stop_loss": {"type": "fixed_pct", "value": 0.03},
    }
    first, source = started_app()
    async with LifespanManager(first):  # type: ignore[arg-type]
        first.state.market_data = source  # type: ignore[attr-defined]
        transport = httpx.ASGITransport(app=first)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            headers = await user_headers(client, "carol@example.com")
            algo = (await client.post("/api/v1/execute/twap", json=body, headers=headers)).json()
            for _ in range(200):  # the first slice is due after 0.5 s
                got = (
                    await client.get(f"/api/v1/execute/algos/{algo['id']}", headers=headers)
                ).json()
                if got["children"] >= 1:
                    break
                await asyncio.sleep(0.02)
            assert got["children"] == 1 and got["status"] == "running"
    second, source = started_app()
    async with LifespanManager(second):  # type: ignore[arg-type]
        second.state.market_data = source  # type: ignore[attr-defined]
        transport = httpx.ASGITransport(app=second)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            from tests.conftest import login

            tokens = await login(client, "carol@example.com")
            headers = {"Authorization": f"Bearer {tokens['access_token']}"}
            done = await wait_final(client, headers, algo["id"])
    assert done["status"] == "succeeded", done
    assert done["resumes"] == 1
    assert done["children"] == 3
    assert done["filled_quantity"] == pytest.approx(3.0)


async def test_halt_mid_twap_ends_it_visibly_keeping_what_filled(
    client: httpx.AsyncClient, alice: dict, app: object, market: ScriptedSource
) -> None:
    from app.core.halt import HaltScope

    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": 3.0,
        "slices": 3,
        "duration_seconds": 1.5,
        "tick_seconds": 0.02,
        "randomize": 0,
        "stop_loss": {"type": "fixed_pct", "value": 0.03},
    }
    algo = (await client.post("/api/v1/execute/twap", json=body, headers=alice)).json()
    for _ in range(200):
        got = (await client.get(f"/api/v1/execute/algos/{algo['id']}", headers=alice)).json()
        if got["children"] >= 1:
            break
        await asyncio.sleep(0.02)
    switch = app.state.kill_switch  # type: ignore[attr-defined]
    await switch.engage(scope=HaltScope.system, user_id=None, reason="flash crash", by=None)
    done = await wait_final(client, alice, algo["id"])
    assert done["status"] == "failed"
    assert "halted" in done["error"] and "flash crash" in done["error"]
    assert done["filled_quantity"] == pytest.approx(1.0)  # the first slice stays filled
    assert done["report"]["filled_quantity"] == pytest.approx(1.0)
    job = await client.get(f"/api/v1/jobs/{done['job_id']}", headers=alice)
    assert job.status_code == 200 and job.json()["status"] == "failed"


async def test_twap_limit_guard_never_pays_more(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource, shared_data: Path
) -> None:
    from tests.modules.execution.conftest import raw_levels

    asks = raw_levels(shared_data, "BINANCE_US", "COMPUSDT", "asks")
    guard = asks[0][0]  # only the best ask level (1.5 COMP) is acceptable
    body = {
        "symbol": "COMP/USDT",
        "exchange": "binanceus",
        "side": "BUY",
        "quantity": 4.0,
        "slices": 2,
        "duration_seconds": 1.0,
        "tick_seconds": 0.02,
        "randomize": 0,
        "limit_price": guard,
        "stop_loss": {"type": "fixed_pct", "value": 0.03},
    }
    algo = (await client.post("/api/v1/execute/twap", json=body, headers=alice)).json()
    done = await wait_final(client, alice, algo["id"])
    assert done["status"] == "partial"
    children = (
        await client.get(f"/api/v1/execute/orders?parent_id={algo['id']}", headers=alice)
    ).json()["items"]
    fills = [f for c in children for f in c["fills"]]
    assert fills and all(f["price"] <= guard for f in fills)
    # the first child takes the 1.5 shown at the guard; until the source delivers a new book
    # that liquidity stays taken, so the second child finds nothing within the guard
    assert done["filled_quantity"] == pytest.approx(asks[0][1])
    assert [c["status"] for c in children] == ["expired", "cancelled"]  # newest first


async def test_vwap_participation_cap_on_the_tape(
    client: httpx.AsyncClient, alice: dict, app: object, market: ScriptedSource, shared_data: Path
) -> None:
    from app.modules.database.public import import_candle_file
    from tests.modules.execution.test_estimate import binance_book

    content, _ = btc_hour_profile(shared_data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv")
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        await import_candle_file(session, None, content, "binance", "BTC/USDT", "1h")
    book, _ = binance_book(shared_data)
    market.put_book(book)
    pushed: list[float] = []

    async def tape() -> None:  # 0.01 BTC prints every 20 ms
        n = 0
        while True:
            n += 1
            market.push_trade(
                Trade(
                    "binance",
                    "BTC/USDT",
                    Source.REPLAY,
                    1_600_000_000_000 + n,
                    book.asks[0][0],
                    0.01,
                    "buy",
                    str(n),
                )
            )
            pushed.append(0.01)
            await asyncio.sleep(0.02)

    feeder = asyncio.create_task(tape())
    await asyncio.sleep(0.1)
    try:
        body = {
            "symbol": "BTC/USDT",
            "exchange": "binance",
            "side": "BUY",
            "quantity": 0.2,
            "slices": 4,
            "duration_seconds": 1.0,
            "tick_seconds": 0.02,
            "participation_cap": 0.1,
            "stop_loss": {"type": "fixed_pct", "value": 0.01},
        }
        started = await client.post("/api/v1/execute/vwap", json=body, headers=alice)
        assert started.status_code == 202, started.text
        done = await wait_final(client, alice, started.json()["id"])
    finally:
        feeder.cancel()
    assert done["status"] == "partial"  # the tape is far too thin for 0.2 BTC at 10 %
    assert 0 < done["filled_quantity"] <= 0.1 * sum(pushed) + 1e-9
    assert done["benchmark"] == "vwap"  # the interval's tape VWAP
    assert done["benchmark_price"] == pytest.approx(book.asks[0][0])
