"""kalkan_job_duration_seconds (charted by deploy/grafana) observes each job's run time once."""

import asyncio
import re
import time

from app.core.jobs import JobContext, job_handler

PAUSE = 0.3


@job_handler("test.metrics.pause")
async def _pause(ctx: JobContext) -> dict:
    await asyncio.sleep(PAUSE)
    return {}


def _sample(text: str, name: str) -> float:
    found = re.search(rf'^{name}\{{kind="test.metrics.pause"\}} (\S+)$', text, re.M)
    return float(found.group(1)) if found else 0.0


async def test_job_duration_is_observed_once_per_job(app, client) -> None:
    before = (await client.get("/metrics")).text
    started = time.monotonic()
    job = await app.state.jobs.submit("test.metrics.pause", {}, None)
    done = await app.state.jobs.wait(job.id, 20)
    elapsed = time.monotonic() - started
    assert done.status == "succeeded"
    after = (await client.get("/metrics")).text
    count = "kalkan_job_duration_seconds_count"
    total = "kalkan_job_duration_seconds_sum"
    assert _sample(after, count) - _sample(before, count) == 1
    observed = _sample(after, total) - _sample(before, total)
    assert PAUSE <= observed <= elapsed
