"""News-driven signals and the event study over stored items and candles, against hand
computations (decay and source weights, ATR stop, returns after items, t intervals)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import numpy as np
import pandas as pd
import pytest
from scipy import stats

from app.modules.news.models import NewsArticle, NewsArticleTag
from tests.conftest import assert_problem

API = "/api/v1/news"
AT = datetime(2024, 3, 2, tzinfo=UTC)
HOUR = timedelta(hours=1)


def _probs(bull: float, bear: float) -> dict[str, float]:
    return {"bullish": bull, "bearish": bear, "neutral": round(1 - bull - bear, 6)}


async def _article(
    app: Any, code: str, when: datetime, source: str, bull: float, bear: float
) -> None:
    label = (
        "bullish" if bull >= max(bear, 1 - bull - bear) else "bearish" if bear > bull else "neutral"
    )
    async with app.state.db.session() as session:
        row = NewsArticle(
            source=source,
            url=f"https://x.example/{code}/{when.timestamp()}",
            canonical_url="c",
            url_key=f"{code}{when.timestamp()}{source}",
            title=f"{code} news {when}",
            title_key="k",
            published_at=when,
            sources=[],
            sentiment=label,
            probabilities=_probs(bull, bear),
            confidence=max(bull, bear, 1 - bull - bear),
            symbols=[f"{code}/USDT"],
            importance=0.5,
        )
        session.add(row)
        await session.flush()
        assert row.id is not None
        session.add(NewsArticleTag(article_id=row.id, code=code))
        await session.commit()


def _candles(start: datetime, n: int, seed: int) -> list[list[float]]:
    rng = np.random.default_rng(seed)
    close = 100 * np.cumprod(1 + rng.normal(0, 0.01, n))
    open_ = np.r_[100.0, close[:-1]]
    high = np.maximum(open_, close) * (1 + rng.uniform(0, 0.01, n))
    low = np.minimum(open_, close) * (1 - rng.uniform(0, 0.01, n))
    ms = int(start.timestamp() * 1000)
    return [[ms + i * 3_600_000, open_[i], high[i], low[i], close[i], 10.0] for i in range(n)]


async def _import(app: Any, symbol: str, rows: list[list[float]]) -> None:
    from app.modules.database import public as database

    async with app.state.db.session() as session:
        await database.import_candle_file(
            session, None, json.dumps(rows).encode(), "binance", symbol, "1h"
        )


async def test_strategy_weights_decay_and_sources_then_applies_the_rules(
    app: Any, client: httpx.AsyncClient, alice: dict
) -> None:
    await _article(app, "BTC", AT - 1 * HOUR, "cryptopanic", 0.90, 0.05)
    await _article(app, "BTC", AT - 7 * HOUR, "rss:x", 0.70, 0.20)
    await _article(app, "BTC", AT - 30 * HOUR, "cryptopanic", 0.01, 0.98)  # outside the window
    await _article(app, "ETH", AT - 2 * HOUR, "cryptopanic", 0.60, 0.30)
    await _article(app, "ETH", AT - 3 * HOUR, "cryptopanic", 0.60, 0.30)
    await _article(app, "SOL", AT - 2 * HOUR, "cryptopanic", 0.10, 0.85)
    await _article(app, "SOL", AT - 3 * HOUR, "cryptopanic", 0.10, 0.85)
    rows = _candles(AT - 40 * HOUR, 40, seed=5)
    await _import(app, "BTC/USDT", rows)

    body = {
        "symbols": ["BTC/USDT", "ETH/USDT", "SOL/USDT", "ADA/USDT"],
        "at": AT.isoformat(),
        "window_hours": 24,
        "half_life_hours": 6,
        "source_weights": {"rss:x": 0.5},
        "atr_period": 14,
        "atr_multiplier": 2.0,
        "save": True,
    }
    response = await client.post(f"{API}/strategy", headers=alice, json=body)
    assert response.status_code == 200, response.text
    btc, eth, sol, ada = response.json()["signals"]

    w = np.array([0.5 ** (1 / 6), 0.5 * 0.5 ** (7 / 6)])
    p_bull = float((w * [0.90, 0.70]).sum() / w.sum())
    p_bear = float((w * [0.05, 0.20]).sum() / w.sum())
    frame = pd.DataFrame(rows, columns=["ts", "open", "high", "low", "close", "volume"])
    prev = frame["close"].shift()
    tr = pd.concat(
        [frame["high"] - frame["low"], (frame["high"] - prev).abs(), (frame["low"] - prev).abs()],
        axis=1,
    ).max(axis=1)
    atr = float(tr.iloc[-14:].mean())
    assert btc["side"] == "BUY" and btc["items"] == 2
    assert btc["confidence"] == pytest.approx(p_bull, abs=1e-6)
    assert btc["score"] == pytest.approx(p_bull - p_bear, abs=1e-6)
    assert btc["atr"] == pytest.approx(atr)
    assert btc["stop_loss"] == pytest.approx(frame["close"].iloc[-1] - 2 * atr)
    assert btc["saved_signal_id"] is not None
    assert eth["side"] == "HOLD" and eth["confidence"] == pytest.approx(0.6)
    assert "0.65" in eth["reason"]  # the white-hat floor
    assert sol["side"] == "HOLD" and "stop-loss" in sol["reason"]  # SELL needs candles for a stop
    assert ada["side"] == "HOLD" and ada["items"] == 0

    saved = (await client.get("/api/v1/signals/history", headers=alice)).json()["items"]
    assert [(s["symbol"], s["side"], s["strategy"]) for s in saved] == [
        ("BTC/USDT", "BUY", "news-sentiment")
    ]
    assert saved[0]["stop_loss"] == pytest.approx(btc["stop_loss"])


async def test_strategy_bad_input(client: httpx.AsyncClient, alice: dict) -> None:
    for body in (
        {"symbols": []},
        {"symbols": ["BTCUSDT"]},
        {"symbols": ["BTC/USDT"], "half_life_hours": 0},
        {"symbols": ["BTC/USDT"], "timeframe": "7m"},
    ):
        assert_problem(await client.post(f"{API}/strategy", headers=alice, json=body), 422)


async def test_event_study_matches_a_hand_computation(
    app: Any, client: httpx.AsyncClient, alice: dict
) -> None:
    start = datetime(2024, 3, 1, tzinfo=UTC)
    rows = _candles(start, 60, seed=11)
    await _import(app, "ETH/USDT", rows)
    bull_times = [
        start + timedelta(hours=3, minutes=20),
        start + timedelta(hours=10),
        start + timedelta(hours=20, minutes=5),
    ]
    bear_times = [start + timedelta(hours=30, minutes=45), start + timedelta(hours=40)]
    for when in bull_times:
        await _article(app, "ETH", when, "cryptopanic", 0.8, 0.1)
    for when in bear_times:
        await _article(app, "ETH", when, "cryptopanic", 0.1, 0.8)
    await _article(app, "ETH", start + timedelta(hours=5), "cryptopanic", 0.1, 0.1)  # neutral: out

    response = await client.post(
        f"{API}/strategy/event_study",
        headers=alice,
        json={"symbol": "ETH/USDT", "horizons": [1, 4], "timeframe": "1h"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["items"] == 5
    table = {(r["sentiment"], r["horizon"]): r for r in body["rows"]}

    def entry(when: datetime) -> int:  # first bar opening at or after the item
        return int(np.ceil((when - start) / HOUR))

    for label, times in (("bullish", bull_times), ("bearish", bear_times)):
        for h in (1, 4):
            r = [rows[entry(t) + h - 1][4] / rows[entry(t)][1] - 1 for t in times]
            low, high = stats.t.interval(0.95, len(r) - 1, loc=np.mean(r), scale=stats.sem(r))
            row = table[(label, h)]
            assert row["n"] == len(r)
            assert row["mean_return"] == pytest.approx(np.mean(r))
            assert row["ci_low"] == pytest.approx(low) and row["ci_high"] == pytest.approx(high)

    bad = {"symbol": "ETH/USDT", "horizons": [0]}
    assert_problem(await client.post(f"{API}/strategy/event_study", headers=alice, json=bad), 422)
    none = await client.post(
        f"{API}/strategy/event_study", headers=alice, json={"symbol": "XRP/USDT"}
    )
    assert_problem(none, 422)
