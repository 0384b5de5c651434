"""POST /candles/download: paginated, incremental, progress-reporting, cancellable job."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from app.modules.exchanges.synthetic_source import SyntheticSource
from tests.conftest import assert_problem

URL = "/api/v1/candles/download"
HOUR = timedelta(hours=1)
START = datetime(2024, 1, 1, tzinfo=UTC)


class PagingSource(SyntheticSource):
    """Synthetic candles, recording every ``fetch_ohlcv`` page and optionally slow."""

    def __init__(self, *args, delay: float = 0.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.delay = delay
        self.pages: list[tuple[int, int]] = []

    async def fetch_ohlcv(self, exchange, symbol, timeframe="1m", since=None, limit=None):
        self.pages.append((since, limit))
        await asyncio.sleep(self.delay)
        return await super().fetch_ohlcv(exchange, symbol, timeframe, since, limit)


async def run(client, headers, app, body: dict, wait: float = 30.0) -> dict:
    response = await client.post(URL, json=body, headers=headers)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["kind"] == "exchanges.candles_download"
    assert accepted["status_url"] == f"/api/v1/jobs/{accepted['job_id']}"
    assert response.headers["location"] == accepted["status_url"]
    await app.state.jobs.wait(accepted["job_id"], wait)
    job = await client.get(accepted["status_url"], headers=headers)
    assert job.status_code == 200, job.text
    return job.json()


async def stored(client, headers, **params) -> list[dict]:
    query = {"exchange": "binance", "symbol": "BTC-USDT", "timeframe": "1h", "limit": 10_000}
    response = await client.get("/api/v1/candles", params=query | params, headers=headers)
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["next_cursor"] is None  # one page holds everything these tests store
    return page["items"]


def iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


class TestCandleDownload:
    @pytest.fixture
    def settings_overrides(self):
        return {"market_data": "synthetic", "market_exchanges": ["binance", "okx"]}

    @pytest.fixture
    def source(self, app) -> PagingSource:
        source = PagingSource(["binance", "okx"], seed=7)
        app.state.market_data = source
        return source

    async def test_downloads_pages_then_resumes_incrementally(self, client, alice, app, source):
        body = {
            "exchange": "binance",
            "symbol": "BTC/USDT",
            "timeframe": "1h",
            "since": iso(START),
            "until": iso(START + 96 * HOUR),
            "page_size": 25,
        }
        job = await run(client, alice, app, body)
        assert job["status"] == "succeeded", job
        assert job["progress"] == 1.0
        result = job["result"]
        assert (result["fetched"], result["inserted"], result["pages"]) == (96, 96, 4)
        assert result["source"] == "synthetic" and result["complete"]
        assert result["last_stored_before"] is None
        assert result["last_candle"].startswith("2024-01-04T23:00")
        assert [since for since, _ in source.pages] == [
            int((START + i * 25 * HOUR).timestamp() * 1000) for i in range(4)
        ]
        assert [limit for _, limit in source.pages] == [25, 25, 25, 21]

        candles = await stored(client, alice)
        assert len(candles) == 96
        times = [datetime.fromisoformat(c["ts"]) for c in candles]
        assert times == [START + i * HOUR for i in range(96)]
        # what the venue returned is what was stored, value for value
        reference = SyntheticSource(["binance"], seed=7)
        first_page = await reference.fetch_ohlcv(
            "binance", "BTC/USDT", "1h", int(START.timestamp() * 1000), 25
        )
        for candle, row in zip(first_page, candles[:25], strict=True):
            assert (row["open"], row["high"], row["low"], row["close"], row["volume"]) == (
                pytest.approx(candle.open),
                pytest.approx(candle.high),
                pytest.approx(candle.low),
                pytest.approx(candle.close),
                pytest.approx(candle.volume),
            )

        source.pages.clear()
        again = (await run(client, alice, app, body))["result"]
        assert (again["fetched"], again["inserted"], again["pages"]) == (0, 0, 0)
        assert again["resumed_from"].startswith("2024-01-05T00:00") and again["complete"]
        assert source.pages == []  # nothing was asked of the venue

        later = (await run(client, alice, app, body | {"until": iso(START + 120 * HOUR)}))["result"]
        assert later["last_stored_before"].startswith("2024-01-04T23:00")
        assert (later["fetched"], later["inserted"]) == (24, 24)
        assert source.pages == [(int((START + 96 * HOUR).timestamp() * 1000), 24)]
        assert len(await stored(client, alice)) == 120

    async def test_resume_finds_the_last_candle_after_a_gap(self, client, alice, app, source):
        body = {"exchange": "okx", "symbol": "ETH/USDT", "timeframe": "1h"}
        early = body | {"since": iso(START), "until": iso(START + 10 * HOUR)}
        late = body | {"since": iso(START + 50 * HOUR), "until": iso(START + 53 * HOUR)}
        assert (await run(client, alice, app, early))["result"]["inserted"] == 10
        assert (await run(client, alice, app, late))["result"]["inserted"] == 3
        whole = body | {"since": iso(START), "until": iso(START + 60 * HOUR)}
        result = (await run(client, alice, app, whole))["result"]
        assert result["last_stored_before"].startswith("2024-01-03T04:00")  # START + 52 h
        assert (result["fetched"], result["inserted"]) == (7, 7)

    async def test_max_candles_caps_a_run(self, client, alice, app, source):
        body = {"exchange": "binance", "symbol": "SOL/USDT", "timeframe": "15m",
                "since": iso(START), "until": iso(START + 24 * HOUR), "max_candles": 30,
                "page_size": 1000}  # fmt: skip
        result = (await run(client, alice, app, body))["result"]
        assert (result["fetched"], result["pages"], result["complete"]) == (30, 1, False)
        rest = (await run(client, alice, app, body | {"max_candles": 1000}))["result"]
        assert (rest["fetched"], rest["complete"]) == (96 - 30, True)

    async def test_cancel_stops_between_pages(self, client, alice, app):
        slow = PagingSource(["binance", "okx"], delay=0.2)
        app.state.market_data = slow
        body = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m",
                "since": iso(START), "until": iso(START + 2000 * timedelta(minutes=1)),
                "page_size": 10}  # fmt: skip
        response = await client.post(URL, json=body, headers=alice)
        job_id = response.json()["job_id"]
        for _ in range(100):
            if len(slow.pages) >= 2:
                break
            await asyncio.sleep(0.05)
        cancel = await client.post(f"/api/v1/jobs/{job_id}/cancel", headers=alice)
        assert cancel.status_code == 200, cancel.text
        job = (await app.state.jobs.wait(job_id, 10)).model_dump()
        assert job["status"] == "cancelled"
        assert 0 < len(await stored(client, alice, timeframe="1m")) < 2000

    async def test_bad_requests(self, client, alice, bob):
        ok = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"}
        problem = assert_problem(
            await client.post(URL, json=ok | {"exchange": "nope"}, headers=alice), 404
        )
        assert problem["exchange"] == "nope"
        problem = assert_problem(
            await client.post(URL, json=ok | {"timeframe": "7x"}, headers=alice), 422
        )
        assert problem["errors"][0]["field"] == "body.timeframe"
        problem = assert_problem(
            await client.post(
                URL, json=ok | {"since": iso(START), "until": iso(START)}, headers=alice
            ),
            422,
        )
        assert "since" in problem["detail"]
        problem = assert_problem(
            await client.post(URL, json=ok | {"symbol": "BTCUSDT"}, headers=alice), 422
        )
        assert problem["errors"][0]["field"] == "body.symbol"
        assert_problem(await client.post(URL, json=ok | {"page_size": 5000}, headers=alice), 422)
        # Naive means UTC; a moment outside UTC's range is a 422 naming the field, not a 500.
        for since in ("0001-01-01T00:00:00+05:00", 0.5):
            problem = assert_problem(
                await client.post(URL, json=ok | {"since": since}, headers=alice), 422
            )
            assert problem["errors"][0]["field"] == "body.since"
        assert_problem(await client.post(URL, json=ok), 401)
