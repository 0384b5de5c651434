"""News over HTTP: ingest (stored once), latest with filters and cursors, analyze, alerts on
the event bus, watchlist, polling a source as a job, and the model endpoints."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core.events import ALERTS_CHANNEL
from tests.conftest import assert_problem
from tests.local_servers import serve
from tests.modules.news.conftest import register, use_news_settings
from tests.modules.news.providers import CryptoPanicServer

API = "/api/v1/news"


@pytest.fixture
def settings_overrides(bearish_model: Any) -> dict[str, object]:
    # the fixture model's directory is under <root>/bearish/news/sentiment/<version>
    return {"model_dir": bearish_model.path.parents[2]}


@pytest.fixture
async def with_model(app: Any, bearish_model: Any) -> Any:
    await register(app, bearish_model)
    return bearish_model


def _item(url: str, title: str, **extra: Any) -> dict[str, Any]:
    return {"url": url, "title": title, **extra}


async def test_without_a_model_analyze_is_409(
    client: httpx.AsyncClient, alice: dict, admin: dict
) -> None:
    body = assert_problem(
        await client.post(f"{API}/analyze", headers=alice, json={"texts": ["Bitcoin up"]}), 409
    )
    assert body["type"] == "/problems/news-model-missing"
    assert "train-sentiment" in body["detail"]
    assert_problem(await client.get(f"{API}/sentiment/model", headers=alice), 409)
    problem = assert_problem(
        await client.post(f"{API}/sentiment/train", headers=admin, json={}), 409
    )
    assert problem["type"] == "/problems/news-training-not-configured"
    # ingestion still works: stored with entities and event type, sentiment left null
    item = {"url": "https://x.example/a", "title": "Binance hacked", "currencies": ["BNB"]}
    stored = (await client.post(f"{API}/ingest", headers=alice, json={"items": [item]})).json()
    assert stored["analysed"] is False
    article = (await client.get(f"{API}/latest", headers=alice)).json()["items"][0]
    assert article["analysis"]["sentiment"] is None
    assert article["analysis"]["event_type"] == "hack"


async def test_analyze_texts_in_order(
    client: httpx.AsyncClient, alice: dict, with_model: Any
) -> None:
    texts = ["Exchange hacked, $200M in ETH drained", "ビットコイン", "Binance lists $LINK"]
    response = await client.post(f"{API}/analyze", headers=alice, json={"texts": texts})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["model_version"] == "fixed-bearish"
    first, other, third = body["items"]
    assert first["sentiment"] == "bearish" and first["confidence"] > 0.99
    assert set(first["probabilities"]) == {"bearish", "neutral", "bullish"}
    assert first["event_type"] == "hack" and first["symbols"] == ["ETH/USDT"]
    assert first["importance_level"] == "high"
    assert other["supported"] is False and other["sentiment"] == "neutral"
    assert [e["key"] for e in third["entities"]] == ["binance", "LINK"]
    assert third["event_type"] == "listing"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"texts": []}, "body.texts"),
        ({"texts": ["  "]}, "body.texts.0"),
        ({"texts": ["x" * 6000]}, "body.texts.0"),
        ({"texts": ["ok"] * 300}, "body.texts"),
        ({"texts": "not a list"}, "body.texts"),
    ],
)
async def test_analyze_bad_input_names_the_field(
    client: httpx.AsyncClient, alice: dict, with_model: Any, body: dict, field: str
) -> None:
    problem = assert_problem(await client.post(f"{API}/analyze", headers=alice, json=body), 422)
    assert any(e["field"] == field for e in problem["errors"]), problem


async def test_ingest_stores_once_and_lists_with_filters(
    client: httpx.AsyncClient, alice: dict, bob: dict, with_model: Any
) -> None:
    items = [
        _item(
            "https://www.outlet.example/a/?utm_source=x",
            "SEC sues Binance over securities",
            published_at="2024-03-01T10:00:00Z",
            currencies=["bnb"],
        ),
        _item(
            "https://outlet.example/a",
            "SEC sues Binance over securities",
            published_at="2024-03-01T10:00:00Z",
        ),  # same canonical URL
        _item(
            "https://other.example/story",
            "SEC sues Binance over securities!",
            published_at="2024-03-01T10:30:00Z",
            source="wire",
        ),  # near-duplicate title
        _item(
            "https://outlet.example/b", "Solana upgrade ships", published_at="2024-03-01T09:00:00Z"
        ),
        _item(
            "https://outlet.example/c",
            "Bitcoin slips ahead of Fed decision",
            published_at="2024-03-01T08:00:00Z",
        ),
    ]
    response = await client.post(f"{API}/ingest", headers=alice, json={"items": items})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["stored"] == 3 and body["duplicates"] == 2 and body["analysed"] is True
    ids = body["article_ids"]
    assert ids[0] == ids[1] == ids[2] and len(set(ids)) == 3

    page = (await client.get(f"{API}/latest", headers=alice, params={"limit": 2})).json()
    assert [i["title"] for i in page["items"]] == [
        "SEC sues Binance over securities",
        "Solana upgrade ships",
    ]
    merged = page["items"][0]
    assert {s["source"] for s in merged["sources"]} == {"user", "user:wire"}
    assert merged["private"] is True
    assert merged["analysis"]["sentiment"] == "bearish"
    assert merged["analysis"]["event_type"] == "lawsuit"
    rest = (
        await client.get(
            f"{API}/latest", headers=alice, params={"limit": 2, "cursor": page["next_cursor"]}
        )
    ).json()
    assert [i["title"] for i in rest["items"]] == ["Bitcoin slips ahead of Fed decision"]
    assert rest["next_cursor"] is None

    async def titles(**params: Any) -> list[str]:
        r = await client.get(f"{API}/latest", headers=alice, params=params)
        assert r.status_code == 200, r.text
        return [i["title"] for i in r.json()["items"]]

    assert await titles(symbol="BNB") == ["SEC sues Binance over securities"]  # tagged + entity
    assert await titles(symbol="SOL-USDT") == ["Solana upgrade ships"]
    assert await titles(symbol="BTC/USDT") == ["Bitcoin slips ahead of Fed decision"]
    assert await titles(event_type="macro") == ["Bitcoin slips ahead of Fed decision"]
    assert await titles(importance="high") == ["SEC sues Binance over securities"]
    assert await titles(start="2024-03-01T08:30:00Z", end="2024-03-01T10:00:00Z") == [
        "Solana upgrade ships"
    ]
    assert len(await titles(sentiment="bearish")) == 3
    assert await titles(sentiment="bullish") == []
    assert await titles(source="user") == [
        "SEC sues Binance over securities",
        "Solana upgrade ships",
        "Bitcoin slips ahead of Fed decision",
    ]
    # bob does not see alice's own items, not even by id
    assert (await client.get(f"{API}/latest", headers=bob)).json()["items"] == []
    assert_problem(await client.get(f"{API}/articles/{ids[0]}", headers=bob), 404)
    assert (await client.get(f"{API}/articles/{ids[0]}", headers=alice)).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "garbage"},
        {"symbol": "BTC/USDT/X"},
        {"sentiment": "happy"},
        {"limit": 0},
        {"start": "yesterday"},
    ],
)
async def test_latest_bad_query_is_422(
    client: httpx.AsyncClient, alice: dict, params: dict
) -> None:
    assert_problem(await client.get(f"{API}/latest", headers=alice, params=params), 422)


async def test_ingest_bad_items(client: httpx.AsyncClient, alice: dict) -> None:
    for body in (
        {"items": []},
        {"items": [{"url": "ftp://x.example/a", "title": "t"}]},
        {"items": [{"url": "https://x.example/a", "title": ""}]},
        {"items": [{"url": "https://x.example/a", "title": "t", "published_at": "soon"}]},
        {
            "items": [
                {"url": "https://x.example/a", "title": "t", "published_at": "0001-01-01T00:00:00Z"}
            ]
        },
        {"items": [{"url": "https://x.example/a", "title": "t", "currencies": ["BTC/USDT"]}]},
        {"items": [{"url": "https://x.example/a", "title": "t", "currencies": ["X" * 30]}]},
    ):
        assert_problem(await client.post(f"{API}/ingest", headers=alice, json=body), 422)
    assert_problem(await client.get(f"{API}/latest"), 401)


async def _collect(app: Any, into: list[dict], ready: asyncio.Event) -> None:
    stream = app.state.events.subscribe(ALERTS_CHANNEL)
    first = asyncio.ensure_future(stream.__anext__())
    await asyncio.sleep(0.2)  # the subscription is registered once the generator runs
    ready.set()
    into.append(await first)
    async for message in stream:
        into.append(message)


async def test_critical_news_reaches_the_bus_and_the_alerts(
    app: Any, client: httpx.AsyncClient, alice: dict, bob: dict, with_model: Any
) -> None:
    # alice's emergency rule: negative critical ETH news halts her trading.
    rule = {"source": "news", "action": "halt", "assets": ["ETH"]}
    made = await client.post("/api/v1/emergency/event-rules", json=rule, headers=alice)
    assert made.status_code == 201, made.text
    received: list[dict] = []
    ready = asyncio.Event()
    task = asyncio.create_task(_collect(app, received, ready))
    await asyncio.wait_for(ready.wait(), 5)
    items = [
        _item(
            "https://outlet.example/hack",
            "Exchange hacked, $200M in ETH drained",
            published_at="2024-03-01T12:00:00Z",
        ),
        _item(
            "https://outlet.example/quiet",
            "Ethereum developers meet on Thursday",
            published_at="2024-03-01T11:00:00Z",
        ),
    ]
    response = await client.post(f"{API}/ingest", headers=alice, json={"items": items})
    assert response.status_code == 201, response.text
    for _ in range(100):
        if received:
            break
        await asyncio.sleep(0.05)
    task.cancel()
    assert len(received) == 1
    # The core alert envelope: the ingesting user's own item alerts that user only.
    envelope = received[0]
    assert (envelope["kind"], envelope["source"]) == ("alert", "news")
    assert envelope["user_id"] is not None
    event = envelope["alert"]
    assert event["event"] == "news.critical"
    assert event["symbol"] == "ETH/USDT" and event["event_type"] == "hack"
    assert event["direction"] == "negative" and event["confidence"] >= 0.65
    # The breaker's listener acted on it: alice is halted, bob (no rule, not his item) is not.
    status: dict = {}
    for _ in range(200):
        status = (await client.get("/api/v1/emergency/status", headers=alice)).json()
        if status["trading_halted"]:
            break
        await asyncio.sleep(0.05)
    assert status["trading_halted"] and status["halts"][0]["source"] == "event:news"
    bob_status = await client.get("/api/v1/emergency/status", headers=bob)
    assert not bob_status.json()["trading_halted"]

    # alerts list: nothing watched or held yet → empty; watch ETH → the alert
    assert (await client.get(f"{API}/alerts", headers=alice)).json()["items"] == []
    put = await client.put(f"{API}/watchlist", headers=alice, json={"symbols": ["eth/usdt"]})
    assert put.json() == {"symbols": ["ETH/USDT"]}
    alerts = (await client.get(f"{API}/alerts", headers=alice)).json()["items"]
    assert [a["title"] for a in alerts] == ["Exchange hacked, $200M in ETH drained"]
    by_query = await client.get(f"{API}/alerts", headers=alice, params={"symbols": "ETH-USDT"})
    assert len(by_query.json()["items"]) == 1
    # alice's private item does not alert bob
    await client.put(f"{API}/watchlist", headers=bob, json={"symbols": ["ETH/USDT"]})
    assert (await client.get(f"{API}/alerts", headers=bob)).json()["items"] == []
    assert_problem(
        await client.get(f"{API}/alerts", headers=alice, params={"symbols": "nope"}), 422
    )


async def _wait_job(client: httpx.AsyncClient, headers: dict, location: str) -> dict:
    for _ in range(400):
        job = (await client.get(location, headers=headers)).json()
        if job["status"] in ("succeeded", "failed", "cancelled"):
            return job
        await asyncio.sleep(0.05)
    raise AssertionError("job did not finish")


async def test_poll_job_stores_cryptopanic_news_once(
    app: Any, client: httpx.AsyncClient, admin: dict, alice: dict, with_model: Any
) -> None:
    server = CryptoPanicServer()
    async with serve(server.app()) as base:
        use_news_settings(
            app,
            cryptopanic_base_url=f"{base}/api/developer/v2",
            cryptopanic_token="good-token",
            provider_min_interval=0,
        )
        assert_problem(await client.post(f"{API}/sources/cryptopanic/poll", headers=alice), 403)
        assert_problem(await client.post(f"{API}/sources/nope/poll", headers=admin), 404)
        for _ in range(2):  # the second poll finds everything stored already
            response = await client.post(f"{API}/sources/cryptopanic/poll", headers=admin)
            assert response.status_code == 202, response.text
            job = await _wait_job(client, admin, response.headers["Location"])
            assert job["status"] == "succeeded", job
    assert job["result"]["fetched"] == 3 and job["result"]["duplicates"] == 3
    page = (await client.get(f"{API}/latest", headers=alice)).json()["items"]
    assert [i["source"] for i in page] == ["cryptopanic"] * 3
    assert page[0]["tagged_currencies"] == ["ETH"] and page[0]["private"] is False


async def test_model_endpoint_reports_metrics(
    client: httpx.AsyncClient, alice: dict, admin: dict, with_model: Any
) -> None:
    body = (await client.get(f"{API}/sentiment/model", headers=alice)).json()
    assert body["version"] == "fixed-bearish" and len(body["sha256"]) == 64
    # training needs a configured file
    assert_problem(await client.post(f"{API}/sentiment/train", headers=alice, json={}), 403)


async def test_train_job_registers_a_model(
    app: Any, client: httpx.AsyncClient, admin: dict, alice: dict, tmp_path: Path, shared_data: Path
) -> None:
    sample = tmp_path / "tiny.csv"
    lines = (shared_data / "news" / "sent_train.csv").read_text().splitlines()
    sample.write_text("\n".join([lines[0], *lines[1:13], *lines[-12:], *lines[3000:3012]]) + "\n")
    use_news_settings(app, train_csv=sample, valid_csv=sample)
    response = await client.post(
        f"{API}/sentiment/train", headers=admin, json={"epochs": 1, "top_layers": 1}
    )
    assert response.status_code == 202, response.text
    job = await _wait_job(client, admin, response.headers["Location"])
    assert job["status"] == "succeeded", job
    metrics = job["result"]["metrics"]
    assert metrics["train_examples"] + metrics["calibration_examples"] == 36
    assert metrics["valid"]["examples"] == 36
    model = (await client.get(f"{API}/sentiment/model", headers=alice)).json()
    assert model["version"] == job["result"]["version"]
    analysed = await client.post(f"{API}/analyze", headers=alice, json={"texts": ["BTC up"]})
    assert analysed.status_code == 200 and analysed.json()["model_version"] == model["version"]
