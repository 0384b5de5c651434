"""Cache and event bus behave the same on Redis and in-process."""

import asyncio
import uuid

import pytest

from app.core.cache import create_cache
from app.core.events import create_event_bus
from tests.conftest import REDIS_URL


@pytest.fixture
async def cache():
    instance = create_cache(REDIS_URL, f"t-{uuid.uuid4().hex[:8]}")
    yield instance
    await instance.close()


async def test_set_get_ttl_delete(cache):
    await cache.set("a", b"1", ttl=0.2)
    assert await cache.get("a") == b"1"
    await asyncio.sleep(0.35)
    assert await cache.get("a") is None
    await cache.set_json("b", {"x": [1, 2]})
    assert await cache.get_json("b") == {"x": [1, 2]}
    await cache.delete("b")
    assert not await cache.exists("b")


async def test_fixed_window_counts_and_resets(cache):
    counts = [(await cache.hit_window("w", 1))[0] for _ in range(3)]
    assert counts == [1, 2, 3]
    await asyncio.sleep(1.2)
    assert (await cache.hit_window("w", 1))[0] == 1


async def test_concurrent_misses_compute_once(cache):
    calls = 0

    async def compute():
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        return {"price": 1.5}

    results = await asyncio.gather(*(cache.get_or_compute("t", 5, compute) for _ in range(1000)))
    assert calls == 1 and all(result == {"price": 1.5} for result in results)


async def test_compute_errors_reach_every_waiter_and_are_not_cached(cache):
    async def broken():
        await asyncio.sleep(0.01)
        raise RuntimeError("upstream down")

    outcomes = await asyncio.gather(
        *(cache.get_or_compute("e", 5, broken) for _ in range(10)), return_exceptions=True
    )
    assert all(isinstance(outcome, RuntimeError) for outcome in outcomes)
    assert await cache.get("e") is None


async def test_event_bus_fans_out_to_every_subscriber():
    bus = create_event_bus(REDIS_URL, f"t-{uuid.uuid4().hex[:8]}")
    received: list[list[dict]] = [[], []]

    async def listen(index: int) -> None:
        async for message in bus.subscribe("prices"):
            received[index].append(message)
            if len(received[index]) == 3:
                return

    listeners = [asyncio.create_task(listen(index)) for index in range(2)]
    await asyncio.sleep(0.2)  # let both subscriptions register (Redis SUBSCRIBE round trip)
    for seq in range(3):
        await bus.publish("prices", {"seq": seq})
    await asyncio.wait_for(asyncio.gather(*listeners), 5)
    assert received == [[{"seq": 0}, {"seq": 1}, {"seq": 2}]] * 2
    await bus.close()


async def test_a_subscriber_cancelled_while_it_connects_stops_at_once():
    """redis-py swallows a cancellation that lands mid-connect; the bus must stop anyway (it
    once held every app shutdown on PostgreSQL + Redis for 30 s). Sweep the moment of the
    cancel across the connect."""
    bus = create_event_bus(REDIS_URL, f"t-{uuid.uuid4().hex[:8]}")

    async def listen() -> None:
        async for _ in bus.subscribe("quiet"):
            pass

    try:
        for step in range(24):
            task = asyncio.create_task(listen())
            await asyncio.sleep(step * 0.00025)
            task.cancel()
            done, _ = await asyncio.wait({task}, timeout=3)
            assert done, f"a subscriber cancelled after {step * 0.25} ms never stopped"
            assert task.cancelled()
    finally:
        await bus.close()
