"""The RL endpoints end to end on a planted market: a training job in a worker process, the
registry (hash, ownership, publishing), predictions behind the confidence gate with the env's
stop, out-of-sample performance vs buy and hold and random agents, copies, ensembles, loading
registry files and uploads, and the bad input the issue lists."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import math
import pickle
import zipfile
from pathlib import Path

import pytest

from tests.conftest import assert_problem
from tests.modules.rl.conftest import RL, train, train_body, wait_job


def wilder_atr(rows, bars: int = 14) -> float:
    """ATR by hand: true range, Wilder smoothing seeded with the first bar's range."""
    atr = None
    for i, (_, _o, h, lo, _c, _v) in enumerate(rows):
        prev = rows[i - 1][4] if i else rows[0][4]
        tr = max(h - lo, abs(h - prev), abs(lo - prev))
        atr = tr if atr is None else atr + (tr - atr) / bars
    return atr


def candles_json(rows) -> list[dict]:
    from datetime import UTC, datetime

    return [
        {"ts": datetime.fromtimestamp(r[0] / 1000, UTC).isoformat(), "open": r[1], "high": r[2],
         "low": r[3], "close": r[4], "volume": r[5]}
        for r in rows
    ]  # fmt: skip


async def test_train_predict_evaluate_share_and_load(client, alice, bob, admin, planted, app):
    job, model = await train(client, alice)
    model_id = model["id"]

    # The job's final report and the registry row.
    result = job["result"]
    assert result["model_id"] == model_id and result["timesteps"] >= 3000
    assert model["status"] == "ready" and model["kind"] == "dqn" and model["module"] == "rl"
    assert model["owner_id"] and model["version"] == 1 and model["name"] == "planted-dqn"
    stored = (
        Path(app.state.settings.model_dir)
        .resolve()
        .joinpath("rl", str(model["owner_id"]), f"{model_id}.zip")
    )
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == model["sha256"]
    assert model["size_bytes"] == stored.stat().st_size
    data = model["data"]
    assert data["train_bars"] + data["test_bars"] == len(planted)
    assert data["test_bars"] == int((len(planted) - 100) * 0.25)
    assert model["metrics"]["out_of_sample"]["total_return"] > 0.5  # the pattern was learned
    assert model["metrics"]["reward_curve"], "progress recorded the reward along the way"

    # Prediction from the store: probabilities sum to 1, confidence is the greedy action's.
    body = {"model_id": model_id, "data": train_body()["data"]}
    response = await client.post(f"{RL}/predict", json=body, headers=alice)
    assert response.status_code == 200, response.text
    answer = response.json()
    probs = answer["probabilities"]
    assert set(probs) == {"flat", "long_1x", "short_1x"}
    assert math.isclose(sum(probs.values()), 1.0, rel_tol=1e-6)
    assert answer["confidence"] == pytest.approx(max(probs.values()))
    assert answer["min_confidence"] == 0.65
    last = planted[-1]
    assert answer["price"] == pytest.approx(last[4])
    if answer["confidence"] >= 0.65 and answer["policy_action"] != "flat":
        atr = wilder_atr(planted)
        sign = 1 if answer["policy_action"] == "long" else -1
        assert answer["side"] == ("BUY" if sign > 0 else "SELL")
        assert answer["stop_loss"] == pytest.approx(last[4] - sign * 3.0 * atr, rel=1e-9)
        assert answer["target_exposure"] == sign * 1.0
    else:
        assert answer["side"] == "HOLD" and answer["stop_loss"] is None

    # Saved as a signal: it is in the caller's signal history.
    response = await client.post(f"{RL}/predict", json={**body, "save_signal": True}, headers=alice)
    assert response.status_code == 200, response.text
    signal_id = response.json()["signal_id"]
    history = await client.get("/api/v1/signals/history", headers=alice)
    assert signal_id in [s["id"] for s in history.json()["items"]]

    # Out-of-sample performance on the held-back range.
    response = await client.get(f"{RL}/performance", params={"model_id": model_id}, headers=alice)
    assert response.status_code == 200, response.text
    perf = response.json()
    assert perf["bars"] == data["test_bars"]
    assert perf["beats_random"] and perf["agent"]["total_return"] > 0.5
    # Buy and hold by hand: enter at the first close with slippage and the fee.
    first = len(planted) - data["test_bars"] - 1
    entry = planted[first][4] * 1.0005
    expected = planted[-1][4] / (entry * 1.001) - 1
    assert perf["buy_and_hold"]["total_return"] == pytest.approx(expected, rel=1e-9)
    assert {t["name"] for t in perf["chart"]["data"]} == {"Agent", "Buy and hold", "Random (mean)"}
    assert perf["agent"]["metrics"]["total_return"] == pytest.approx(perf["agent"]["total_return"])

    # Inline candles with a NaN gap, or too few for the window: 422 naming the candles.
    rows = [list(r) for r in planted[-150:]]
    rows[70][4] = float("nan")
    nan_body = {"model_id": model_id, "candles": candles_json(rows)}
    response = await client.post(
        f"{RL}/predict", content=json.dumps(nan_body),
        headers={**alice, "content-type": "application/json"},
    )  # fmt: skip
    problem = assert_problem(response, 422)
    assert problem["errors"][0] == {
        "field": "body.candles", "message": problem["errors"][0]["message"], "type": "nan_gap"
    }  # fmt: skip
    short = {"model_id": model_id, "candles": candles_json(planted[-50:])}
    problem = assert_problem(await client.post(f"{RL}/predict", json=short, headers=alice), 422)
    assert problem["errors"][0]["type"] == "too_few_candles"

    # Another user sees nothing of it.
    assert_problem(await client.get(f"{RL}/models/{model_id}", headers=bob), 404)
    inline = {"model_id": model_id, "candles": candles_json(planted[-200:]), "symbol": "PLNT/USDT"}
    assert_problem(await client.post(f"{RL}/predict", json=inline, headers=bob), 404)
    assert_problem(
        await client.get(f"{RL}/performance", params={"model_id": model_id}, headers=bob), 404
    )
    listed = await client.get(f"{RL}/models", headers=bob)
    assert model_id not in [m["id"] for m in listed.json()["items"]]

    # Only an admin publishes; then bob may use it (on his own inline candles).
    url = f"{RL}/models/{model_id}/publish"
    assert_problem(await client.post(url, json={"published": True}, headers=alice), 403)
    response = await client.post(url, json={"published": True}, headers=admin)
    assert response.status_code == 200 and response.json()["published"]
    response = await client.post(f"{RL}/predict", json=inline, headers=bob)
    assert response.status_code == 200, response.text
    assert response.json()["probabilities"] == answer["probabilities"]  # same last 200 bars
    assert_problem(await client.delete(f"{RL}/models/{model_id}", headers=bob), 404)

    # save_model: a copy (new version of a name) and a voting ensemble.
    response = await client.post(
        f"{RL}/save_model", json={"name": "keep", "model_id": model_id}, headers=alice
    )
    assert response.status_code == 201, response.text
    copy = response.json()
    assert copy["sha256"] == model["sha256"] and copy["version"] == 1
    again = await client.post(
        f"{RL}/save_model", json={"name": "keep", "model_id": model_id}, headers=alice
    )
    assert again.json()["version"] == 2
    response = await client.post(
        f"{RL}/save_model", json={"name": "vote", "members": [model_id, copy["id"]]}, headers=alice
    )
    assert response.status_code == 201, response.text
    ensemble = response.json()
    assert ensemble["kind"] == "ensemble"
    response = await client.post(
        f"{RL}/predict", json={**body, "model_id": ensemble["id"]}, headers=alice
    )
    voted = response.json()
    assert voted["confidence"] == 1.0  # two identical members agree
    assert voted["policy_action"] == answer["policy_action"]

    # load_model from the registry: hash checked, rebuilt from the weights.
    response = await client.post(f"{RL}/load_model", data={"model_id": model_id}, headers=alice)
    assert response.status_code == 200, response.text
    assert response.json()["verified"] and response.json()["parameters"] > 0

    # Upload of the same zip with its specs: a new model acting exactly like the original.
    specs = {"env": train_body()["env"], "algo": train_body()["algo"]}

    response = await client.post(
        f"{RL}/load_model",
        files={"file": ("agent.zip", stored.read_bytes())},
        data={"name": "uploaded", "env": json.dumps(specs["env"]),
              "algo": json.dumps(specs["algo"])},
        headers=alice,
    )  # fmt: skip
    assert response.status_code == 200, response.text
    uploaded = response.json()["model"]
    assert uploaded["source"] == "uploaded" and uploaded["sha256"] == model["sha256"]
    response = await client.post(
        f"{RL}/predict", json={**body, "model_id": uploaded["id"]}, headers=alice
    )
    assert response.json()["probabilities"] == answer["probabilities"]

    # A file changed on disk no longer loads (422), nothing is executed.
    stored.write_bytes(stored.read_bytes() + b"tampered")
    response = await client.post(f"{RL}/load_model", data={"model_id": model_id}, headers=alice)
    problem = assert_problem(response, 422)
    assert problem["errors"][0]["type"] == "hash"

    # Delete: the copy still references the file, so it stays until the last user goes.
    assert (await client.delete(f"{RL}/models/{ensemble['id']}", headers=alice)).status_code == 204
    assert (await client.delete(f"{RL}/models/{model_id}", headers=alice)).status_code == 204
    assert stored.exists()
    assert_problem(await client.get(f"{RL}/models/{model_id}", headers=alice), 404)


