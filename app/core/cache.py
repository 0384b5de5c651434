"""One cache interface over Redis (``APP_REDIS_URL``) or an in-process store; Redis falls back
to the in-process store while it is unreachable.

Besides get/set it offers the primitives the core needs: fixed-window counters for rate limits,
and ``get_or_compute`` with per-process request coalescing (single flight), so a burst of
identical requests makes one upstream call.
"""

from __future__ import annotations

import asyncio
import logging
import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

import orjson

log = logging.getLogger("kalkan.cache")
T = TypeVar("T")


class Cache(ABC):
    backend: str

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace
        self._inflight: dict[str, asyncio.Future[Any]] = {}
        # Values this process computed, until their TTL: a caller whose cache read raced with
        # the computation finishing finds the value here instead of computing it again.
        self._recent: dict[str, tuple[float, Any]] = {}

    def key(self, key: str) -> str:
        return f"{self.namespace}:{key}"

    @abstractmethod
    async def get(self, key: str) -> bytes | None: ...

    @abstractmethod
    async def set(self, key: str, value: bytes, ttl: float | None = None) -> None: ...

    @abstractmethod
    async def delete(self, *keys: str) -> None: ...

    @abstractmethod
    async def hit_window(self, key: str, window_seconds: int) -> tuple[int, float]:
        """Count one hit in the current window; return (hits so far, seconds until reset)."""

    @abstractmethod
    async def ping(self) -> None: ...

    async def close(self) -> None:
        return None

    async def exists(self, key: str) -> bool:
        return await self.get(key) is not None

    async def exists_any(self, *keys: str) -> bool:
        for key in keys:
            if await self.exists(key):
                return True
        return False

    async def get_json(self, key: str) -> Any:
        raw = await self.get(key)
        return None if raw is None else orjson.loads(raw)

    async def set_json(self, key: str, value: Any, ttl: float | None = None) -> None:
        await self.set(key, orjson.dumps(value), ttl)

    async def get_or_compute(
        self, key: str, ttl: float, compute: Callable[[], Awaitable[Any]]
    ) -> Any:
        """Cached JSON value for ``key``, computing it at most once at a time per process."""
        pending = self._inflight.get(key)
        if pending is None:
            cached = await self.get(key)
            if cached is not None:
                return orjson.loads(cached)
            pending = self._inflight.get(key)  # another caller may have started meanwhile
            recent = self._recent.get(key)
            if pending is None and recent is not None and recent[0] > time.monotonic():
                return recent[1]
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            value = await compute()
            await self.set_json(key, value, ttl)
            now = time.monotonic()
            if len(self._recent) > 10_000:
                self._recent = {k: v for k, v in self._recent.items() if v[0] > now}
            self._recent[key] = (now + ttl, value)
            future.set_result(value)
            return value
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved so a lone caller does not warn
            raise
        finally:
            del self._inflight[key]


class MemoryCache(Cache):
    backend = "memory"

    def __init__(self, namespace: str, max_entries: int = 100_000) -> None:
        super().__init__(namespace)
        self._data: OrderedDict[str, tuple[bytes, float | None]] = OrderedDict()
        self._max_entries = max_entries

    def _alive(self, key: str) -> tuple[bytes, float | None] | None:
        entry = self._data.get(key)
        if entry is None:
            return None
        if entry[1] is not None and entry[1] <= time.monotonic():
            del self._data[key]
            return None
        return entry

    async def get(self, key: str) -> bytes | None:
        entry = self._alive(self.key(key))
        return None if entry is None else entry[0]

    async def set(self, key: str, value: bytes, ttl: float | None = None) -> None:
        full = self.key(key)
        self._data[full] = (value, None if ttl is None else time.monotonic() + ttl)
        self._data.move_to_end(full)
        while len(self._data) > self._max_entries:
            self._data.popitem(last=False)

    async def delete(self, *keys: str) -> None:
        for key in keys:
            self._data.pop(self.key(key), None)

    async def hit_window(self, key: str, window_seconds: int) -> tuple[int, float]:
        full = self.key(key)
        now = time.monotonic()
        entry = self._alive(full)
        if entry is None:
            count, expires = 1, now + window_seconds
        else:
            count, expires = int(entry[0]) + 1, entry[1] or now + window_seconds
        self._data[full] = (str(count).encode(), expires)
        return count, max(expires - now, 0.0)

    async def ping(self) -> None:
        return None


