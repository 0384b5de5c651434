"""Readiness checks that the core and modules register; ``/health/ready`` runs them all."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

HealthCheck = Callable[[], Awaitable[None]]

_checks: dict[str, HealthCheck] = {}


def register_check(name: str, check: HealthCheck) -> None:
    _checks[name] = check


def unregister_all() -> None:
    _checks.clear()


async def run_checks(limit_seconds: float = 3.0) -> dict[str, dict[str, str]]:
    async def one(name: str, check: HealthCheck) -> tuple[str, dict[str, str]]:
        try:
            await asyncio.wait_for(check(), limit_seconds)
            return name, {"status": "ok"}
        except Exception as exc:  # any failure makes the component unhealthy
            return name, {"status": "error", "error": f"{type(exc).__name__}: {exc}"[:300]}

    results = await asyncio.gather(*(one(name, check) for name, check in _checks.items()))
    return dict(results)
