"""Online learning: ADWIN drift detection on the live error, refit vs incremental updates,
the version registry (promotion only when not worse) and one-call rollback."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import optuna
import pytest

from app.modules.automl import public
from app.modules.automl.deployments import Deployment, load_signal_ensemble, promote
from app.modules.automl.features import to_ohlcv
from app.modules.automl.objectives import build_objective
from app.modules.automl.online import detect_drift, update_artifact
from app.modules.automl.specs import SignalModelTarget, StudySpec
from app.modules.automl.storage import create_storage
from app.modules.automl.studies import create_study, load_spec, run_study
from tests.conftest import assert_problem
from tests.modules.automl.planted_regimes import HOUR_MS, regime_candles

optuna.logging.set_verbosity(optuna.logging.WARNING)
FEATURES = {"lags": [1, 2, 4], "vol_window": 12, "rsi_window": 6, "volume_window": 12}
SWITCH = 800  # bar index where momentum turns into mean reversion


def test_adwin_flags_a_shift_in_the_error_rate_and_not_a_stationary_stream() -> None:
    rng = np.random.default_rng(0)
    shifted = np.concatenate([rng.random(500) < 0.2, rng.random(300) < 0.8]).astype(float)
    found = detect_drift(shifted)
    assert found is not None and 500 <= found < 600
    assert detect_drift((rng.random(2000) < 0.2).astype(float)) is None


@pytest.fixture(scope="module")
def mixed_deployment(tmp_path_factory: pytest.TempPathFactory) -> tuple[Deployment, Path]:
    """A logistic + LightGBM + MLP ensemble trained on the momentum regime only."""
    tmp = tmp_path_factory.mktemp("online")
    bars = regime_candles([("momentum", SWITCH)], seed=1)
    storage = create_storage(f"sqlite+aiosqlite:///{tmp / 'app.db'}")
    spec = StudySpec(
        target="signal_model",
        objectives=["accuracy"],
        seed=2,
        model_families=["logistic", "lightgbm", "mlp"],
        signal_model=SignalModelTarget(**FEATURES, max_epochs=5),
    )
    study_id = create_study(storage, spec, candles=bars)
    run_study(
        storage, study_id, build_objective(load_spec(storage, study_id), candles=bars), n_trials=3
    )
    deployment = promote(
        storage, study_id, "regime", trial_numbers=[0, 1, 2], candles=bars, model_dir=tmp
    )
    return deployment, tmp


def _accuracy_on(deployment: Deployment, bars, since_ts: int) -> float:
    """Hit rate of the deployment's predictions for bars at or after ``since_ts``, against the
    next bar's actual direction computed here from the closes."""
    predictions = public.predict_signal(deployment, bars[:-1], last_n=len(bars) - 30)
    close_of = {b.ts: b.close for b in bars}
    hits = [
        (p.direction == "UP") == (close_of[p.ts + HOUR_MS] > close_of[p.ts])
        for p in predictions
        if p.ts >= since_ts
    ]
    return float(np.mean(hits))


def test_a_regime_switch_trips_drift_and_the_refit_beats_the_stale_model(
    mixed_deployment: tuple[Deployment, Path],
) -> None:
    deployment, tmp = mixed_deployment
    bars = regime_candles([("momentum", SWITCH), ("reversion", 600)], seed=1)
    window = bars[700:]
    outcome = update_artifact(
        deployment.artifact or b"", to_ohlcv(window), objective="accuracy", seed=2, model_dir=tmp
    )
    assert outcome.drift.detected and outcome.kind == "refit"
    switch_ts = bars[SWITCH].ts
    assert switch_ts <= (outcome.drift.ts or 0) <= switch_ts + 150 * HOUR_MS
    assert outcome.promoted
    assert outcome.window["train_start_ts"] >= outcome.drift.ts  # refit after the drift point

    # Independently: both versions' predictions on the holdout of the new regime, scored here.
    holdout = outcome.window["holdout_start_ts"]
    refit = deployment.model_copy(update={"artifact": outcome.artifact})
    stale_accuracy = _accuracy_on(deployment, window, holdout)
    refit_accuracy = _accuracy_on(refit, window, holdout)
    assert refit_accuracy > 0.75 and stale_accuracy < 0.35
    assert refit_accuracy == pytest.approx(outcome.candidate_metrics["accuracy"])
    assert stale_accuracy == pytest.approx(outcome.previous_metrics["accuracy"])


def test_an_update_on_noise_scores_below_and_is_not_promoted(
    mixed_deployment: tuple[Deployment, Path],
) -> None:
    deployment, tmp = mixed_deployment
    bars = regime_candles([("momentum", SWITCH), ("noise", 500), ("momentum", 200)], seed=1)
    outcome = update_artifact(
        deployment.artifact or b"", to_ohlcv(bars[790:]), objective="accuracy", seed=2,
        model_dir=tmp, mode="refit",
    )  # fmt: skip
    assert outcome.candidate_metrics["accuracy"] < outcome.previous_metrics["accuracy"]
    assert not outcome.promoted


