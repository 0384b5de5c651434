"""Registration timing: an existing email vs a new one (issue 15 #11), and the cost the
database-backed revocation check adds to an authenticated request.

    .venv/bin/python bench/bench_auth_timing.py [--rounds 15]

Runs the real app (SQLite + in-process cache) over an in-process ASGI transport and prints
median wall times side by side with their ratios:

* ``POST /auth/register`` for a taken email (409) vs a new one (201): equal work, so the
  ratio should be close to 1 (it was ~0.03 when the taken email skipped the password hash);
* ``GET /auth/validate`` with a live token whose "not revoked" answer is cached, vs the same
  call right after the cache forgot it (one database query), vs the liveness endpoint.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from asgi_lifespan import LifespanManager

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.cli import migrate
from app.core.config import Settings

PASSWORD = "Correct-Horse-9"


async def timed(call) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    await call()
    return (time.perf_counter() - started) * 1000


async def run(rounds: int) -> None:
    from app.main import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/bench.db"
        await asyncio.to_thread(migrate, url)  # alembic runs its own event loop
        settings = Settings(
            env="test",
            database_url=url,
            secret_key="bench-secret-key-that-is-long-enough-0123456789",
            rate_limit_enabled=False,
            log_level="WARNING",
            data_dir=Path(tmp),
        )
        app = create_app(settings)
        async with LifespanManager(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://b") as client:
                register = f"{settings.api_prefix}/auth/register"
                await client.post(
                    register, json={"email": "taken@example.com", "password": PASSWORD}
                )
                new, taken = [], []
                for i in range(rounds):
                    body = {"email": f"new{i}@example.com", "password": PASSWORD}
                    new.append(await timed(lambda b=body: client.post(register, json=b)))
                    body = {"email": "taken@example.com", "password": PASSWORD}
                    taken.append(await timed(lambda b=body: client.post(register, json=b)))

                login = await client.post(
                    f"{settings.api_prefix}/auth/login",
                    data={"username": "taken@example.com", "password": PASSWORD},
                )
                headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
                validate = f"{settings.api_prefix}/auth/validate"
                cached, uncached, health = [], [], []
                for _ in range(rounds * 20):
                    await client.get(validate, headers=headers)
                    cached.append(await timed(lambda: client.get(validate, headers=headers)))
                    for key in list(app.state.cache._data):
                        if ":revoked:" in key:
                            del app.state.cache._data[key]
                    uncached.append(await timed(lambda: client.get(validate, headers=headers)))
                    health.append(await timed(lambda: client.get("/health")))

    def med(values: list[float]) -> float:
        return statistics.median(values)

    def ratio(a: list[float], b: list[float]) -> str:
        return f"{med(a) / med(b):.2f}"

    print(f"machine: {platform.machine()} python {platform.python_version()}, {rounds} rounds")
    print(f"register new email    median {med(new):8.2f} ms")
    print(f"register taken email  median {med(taken):8.2f} ms   taken/new = {ratio(taken, new)}")
    print(f"validate, cached      median {med(cached):8.3f} ms")
    miss, base = ratio(uncached, cached), ratio(cached, health)
    print(f"validate, cache miss  median {med(uncached):8.3f} ms   miss/cached = {miss}")
    print(f"health (baseline)     median {med(health):8.3f} ms   cached/health = {base}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    asyncio.run(run(parser.parse_args().rounds))
