"""AutoML endpoints on real Binance BTC/USDT 1h candles imported through the API: a strategy study
as a job, its status and best parameters (checked against the backtest itself), deployments and
their lifecycle, cancellation, a signal-model study, ownership and bad input."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from app.core.jobs import Job
from app.modules.automl import families
from app.modules.automl import public as automl_public
from app.modules.automl.models import AutoMLDeployment
from app.modules.automl.signal_model import EpochStats
from app.modules.backtest.public import BacktestSpec, candles_to_frame, evaluate_params
from app.modules.database.candle_parsing import parse_candle_file
from tests.conftest import assert_problem

ML = "/api/v1/automl"
ROWS = 1_500
WINDOW = {
    "exchange": "binance",
    "symbol": "BTC/USDT",
    "timeframe": "1h",
    "start": "2021-04-15T00:00:00Z",
    "end": "2021-06-05T00:00:00Z",
}
BACKTEST = {"stop_loss": {"type": "atr", "multiplier": 2.5}, "leverage": 1, "fees": 0.001}


@pytest.fixture(scope="module")
def btc_csv(shared_data) -> bytes:
    lines = (shared_data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv").read_text().splitlines()
    return "\n".join(lines[: ROWS + 1]).encode()


async def import_btc(client, headers, btc_csv: bytes) -> None:
    response = await client.post(
        "/api/v1/candles/import",
        files={"file": ("btc.csv", btc_csv)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
        headers=headers,
    )
    assert response.status_code == 200 and response.json()["inserted"] == ROWS, response.text


@pytest.fixture
async def btc(client, alice, btc_csv) -> bytes:
    await import_btc(client, alice, btc_csv)
    return btc_csv


def strategy_study(**overrides) -> dict:
    return {
        "target": "strategy",
        "objectives": ["sharpe"],
        "seed": 3,
        "n_startup_trials": 4,
        "strategy": {
            "strategy": "sma_cross",
            "params": [
                {"name": "fast", "type": "int", "min": 5, "max": 30},
                {"name": "slow", "type": "int", "min": 40, "max": 120},
            ],
        },
        "data": WINDOW,
        "backtest": BACKTEST,
        "n_trials": 8,
    } | overrides


async def start(client, headers, body: dict) -> dict:
    response = await client.post(f"{ML}/optimize", json=body, headers=headers)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["study_id"].startswith("automl-") and accepted["job_id"]
    assert response.headers["location"] == f"{ML}/status/{accepted['study_id']}"
    return accepted


async def user_id(client, headers) -> int:
    return int((await client.get("/api/v1/auth/validate", headers=headers)).json()["sub"])


async def settled(client, headers, study_id: str, within: float = 120) -> dict:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        body = (await client.get(f"{ML}/status/{study_id}", headers=headers)).json()
        if body["job"]["status"] in ("succeeded", "failed", "cancelled"):
            return body
        assert asyncio.get_running_loop().time() < deadline, body
        await asyncio.sleep(0.1)


async def test_strategy_study_best_params_and_deployment_lifecycle(app, client, alice, bob, btc):
    accepted = await start(client, alice, strategy_study())
    study_id = accepted["study_id"]
    status = await settled(client, alice, study_id)
    assert status["job"]["status"] == "succeeded", status
    trials = status["trials"]
    assert (
        trials["complete"] + trials["pruned"] + trials["failed"] == 8 and trials["failed"] == 0
    ), status
    assert status["n_trials_requested"] == 8 and status["objectives"] == ["sharpe"]
    assert status["report"]["stopped_by"] == "n_trials" and status["job"]["progress"] == 1.0

    best = await client.get(f"{ML}/best_params", params={"study_id": study_id}, headers=alice)
    assert best.status_code == 200, best.text
    best = best.json()
    params = best["best_params"]
    assert 5 <= params["fast"] <= 30 and 40 <= params["slow"] <= 120
    assert best["trials"][0]["values"][0] == pytest.approx(status["best_value"])
    # The study's objective is the backtest's Sharpe on the study's window: recompute it.
    rows = parse_candle_file(btc, "1h").rows
    base = BacktestSpec(
        strategy="sma_cross", symbols=["BTC/USDT"], start=WINDOW["start"], end=WINDOW["end"],
        **BACKTEST,
    )  # fmt: skip
    again = evaluate_params("sma_cross", params, candles_to_frame(rows), base)
    assert again["sharpe"] == pytest.approx(best["trials"][0]["values"][0], rel=1e-9)

    ensemble = await client.post(
        f"{ML}/deploy",
        json={"study_id": study_id, "name": "btc-sma-top3", "top_k": 3},
        headers=alice,
    )
    assert ensemble.status_code == 201, ensemble.text
    ensemble = ensemble.json()
    assert ensemble["is_ensemble"] and len(ensemble["members"]) == 3
    assert ensemble["members"][0]["params"] == params and ensemble["artifact_bytes"] is None
    assert ensemble["status"] == "active" and ensemble["job_id"] is None
    assert ensemble["status_url"] == f"{ML}/deployments/btc-sma-top3"
    assert_problem(
        await client.post(
            f"{ML}/deploy", json={"study_id": study_id, "name": "btc-sma-top3"}, headers=alice
        ),
        409,
    )
    number = best["trials"][0]["number"]
    single = await client.post(
        f"{ML}/deploy",
        json={"study_id": study_id, "name": "btc-sma-best", "trial_numbers": [number]},
        headers=alice,
    )
    assert single.status_code == 201 and single.json()["trial_numbers"] == [number]

    listed = (await client.get(f"{ML}/deployments", headers=alice)).json()["items"]
    assert [d["name"] for d in listed] == ["btc-sma-best", "btc-sma-top3"]
    alice_id = await user_id(client, alice)
    async with app.state.db.session() as session:  # other modules read them through public
        deployment = await automl_public.get_deployment(session, alice_id, "btc-sma-top3")
        assert await automl_public.get_deployment(session, alice_id + 1, "btc-sma-top3") is None
        assert automl_public.strategy_param_sets(deployment)[0] == params
        assert len(await automl_public.list_deployments(session)) == 2

    retired = await client.post(f"{ML}/deployments/btc-sma-top3/retire", headers=alice)
    assert retired.status_code == 200 and retired.json()["status"] == "retired"
    assert retired.json()["retired_at"]
    again = await client.post(f"{ML}/deployments/btc-sma-top3/retire", headers=alice)
    assert again.json()["retired_at"] == retired.json()["retired_at"]
    active = await client.get(f"{ML}/deployments", params={"status": "active"}, headers=alice)
    assert [d["name"] for d in active.json()["items"]] == ["btc-sma-best"]
    one = (await client.get(f"{ML}/deployments/btc-sma-top3", headers=alice)).json()
    assert one["status"] == "retired"

    # Pages: ?limit=&cursor= → {items, next_cursor}, newest first, nothing lost or repeated.
    first = (await client.get(f"{ML}/deployments", params={"limit": 1}, headers=alice)).json()
    assert [d["name"] for d in first["items"]] == ["btc-sma-best"] and first["next_cursor"]
    rest = await client.get(
        f"{ML}/deployments", params={"limit": 1, "cursor": first["next_cursor"]}, headers=alice
    )
    assert [d["name"] for d in rest.json()["items"]] == ["btc-sma-top3"]
    assert rest.json()["next_cursor"] is None
    bad = await client.get(f"{ML}/deployments", params={"cursor": "!!"}, headers=alice)
    assert assert_problem(bad, 422)["errors"][0]["field"] == "query.cursor"

    # Bob sees none of it.
    for response in (
        await client.get(f"{ML}/status/{study_id}", headers=bob),
        await client.get(f"{ML}/best_params", params={"study_id": study_id}, headers=bob),
        await client.post(f"{ML}/deploy", json={"study_id": study_id, "name": "x"}, headers=bob),
        await client.post(f"{ML}/deployments/btc-sma-best/retire", headers=bob),
        await client.get(f"{ML}/deployments/btc-sma-best", headers=bob),
    ):
        assert_problem(response, 404)
    assert (await client.get(f"{ML}/deployments", headers=bob)).json()["items"] == []
    assert (await client.get(f"{ML}/studies", headers=bob)).json()["items"] == []
    studies = (await client.get(f"{ML}/studies", headers=alice)).json()["items"]
    assert [s["study_id"] for s in studies] == [study_id]

    # Names are per user (#15): Bob deploys his own study under Alice's name; Alice's stays.
    # Candles are per owner too, so Bob studies his own copy of the data.
    await import_btc(client, bob, btc)
    bobs = await start(client, bob, strategy_study(n_trials=2))
    await settled(client, bob, bobs["study_id"])
    same = await client.post(
        f"{ML}/deploy", json={"study_id": bobs["study_id"], "name": "btc-sma-best"}, headers=bob
    )
    assert same.status_code == 201, same.text
    mine = (await client.get(f"{ML}/deployments/btc-sma-best", headers=alice)).json()
    assert mine["study_id"] == study_id
    theirs = (await client.get(f"{ML}/deployments/btc-sma-best", headers=bob)).json()
    assert theirs["study_id"] == bobs["study_id"]


async def test_walk_forward_study_can_be_cancelled(client, alice, btc):
    body = strategy_study(n_trials=500, strategy=strategy_study()["strategy"] | {
        "walk_forward_folds": 3})  # fmt: skip
    accepted = await start(client, alice, body)
    for _ in range(600):
        status = (await client.get(f"{ML}/status/{accepted['study_id']}", headers=alice)).json()
        if status["trials"]["complete"] >= 2:
            break
        await asyncio.sleep(0.05)
    assert status["job"]["status"] == "running", status
    cancel = await client.post(f"/api/v1/jobs/{accepted['job_id']}/cancel", headers=alice)
    assert cancel.status_code == 200, cancel.text
    status = await settled(client, alice, accepted["study_id"], within=30)
    assert status["job"]["status"] == "cancelled"
    assert 2 <= status["trials"]["complete"] < 500 and status["trials"]["running"] == 0
    best = (
        await client.get(f"{ML}/best_params", params={"study_id": accepted["study_id"]},
                         headers=alice)
    ).json()  # fmt: skip
    assert len(best["trials"][0]["fold_metrics"]) == 3


SIGNAL_STUDY = {
    "target": "signal_model",
    "objectives": ["accuracy"],
    "seed": 1,
    "signal_model": {"lags": [1, 2, 4], "vol_window": 12, "max_epochs": 2},
    "data": WINDOW,
    "n_trials": 2,
}


async def signal_study(client, headers) -> str:
    accepted = await start(client, headers, SIGNAL_STUDY)
    status = await settled(client, headers, accepted["study_id"])
    assert status["job"]["status"] == "succeeded" and status["trials"]["complete"] == 2, status
    return accepted["study_id"]


async def deploy_accepted(client, headers, body: dict) -> dict:
    response = await client.post(f"{ML}/deploy", json=body, headers=headers)
    assert response.status_code == 202, response.text
    accepted = response.json()
    url = f"{ML}/deployments/{body['name']}"
    assert accepted["status"] == "training" and accepted["job_id"]
    assert accepted["status_url"] == url and response.headers["location"] == url
    assert accepted["artifact_bytes"] is None
    assert all(m["reproduced_metrics"] is None for m in accepted["members"])
    return accepted


async def deployment_settled(client, headers, name: str, within: float = 120) -> dict:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        response = await client.get(f"{ML}/deployments/{name}", headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        if body["status"] != "training":
            return body
        assert asyncio.get_running_loop().time() < deadline, body
        await asyncio.sleep(0.1)


async def job_finished(client, headers, job_id: str, within: float = 60) -> dict:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        job = (await client.get(f"/api/v1/jobs/{job_id}", headers=headers)).json()
        if job["status"] in ("succeeded", "failed", "cancelled"):
            return job
        assert asyncio.get_running_loop().time() < deadline, job
        await asyncio.sleep(0.05)


async def test_signal_model_deploy_trains_as_a_job(app, client, alice, bob, btc):
    study_id = await signal_study(client, alice)
    best = await client.get(f"{ML}/best_params", params={"study_id": study_id}, headers=alice)
    body = {"study_id": study_id, "name": "btc-mlp", "top_k": 2}
    accepted = await deploy_accepted(client, alice, body)
    assert accepted["is_ensemble"] and accepted["members"][0]["params"] == best.json()[
        "best_params"]  # fmt: skip
    # The name is taken from the start, training or not.
    assert_problem(await client.post(f"{ML}/deploy", json=body, headers=alice), 409)

    deployed = await deployment_settled(client, alice, "btc-mlp")
    assert deployed["status"] == "active" and deployed["error"] is None, deployed
    assert deployed["artifact_bytes"] > 0 and deployed["job_id"] == accepted["job_id"]
    # Retraining is deterministic: each member's weights score exactly what its trial scored.
    for member in deployed["members"]:
        assert member["reproduced_metrics"] == member["metrics"], member
    job = await job_finished(client, alice, accepted["job_id"])
    assert job["status"] == "succeeded" and job["progress"] == 1.0, job
    assert job["result"]["reproduced_metrics"] == [m["metrics"] for m in deployed["members"]]

    alice_id = await user_id(client, alice)
    async with app.state.db.session() as session:
        deployment = await automl_public.get_deployment(session, alice_id, "btc-mlp")
    rows = sorted(parse_candle_file(btc, "1h").rows, key=lambda row: row.ts)
    [prediction] = automl_public.predict_signal(deployment, rows[-200:])
    assert prediction.deployment == "btc-mlp" and 0 <= prediction.prob_up <= 1
    assert len(prediction.member_prob_up) == 2

    # Bob sees none of it, and cannot deploy from Alice's study.
    for response in (
        await client.get(f"{ML}/deployments/btc-mlp", headers=bob),
        await client.post(f"{ML}/deployments/btc-mlp/retire", headers=bob),
        await client.get(f"/api/v1/jobs/{accepted['job_id']}", headers=bob),
        await client.post(f"{ML}/deploy", json=body | {"name": "bobs"}, headers=bob),
    ):
        assert_problem(response, 404)
    assert (await client.get(f"{ML}/deployments", headers=bob)).json()["items"] == []


async def test_signal_model_deploy_checks_up_front(client, alice, btc):
    study_id = await signal_study(client, alice)
    for body, code in (
        ({"trial_numbers": [99]}, 404),  # no such trial
        ({"study_id": "automl-0000000000000000"}, 404),
        ({"top_k": 0}, 422),
    ):
        request = {"study_id": study_id, "name": "btc-mlp"} | body
        assert_problem(await client.post(f"{ML}/deploy", json=request, headers=alice), code)
    assert (await client.get(f"{ML}/deployments", headers=alice)).json()["items"] == []
    assert (await client.get("/api/v1/jobs", headers=alice)).json()["items"][0][
        "kind"
    ] == "automl.optimize"


async def test_failed_training_marks_the_deployment_failed(client, alice, btc, monkeypatch):
    study_id = await signal_study(client, alice)

    def diverging(*args, **kwargs):
        raise RuntimeError("loss diverged")

    monkeypatch.setattr(families, "train_mlp", diverging)
    accepted = await deploy_accepted(client, alice, {"study_id": study_id, "name": "btc-mlp"})
    failed = await deployment_settled(client, alice, "btc-mlp")
    assert failed["status"] == "failed" and "loss diverged" in failed["error"], failed
    assert failed["artifact_bytes"] is None and failed["progress"] is None
    job = await job_finished(client, alice, accepted["job_id"])
    assert job["status"] == "failed" and "loss diverged" in job["error"]
    listed = await client.get(f"{ML}/deployments", params={"status": "failed"}, headers=alice)
    assert [d["name"] for d in listed.json()["items"]] == ["btc-mlp"]
    again = {"study_id": study_id, "name": "btc-mlp"}
    assert_problem(await client.post(f"{ML}/deploy", json=again, headers=alice), 409)


def endless_training(started: threading.Event):
    """A stand-in for a long training run: an epoch every few ms until told to stop."""
    epoch = EpochStats(epoch=0, train_loss=0.7, val_loss=0.7, val_accuracy=0.5, val_sharpe=0.0)

    def train(data, params, *, seed, on_epoch=None):
        started.set()
        for _ in range(100_000):
            time.sleep(0.002)
            on_epoch(epoch)  # raises once the job is cancelled
        raise RuntimeError("training was never cancelled")

    return train


async def test_retiring_a_training_deployment_cancels_its_job(client, alice, btc, monkeypatch):
    study_id = await signal_study(client, alice)
    started = threading.Event()
    monkeypatch.setattr(families, "train_mlp", endless_training(started))
    accepted = await deploy_accepted(client, alice, {"study_id": study_id, "name": "btc-mlp"})
    assert await asyncio.to_thread(started.wait, 60)
    training = (await client.get(f"{ML}/deployments/btc-mlp", headers=alice)).json()
    assert training["status"] == "training" and 0 <= training["progress"] <= 1, training

    retired = await client.post(f"{ML}/deployments/btc-mlp/retire", headers=alice)
    assert retired.status_code == 200, retired.text
    assert retired.json()["status"] == "retired" and retired.json()["retired_at"]
    assert retired.json()["error"] == "retired before training finished"
    job = await job_finished(client, alice, accepted["job_id"])
    assert job["status"] == "cancelled", job
    after = (await client.get(f"{ML}/deployments/btc-mlp", headers=alice)).json()
    assert after["status"] == "retired" and after["artifact_bytes"] is None, after
    again = {"study_id": study_id, "name": "btc-mlp"}
    assert_problem(await client.post(f"{ML}/deploy", json=again, headers=alice), 409)


async def test_cancelling_the_training_job_fails_the_deployment(client, alice, btc, monkeypatch):
    study_id = await signal_study(client, alice)
    started = threading.Event()
    monkeypatch.setattr(families, "train_mlp", endless_training(started))
    accepted = await deploy_accepted(client, alice, {"study_id": study_id, "name": "btc-mlp"})
    assert await asyncio.to_thread(started.wait, 60)
    cancel = await client.post(f"/api/v1/jobs/{accepted['job_id']}/cancel", headers=alice)
    assert cancel.status_code == 200, cancel.text
    assert (await job_finished(client, alice, accepted["job_id"]))["status"] == "cancelled"
    failed = await deployment_settled(client, alice, "btc-mlp")
    assert failed["status"] == "failed" and "cancelled" in failed["error"], failed


async def test_a_training_deployment_whose_job_died_reads_as_failed(app, client, alice):
    """The process running the job stopped (startup marks such jobs failed): the deployment
    must not stay 'training' forever."""
    owner = int((await client.get("/api/v1/auth/validate", headers=alice)).json()["sub"])
    async with app.state.db.session() as session:
        session.add(
            Job(
                id="d" * 32,
                kind="automl.deploy",
                owner_id=owner,
                status="failed",
                error="interrupted: the process running it stopped",
            )
        )
        session.add(AutoMLDeployment(
            name="orphan", owner_id=owner, study_id="automl-0000000000000000",
            target="signal_model", objectives=["accuracy"], status="training", job_id="d" * 32,
            members=[{"trial_number": 0, "params": {}, "values": [0.5]}],
        ))  # fmt: skip
        await session.commit()
    listed = (await client.get(f"{ML}/deployments", headers=alice)).json()["items"]
    assert [(d["name"], d["status"]) for d in listed] == [("orphan", "failed")]
    assert listed[0]["error"] == "interrupted: the process running it stopped"


@pytest.mark.parametrize(
    ("overrides", "rule", "field"),
    [
        ({"backtest": BACKTEST | {"leverage": 5}}, "max-leverage", "body.backtest.leverage"),
        ({"backtest": {"leverage": 2}}, "stop-loss-required", "body.backtest.stop_loss"),
        ({"backtest": None}, "stop-loss-required", "body.backtest.stop_loss"),
    ],
)
async def test_white_hat_rules_name_the_rule(client, alice, overrides, rule, field):
    problem = assert_problem(
        await client.post(f"{ML}/optimize", json=strategy_study(**overrides), headers=alice), 422
    )
    assert problem["rule"] == rule and problem["errors"][0]["field"] == field


async def test_bad_inputs_are_clear_problems(client, alice, btc):
    def target(**changes) -> dict:
        return strategy_study()["strategy"] | changes

    cases = [
        (strategy_study(strategy=target(strategy="moon")), 422, "moon"),
        (strategy_study(strategy=target(fixed_params={"warp": 2})), 422, "warp"),
        (strategy_study(strategy=target(strategy="signals", params=[])), 422, "signals"),
        (strategy_study(objectives=["accuracy"]), 422, "accuracy"),
        (strategy_study(sampler="nsga2"), 422, "NSGA-II"),
        (strategy_study(n_trials=0), 422, "n_trials"),
        (strategy_study(data=WINDOW | {"symbol": "ETH/USDT"}), 404, "ETH/USDT"),
        (strategy_study(data=WINDOW | {"start": "2030-01-01T00:00:00Z", "end": None}), 404, ""),
        (strategy_study(data=WINDOW | {"timeframe": "7m"}), 422, "7m"),
        (strategy_study(target="signal_model", objectives=["accuracy"]), 422, "backtest"),
    ]
    for body, code, mention in cases:
        problem = assert_problem(
            await client.post(f"{ML}/optimize", json=body, headers=alice), code
        )
        assert mention in problem["detail"], (body, problem)
    unknown = {"study_id": "automl-0000000000000000", "name": "nope"}
    assert_problem(await client.post(f"{ML}/deploy", json=unknown, headers=alice), 404)
    for bad in (unknown | {"name": "Bad Name!"}, unknown | {"top_k": 2, "trial_numbers": [1]}):
        assert_problem(await client.post(f"{ML}/deploy", json=bad, headers=alice), 422)
    assert_problem(
        await client.get(f"{ML}/best_params", params={"study_id": "nope"}, headers=alice), 404
    )
    assert_problem(await client.get(f"{ML}/status/nope", headers=alice), 404)
    assert_problem(await client.post(f"{ML}/deployments/nope/retire", headers=alice), 404)
    assert (await client.get(f"{ML}/studies", headers=alice)).json()["items"] == []


async def test_deploying_missing_trials_is_refused(client, alice, btc):
    study_id = (await start(client, alice, strategy_study(n_trials=2)))["study_id"]
    await settled(client, alice, study_id)
    missing = {"study_id": study_id, "name": "ghost", "trial_numbers": [99]}
    assert_problem(await client.post(f"{ML}/deploy", json=missing, headers=alice), 404)
    assert (await client.get(f"{ML}/deployments", headers=alice)).json()["items"] == []


@pytest.fixture
def settings_overrides(tmp_path) -> dict[str, object]:
    return {"model_dir": tmp_path / "models"}


async def test_model_family_search_reports_and_deploys_the_winning_family(
    app, client, alice, btc, tmp_path
):
    body = SIGNAL_STUDY | {"model_families": ["logistic", "random_forest"], "n_trials": 2}
    accepted = await start(client, alice, body)
    status = await settled(client, alice, accepted["study_id"])
    assert status["job"]["status"] == "succeeded" and status["trials"]["complete"] == 2, status
    best = (
        await client.get(
            f"{ML}/best_params", params={"study_id": accepted["study_id"]}, headers=alice
        )
    ).json()
    # The first trials are each family's default configuration, then the search proceeds.
    assert best["best_family"] == best["best_params"]["family"]
    assert best["best_family"] in ("logistic", "random_forest")

    request = {"study_id": accepted["study_id"], "name": "btc-mixed", "top_k": 2}
    await deploy_accepted(client, alice, request)
    deployed = await deployment_settled(client, alice, "btc-mixed")
    assert deployed["status"] == "active", deployed
    assert sorted(m["family"] for m in deployed["members"]) == ["logistic", "random_forest"]
    assert sum(m["weight"] for m in deployed["members"]) == pytest.approx(1.0)
    for member in deployed["members"]:
        assert member["reproduced_metrics"] == member["metrics"], member
    # scikit-learn members are the app's own files under APP_MODEL_DIR.
    assert len(list((tmp_path / "models" / "automl").glob("*.pkl"))) == 2

    alice_id = await user_id(client, alice)
    async with app.state.db.session() as session:
        deployment = await automl_public.get_deployment(session, alice_id, "btc-mixed")
    rows = sorted(parse_candle_file(btc, "1h").rows, key=lambda row: row.ts)
    [prediction] = automl_public.predict_signal(deployment, rows[-200:])
    weights = [m.weight for m in deployment.members]
    assert prediction.prob_up == pytest.approx(
        sum(w * p for w, p in zip(weights, prediction.member_prob_up, strict=True))
    )


async def test_model_families_are_checked(client, alice, btc):
    for body, location in (
        (strategy_study(model_families=["lightgbm"]), "model_families"),
        (SIGNAL_STUDY | {"model_families": ["xgboost"]}, "model_families"),
        (SIGNAL_STUDY | {"model_families": ["mlp", "mlp"]}, "distinct"),
        (SIGNAL_STUDY | {"model_families": []}, "model_families"),
    ):
        response = await client.post(f"{ML}/optimize", json=body, headers=alice)
        assert_problem(response, 422)
        assert location in response.text, response.text