class _Boom:
    def __reduce__(self):
        return (Path.touch, (Path(self.target),))  # runs only if something unpickles it

    def __init__(self, target: str) -> None:
        self.target = target


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


async def test_bad_input_is_refused_with_422(client, alice, planted, tmp_path):
    async def post(body):
        return await client.post(f"{RL}/train", json=body, headers=alice)

    huge = train_body(algo={"algo": "ppo", "total_timesteps": 10**12})
    problem = assert_problem(await post(huge), 422)
    assert any("total_timesteps" in e["field"] for e in problem["errors"])
    problem = assert_problem(await post(train_body(env={"window": 0})), 422)
    assert any("window" in e["field"] for e in problem["errors"])
    problem = assert_problem(await post(train_body(env={"leverage_levels": [1, 5]})), 422)
    assert "leverage" in response_text(problem)
    problem = assert_problem(await post(train_body(algo={"algo": "sac"})), 422)
    few = train_body(data={**train_body()["data"], "end": "2020-09-14T00:00:00Z"})
    problem = assert_problem(await post(few), 422)
    assert problem["errors"][0]["type"] == "too_few_candles"
    unknown = train_body(data={**train_body()["data"], "symbol": "NONE/USDT"})
    assert_problem(await post(unknown), 422)

    assert_problem(await client.post(f"{RL}/predict", json={"model_id": "x"}, headers=alice), 422)

    # Uploads: not a zip, a zip with foreign members, and a pickle bomb in policy.pth.
    async def upload(content: bytes):
        return await client.post(
            f"{RL}/load_model", files={"file": ("m.zip", content)}, headers=alice
        )

    assert assert_problem(await upload(b"not a zip"), 422)["errors"][0]["type"] == "format"
    foreign = _zip({"data": b"{}", "policy.pth": b"", "evil.py": b"import os"})
    assert assert_problem(await upload(foreign), 422)["errors"][0]["type"] == "format"
    target = tmp_path / "pwned"
    bomb = _zip({"data": b"{}", "policy.pth": pickle.dumps(_Boom(str(target)))})
    assert_problem(await upload(bomb), 422)
    assert not target.exists(), "the upload's pickle was executed"


def response_text(problem: dict) -> str:
    return (problem.get("detail") or "") + str(problem.get("errors")) + str(problem.get("rule"))


async def test_training_reports_progress_and_can_be_cancelled(client, alice, planted):
    body = train_body(algo={"algo": "ppo", "total_timesteps": 1_000_000, "n_steps": 64})
    response = await client.post(f"{RL}/train", json=body, headers=alice)
    assert response.status_code == 202, response.text
    accepted = response.json()
    job_id = accepted["job_id"]

    for _ in range(600):
        job = (await client.get(f"/api/v1/jobs/{job_id}", headers=alice)).json()
        if job["progress"] > 0 and "timesteps" in (job["message"] or ""):
            break
        await asyncio.sleep(0.1)
    assert "mean reward" in job["message"], job
    response = await client.post(f"/api/v1/jobs/{job_id}/cancel", headers=alice)
    assert response.status_code == 200, response.text
    job = await wait_job(client, alice, job_id, 60)
    assert job["status"] == "cancelled"
    model = (await client.get(f"{RL}/models/{accepted['model']['id']}", headers=alice)).json()
    assert model["status"] == "cancelled" and model["sha256"] is None
