"""The GAN endpoints on real Binance BTC/USDT 1h candles imported through the API: training as
a job in a worker process, the registry (ownership, publishing, hash check), generation,
quality reports, scenarios feeding the risk module's stress replay, and bad input."""

from __future__ import annotations

import asyncio
import hashlib
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import assert_problem

GAN = "/api/v1/gan"
ROWS = 1_500  # the newest 1,500 hours of the file: 2021-04-08 .. 2021-06-10 (May 2021 crash)
TINY = {
    "exchange": "binance", "symbols": ["BTC/USDT"], "timeframe": "1h", "window": 12,
    "hidden": 8, "layers": 1, "embedding_epochs": 2, "supervised_epochs": 2,
    "joint_epochs": 2, "batch_size": 64, "seed": 3,
}  # fmt: skip


@pytest.fixture
def settings_overrides(tmp_path: Path) -> dict[str, object]:
    return {"model_dir": tmp_path / "models"}


@pytest.fixture(scope="module")
def btc_csv(shared_data: Path) -> bytes:
    lines = (shared_data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv").read_text().splitlines()
    return "\n".join(lines[: ROWS + 1]).encode()


@pytest.fixture
async def btc(client, alice, btc_csv) -> None:
    response = await client.post(
        "/api/v1/candles/import",
        files={"file": ("btc.csv", btc_csv)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
        headers=alice,
    )
    assert response.status_code == 200 and response.json()["inserted"] == ROWS, response.text


async def settled(client, headers, model_id: str, within: float = 240) -> dict:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        body = (await client.get(f"{GAN}/models/{model_id}", headers=headers)).json()
        if body["status"] in ("ready", "failed", "cancelled"):
            return body
        assert asyncio.get_running_loop().time() < deadline, body
        await asyncio.sleep(0.1)


async def train(client, headers, **overrides) -> dict:
    response = await client.post(f"{GAN}/train", json=TINY | overrides, headers=headers)
    assert response.status_code == 202, response.text
    body = response.json()
    assert response.headers["Location"] == f"{GAN}/models/{body['id']}"
    assert body["status"] == "queued" and body["job_id"]
    return body


async def test_train_generate_publish_scenarios(app, client, alice, bob, admin, btc) -> None:
    queued = await train(client, alice)
    model = await settled(client, alice, queued["id"])
    assert model["status"] == "ready", model
    assert model["module"] == "synthetic" and model["kind"] == "timegan" and model["version"] == 1
    assert model["data"]["bars"] == ROWS and model["params"]["seed"] == 3
    assert set(model["metrics"]["generators"]) == {"timegan", "bootstrap", "garch_t"}
    job = (await client.get(f"/api/v1/jobs/{model['job_id']}", headers=alice)).json()
    assert job["status"] == "succeeded" and job["result"]["epochs"] == 6
    files = list(Path(app.state.settings.model_dir).rglob("*.pt"))
    assert len(files) == 1
    assert hashlib.sha256(files[0].read_bytes()).hexdigest() == model["sha256"]

    report = (await client.get(f"{GAN}/models/{model['id']}/quality", headers=alice)).json()
    assert report["verdict"].startswith("TimeGAN")
    assert [h["phase"] for h in report["history"]] == ["embedding"] * 2 + ["supervised"] * 2 + [
        "joint"
    ] * 2
    assert len(report["chart"]["data"]) == 8 and report["windows"]["test"] > 0
    assert report["real"]["excess_kurtosis"] > 0

    ask = {"model_id": model["id"], "n_paths": 3, "length": 10, "seed": 1,
           "regime": "bear_high_vol"}  # fmt: skip
    first = await client.post(f"{GAN}/generate", json=ask, headers=alice)
    assert first.status_code == 200, first.text
    out = first.json()
    assert out["source"] == "synthetic" and len(out["ts"]) == 10 and len(out["paths"]) == 3
    assert 0 <= out["regime_match"] <= 1
    for p in out["paths"]:
        o, h, lo, c = (np.array(p[k]) for k in ("open", "high", "low", "close"))
        assert len(c) == 10 and (h >= np.maximum(o, c) - 1e-9).all()
        assert (lo <= np.minimum(o, c) + 1e-9).all()
    assert out["paths"][0]["open"][0] == pytest.approx(37_000, rel=0.2)  # the last close
    again = await client.post(f"{GAN}/generate", json=ask, headers=alice)
    assert again.json()["paths"] == out["paths"]
    other = await client.post(f"{GAN}/generate", json=ask | {"seed": 2}, headers=alice)
    assert other.json()["paths"] != out["paths"]
    csv = await client.post(
        f"{GAN}/generate", json=ask | {"format": "csv", "generator": "bootstrap", "regime": None,
                                       "start_price": {"BTC/USDT": 100.0}},
        headers=alice,
    )  # fmt: skip
    assert csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.strip().splitlines()
    assert lines[0] == "path,symbol,regime,ts,open,high,low,close,volume" and len(lines) == 31
    assert float(lines[1].split(",")[4]) == 100.0

    # Another user's model: 404 everywhere, until an admin publishes it.
    assert_problem(await client.get(f"{GAN}/models/{model['id']}", headers=bob), 404)
    assert_problem(await client.post(f"{GAN}/generate", json=ask, headers=bob), 404)
    assert (await client.get(f"{GAN}/models", headers=bob)).json()["items"] == []
    assert_problem(
        await client.post(f"{GAN}/models/{model['id']}/publish", json={}, headers=bob), 403
    )
    admin_view = (await client.get(f"{GAN}/models", headers=admin)).json()["items"]
    assert [m["id"] for m in admin_view] == [model["id"]]
    published = await client.post(f"{GAN}/models/{model['id']}/publish", json={}, headers=admin)
    assert published.status_code == 200 and published.json()["published"] is True
    assert (await client.post(f"{GAN}/generate", json=ask, headers=bob)).status_code == 200
    assert [m["id"] for m in (await client.get(f"{GAN}/models", headers=bob)).json()["items"]] == [
        model["id"]
    ]
    assert (await client.get(f"{GAN}/models?mine=true", headers=bob)).json()["items"] == []
    assert_problem(await client.delete(f"{GAN}/models/{model['id']}", headers=bob), 404)

    # Scenarios: the May 2021 crash from the store, and the model's tail paths.
    scen = await client.get(
        f"{GAN}/scenarios",
        params={"exchange": "binance", "symbol": "BTC-USDT", "model_id": model["id"], "n": 2,
                "length": 24, "candidates": 50},
        headers=alice,
    )  # fmt: skip
    assert scen.status_code == 200, scen.text
    items = scen.json()["scenarios"]
    assert [s["name"] for s in items] == ["may_2021_crash", "timegan_tail_1", "timegan_tail_2"]
    crash = items[0]
    assert crash["bars"] == 24 and crash["open"][0] == 1.0
    assert crash["worst_drawdown"] > 0.15  # 19 May 2021
    assert items[1]["probability"] == pytest.approx(1 / 50)
    await _feeds_risk_stress(crash)

    await _robustness(client, alice, model["id"])

    # A file that no longer matches its registry hash is refused, nothing loaded.
    files[0].write_bytes(files[0].read_bytes() + b"x")
    assert_problem(await client.post(f"{GAN}/generate", json=ask, headers=alice), 422)
    deleted = await client.delete(f"{GAN}/models/{model['id']}", headers=alice)
    assert deleted.status_code == 200 and not files[0].exists()
    assert_problem(await client.get(f"{GAN}/models/{model['id']}", headers=alice), 404)


async def _robustness(client, headers, model_id: str) -> None:
    """A strategy across synthetic paths: each path's metrics are the backtest module's own
    for those candles (recomputed here from ``/gan/generate`` with the same seed), and the
    distribution is their percentiles."""
    import pandas as pd

    from app.modules.backtest.public import BacktestSpec, evaluate_params

    strategy = {"strategy": "sma_cross", "params": {"fast": 5, "slow": 20},
                "stop_loss": {"type": "atr", "multiplier": 2.5}}  # fmt: skip
    ask = {"model_id": model_id, "generator": "bootstrap", "n_paths": 4, "length": 200,
           "seed": 9}  # fmt: skip
    no_stop = ask | {"backtest": {"strategy": "sma_cross"}}
    body = assert_problem(
        await client.post(f"{GAN}/robustness", json=no_stop, headers=headers), 422
    )
    assert body["rule"] == "stop-loss-required"
    queued = await client.post(
        f"{GAN}/robustness", json=ask | {"backtest": strategy}, headers=headers
    )
    assert queued.status_code == 202, queued.text
    location = queued.headers["Location"]
    deadline = asyncio.get_running_loop().time() + 300
    while True:
        job = (await client.get(location, headers=headers)).json()
        if job["status"] in ("succeeded", "failed", "cancelled"):
            break
        assert asyncio.get_running_loop().time() < deadline, job
        await asyncio.sleep(0.2)
    assert job["status"] == "succeeded", job
    result = job["result"]
    generated = (await client.post(f"{GAN}/generate", json=ask, headers=headers)).json()
    spec = BacktestSpec.model_validate(strategy | {"symbols": ["BTC/USDT"]})
    index = pd.DatetimeIndex(pd.to_datetime(generated["ts"], utc=True), name="time")
    sharpes = []
    for i, p in enumerate(generated["paths"]):
        frame = pd.DataFrame(
            {k: p[k] for k in ("open", "high", "low", "close", "volume")}, index=index
        )
        expected = evaluate_params("sma_cross", {"fast": 5, "slow": 20}, frame, spec)
        assert result["per_path"]["max_drawdown"][i] == pytest.approx(expected["max_drawdown"])
        assert result["per_path"]["total_return"][i] == pytest.approx(expected["total_return"])
        sharpes.append(expected["sharpe"])
    finite = [v for v in sharpes if np.isfinite(v)]
    assert result["distribution"]["sharpe"]["p50"] == pytest.approx(np.percentile(finite, 50))
    assert result["distribution"]["sharpe"]["n"] == len(finite)


async def _feeds_risk_stress(scenario: dict) -> None:
    """The scenario is what ``risk``'s stress replay consumes: a long with a stop 10 % below
    is stopped out on the crash, at the stop or at the gapped open below it."""
    from app.modules.risk.stress import RelativePath, StressPosition, run_scenario

    path = RelativePath(*(np.array(scenario[k]) for k in ("open", "low", "high", "close")))
    position = StressPosition("BTC/USDT", 1.0, 40_000.0, stop_loss=36_000.0)
    outcome = run_scenario([position], {"BTC/USDT": path}, equity=100_000.0)
    stop = outcome.positions[0]
    assert stop.stopped
    assert stop.stop_fill <= 36_000.0
    assert outcome.pnl == pytest.approx(stop.stop_fill - 40_000.0)


async def test_cancel_training(client, alice, btc) -> None:
    queued = await train(client, alice, joint_epochs=2_000)
    deadline = asyncio.get_running_loop().time() + 120
    while True:
        job = (await client.get(f"/api/v1/jobs/{queued['job_id']}", headers=alice)).json()
        if job["message"] and "epoch" in job["message"]:
            break
        assert asyncio.get_running_loop().time() < deadline, job
        await asyncio.sleep(0.1)
    model = (await client.get(f"{GAN}/models/{queued['id']}", headers=alice)).json()
    assert model["status"] == "training" and "epoch" in model["message"]
    cancel = await client.post(f"/api/v1/jobs/{queued['job_id']}/cancel", headers=alice)
    assert cancel.status_code == 200
    model = await settled(client, alice, queued["id"], within=90)
    assert model["status"] == "cancelled" and model["sha256"] is None
    ask = {"model_id": queued["id"]}
    assert_problem(await client.post(f"{GAN}/generate", json=ask, headers=alice), 422)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"window": 0}, "body.window"),
        ({"joint_epochs": 10**12}, "body.joint_epochs"),
        ({"symbols": []}, "body.symbols"),
        ({"timeframe": "7m"}, "body.timeframe"),
        ({"window": 256, "start": "2021-06-01T00:00:00Z"}, "body.window"),  # too few candles
        ({"symbols": ["ETH/USDT"]}, "body.symbols.0"),  # none in the store
        ({"end": "2021-04-01T00:00:00Z", "start": "2021-05-01T00:00:00Z"}, "body.end"),
    ],
)
async def test_bad_training_requests(client, alice, btc, overrides, field) -> None:
    body = assert_problem(
        await client.post(f"{GAN}/train", json=TINY | overrides, headers=alice), 422
    )
    assert field in [e["field"] for e in body["errors"]], body


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"n_paths": 10**6}, "body.n_paths"),
        ({"length": 0}, "body.length"),
        ({"n_paths": 1_000, "length": 2_000}, "body.n_paths"),  # 2·10⁶ points
        ({"regime": "sideways"}, "body.regime"),
        ({"start_price": {"BTC/USDT": -1}}, "body.start_price"),
    ],
)
async def test_bad_generation_requests(client, alice, overrides, field) -> None:
    ask = {"model_id": "0" * 32} | overrides
    body = assert_problem(await client.post(f"{GAN}/generate", json=ask, headers=alice), 422)
    assert field in [e["field"] for e in body["errors"]], body


