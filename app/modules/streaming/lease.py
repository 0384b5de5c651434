"""Leases: which process holds an upstream subscription.

A lease is a cache key holding its owner's token with a TTL; the owner renews it well before it
expires and deletes it when done, so if the owner dies another process takes over within a TTL.
On Redis, acquire / renew / release are atomic (compare-and-act scripts). The
in-process cache needs no script: its get and set never yield to the event loop, so a get
followed by a set cannot interleave with another coroutine.
"""

from __future__ import annotations

from typing import Any, Protocol

from app.core.cache import Cache

_ACQUIRE = """
local holder = redis.call('get', KEYS[1])
if not holder then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if holder == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0
"""

_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0
"""

_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""


class Lease(Protocol):
    key: str
    owner: str

    async def acquire(self) -> bool:
        """Take the lease if free, or renew it if ours; True when we hold it."""

    async def renew(self) -> bool:
        """Extend our lease; False when it is no longer ours."""

    async def release(self) -> None:
        """Give the lease up if we still hold it."""


class RedisLease:
    def __init__(self, cache: Cache, key: str, owner: str, ttl: float) -> None:
        self.client: Any = cache.client  # type: ignore[attr-defined]
        self.key = key
        self.owner = owner
        self._full_key = cache.key(key)
        self._ttl_ms = max(int(ttl * 1000), 1)

    async def acquire(self) -> bool:
        result = await self.client.eval(_ACQUIRE, 1, self._full_key, self.owner, self._ttl_ms)
        return bool(result)

    async def renew(self) -> bool:
        result = await self.client.eval(_RENEW, 1, self._full_key, self.owner, self._ttl_ms)
        return bool(result)

    async def release(self) -> None:
        await self.client.eval(_RELEASE, 1, self._full_key, self.owner)


class LocalLease:
    """Over the in-process cache (see the module docstring for why this is atomic)."""

    def __init__(self, cache: Cache, key: str, owner: str, ttl: float) -> None:
        self.cache = cache
        self.key = key
        self.owner = owner
        self._ttl = ttl
        self._token = owner.encode()

    async def acquire(self) -> bool:
        holder = await self.cache.get(self.key)
        if holder is not None and holder != self._token:
            return False
        await self.cache.set(self.key, self._token, self._ttl)
        return True

    async def renew(self) -> bool:
        if await self.cache.get(self.key) != self._token:
            return False
        await self.cache.set(self.key, self._token, self._ttl)
        return True

    async def release(self) -> None:
        if await self.cache.get(self.key) == self._token:
            await self.cache.delete(self.key)


def create_lease(cache: Cache, key: str, owner: str, ttl: float) -> Lease:
    if cache.backend == "redis":
        return RedisLease(cache, key, owner, ttl)
    return LocalLease(cache, key, owner, ttl)