def test_incremental_updates_continue_lightgbm_and_the_mlp(
    mixed_deployment: tuple[Deployment, Path],
) -> None:
    deployment, tmp = mixed_deployment
    bars = regime_candles([("momentum", SWITCH + 400)], seed=1)
    before = load_signal_ensemble(deployment.artifact or b"")
    outcome = update_artifact(
        deployment.artifact or b"", to_ohlcv(bars[SWITCH - 50 :]), objective="accuracy",
        seed=2, model_dir=tmp, mode="incremental",
    )  # fmt: skip
    assert outcome.kind == "incremental"
    after = load_signal_ensemble(outcome.artifact)
    # LightGBM boosted on from the deployed booster: its trees are kept, 25 more follow.
    old_booster, new_booster = before.models[1].model, after.models[1].model
    assert new_booster.num_trees() == old_booster.num_trees() + 25
    old_dump = old_booster.dump_model()["tree_info"]
    assert new_booster.dump_model()["tree_info"][: len(old_dump)] == old_dump
    # The MLP continued from its weights (same architecture, changed values).
    old_w = before.models[2].model.state_dict()["0.weight"]
    new_w = after.models[2].model.state_dict()["0.weight"]
    assert old_w.shape == new_w.shape and not old_w.equal(new_w)
    # Incremental updates keep the deployed standardisation.
    np.testing.assert_array_equal(after.mean, before.mean)


# ---------------------------------------------------------------- through the API

ML = "/api/v1/automl"


def _csv(bars) -> bytes:
    lines = ["unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount"]
    for b in bars:
        lines.append(f"{b.ts},x,BTC/USDT,{b.open},{b.high},{b.low},{b.close},{b.volume},1,1")
    return "\n".join(lines).encode()


def _iso(ts: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts / 1000, UTC).isoformat().replace("+00:00", "Z")


async def _job(client, headers, job_id: str, within: float = 120) -> dict:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        job = (await client.get(f"/api/v1/jobs/{job_id}", headers=headers)).json()
        if job["status"] in ("succeeded", "failed", "cancelled"):
            return job
        assert asyncio.get_running_loop().time() < deadline, job
        await asyncio.sleep(0.1)


@pytest.fixture
def settings_overrides(tmp_path) -> dict[str, object]:
    return {"model_dir": tmp_path / "models"}


async def test_update_versions_and_rollback_through_the_api(app, client, alice, bob):
    bars = regime_candles([("momentum", SWITCH), ("reversion", 600)], seed=1)
    response = await client.post(
        "/api/v1/candles/import",
        files={"file": ("regimes.csv", _csv(bars))},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
        headers=alice,
    )
    assert response.status_code == 200, response.text
    window = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"}
    study = {
        "target": "signal_model", "objectives": ["accuracy"], "seed": 2,
        "model_families": ["logistic"], "signal_model": FEATURES, "n_trials": 1,
        "data": window | {"start": _iso(bars[0].ts), "end": _iso(bars[SWITCH - 1].ts)},
    }  # fmt: skip
    accepted = (await client.post(f"{ML}/optimize", json=study, headers=alice)).json()
    assert (await _job(client, alice, accepted["job_id"]))["status"] == "succeeded"
    deploy = {"study_id": accepted["study_id"], "name": "regime"}
    queued = (await client.post(f"{ML}/deploy", json=deploy, headers=alice)).json()
    assert (await _job(client, alice, queued["job_id"]))["status"] == "succeeded"

    versions = (await client.get(f"{ML}/deployments/regime/versions", headers=alice)).json()
    [first] = versions["items"]
    assert first["version"] == 1 and first["kind"] == "initial" and first["current"]

    alice_id = int((await client.get("/api/v1/auth/validate", headers=alice)).json()["sub"])

    async def predictions() -> list[float]:
        async with app.state.db.session() as session:
            deployment = await public.get_deployment(session, alice_id, "regime")
        assert deployment is not None
        return [p.prob_up for p in public.predict_signal(deployment, bars, last_n=300)]

    original = await predictions()
    update = {"data": window | {"start": _iso(bars[700].ts)}}
    response = await client.post(f"{ML}/deployments/regime/update", json=update, headers=alice)
    assert response.status_code == 202, response.text
    assert response.headers["location"] == f"/api/v1/jobs/{response.json()['job_id']}"
    assert response.json()["base_version"] == 1
    job = await _job(client, alice, response.json()["job_id"])
    assert job["status"] == "succeeded", job
    assert job["result"]["drift"]["detected"] and job["result"]["kind"] == "refit"
    assert job["result"]["promoted"] and job["result"]["version"] == 2

    items = (await client.get(f"{ML}/deployments/regime/versions", headers=alice)).json()["items"]
    assert [(v["version"], v["status"], v["current"]) for v in items] == [
        (2, "promoted", True), (1, "promoted", False),
    ]  # fmt: skip
    assert items[0]["metrics"]["accuracy"] > items[0]["previous_metrics"]["accuracy"]
    updated = await predictions()
    assert updated != original

    # Rollback: one call, and the previous version's predictions come back exactly.
    response = await client.post(f"{ML}/deployments/regime/rollback", headers=alice)
    assert response.status_code == 200 and response.json()["version"] == 1, response.text
    assert await predictions() == original
    items = (await client.get(f"{ML}/deployments/regime/versions", headers=alice)).json()["items"]
    assert [(v["version"], v["status"], v["current"]) for v in items] == [
        (2, "rolled_back", False), (1, "promoted", True),
    ]  # fmt: skip
    assert_problem(await client.post(f"{ML}/deployments/regime/rollback", headers=alice), 409)

    for response in (
        await client.post(f"{ML}/deployments/regime/update", json=update, headers=bob),
        await client.get(f"{ML}/deployments/regime/versions", headers=bob),
        await client.post(f"{ML}/deployments/regime/rollback", headers=bob),
    ):
        assert_problem(response, 404)