class RedisCache(Cache):
    """Redis, with a per-process fallback: while Redis is unreachable every operation runs on
    an in-process ``MemoryCache`` (so the API keeps serving, with per-process counters and
    values) and Redis is tried again every ``retry_seconds``. ``ping`` does not fall back,
    so ``/health/ready`` still names the cache as failing."""

    backend = "redis"

    def __init__(
        self, url: str, namespace: str, max_connections: int = 64, retry_seconds: float = 2.0
    ) -> None:
        super().__init__(namespace)
        from redis.asyncio import BlockingConnectionPool, Redis

        # A bounded pool that makes bursts wait for a connection instead of failing.
        pool = BlockingConnectionPool.from_url(
            url,
            max_connections=max_connections,
            timeout=10,
            socket_timeout=5,
            socket_connect_timeout=5,
        )
        self.client = Redis(connection_pool=pool)
        self.fallback = MemoryCache(namespace)
        self.retry_seconds = retry_seconds
        self._down_until = 0.0

    @property
    def degraded(self) -> bool:
        """True while operations are served by the per-process fallback."""
        return time.monotonic() < self._down_until

    async def _redis_or_fallback(
        self, on_redis: Callable[[], Awaitable[T]], on_fallback: Callable[[], Awaitable[T]]
    ) -> T:
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        if self.degraded:
            return await on_fallback()
        try:
            result = await on_redis()
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            if not self._down_until:
                log.warning(
                    "redis unreachable; using the per-process cache",
                    extra={"error": f"{type(exc).__name__}: {exc}"[:200]},
                )
            self._down_until = time.monotonic() + self.retry_seconds
            return await on_fallback()
        if self._down_until:
            log.warning("redis reachable again")
            self._down_until = 0.0
            self.fallback = MemoryCache(self.namespace)  # outage-time values are not shared
        return result

    async def get(self, key: str) -> bytes | None:
        async def on_redis() -> bytes | None:
            # No decode_responses on this client, so values come back as bytes.
            return cast(bytes | None, await self.client.get(self.key(key)))

        return await self._redis_or_fallback(on_redis, lambda: self.fallback.get(key))

    async def set(self, key: str, value: bytes, ttl: float | None = None) -> None:
        async def on_redis() -> None:
            if ttl is None:
                await self.client.set(self.key(key), value)
            else:
                await self.client.set(self.key(key), value, px=max(int(ttl * 1000), 1))

        await self._redis_or_fallback(on_redis, lambda: self.fallback.set(key, value, ttl))

    async def delete(self, *keys: str) -> None:
        if not keys:
            return

        async def on_redis() -> None:
            await self.client.delete(*(self.key(key) for key in keys))

        await self._redis_or_fallback(on_redis, lambda: self.fallback.delete(*keys))

    async def exists_any(self, *keys: str) -> bool:
        # One round trip for several keys.
        async def on_redis() -> bool:
            return bool(await self.client.exists(*(self.key(key) for key in keys)))

        return await self._redis_or_fallback(on_redis, lambda: self.fallback.exists_any(*keys))

    async def hit_window(self, key: str, window_seconds: int) -> tuple[int, float]:
        async def on_redis() -> tuple[int, float]:
            full = self.key(key)
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.incr(full)
                pipe.pexpire(full, window_seconds * 1000, nx=True)
                pipe.pttl(full)
                count, _, pttl = await pipe.execute()
            return int(count), max(int(pttl), 0) / 1000

        return await self._redis_or_fallback(
            on_redis, lambda: self.fallback.hit_window(key, window_seconds)
        )

    async def ping(self) -> None:
        await self.client.ping()

    async def close(self) -> None:
        await self.client.aclose()


def create_cache(redis_url: str | None, namespace: str) -> Cache:
    return RedisCache(redis_url, namespace) if redis_url else MemoryCache(namespace)
