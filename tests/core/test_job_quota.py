"""Job quota and fairness: a bounded worker pool, a per-user limit, fair order between users,
and CPU work in a process pool."""

import asyncio
import os
import time

import pytest

from app.core.jobs import JobCancelled, JobContext, job_handler
from tests.conftest import assert_problem

GATES: dict[str, asyncio.Event] = {}
STARTED: list[str] = []


@job_handler("test.gated")
async def _gated(ctx: JobContext) -> dict:
    STARTED.append(ctx.params["name"])
    gate = GATES.setdefault(ctx.params["name"], asyncio.Event())
    await gate.wait()
    return {"name": ctx.params["name"]}


def _pid_and_square(value: int) -> dict:
    return {"pid": os.getpid(), "square": value * value}


@job_handler("test.process")
async def _in_process_pool(ctx: JobContext) -> dict:
    return await ctx.run_process(_pid_and_square, ctx.params["x"])


def _count_until_stopped(limit: int, on_progress, should_cancel) -> dict:
    for index in range(limit):
        if should_cancel():
            return {"pid": os.getpid(), "stopped_at": index}
        on_progress(index / limit)
        time.sleep(0.005)
    return {"pid": os.getpid(), "stopped_at": None}


@job_handler("test.process_tracked")
async def _tracked_in_process_pool(ctx: JobContext) -> dict:
    result = await ctx.run_process_tracked(_count_until_stopped, ctx.params["limit"])
    if result["stopped_at"] is not None:
        raise JobCancelled
    return result


async def _user_id(client, headers) -> int:
    return int((await client.get("/api/v1/auth/validate", headers=headers)).json()["sub"])


async def _until(predicate, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if await predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached")


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    return {"job_workers": 2, "job_max_active_per_user": 25}


@pytest.fixture(autouse=True)
def _reset_gates():
    GATES.clear()
    STARTED.clear()
    yield
    for gate in GATES.values():
        gate.set()


async def test_one_users_burst_does_not_delay_another_user_beyond_one_slot(app, client, alice, bob):
    jobs = app.state.jobs
    alice_id, bob_id = await _user_id(client, alice), await _user_id(client, bob)
    for index in range(20):
        await jobs.submit("test.gated", {"name": f"a{index}"}, alice_id)

    async def two_running() -> bool:
        return len(STARTED) >= 2

    await _until(two_running)
    await asyncio.sleep(0.2)  # a pool that is not bounded would start the rest meanwhile
    assert STARTED == ["a0", "a1"], "the pool runs job_workers jobs at once"

    bobs = await jobs.submit("test.gated", {"name": "b0"}, bob_id)
    GATES.setdefault("a0", asyncio.Event()).set()  # one slot frees up

    async def bob_started() -> bool:
        return "b0" in STARTED

    await _until(bob_started)
    # Bob's job took the first free slot, ahead of Alice's 18 still queued.
    assert STARTED == ["a0", "a1", "b0"]
    GATES["b0"].set()
    assert (await jobs.wait(bobs.id, 10)).status == "succeeded"
    listed = (await client.get("/api/v1/jobs", headers=alice)).json()["items"]
    assert sorted(item["status"] for item in listed).count("queued") >= 17


@pytest.mark.parametrize("settings_overrides", [{"job_max_active_per_user": 3}])
async def test_a_user_beyond_the_active_job_limit_gets_429_with_retry_after(
    app, client, alice, bob
):
    from app.core.errors import RateLimited

    jobs = app.state.jobs
    alice_id = await _user_id(client, alice)
    first = [await jobs.submit("test.gated", {"name": f"q{i}"}, alice_id) for i in range(3)]
    with pytest.raises(RateLimited) as refused:
        await jobs.submit("test.gated", {"name": "q3"}, alice_id)
    assert int(refused.value.headers["Retry-After"]) > 0
    # Another user is not affected by Alice's quota.
    await jobs.submit("test.gated", {"name": "other"}, await _user_id(client, bob))
    # Cancelling a queued job frees a place in the quota.
    cancelled = await client.post(f"/api/v1/jobs/{first[2].id}/cancel", headers=alice)
    assert cancelled.json()["status"] == "cancelled"
    await jobs.submit("test.gated", {"name": "q4"}, alice_id)


@pytest.mark.parametrize(
    "settings_overrides", [{"job_max_active_per_user": 1, "market_data": "synthetic"}]
)
async def test_job_quota_is_a_429_problem_over_http(app, client, alice):
    """Through a route that starts a job: the problem carries Retry-After."""
    body = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "max_candles": 10}
    await app.state.jobs.submit("test.gated", {"name": "hold"}, await _user_id(client, alice))
    response = await client.post("/api/v1/candles/download", json=body, headers=alice)
    problem = assert_problem(response, 429)
    assert int(response.headers["Retry-After"]) > 0 and "jobs" in problem["detail"]


async def test_cpu_work_runs_in_a_separate_process(app, client, alice):
    job = await app.state.jobs.submit("test.process", {"x": 12}, await _user_id(client, alice))
    done = await app.state.jobs.wait(job.id, 60)
    assert done.status == "succeeded", done.error
    assert done.result["square"] == 144 and done.result["pid"] != os.getpid()


async def test_process_pool_work_reports_progress_and_stops_when_cancelled(app, client, alice):
    jobs = app.state.jobs
    owner = await _user_id(client, alice)
    finished = await jobs.submit("test.process_tracked", {"limit": 40}, owner)
    done = await jobs.wait(finished.id, 60)
    assert done.status == "succeeded", done.error
    assert done.result["pid"] != os.getpid() and done.progress == 1.0

    endless = await jobs.submit("test.process_tracked", {"limit": 10**7}, owner)

    async def progressing() -> bool:
        state = (await client.get(f"/api/v1/jobs/{endless.id}", headers=alice)).json()
        return state["status"] == "running" and state["progress"] > 0

    await _until(progressing, 60)
    await client.post(f"/api/v1/jobs/{endless.id}/cancel", headers=alice)
    stopped = await jobs.wait(endless.id, 30)
    assert stopped.status == "cancelled"
