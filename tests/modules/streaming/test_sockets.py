"""Socket slots (the per-user cap on open websockets) on the app's own cache backend."""

from __future__ import annotations

import asyncio

import pytest

from app.modules.streaming.sockets import RedisSocketSlots, create_slots


async def test_slots_cap_release_and_expire(app):
    slots = create_slots(app.state.cache)
    assert await slots.acquire(7, "a", 2, ttl=30)
    assert await slots.acquire(7, "b", 2, ttl=30)
    assert not await slots.acquire(7, "c", 2, ttl=30)
    assert await slots.acquire(8, "c", 2, ttl=30)  # another user has their own slots
    await slots.release(7, "a")
    assert await slots.acquire(7, "c", 2, ttl=30)
    # A slot nobody renews (its process died) stops counting after its TTL; a renewed one stays.
    assert await slots.acquire(9, "dead", 2, ttl=0.2)
    assert await slots.acquire(9, "alive", 2, ttl=0.2)
    await asyncio.sleep(0.12)
    await slots.renew(9, "alive", ttl=30)
    await asyncio.sleep(0.15)
    assert await slots.acquire(9, "new", 2, ttl=30)
    assert not await slots.acquire(9, "one-more", 2, ttl=30)


async def test_processes_sharing_redis_share_the_cap(app):
    if app.state.cache.backend != "redis":
        pytest.skip("the in-process cache serves one process only")
    first, second = RedisSocketSlots(app.state.cache), RedisSocketSlots(app.state.cache)
    # Eight connections at once, through two "processes": exactly three get in.
    attempts = [slots.acquire(5, f"c{i}", 3, 30) for i, slots in enumerate([first, second] * 4)]
    results = await asyncio.gather(*attempts)
    assert sum(results) == 3
