"""Backtest jobs over the API: optimisation with progress and cancellation, walk-forward, Monte
Carlo on a stored result, history pagination and deletion."""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import assert_problem
from tests.modules.backtest.test_api import BT, btc, btc_csv, finished, spec, submit

__all__ = ["btc", "btc_csv"]  # fixtures shared with test_api


async def chart_of(client, headers, run_id: str) -> dict:
    response = await client.get(f"{BT}/results/{run_id}/chart", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def trace(figure: dict, name: str) -> dict:
    return next(t for t in figure["data"] if t.get("name") == name)


async def test_optimize_grid_reports_progress_and_best_params(client, alice, btc):
    body = {
        "base": spec(),
        "param_space": {
            "fast": {"values": [5, 10, 20]},
            "slow": {"min": 30, "max": 90, "step": 20},
        },
        "method": "grid",
        "objective": "sharpe",
        "chunk_size": 4,
    }
    accepted = await submit(client, alice, "optimize", body)
    assert accepted["kind"] == "optimize" and accepted["strategy"] == "sma_cross"
    done = await finished(client, alice, accepted["id"])
    assert done["status"] == "succeeded" and done["progress"] == 1.0, done
    result = done["result"]
    assert result["method"] == "grid" and result["n_evaluated"] == 12
    assert result["best_params"]["fast"] in (5, 10, 20)
    assert result["best_params"]["slow"] in (30, 50, 70, 90)
    ranked = [r["score"] for r in result["ranked"] if r["feasible"]]
    assert ranked == sorted(ranked, reverse=True) and result["best_score"] == ranked[0]
    assert 0 <= result["overfitting"]["pbo"] <= 1
    assert done["summary"]["best_params"] == result["best_params"]

    # The chart places every scored set at (fast, slow), coloured by its score.
    points = trace(await chart_of(client, alice, accepted["id"]), "Ranked sets")
    scored = [r for r in result["ranked"] if r["score"] is not None]
    assert points["x"] == [r["params"]["fast"] for r in scored]
    assert points["y"] == [r["params"]["slow"] for r in scored]
    assert points["marker"]["color"] == [r["score"] for r in scored]


async def test_optimize_can_be_cancelled_through_the_jobs_api(client, alice, btc):
    body = {
        "base": spec(),
        "param_space": {"fast": {"min": 2, "max": 60, "step": 1}, "slow": {"min": 10, "max": 400}},
        "method": "grid",
        "chunk_size": 2,
        "max_grid": 50_000,
    }
    accepted = await submit(client, alice, "optimize", body)
    job_id = accepted["job_id"]
    for _ in range(600):
        state = (await client.get(f"{BT}/results/{accepted['id']}", headers=alice)).json()
        if state["status"] == "running" and state["progress"] > 0:
            break
        await asyncio.sleep(0.05)
    assert state["status"] == "running" and 0 < state["progress"] < 1, state
    assert state["message"] == "simulating the grid"
    cancel = await client.post(f"/api/v1/jobs/{job_id}/cancel", headers=alice)
    assert cancel.status_code == 200, cancel.text
    done = await finished(client, alice, accepted["id"], within=30)
    assert done["status"] == "cancelled" and done["result"] is None
    # The run row is marked by the handler; the core job row right after, when the runner
    # records the handler's outcome: wait for that outcome rather than racing it.
    for _ in range(200):
        job = (await client.get(f"/api/v1/jobs/{job_id}", headers=alice)).json()
        if job["status"] not in ("queued", "running"):
            break
        await asyncio.sleep(0.05)
    assert job["status"] == "cancelled"
    history = await client.get(f"{BT}/history", params={"status": "cancelled"}, headers=alice)
    assert [item["id"] for item in history.json()["items"]] == [accepted["id"]]


async def test_walk_forward_job(client, alice, btc):
    body = {
        "base": spec(start=None, end=None),
        "param_space": {"fast": {"values": [5, 10, 20]}, "slow": {"values": [40, 80]}},
        "in_sample_bars": 600,
        "out_of_sample_bars": 300,
        "mode": "rolling",
    }
    done = await finished(client, alice, (await submit(client, alice, "walkforward", body))["id"])
    assert done["status"] == "succeeded", done
    result = done["result"]
    assert result["mode"] == "rolling" and len(result["folds"]) == 3  # (1500 - 600) / 300
    for fold in result["folds"]:
        assert fold["out_of_sample_start"] >= fold["in_sample_end"]
        assert fold["best_params"]["fast"] < fold["best_params"]["slow"]
    assert len(result["equity_curve"]["equity"]) == 900
    assert done["summary"]["folds"] == 3

    figure = await chart_of(client, alice, done["id"])
    assert trace(figure, "Walk-forward")["y"] == result["equity_curve"]["equity"]
    out_of_sample = trace(figure, "Out-of-sample CAGR")
    assert out_of_sample["y"] == [fold["out_of_sample_cagr"] for fold in result["folds"]]
    assert len(figure["layout"]["shapes"]) == 3  # one shaded span per fold


async def test_monte_carlo_on_a_stored_result_is_reproducible(client, alice, btc):
    parent = await finished(client, alice, (await submit(client, alice, "run", spec()))["id"])
    closed = [t for t in parent["result"]["trades"] if t["status"] != "open"]
    assert len(closed) >= 2

    async def monte_carlo(**overrides) -> dict:
        body = {"result_id": parent["id"], "n_paths": 300, "seed": 7} | overrides
        run = await submit(client, alice, "montecarlo", body)
        assert run["parent_id"] == parent["id"] and run["strategy"] == "sma_cross"
        done = await finished(client, alice, run["id"])
        assert done["status"] == "succeeded", done
        return done["result"]

    first, again, other = await monte_carlo(), await monte_carlo(), await monte_carlo(seed=8)
    assert first == again
    assert first != other
    assert first["steps"] == len(closed) and first["seed"] == 7
    bands = first["bands"]
    assert all(a <= b for a, b in zip(bands["p5"], bands["p95"], strict=True))
    bars = await monte_carlo(method="bars", block_size=24, n_paths=100)
    mc_run = await client.get(f"{BT}/history", params={"kind": "montecarlo"}, headers=alice)
    figure = await chart_of(client, alice, mc_run.json()["items"][0]["id"])
    assert trace(figure, "Median")["y"] == bars["bands"]["p50"]
    histogram = trace(figure, "Paths")
    assert histogram["y"] == bars["final_return_histogram"]["counts"]
    assert sum(histogram["y"]) == 100  # every path lands in one bin
    assert bars["steps"] == parent["result"]["bars"]  # one return per bar

    # Monte Carlo needs a finished backtest of kind "run".
    mc_id = (await client.get(f"{BT}/history", params={"kind": "montecarlo"}, headers=alice)).json()
    conflict = await client.post(
        f"{BT}/montecarlo", json={"result_id": mc_id["items"][0]["id"]}, headers=alice
    )
    assert_problem(conflict, 409)
    assert_problem(
        await client.post(
            f"{BT}/montecarlo", json={"result_id": parent["id"], "n_paths": 5}, headers=alice
        ),
        422,
    )


async def test_history_pages_filters_and_delete(client, alice, btc):
    ids = []
    for fast in (5, 10, 15):
        run = await submit(client, alice, "run", spec(params={"fast": fast, "slow": 40}))
        ids.append(run["id"])
        await finished(client, alice, run["id"])
    first = (await client.get(f"{BT}/history", params={"limit": 2}, headers=alice)).json()
    assert [item["id"] for item in first["items"]] == ids[::-1][:2] and first["next_cursor"]
    assert first["items"][0]["summary"]["trade_count"] > 0
    assert "result" not in first["items"][0]
    second = (
        await client.get(
            f"{BT}/history", params={"limit": 2, "cursor": first["next_cursor"]}, headers=alice
        )
    ).json()
    assert [item["id"] for item in second["items"]] == ids[:1] and second["next_cursor"] is None

    oldest = first["items"][-1]["created_at"]
    newer = (await client.get(f"{BT}/history", params={"start": oldest}, headers=alice)).json()
    assert [item["id"] for item in newer["items"]] == ids[::-1][:2]
    older = (await client.get(f"{BT}/history", params={"end": oldest}, headers=alice)).json()
    assert [item["id"] for item in older["items"]] == ids[:1]
    none = await client.get(f"{BT}/history", params={"kind": "optimize"}, headers=alice)
    assert none.json() == {"items": [], "next_cursor": None}
    assert_problem(await client.get(f"{BT}/history", params={"limit": 0}, headers=alice), 422)
    assert_problem(await client.get(f"{BT}/history", params={"kind": "nope"}, headers=alice), 422)

    deleted = await client.delete(f"{BT}/results/{ids[1]}", headers=alice)
    assert deleted.status_code == 200 and deleted.json()["id"] == ids[1]
    assert_problem(await client.get(f"{BT}/results/{ids[1]}", headers=alice), 404)
    assert_problem(await client.delete(f"{BT}/results/{ids[1]}", headers=alice), 404)
    remaining = (await client.get(f"{BT}/history", headers=alice)).json()["items"]
    assert [item["id"] for item in remaining] == [ids[2], ids[0]]


@pytest.mark.parametrize("path", ["run", "optimize", "walkforward", "montecarlo"])
async def test_writes_need_authentication(client, path):
    assert_problem(await client.post(f"{BT}/{path}", json={}), 401)
