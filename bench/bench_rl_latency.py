"""Web p99 latency while an RL model trains vs idle (run, don't import).

    python bench/bench_rl_latency.py [--requests 400] [--timesteps 200000]

Starts ``uvicorn app.main:app`` on a fresh SQLite database (in-process job mode: training
runs in the job runner's process pool, not in the web process), imports the real BTC/USDT 1h
bars, then times ``GET /api/v1/rl/models`` (auth, a DB query, serialisation) sequentially:
idle, and again while a PPO training job runs. Goal: the p99 within 20 % of idle. Also
checks that the web process never imported torch or stable-baselines3 (its /proc maps).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("KALKAN_SHARED_DATA", ROOT.parent / "shared" / "data"))
PASSWORD = "Correct-Horse-9"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def sample(client: httpx.Client, headers: dict[str, str], n: int) -> list[float]:
    latencies = []
    for _ in range(n):
        began = time.perf_counter()
        client.get("/api/v1/rl/models", headers=headers).raise_for_status()
        latencies.append((time.perf_counter() - began) * 1000)
    return latencies


def torch_loaded(pid: int) -> bool:
    maps = Path(f"/proc/{pid}/maps").read_text()
    return "libtorch" in maps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--timesteps", type=int, default=200_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kalkan-bench-rl-"))
    env = os.environ | {
        "APP_DATABASE_URL": f"sqlite+aiosqlite:///{work / 'bench.db'}",
        "APP_MODEL_DIR": str(work / "models"),
        "APP_ENV": "dev",
        "APP_LOG_LEVEL": "WARNING",
        "APP_RATE_LIMIT_DEFAULT": "100000/minute",
        "APP_RATE_LIMIT_AUTH": "1000/minute",
        "APP_JOB_WORKERS": "1",
    }
    env.pop("APP_REDIS_URL", None)
    python = sys.executable
    subprocess.run([python, "-m", "app.cli", "migrate"], cwd=ROOT, env=env, check=True)
    port = free_port()
    server = subprocess.Popen(
        [python, "-m", "uvicorn", "app.main:app", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(300):
                try:
                    if client.get("/health/ready").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
            credentials = {"email": "bench@example.com", "password": PASSWORD}
            client.post("/api/v1/auth/register", json=credentials)
            token = client.post(
                "/api/v1/auth/login", data={"username": credentials["email"], "password": PASSWORD}
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            csv = DATA / "ohlcv" / "binance_spot" / "Binance_BTCUSDT_1h.csv"
            client.post(
                "/api/v1/candles/import", headers=headers,
                data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
                files={"file": (csv.name, csv.read_bytes(), "text/csv")},
            ).raise_for_status()  # fmt: skip
            sample(client, headers, 50)  # warm-up
            idle = sample(client, headers, args.requests)
            body = {
                "data": {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h",
                         "start": "2020-01-01T00:00:00Z", "end": "2021-01-01T00:00:00Z"},
                "algo": {"algo": "ppo", "total_timesteps": args.timesteps},
            }  # fmt: skip
            response = client.post("/api/v1/rl/train", json=body, headers=headers)
            response.raise_for_status()
            job_id = response.json()["job_id"]
            for _ in range(600):  # wait until the pool process is really training
                job = client.get(f"/api/v1/jobs/{job_id}", headers=headers).json()
                if "timesteps" in (job.get("message") or ""):
                    break
                time.sleep(0.2)
            busy = sample(client, headers, args.requests)
            job = client.get(f"/api/v1/jobs/{job_id}", headers=headers).json()
            still_training = job["status"] == "running"
            client.post(f"/api/v1/jobs/{job_id}/cancel", headers=headers)
            time.sleep(2)
            after = sample(client, headers, args.requests)
            loaded = torch_loaded(server.pid)
    finally:
        server.terminate()
        server.wait(30)
    for name, values in (("idle", idle), ("training", busy), ("idle again", after)):
        print(
            f"{name:<10} p50 {percentile(values, 0.5):6.1f} ms  p99 {percentile(values, 0.99):6.1f}"
            f" ms  ({len(values)} requests)"
        )
    ratio = percentile(busy, 0.99) / percentile(idle + after, 0.99)
    print(f"p99 ratio training/idle {ratio:.2f} (goal ≤ 1.20)")
    print(f"training still running while sampled: {still_training}")
    print(f"torch loaded in the web process: {loaded}")


if __name__ == "__main__":
    main()
