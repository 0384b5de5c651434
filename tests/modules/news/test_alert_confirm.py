"""Alerts confirmed by the price move since publication, from the exchanges module's source
(the synthetic source here: deterministic candles and tickers)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.modules.news.conftest import register

API = "/api/v1/news"


@pytest.fixture
def settings_overrides(bearish_model: Any) -> dict[str, object]:
    return {
        "model_dir": bearish_model.path.parents[2],
        "market_data": "synthetic",
        "market_exchanges": ["binance"],
    }


async def test_confirm_adds_the_move_since_publication(
    app: Any, client: httpx.AsyncClient, alice: dict, bearish_model: Any
) -> None:
    from app.modules.exchanges.public import get_source

    await register(app, bearish_model)
    item = {
        "url": "https://outlet.example/hack",
        "title": "Exchange hacked, $200M in ETH drained",
        "published_at": "2024-03-01T12:34:00Z",
    }
    assert (
        await client.post(f"{API}/ingest", headers=alice, json={"items": [item]})
    ).status_code == 201
    params = {"symbols": "ETH/USDT", "confirm": "true", "exchange": "binance"}
    alerts = (await client.get(f"{API}/alerts", headers=alice, params=params)).json()["items"]
    assert len(alerts) == 1
    source = get_source(app.state)
    bar = await source.fetch_ohlcv("binance", "ETH/USDT", "1h", since=1709294400000, limit=1)
    ticker = await source.fetch_ticker("binance", "ETH/USDT")
    assert bar[0].timestamp == 1709294400000  # 2024-03-01T12:00Z, the bar holding 12:34
    # the synthetic ticker walks on between calls: the last price implied by the move is the
    # ticker's within a few ticks
    move = alerts[0]["price_move"]
    assert bar[0].open * (1 + move) == pytest.approx(ticker.last, rel=0.01)
    assert alerts[0]["confirmed"] is (move < 0)
    plain = (
        await client.get(f"{API}/alerts", headers=alice, params={"symbols": "ETH/USDT"})
    ).json()
    assert plain["items"][0]["price_move"] is None
