"""Backtest endpoints on real Binance BTC/USDT 1h candles imported through the API: runs as jobs,
results equal to the library's own run, charts, history, ownership, white-hat rules."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from app.modules.backtest.public import candles_to_frame, run_backtest
from app.modules.backtest.specs import BacktestSpec
from app.modules.database.candle_parsing import parse_candle_file
from tests.conftest import assert_problem

BT = "/api/v1/backtest"
ROWS = 1_500  # the newest 1,500 hours of the file: 2021-04-08 .. 2021-06-10
START = "2021-04-20T00:00:00Z"
END = "2021-06-01T00:00:00Z"


@pytest.fixture(scope="module")
def btc_csv(shared_data) -> bytes:
    lines = (shared_data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv").read_text().splitlines()
    return "\n".join(lines[: ROWS + 1]).encode()


@pytest.fixture
async def btc(client, alice, btc_csv) -> bytes:
    """The slice, imported into the candles store through the API."""
    response = await client.post(
        "/api/v1/candles/import",
        files={"file": ("btc.csv", btc_csv)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
        headers=alice,
    )
    assert response.status_code == 200 and response.json()["inserted"] == ROWS, response.text
    return btc_csv


def spec(**overrides) -> dict:
    return {
        "strategy": "sma_cross",
        "params": {"fast": 10, "slow": 40},
        "symbols": ["BTC/USDT"],
        "timeframe": "1h",
        "start": START,
        "end": END,
        "stop_loss": {"type": "atr", "multiplier": 2.5},
        "take_profit": {"type": "risk_reward", "ratio": 2},
        "direction": "both",
        "leverage": 2,
    } | overrides


async def finished(client, headers, run_id: str, within: float = 120) -> dict:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        body = (await client.get(f"{BT}/results/{run_id}", headers=headers)).json()
        if body["status"] in ("succeeded", "failed", "cancelled"):
            return body
        assert asyncio.get_running_loop().time() < deadline, body
        await asyncio.sleep(0.05)


async def submit(client, headers, path: str, body: dict) -> dict:
    response = await client.post(f"{BT}/{path}", json=body, headers=headers)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["status"] in ("queued", "running") and accepted["result"] is None
    assert response.headers["location"] == f"{BT}/results/{accepted['id']}"
    return accepted


async def test_strategies_catalogue(client, alice):
    response = await client.get(f"{BT}/strategies", headers=alice)
    assert response.status_code == 200
    by_name = {s["name"]: s for s in response.json()}
    assert {"sma_cross", "ema_cross", "rsi_mean_reversion", "macd", "signals"} <= set(by_name)
    assert [p["name"] for p in by_name["sma_cross"]["params"]] == ["fast", "slow"]
    assert by_name["signals"]["optimisable"] is False
    assert_problem(await client.get(f"{BT}/strategies"), 401)


async def test_run_as_a_job_matches_the_library_and_charts(client, alice, btc):
    accepted = await submit(client, alice, "run", spec())
    assert accepted["kind"] == "run" and accepted["exchange"] == "binance" and accepted["job_id"]
    body = await finished(client, alice, accepted["id"])
    assert body["status"] == "succeeded" and body["progress"] == 1.0, body
    result = body["result"]

    # The same spec run directly by the library on the same candles gives the same numbers.
    rows = parse_candle_file(btc, "1h").rows
    direct = run_backtest(BacktestSpec(**spec()), {"BTC/USDT": candles_to_frame(rows)})
    assert result["bars"] == direct.bars == 1004  # 2021-04-20 .. 2021-06-01, both ends in
    assert result["metrics"] == pytest.approx(direct.metrics.model_dump(), rel=1e-9)
    assert len(result["trades"]) == len(direct.trades) == result["metrics"]["trade_count"] > 3
    assert result["equity_curve"]["equity"] == pytest.approx(direct.equity_curve.equity)
    assert body["summary"]["total_return"] == pytest.approx(direct.metrics.total_return)
    assert body["request"]["params"] == {"fast": 10, "slow": 40}

    # ?view=summary: the headline numbers without the equity curve and trades
    small = await client.get(
        f"{BT}/results/{accepted['id']}", params={"view": "summary"}, headers=alice
    )
    assert small.status_code == 200 and small.json()["view"] == "summary"
    assert small.json()["result"] is None and small.json()["summary"] == body["summary"]
    assert len(small.content) * 20 < len(
        (
            await client.get(
                f"{BT}/results/{accepted['id']}", params={"view": "full"}, headers=alice
            )
        ).content
    )
    assert_problem(
        await client.get(f"{BT}/results/{accepted['id']}", params={"view": "x"}, headers=alice),
        422,
    )

    job = (await client.get(f"/api/v1/jobs/{accepted['job_id']}", headers=alice)).json()
    assert job["kind"] == "backtest.run" and job["status"] == "succeeded"
    assert job["result"]["run_id"] == accepted["id"]

    chart = await client.get(f"{BT}/results/{accepted['id']}/chart", headers=alice)
    assert chart.status_code == 200 and chart.headers["content-type"] == "application/json"
    figure = chart.json()
    assert {"data", "layout"} <= set(figure)
    assert {trace.get("name") for trace in figure["data"]} >= {"Strategy", "Buy & hold", "Entry"}
    page = await client.get(
        f"{BT}/results/{accepted['id']}/chart", params={"format": "html"}, headers=alice
    )
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<html>" in page.text[:100].lower() and "plotly" in page.text.lower()
    # plotly.js is served once as a static asset (no CDN, not inlined in every page), and the
    # report has a price panel with the trades and a metrics table beside the curves.
    asset_url = f"{BT}/assets/plotly.min.js"
    assert f'src="{asset_url}"' in page.text and len(page.content) < 1_000_000
    assert "Price and trades" in page.text and "Metrics" in page.text and "Sharpe" in page.text
    asset = await client.get(asset_url)  # public: a <script> tag sends no token
    assert asset.status_code == 200 and asset.headers["content-type"].startswith("text/javascript")
    assert len(asset.content) > 1_000_000 and b"plotly" in asset.content[:2000].lower()
    panels = {trace.get("type", "scatter") for trace in figure["data"]}
    assert "table" in panels and "BTC/USDT" in {trace.get("name") for trace in figure["data"]}
    assert_problem(
        await client.get(
            f"{BT}/results/{accepted['id']}/chart", params={"format": "png"}, headers=alice
        ),
        422,
    )


async def test_wait_returns_the_finished_result_with_200(client, alice, btc):
    base = datetime(2024, 1, 1, tzinfo=UTC)
    closes = [100 + 10 * ((i // 25) % 2) + (i % 25) * 0.4 for i in range(300)]
    candles = [
        {
            "ts": (base + timedelta(hours=i)).isoformat(),
            "open": c,
            "high": c * 1.01,
            "low": c * 0.99,
            "close": c,
            "volume": 1.0,
        }
        for i, c in enumerate(closes)
    ]
    inline = spec(start=None, end=None, candles={"BTC/USDT": candles})
    response = await client.post(f"{BT}/run", params={"wait": True}, json=inline, headers=alice)
    if response.status_code == 202:  # the first simulation of a cold process may compile
        body = await finished(client, alice, response.json()["id"])
    else:
        assert response.status_code == 200, response.text
        body = response.json()
    assert body["status"] == "succeeded" and body["exchange"] is None
    assert body["result"]["bars"] == 300 and "candles" not in body["request"]
    again = await client.post(f"{BT}/run", params={"wait": True}, json=inline, headers=alice)
    assert (
        again.status_code == 200 and again.json()["result"]["metrics"] == body["result"]["metrics"]
    )


async def test_results_are_private(client, alice, bob, btc):
    run_id = (await submit(client, alice, "run", spec()))["id"]
    await finished(client, alice, run_id)
    for response in (
        await client.get(f"{BT}/results/{run_id}", headers=bob),
        await client.get(f"{BT}/results/{run_id}/chart", headers=bob),
        await client.delete(f"{BT}/results/{run_id}", headers=bob),
        await client.post(f"{BT}/montecarlo", json={"result_id": run_id}, headers=bob),
    ):
        assert_problem(response, 404)
    assert (await client.get(f"{BT}/history", headers=bob)).json()["items"] == []
    assert (await client.get(f"{BT}/results/{run_id}", headers=alice)).status_code == 200


@pytest.mark.parametrize(
    ("path", "body", "rule", "field"),
    [
        ("run", spec(leverage=5), "max-leverage", "body.leverage"),
        ("run", spec(leverage=3.01), "max-leverage", "body.leverage"),
        ("run", spec(stop_loss=None), "stop-loss-required", "body.stop_loss"),
        ("run", {k: v for k, v in spec().items() if k != "stop_loss"}, "stop-loss-required",
         "body.stop_loss"),
        ("optimize", {"base": spec(leverage=4), "param_space": {"fast": {"values": [5, 10]}}},
         "max-leverage", "body.base.leverage"),
        ("walkforward", {"base": spec(stop_loss=None), "param_space": {"fast": {"values": [5]}},
                         "in_sample_bars": 100, "out_of_sample_bars": 50},
         "stop-loss-required", "body.base.stop_loss"),
    ],
)  # fmt: skip
async def test_white_hat_rules_are_422_naming_the_rule(client, alice, path, body, rule, field):
    problem = assert_problem(await client.post(f"{BT}/{path}", json=body, headers=alice), 422)
    assert problem["rule"] == rule and problem["type"] == "/problems/policy-violation"
    assert field in [error["field"] for error in problem["errors"]]
    assert rule in problem["detail"]
    assert (await client.get(f"{BT}/history", headers=alice)).json()["items"] == []


async def test_bad_inputs_are_clear_problems(client, alice, btc):
    unknown = assert_problem(
        await client.post(f"{BT}/run", json=spec(strategy="moon"), headers=alice), 422
    )
    assert "moon" in unknown["detail"] and unknown["errors"][0]["field"] == "body.strategy"

    crossed = assert_problem(
        await client.post(f"{BT}/run", json=spec(params={"fast": 50, "slow": 20}), headers=alice),
        422,
    )
    assert "fast < slow" in crossed["detail"] and crossed["param"] == "fast"
    extra = assert_problem(
        await client.post(f"{BT}/run", json=spec(params={"fast": 5, "speed": 3}), headers=alice),
        422,
    )
    assert "speed" in extra["detail"] and extra["errors"][0]["field"] == "body.params.speed"
    space = assert_problem(
        await client.post(
            f"{BT}/optimize",
            json={"base": spec(), "param_space": {"warp": {"values": [1, 2]}}},
            headers=alice,
        ),
        422,
    )
    assert space["errors"][0]["field"] == "body.param_space.warp"

    empty = assert_problem(
        await client.post(
            f"{BT}/run",
            json=spec(start="2030-01-01T00:00:00Z", end="2030-02-01T00:00:00Z"),
            headers=alice,
        ),
        404,
    )
    assert "BTC/USDT" in empty["detail"] and "candles" in empty["detail"]
    assert empty["symbol"] == "BTC/USDT"
    assert_problem(
        await client.post(f"{BT}/run", json=spec(symbols=["ETH/USDT"]), headers=alice), 404
    )
    assert_problem(
        await client.post(f"{BT}/run", json=spec() | {"exchange": "kraken"}, headers=alice), 404
    )
    for body in (
        spec(timeframe="7m"),
        spec(symbols=[]),
        spec(start=END, end=START),
        spec(fees=0.5),
        spec() | {"surprise": 1},
    ):
        assert_problem(await client.post(f"{BT}/run", json=body, headers=alice), 422)
    assert_problem(await client.post(f"{BT}/run", content=b"{not json", headers=alice), 422)
    assert_problem(await client.get(f"{BT}/results/{'0' * 32}", headers=alice), 404)
    assert_problem(
        await client.post(f"{BT}/montecarlo", json={"result_id": "0" * 32}, headers=alice), 404
    )
    assert_problem(
        await client.get(f"{BT}/history", params={"cursor": "bm9wZQ=="}, headers=alice), 422
    )
    assert (await client.get(f"{BT}/history", headers=alice)).json()["items"] == []


async def test_stored_signals_are_replayed(client, alice, bob, btc):
    no_signals = assert_problem(
        await client.post(f"{BT}/run", json=spec(strategy="signals", params={}), headers=alice),
        422,
    )
    assert "stored signals" in no_signals["detail"]
    rows = sorted(parse_candle_file(btc, "1h").rows, key=lambda row: row.ts)
    signals = []
    for index, side in ((300, "BUY"), (500, "SELL"), (700, "BUY"), (900, "SELL")):
        price = rows[index].close
        stop = price * (0.95 if side == "BUY" else 1.05)
        moment = datetime.fromtimestamp(rows[index].ts / 1000, UTC) + timedelta(minutes=30)
        signals.append(
            {"symbol": "BTC/USDT", "side": side, "price": price, "confidence": 0.8,
             "stop_loss": stop, "strategy": "manual", "timestamp": moment.isoformat()}
        )  # fmt: skip
    saved = await client.post("/api/v1/signals/save", json=signals, headers=alice)
    assert saved.status_code == 201, saved.text

    body = spec(strategy="signals", params={}, start=None, end=None, signal_strategy="manual")
    result = await finished(client, alice, (await submit(client, alice, "run", body))["id"])
    assert result["status"] == "succeeded", result
    assert "BTC/USDT: 4 stored signals replayed" in result["result"]["warnings"]
    entries = [trade["entry_time"] for trade in result["result"]["trades"]]
    assert len(entries) == 4  # each signal fills at the open of the bar after the one it follows
    assert entries[0].startswith(
        datetime.fromtimestamp(rows[301].ts / 1000, UTC).strftime("%Y-%m-%dT%H:%M")
    )
    # Bob has no stored signals of his own.
    assert_problem(await client.post(f"{BT}/run", json=body, headers=bob), 422)
