"""Job fairness: how long one user's single job takes while another user has 20 queued.

Baselines in the same run: the same single job on an idle runner, and behind the same burst
on a runner that starts every job at once (what the in-process runner did before it had a
bound: ``workers`` = burst + 1). Each job is CPU work in the runner's process pool
(``ctx.run_process``), so the web process's event loop stays free.

    .venv/bin/python bench/bench_job_fairness.py [--workers 2] [--burst 20] [--seconds 0.5]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from app.cli import migrate
from app.core.cache import MemoryCache
from app.core.db import Database
from app.core.jobs import JobContext, JobRunner, job_handler


def burn(seconds: float) -> float:
    """Busy CPU for ``seconds`` (a stand-in for a backtest grid chunk)."""
    end = time.perf_counter() + seconds
    count = 0.0
    while time.perf_counter() < end:
        count += 1.0
    return count


@job_handler("bench.burn")
async def _burn(ctx: JobContext) -> dict:
    return {"loops": await ctx.run_process(burn, float(ctx.params["seconds"]))}


async def _latency(runner: JobRunner, owner: int, seconds: float) -> float:
    started = time.perf_counter()
    job = await runner.submit("bench.burn", {"seconds": seconds}, owner)
    done = await runner.wait(job.id, 600)
    assert done.status == "succeeded", done.error
    return time.perf_counter() - started


async def _scenario(url: str, workers: int, burst: int, seconds: float) -> tuple[float, float]:
    """(B's job alone, B's job behind A's burst) on a runner with ``workers`` slots."""
    db = Database(url)
    runner = JobRunner(
        db, MemoryCache("bench"), "inprocess", None, workers=workers, max_active_per_user=burst
    )
    await runner.startup()
    try:
        await _latency(runner, 99, 0.01)  # start the process pool outside the timings
        alone = await _latency(runner, 2, seconds)
        queued = [await runner.submit("bench.burn", {"seconds": seconds}, 1) for _ in range(burst)]
        await asyncio.sleep(0.05)
        contended = await _latency(runner, 2, seconds)
        for job in queued:  # let the burst drain before the next scenario
            await runner.wait(job.id, 600)
    finally:
        await runner.shutdown()
        await db.dispose()
    return alone, contended


async def main(workers: int, burst: int, seconds: float) -> None:
    directory = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{directory / 'bench.db'}"
    await asyncio.to_thread(migrate, url)
    alone, fair = await _scenario(url, workers, burst, seconds)
    _, unbounded = await _scenario(url, burst + 1, burst, seconds)
    print(f"workers={workers} burst={burst} job={seconds:.2f}s")
    print(f"user B's job alone:                          {alone:6.2f} s")
    print(f"behind A's {burst} jobs, bounded fair pool:     {fair:6.2f} s  ({fair / alone:.2f}x)")
    print(
        f"behind A's {burst} jobs, all started at once:   {unbounded:6.2f} s  "
        f"({unbounded / alone:.2f}x)"
    )
    print(f"fair pool vs all-at-once:                    {fair / unbounded:6.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--burst", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=0.5)
    args = parser.parse_args()
    asyncio.run(main(args.workers, args.burst, args.seconds))
