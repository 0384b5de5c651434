"""API latency while a TimeGAN trains vs idle (issue 14: p99 within 20 %).

One app (SQLite, in-process job runner) serves ``GET /api/v1/gan/models`` (auth, a DB query, a
page of registry rows) and ``GET /health``; we time ``--requests`` sequential calls of each when
idle, then again while ``POST /gan/train`` runs in the job runner's process pool (the web
process never imports torch), and print the p50/p99 ratios. The baseline is the idle run of
the same app in the same process.

    .venv/bin/python bench/bench_synthetic_api_p99.py [--requests 400] [--bars 8000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
from asgi_lifespan import LifespanManager

from app.cli import migrate
from app.core.config import Settings

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ohlcv" / "binance_spot"
SECRET = "bench-secret-key-that-is-long-enough-0123456789"
PASSWORD = "Correct-Horse-9"


async def _timings(client: httpx.AsyncClient, path: str, headers: dict, n: int) -> np.ndarray:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        response = await client.get(path, headers=headers)
        out.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text
    return np.array(out) * 1000


def _row(name: str, idle: np.ndarray, busy: np.ndarray) -> str:
    p50i, p99i = np.percentile(idle, [50, 99])
    p50b, p99b = np.percentile(busy, [50, 99])
    return (f"{name:<18} idle p50 {p50i:7.2f} ms p99 {p99i:7.2f} ms | training p50 {p50b:7.2f} "
            f"ms p99 {p99b:7.2f} ms | p99 ratio {p99b / p99i:5.2f}")  # fmt: skip


async def main(n: int, bars: int) -> None:
    from app.main import create_app

    directory = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{directory / 'bench.db'}"
    await asyncio.to_thread(migrate, url)
    settings = Settings(
        env="test", database_url=url, secret_key=SECRET, model_dir=directory / "models",
        rate_limit_default="10000000/minute", rate_limit_auth="10000000/minute",
        rate_limit_anonymous="10000000/minute", log_level="ERROR",
    )  # fmt: skip
    app = create_app(settings)
    lines = (DATA / "Binance_BTCUSDT_1h.csv").read_text().splitlines()
    csv = "\n".join(lines[: bars + 1]).encode()
    async with LifespanManager(app, startup_timeout=60, shutdown_timeout=60):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            await client.post("/api/v1/auth/register",
                              json={"email": "b@example.com", "password": PASSWORD})  # fmt: skip
            token = (await client.post("/api/v1/auth/login",
                     data={"username": "b@example.com", "password": PASSWORD})).json()  # fmt: skip
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            imported = await client.post(
                "/api/v1/candles/import", files={"file": ("btc.csv", csv)},
                data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
                headers=headers,
            )  # fmt: skip
            assert imported.status_code == 200, imported.text
            await _timings(client, "/api/v1/gan/models", headers, 50)  # warm-up
            idle_models = await _timings(client, "/api/v1/gan/models", headers, n)
            idle_health = await _timings(client, "/health", {}, n)
            epochs = {f"{phase}_epochs": 200 for phase in ("embedding", "supervised", "joint")}
            body = {"exchange": "binance", "symbols": ["BTC/USDT"], "window": 24, **epochs}
            model = (await client.post("/api/v1/gan/train", json=body, headers=headers)).json()
            while True:  # until the pool process is training (torch imported, epochs running)
                job = (await client.get(f"/api/v1/jobs/{model['job_id']}", headers=headers)).json()
                if job["message"] and "epoch" in job["message"]:
                    break
                await asyncio.sleep(0.2)
            busy_models = await _timings(client, "/api/v1/gan/models", headers, n)
            busy_health = await _timings(client, "/health", {}, n)
            job = (await client.get(f"/api/v1/jobs/{model['job_id']}", headers=headers)).json()
            assert job["status"] == "running", job
            print(f"{bars} bars, {n} requests each; training was at: {job['message']}")
            print(_row("GET /gan/models", idle_models, busy_models))
            print(_row("GET /health", idle_health, busy_health))
            await client.post(f"/api/v1/jobs/{model['job_id']}/cancel", headers=headers)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--bars", type=int, default=8_000)
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.bars))
    sys.exit(0)
