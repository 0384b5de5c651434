"""Candle import through a real server: time and peak memory of a ~31 MB CSV upload.

    .venv/bin/python bench/bench_candle_import.py [--mb 31] [--database-url URL]

Writes a CryptoDataDownload-layout 1m CSV of about ``--mb`` megabytes (banner, header, newest
first), starts ``uvicorn app.main:app`` on it in a subprocess, uploads the file over HTTP (the
client streams it from disk) and reports the server's wall time and its peak resident memory
above the idle level (``VmHWM`` − ``VmRSS`` before, the peak reset via ``clear_refs`` after
logging in). Baseline in the same run: reading the same
file with the stdlib ``csv`` module and ``float()`` on every cell, no validation, no database.
Goal (issue 15 #10): under 10 s, and a peak of at most 2 × the file size.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Bench-Password-1"


def write_csv(path: Path, megabytes: float) -> int:
    """A random-walk 1m series in CryptoDataDownload's layout; returns the number of rows."""
    rng = random.Random(7)
    rows = int(megabytes * 2**20 / 107)  # ~107 bytes a row in this layout
    start = 1_600_000_000_000 - 1_600_000_000_000 % 60_000
    price = 10_000.0
    lines = []
    for i in range(rows):
        ts = start + i * 60_000
        open_ = price
        close = max(1.0, open_ * (1 + rng.gauss(0, 0.001)))
        high, low = max(open_, close) * 1.0005, min(open_, close) * 0.9995
        volume = rng.uniform(1, 50)
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts / 1000))
        lines.append(
            f"{ts},{stamp},BTC/USDT,{open_:.2f},{high:.2f},{low:.2f},{close:.2f},"
            f"{volume:.8f},{volume * close:.8f},{rng.randint(10, 999)}"
        )
        price = close
    lines.reverse()  # newest first, like the real downloads
    header = "unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount"
    banner = "https://www.CryptoDataDownload.com,bench file"
    path.write_text("\n".join([banner, header, *lines]) + "\n")
    return rows


def baseline_parse(path: Path) -> float:
    began = time.perf_counter()
    with path.open(newline="") as handle:
        reader = csv.reader(handle)
        next(reader), next(reader)
        for row in reader:
            int(row[0]), *(float(cell) for cell in row[3:8])
    return time.perf_counter() - began


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def memory_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def wait_ready(base: str) -> None:
    for _ in range(300):
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("server did not start")


def fresh_postgres_database(url: str) -> str:
    """A new empty database beside the one named in ``url`` (dropped by the next run)."""
    import asyncio

    import asyncpg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = "kalkan_bench_import"

    async def create() -> None:
        connection = await asyncpg.connect(
            host=parsed.host, port=parsed.port or 5432, user=parsed.username,
            password=parsed.password, database="postgres",
        )  # fmt: skip
        try:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()

    asyncio.run(create())
    return parsed.set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=31.0)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kalkan-bench-import-"))
    path = work / "Binance_BTCUSDT_minute.csv"
    rows = write_csv(path, args.mb)
    size = path.stat().st_size
    url = args.database_url or f"sqlite+aiosqlite:///{work / 'bench.db'}"
    if url.startswith("postgresql"):
        url = fresh_postgres_database(url)
    env = os.environ | {
        "APP_RETENTION_CANDLES_1M_DAYS": "0",  # keep the bench's 2020 bars while it runs
        "APP_DATABASE_URL": url,
        "APP_ENV": "dev",
        "APP_LOG_LEVEL": "WARNING",
        "APP_RATE_LIMIT_AUTH": "1000/minute",
        "APP_DATABASE_IMPORT_MAX_BYTES": str(64 * 2**20),
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
        wait_ready(base)
        with httpx.Client(base_url=base, timeout=120) as client:
            credentials = {"email": "bench@example.com", "password": PASSWORD}
            client.post("/api/v1/auth/register", json=credentials)
            login = client.post(
                "/api/v1/auth/login", data={"username": credentials["email"], "password": PASSWORD}
            )
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            # Logging in hashes a password (argon2 takes 64 MiB): reset the peak after it.
            Path(f"/proc/{server.pid}/clear_refs").write_text("5")
            idle = memory_kib(server.pid, "VmRSS")
            data = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m"}
            with path.open("rb") as handle:
                began = time.perf_counter()
                response = client.post(
                    "/api/v1/candles/import",
                    headers=headers,
                    data=data,
                    files={"file": (path.name, handle, "text/csv")},
                )
                took = time.perf_counter() - began
            peak = memory_kib(server.pid, "VmHWM")
        response.raise_for_status()
        body = response.json()
        assert body["inserted"] == rows, body
        parse = baseline_parse(path)
        extra = (peak - idle) * 1024
        print(f"file: {size / 2**20:.1f} MiB, {rows} rows ({url.split(':')[0]})")
        print(f"import over HTTP: {took:.2f} s  ({rows / took:,.0f} rows/s)  goal < 10 s")
        print(f"baseline stdlib csv+float parse, no validation, no db: {parse:.2f} s")
        print(f"ratio import / baseline parse: {took / parse:.2f}x")
        print(
            f"server peak RSS above idle: {extra / 2**20:.1f} MiB = {extra / size:.2f} x file size"
            f"  (idle {idle / 1024:.0f} MiB, peak {peak / 1024:.0f} MiB)  goal <= 2x"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
