"""How many websockets one user holds open, across every process that shares the cache.

Each open connection holds a *slot*: a member of the user's set whose score is its expiry time.
A connection renews its slot while it lives (``socket_ttl``) and removes it when it closes, so a
process that dies without closing its sockets frees their slots within one TTL. On Redis the set
is a sorted set and taking a slot (prune expired, count, add) is one script, so two processes
cannot both take the last slot; the clock is Redis's own, so processes' clocks need not agree.
The in-process cache needs no shared state: a dictionary serves the one process that exists.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

from app.core.cache import Cache

_ACQUIRE = """
local now = redis.call('time')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('zremrangebyscore', KEYS[1], '-inf', now_ms)
if redis.call('zcard', KEYS[1]) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('zadd', KEYS[1], now_ms + tonumber(ARGV[2]), ARGV[3])
redis.call('pexpire', KEYS[1], ARGV[2])
return 1
"""

_RENEW = """
local now = redis.call('time')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('zadd', KEYS[1], now_ms + tonumber(ARGV[1]), ARGV[2])
redis.call('pexpire', KEYS[1], ARGV[1])
return 1
"""


class SocketSlots(Protocol):
    async def acquire(self, user_id: int, conn_id: str, limit: int, ttl: float) -> bool:
        """Take a slot for ``conn_id`` unless ``user_id`` already holds ``limit``."""

    async def renew(self, user_id: int, conn_id: str, ttl: float) -> None:
        """Keep ``conn_id``'s slot for another ``ttl`` seconds."""

    async def release(self, user_id: int, conn_id: str) -> None:
        """Give the slot back."""


def _key(user_id: int) -> str:
    return f"stream:sockets:{user_id}"


class RedisSocketSlots:
    def __init__(self, cache: Cache) -> None:
        self.client: Any = cache.client  # type: ignore[attr-defined]
        self._cache = cache

    async def acquire(self, user_id: int, conn_id: str, limit: int, ttl: float) -> bool:
        key = self._cache.key(_key(user_id))
        result = await self.client.eval(_ACQUIRE, 1, key, limit, int(ttl * 1000), conn_id)
        return bool(result)

    async def renew(self, user_id: int, conn_id: str, ttl: float) -> None:
        await self.client.eval(_RENEW, 1, self._cache.key(_key(user_id)), int(ttl * 1000), conn_id)

    async def release(self, user_id: int, conn_id: str) -> None:
        await self.client.zrem(self._cache.key(_key(user_id)), conn_id)


class LocalSocketSlots:
    def __init__(self, clock: Any = time.monotonic) -> None:
        self._slots: dict[int, dict[str, float]] = {}
        self._clock = clock

    async def acquire(self, user_id: int, conn_id: str, limit: int, ttl: float) -> bool:
        now = self._clock()
        held = {c: until for c, until in self._slots.get(user_id, {}).items() if until > now}
        if len(held) >= limit:
            self._slots[user_id] = held
            return False
        held[conn_id] = now + ttl
        self._slots[user_id] = held
        return True

    async def renew(self, user_id: int, conn_id: str, ttl: float) -> None:
        self._slots.setdefault(user_id, {})[conn_id] = self._clock() + ttl

    async def release(self, user_id: int, conn_id: str) -> None:
        held = self._slots.get(user_id)
        if held is not None:
            held.pop(conn_id, None)
            if not held:
                del self._slots[user_id]


def create_slots(cache: Cache) -> SocketSlots:
    if cache.backend == "redis":
        return RedisSocketSlots(cache)
    return LocalSocketSlots()
