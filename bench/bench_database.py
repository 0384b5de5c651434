"""Database-service benchmarks against PostgreSQL, each beside a baseline in the same run.

    APP_BENCH_PG=postgresql+asyncpg://postgres@127.0.0.1:5432/postgres \
        .venv/bin/python bench/bench_database.py [--history-rows 1000000]

Prints: batch ingest vs raw asyncpg ``copy_records_to_table``; single ``signals/save``
throughput vs a bare FastAPI endpoint in the same app; ``signals/history`` p50/p99 on a large
table; process start to ready and idle RSS with all modules mounted.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx
import orjson
from asgi_lifespan import LifespanManager
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.cli import migrate
from app.core.config import Settings
from app.main import create_app

PASSWORD = "Bench-Password-1"


def signal(index: int, base: datetime) -> dict:
    return {
        "symbol": "BTC/USDT",
        "side": "BUY",
        "price": 30000.0 + index % 100,
        "confidence": 0.8,
        "stop_loss": 29000.0,
        "leverage": 1,
        "strategy": "bench",
        "timestamp": (base + timedelta(seconds=index)).isoformat(),
    }


async def admin_connect(url: str) -> asyncpg.Connection:
    parsed = make_url(url)
    return await asyncpg.connect(
        host=parsed.host, port=parsed.port or 5432, user=parsed.username, database=parsed.database
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ingest-rows", type=int, default=50_000)
    parser.add_argument("--history-rows", type=int, default=1_000_000)
    parser.add_argument("--single-requests", type=int, default=1000)
    parser.add_argument(
        "--only",
        default="ingest,single,history,startup",
        help="comma-separated subset of: ingest, single, history, startup",
    )
    args = parser.parse_args()
    args.only = set(args.only.split(","))
    return args


async def main(args: argparse.Namespace) -> None:
    for name in ("alembic", "httpx"):
        logging.getLogger(name).setLevel(logging.WARNING)
    if not args.only & {"ingest", "single", "history"}:
        return
    server = os.environ.get("APP_BENCH_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    name = f"kalkan_bench_{uuid.uuid4().hex[:8]}"
    admin = await admin_connect(server)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(migrate, url)
        await run(url, args)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def run(url: str, args: argparse.Namespace) -> None:
    settings = Settings(
        env="test",
        database_url=url,
        secret_key="b" * 40,
        log_level="WARNING",
        rate_limit_enabled=False,
        cache_namespace=f"bench-{uuid.uuid4().hex[:6]}",
    )
    app = create_app(settings)

    @app.post("/bench/bare")
    async def bare(body: dict) -> dict:  # the baseline: parsing + a response, no work
        return body

    async with LifespanManager(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            await client.post(
                "/api/v1/auth/register", json={"email": "b@example.com", "password": PASSWORD}
            )
            token = (
                await client.post(
                    "/api/v1/auth/login", data={"username": "b@example.com", "password": PASSWORD}
                )
            ).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            base = datetime(2024, 1, 1, tzinfo=UTC)
            if "ingest" in args.only:
                await ingest(client, headers, url, base, args.ingest_rows)
            if "single" in args.only:
                await single(client, headers, base, args.single_requests)
            if "history" in args.only:
                await history(client, headers, url, args.history_rows)


_COPY_COLUMNS = (
    "user_id",
    "ts",
    "symbol",
    "side",
    "price",
    "confidence",
    "stop_loss",
    "leverage",
    "strategy",
    "created_at",
)


def copy_record(index: int, base: datetime) -> tuple:
    """The same row as ``signal(index, base)``, as a tuple for ``copy_records_to_table``."""
    item = signal(index, base)
    return (
        1,
        base + timedelta(seconds=index),
        item["symbol"],
        item["side"],
        item["price"],
        item["confidence"],
        item["stop_loss"],
        float(item["leverage"]),
        item["strategy"],
        base,
    )


async def ingest(client, headers, url, base, rows: int) -> None:
    batch = 10_000
    starts = range(0, rows, batch)
    # Bodies and records are built before timing: the client's work is not the server's.
    payloads = [
        orjson.dumps([signal(i, base) for i in range(start, min(start + batch, rows))])
        for start in starts
    ]
    records = [
        [copy_record(i, base) for i in range(start, min(start + batch, rows))] for start in starts
    ]
    headers = headers | {"Content-Type": "application/json"}
    connection = await admin_connect(url)

    async def api(payload: bytes) -> None:
        response = await client.post("/api/v1/signals/save", content=payload, headers=headers)
        assert response.status_code == 201, response.text

    async def copy(chunk: list[tuple]) -> None:
        await connection.copy_records_to_table(
            "database_signals", records=chunk, columns=_COPY_COLUMNS
        )

    # One untimed batch each first, then the two alternate batch by batch, so both write into
    # the same table state (the first writes into a fresh partition after CREATE DATABASE cost
    # up to 2x: relation extension, full-page WAL images) instead of one side taking them all.
    await api(payloads[0])
    await copy(records[0])
    ours = raw = 0.0
    for payload, chunk in zip(payloads, records, strict=True):
        started = time.perf_counter()
        await api(payload)
        ours += time.perf_counter() - started
        started = time.perf_counter()
        await copy(chunk)
        raw += time.perf_counter() - started
    await connection.close()
    print(
        f"batch ingest ({rows} signals, 10k/request through the API): {rows / ours:,.0f} rows/s; "
        f"raw asyncpg COPY: {rows / raw:,.0f} rows/s; ratio {raw / ours:.2f} (goal >= 0.50)"
    )


async def single(client, headers, base, count: int) -> None:
    body = signal(0, base)
    for path, extra in (("/api/v1/signals/save", headers), ("/bench/bare", {})):
        await client.post(path, json=body, headers=extra)
    timings = {}
    for path, extra in (("/api/v1/signals/save", headers), ("/bench/bare", {})):
        started = time.perf_counter()
        for _ in range(count):
            response = await client.post(path, json=body, headers=extra)
            assert response.status_code in (200, 201)
        timings[path] = count / (time.perf_counter() - started)
    ours, bare = timings["/api/v1/signals/save"], timings["/bench/bare"]
    print(
        f"single signals/save: {ours:,.0f} req/s; bare FastAPI endpoint: {bare:,.0f} req/s; "
        f"ratio {ours / bare:.2f} (goal >= 0.30)"
    )


async def history(client, headers, url, rows: int) -> None:
    connection = await admin_connect(url)
    existing = await connection.fetchval("SELECT count(*) FROM database_signals")
    base = datetime(2023, 1, 1, tzinfo=UTC)
    months = {(base + timedelta(minutes=i)).strftime("%Y%m") for i in range(0, rows, 1440)}
    for month in sorted(months):
        start = datetime(int(month[:4]), int(month[4:]), 1, tzinfo=UTC)
        end = datetime(start.year + start.month // 12, start.month % 12 + 1, 1, tzinfo=UTC)
        await connection.execute(
            f'CREATE TABLE IF NOT EXISTS "database_signals_p{month}" PARTITION OF database_signals '
            f"FOR VALUES FROM ('{start.isoformat()}') TO ('{end.isoformat()}')"
        )
    chunk = 100_000
    for offset in range(0, rows - existing, chunk):
        records = [
            (
                1 + (i % 4 == 0),
                base + timedelta(minutes=i),
                "BTC/USDT" if i % 3 else "ETH/USDT",
                "BUY",
                30000.0,
                0.8,
                29000.0,
                1.0,
                "bench",
                base,
            )
            for i in range(offset, min(offset + chunk, rows - existing))
        ]
        await connection.copy_records_to_table(
            "database_signals",
            records=records,
            columns=(
                "user_id",
                "ts",
                "symbol",
                "side",
                "price",
                "confidence",
                "stop_loss",
                "leverage",
                "strategy",
                "created_at",
            ),
        )
    await connection.execute("ANALYZE database_signals")
    total = await connection.fetchval("SELECT count(*) FROM database_signals")
    await connection.close()
    latencies = []
    cursor = None
    for index in range(300):
        params = {"limit": 100}
        if index % 3 == 1:
            params["symbol"] = "ETH/USDT"
        if cursor and index % 3 == 2:
            params["cursor"] = cursor
        started = time.perf_counter()
        response = await client.get("/api/v1/signals/history", params=params, headers=headers)
        latencies.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200 and len(response.json()["items"]) == 100
        cursor = response.json()["next_cursor"]
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    print(
        f"signals/history on {total:,} rows, 100-row pages through the API: p50 {p50:.1f} ms, "
        f"p99 {p99:.1f} ms (goal p99 < 50 ms)"
    )


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def startup() -> None:
    env = os.environ | {
        "APP_DATABASE_URL": "sqlite+aiosqlite:////tmp/kalkan-bench-start.db",
        "APP_LOG_LEVEL": "WARNING",
    }
    migrate("sqlite+aiosqlite:////tmp/kalkan-bench-start.db")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", "8765"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                if httpx.get("http://127.0.0.1:8765/health/ready", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.02)
        ready = time.perf_counter() - started
        # Sampled at ready and after; modules may start background work after start-up (the
        # backtest module warms its numba kernels 1 s in, where jobs run in-process).
        samples = [rss_mb(process.pid)]
        for pause in (2, 6):
            time.sleep(pause)
            samples.append(rss_mb(process.pid))
        baseline = subprocess.run(
            [
                sys.executable,
                "-c",
                "import resource, fastapi, uvicorn; "
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        rss = " / ".join(f"{mb:.0f}" for mb in samples)
        print(
            f"process start to ready: {ready:.2f} s (goal <= 2 s); "
            f"idle RSS at ready / +2 s / +8 s: {rss} MB (goal <= 200 MB; bare "
            f"python+fastapi+uvicorn import: {int(baseline.stdout) / 1024:.0f} MB)"
        )
    finally:
        process.terminate()
        process.wait()


if __name__ == "__main__":
    arguments = parse_args()
    asyncio.run(main(arguments))
    if "startup" in arguments.only:
        startup()