async def test_unknown_model_is_404(client, alice) -> None:
    assert_problem(await client.get(f"{GAN}/models/{'a' * 32}", headers=alice), 404)
    ask = {"model_id": "a" * 32}
    assert_problem(await client.post(f"{GAN}/generate", json=ask, headers=alice), 404)
    assert_problem(await client.get(f"{GAN}/models/{'a' * 32}/quality", headers=alice), 404)


def test_web_process_never_imports_torch_or_arch() -> None:
    code = (
        "import sys; from app.main import create_app; app = create_app(); app.openapi(); "
        "print(sorted(m for m in ('torch', 'arch', 'sklearn') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


async def test_same_seed_same_model_file(client, alice, btc) -> None:
    tiny = {"embedding_epochs": 1, "supervised_epochs": 1, "joint_epochs": 1}
    first = await settled(client, alice, (await train(client, alice, **tiny))["id"])
    second = await settled(client, alice, (await train(client, alice, **tiny))["id"])
    third = await settled(client, alice, (await train(client, alice, **tiny, seed=4))["id"])
    assert first["status"] == second["status"] == third["status"] == "ready"
    assert (first["version"], second["version"], third["version"]) == (1, 2, 3)
    assert first["sha256"] == second["sha256"] != third["sha256"]
    page = (await client.get(f"{GAN}/models?limit=2", headers=alice)).json()
    assert [m["id"] for m in page["items"]] == [third["id"], second["id"]]  # newest first
    rest = await client.get(f"{GAN}/models?limit=2&cursor={page['next_cursor']}", headers=alice)
    assert [m["id"] for m in rest.json()["items"]] == [first["id"]]
    assert rest.json()["next_cursor"] is None
    assert_problem(await client.get(f"{GAN}/models?cursor=garbage", headers=alice), 422)
