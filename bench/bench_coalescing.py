"""Ticker request coalescing: 1,000 concurrent API requests for one ticker, vs no cache.

    .venv/bin/python bench/bench_coalescing.py [--requests 1000] [--latency-ms 50]
    APP_REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/bench_coalescing.py

Every workload goes through the real app (JWT auth, rate limiter, routing, problem handlers)
over an in-process ASGI transport, against a counting market-data source that answers after a
simulated venue latency:

* ``GET /api/v1/exchanges/binance/price`` — the aggregator: short-TTL cache with per-process
  single flight, at the production default TTL (1 s) and at TTL 0 (coalescing only);
* baseline: an endpoint mounted in the same app, behind the same auth dependency, that calls
  the source for every request — what an uncached aggregator does. It is run against the bare
  venue, and behind a ccxt-style rate limiter at Binance's ``rateLimit`` (50 ms between
  requests), which is what a real client pays for each upstream call.

Prints upstream call counts (the most seen in any repeat) and median wall times side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from asgi_lifespan import LifespanManager

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.cli import migrate
from app.core.config import Settings
from app.core.deps import ReaderUser
from app.main import create_app
from app.modules.exchanges.synthetic_source import SyntheticSource

PASSWORD = "Bench-Password-1"
BINANCE_RATE_LIMIT_MS = 50  # ccxt.binance().rateLimit


class CountingSource(SyntheticSource):
    """Synthetic tickers after ``latency`` seconds; optionally spaced like ccxt's throttle."""

    def __init__(self, latency: float, spacing: float = 0.0) -> None:
        super().__init__(["binance"], seed=1)
        self.latency = latency
        self.spacing = spacing
        self.calls = 0
        self._next_slot = 0.0

    async def fetch_ticker(self, exchange, symbol):  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.spacing:
            now = time.monotonic()
            slot = max(now, self._next_slot)
            self._next_slot = slot + self.spacing
            await asyncio.sleep(slot - now)
        await asyncio.sleep(self.latency)
        return await super().fetch_ticker(exchange, symbol)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


async def burst(client: httpx.AsyncClient, url: str, headers: dict, n: int) -> float:
    start = time.perf_counter()
    responses = await asyncio.gather(*(client.get(url, headers=headers) for _ in range(n)))
    elapsed = time.perf_counter() - start
    bad = [r for r in responses if r.status_code != 200]
    if bad:
        raise SystemExit(f"{len(bad)} failed requests, e.g. {bad[0].status_code} {bad[0].text}")
    return elapsed


async def run(
    requests: int, source: CountingSource, ttl: float, db_url: str, *, cached: bool
) -> tuple[int, float]:
    """``(upstream calls, wall seconds)`` for ``requests`` concurrent requests."""
    settings = Settings(
        env="test",
        database_url=db_url,
        redis_url=os.environ.get("APP_REDIS_URL") or None,
        cache_namespace=f"bench-{uuid.uuid4().hex[:8]}",
        secret_key="bench-secret-key-that-is-long-enough-0123456789",
        market_data="synthetic",
        market_exchanges=["binance"],
        market_cache_ttl_seconds=ttl,
        rate_limit_default="10000000/minute",
        rate_limit_anonymous="10000000/minute",
        rate_limit_auth="10000000/minute",
        log_level="ERROR",
    )
    app = create_app(settings)

    @app.get("/bench/uncached-price", include_in_schema=False)
    async def uncached(user: ReaderUser) -> dict:
        ticker = await source.fetch_ticker("binance", "BTC/USDT")
        return {"exchange": ticker.exchange, "bid": ticker.bid, "ask": ticker.ask}

    url = "/api/v1/exchanges/binance/price?symbol=BTC-USDT" if cached else "/bench/uncached-price"
    async with LifespanManager(app):
        app.state.market_data = source
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            email = f"{uuid.uuid4().hex[:8]}@bench.example.com"
            await client.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
            login = await client.post(
                "/api/v1/auth/login", data={"username": email, "password": PASSWORD}
            )
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            spacing, source.spacing = source.spacing, 0.0
            await burst(client, url, headers, 20)  # warm the user cache, imports, models
            await asyncio.sleep(max(ttl, spacing * 20))
            source.calls, source.spacing = 0, spacing
            elapsed = await burst(client, url, headers, requests)
    return source.calls, elapsed


async def bench(args: argparse.Namespace, db_url: str) -> None:
    cache = "redis" if os.environ.get("APP_REDIS_URL") else "in-process"
    print(f"{cpu_model()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{cache} cache, {args.requests} concurrent requests for one ticker")  # fmt: skip
    print(f"{'venue latency':>13}  {'workload':<44} {'upstream calls':>14} {'wall s':>7} "
          f"{'req/s':>7}")  # fmt: skip
    spacing = BINANCE_RATE_LIMIT_MS / 1000
    for latency_ms in (0.0, args.latency_ms):
        latency = latency_ms / 1000
        workloads = [
            ("aggregator, cache TTL 1 s", CountingSource(latency), 1.0, True),
            ("aggregator, TTL 0 (single flight only)", CountingSource(latency), 0.0, True),
            ("baseline: no cache, bare venue", CountingSource(latency), 0.0, False),
        ]
        if latency_ms == args.latency_ms:
            workloads.append(
                (
                    f"baseline: no cache, ccxt throttle {BINANCE_RATE_LIMIT_MS} ms",
                    CountingSource(latency, spacing),
                    0.0,
                    False,
                )
            )
        results: dict[str, list[tuple[int, float]]] = {name: [] for name, *_ in workloads}
        for repeat in range(args.repeats):  # interleaved, so drift hits every workload alike
            for name, source, ttl, cached in workloads:
                if source.spacing and repeat:
                    continue  # the throttled baseline takes a minute; once is enough
                calls = await run(args.requests, source, ttl, db_url, cached=cached)
                results[name].append(calls)
        for name, runs in results.items():
            calls = max(c for c, _ in runs)
            elapsed = statistics.median(e for _, e in runs)
            print(f"{latency_ms:>10.0f} ms  {name:<44} {calls:>14} {elapsed:>7.2f} "
                  f"{args.requests / elapsed:>7.0f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--repeats", type=int, default=3, help="median wall time of N runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite+aiosqlite:///{tmp}/bench.db"
        migrate(db_url)  # alembic runs its own event loop: before ours
        asyncio.run(bench(args, db_url))


if __name__ == "__main__":
    main()
