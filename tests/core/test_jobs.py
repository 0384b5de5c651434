"""The job runner: progress, results, failures, cancellation, ownership, and a Redis worker."""

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.core.jobs import JobContext, job_handler
from tests.conftest import REDIS_URL, assert_problem

RELEASE: dict[str, asyncio.Event] = {}


@job_handler("test.sum")
async def _sum(ctx: JobContext) -> dict:
    values = ctx.params["values"]
    total = 0
    for index, value in enumerate(values):
        total += value
        await ctx.progress((index + 1) / len(values))
    squares = await ctx.run_cpu(lambda: sum(v * v for v in values))
    return {"sum": total, "squares": squares}


@job_handler("test.fail")
async def _fail(ctx: JobContext) -> dict:
    raise RuntimeError("boom")


@job_handler("test.wait")
async def _wait(ctx: JobContext) -> dict:
    await ctx.progress(0.5, "waiting")
    while True:
        await ctx.check_cancelled()
        await asyncio.sleep(0.01)


async def _user_id(client, headers) -> int:
    return int((await client.get("/api/v1/auth/validate", headers=headers)).json()["sub"])


async def test_job_result_progress_and_listing(app, client, alice, bob):
    owner = await _user_id(client, alice)
    job = await app.state.jobs.submit("test.sum", {"values": [1, 2, 3, 4]}, owner)
    done = await app.state.jobs.wait(job.id, 10)
    assert done.status == "succeeded" and done.progress == 1.0
    body = (await client.get(f"/api/v1/jobs/{job.id}", headers=alice)).json()
    assert body["result"] == {"sum": 10, "squares": 30} and body["finished_at"]
    assert [
        item["id"] for item in (await client.get("/api/v1/jobs", headers=alice)).json()["items"]
    ] == [job.id]
    # Someone else's job does not exist for them.
    assert_problem(await client.get(f"/api/v1/jobs/{job.id}", headers=bob), 404)
    assert (await client.get("/api/v1/jobs", headers=bob)).json()["items"] == []


async def test_failed_job_records_the_error(app, client, alice):
    job = await app.state.jobs.submit("test.fail", {}, await _user_id(client, alice))
    done = await app.state.jobs.wait(job.id, 10)
    assert done.status == "failed" and "boom" in done.error


async def test_running_job_can_be_cancelled(app, client, alice):
    job = await app.state.jobs.submit("test.wait", {}, await _user_id(client, alice))
    for _ in range(200):
        state = (await client.get(f"/api/v1/jobs/{job.id}", headers=alice)).json()
        if state["status"] == "running" and state["progress"] == 0.5:
            break
        await asyncio.sleep(0.01)
    assert state["message"] == "waiting"
    await client.post(f"/api/v1/jobs/{job.id}/cancel", headers=alice)
    done = await app.state.jobs.wait(job.id, 10)
    assert done.status == "cancelled"
    assert_problem(await client.post(f"/api/v1/jobs/{job.id}/cancel", headers=alice), 409)


async def test_unknown_kind_is_refused(app):
    from app.core.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        await app.state.jobs.submit("test.nope", {}, None)


WORKER_MODULE = """
from app.core.jobs import job_handler

@job_handler("test.remote")
async def remote(ctx):
    import os
    await ctx.progress(0.5)
    return {"pid": os.getpid(), "double": ctx.params["x"] * 2}
"""


@pytest.mark.skipif(not REDIS_URL, reason="the Redis job backend needs APP_REDIS_URL")
async def test_redis_backend_runs_jobs_in_a_separate_worker_process(settings, tmp_path):
    """API side submits through Redis; a real `taskiq worker` process executes and persists."""
    from app.core.cache import create_cache
    from app.core.db import Database
    from app.core.jobs import JobRunner

    (tmp_path / "remote_jobs.py").write_text(WORKER_MODULE)
    namespace = f"jobs-{uuid.uuid4().hex[:8]}"
    env = os.environ | {
        "APP_DATABASE_URL": settings.database_url,
        "APP_REDIS_URL": REDIS_URL,
        "APP_CACHE_NAMESPACE": namespace,
        "APP_JOB_BACKEND": "redis",
        "APP_LOG_LEVEL": "WARNING",
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{Path(__file__).resolve().parents[2]}",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "taskiq",
            "worker",
            "app.worker:broker",
            "remote_jobs",
            "--workers",
            "1",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    db = Database(settings.database_url)
    cache = create_cache(REDIS_URL, namespace)
    runner = JobRunner(db, cache, "redis", REDIS_URL)
    await runner.startup()
    try:
        job = await runner.submit("test.remote", {"x": 21}, owner_id=None)
        done = await runner.wait(job.id, 60)
        assert done.status == "succeeded", (done, worker.stdout and worker.poll())
        assert done.result["double"] == 42 and done.result["pid"] != os.getpid()
        # Idle past redis-py's default 5 s socket timeout: the worker's BRPOP must outlive it.
        await asyncio.sleep(6.5)
        again = await runner.wait((await runner.submit("test.remote", {"x": 1}, None)).id, 60)
        assert again.status == "succeeded" and again.result["pid"] == done.result["pid"]
        assert worker.poll() is None
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        await runner.shutdown()
        await cache.close()
        await db.dispose()
