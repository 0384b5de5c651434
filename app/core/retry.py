"""One retry/backoff rule for every outside call (exchanges, providers, notifications).

Exponential backoff: ``base_delay * 2**(attempt-1)`` capped at ``max_delay``, with ± ``jitter``
so that many clients retrying together do not arrive in lock-step.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger("kalkan.retry")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 3
    base_delay: float = 0.25
    max_delay: float = 8.0
    jitter: float = 0.2

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        raw: float = min(self.max_delay, self.base_delay * 2 ** max(0, attempt - 1))
        return raw * (1 - self.jitter + 2 * self.jitter * rng())


async def retry_async(
    call: Callable[[], Awaitable[T]],
    *,
    policy: RetryPolicy,
    retry_on: tuple[type[BaseException], ...],
    delay_for: Callable[[BaseException, int], float | None] | None = None,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    label: str = "call",
) -> T:
    """Await ``call()``, retrying on ``retry_on`` up to ``policy.max_retries`` times.

    ``delay_for(error, attempt)`` may override the wait (e.g. a provider's ``Retry-After``);
    the last error is re-raised once the retries are spent.
    """
    attempt = 0
    while True:
        try:
            return await call()
        except retry_on as error:
            attempt += 1
            if attempt > policy.max_retries:
                raise
            wait = delay_for(error, attempt) if delay_for else None
            wait = policy.delay(attempt) if wait is None else wait
            log.info(
                "%s failed (%s); retry %d in %.2fs", label, type(error).__name__, attempt, wait
            )
            await sleep(wait)
