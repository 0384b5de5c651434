"""The kill switch: engaged halts refuse orders on every process, survive restarts, and are
released only explicitly, with who, why and when kept."""

from __future__ import annotations

import pytest

from app.core.cache import create_cache
from app.core.config import Settings
from app.core.db import Database
from app.core.events import create_event_bus
from app.core.halt import VERSION_KEY, HaltNotFound, HaltScope, KillSwitch, TradingHalted


def _switch(settings: Settings) -> tuple[KillSwitch, Database]:
    db = Database(settings.database_url)
    cache = create_cache(settings.redis_url, settings.cache_namespace)
    events = create_event_bus(settings.redis_url, settings.cache_namespace)
    return KillSwitch(db, cache, events), db


async def _close(switch: KillSwitch) -> None:
    await switch.events.close()
    await switch.cache.close()
    await switch.db.dispose()


async def test_user_halt_refuses_that_user_only_and_emergency_orders_pass(settings) -> None:
    switch, _ = _switch(settings)
    try:
        info, created = await switch.engage(
            scope=HaltScope.user, user_id=7, reason="manual stop", by=7
        )
        assert created
        with pytest.raises(TradingHalted) as caught:
            await switch.check(7)
        assert caught.value.status == 423
        assert caught.value.extra["halt_id"] == info.id
        assert "manual stop" in (caught.value.detail or "")
        await switch.check(8)  # another user trades on
        await switch.check(7, emergency=True)  # the breaker's own closing orders pass
        again, created_again = await switch.engage(
            scope=HaltScope.user, user_id=7, reason="twice", by=7
        )
        assert (again.id, created_again) == (info.id, False)  # idempotent while tripped
    finally:
        await _close(switch)


async def test_system_halt_covers_everyone_until_released_with_an_audit_trail(settings) -> None:
    switch, _ = _switch(settings)
    try:
        await switch.engage(scope=HaltScope.system, user_id=None, reason="exchange outage", by=1)
        for user in (1, 2, None):
            with pytest.raises(TradingHalted):
                await switch.check(user)
        released = await switch.release(
            scope=HaltScope.system, user_id=None, reason="venue back", by=1
        )
        assert released.released_by == 1 and released.release_reason == "venue back"
        assert released.released_at is not None and released.released_at >= released.engaged_at
        await switch.check(2)
        with pytest.raises(HaltNotFound):
            await switch.release(scope=HaltScope.system, user_id=None, reason="x", by=1)
        history = await switch.history(2)
        assert [h.reason for h in history] == ["exchange outage"]
    finally:
        await _close(switch)


async def test_a_halt_on_one_process_is_seen_by_the_next_check_on_another(settings) -> None:
    first, _ = _switch(settings)
    second, _ = _switch(settings)
    try:
        await second.check(5)  # warms the second process's copy: no halt
        await first.engage(scope=HaltScope.user, user_id=5, reason="from process one", by=5)
        with pytest.raises(TradingHalted):  # the very next check on the other process
            await second.check(5)
        await first.release(scope=HaltScope.user, user_id=5, reason="done", by=5)
        await second.check(5)
    finally:
        await _close(first)
        await _close(second)


async def test_halts_survive_a_restart_and_a_lost_cache(settings) -> None:
    switch, _ = _switch(settings)
    await switch.engage(scope=HaltScope.user, user_id=9, reason="before restart", by=9)
    await _close(switch)

    restarted, _ = _switch(settings)  # a new process: fresh memory, same database
    try:
        with pytest.raises(TradingHalted):
            await restarted.check(9)
        await restarted.cache.delete(VERSION_KEY)  # e.g. Redis restarted without persistence
        with pytest.raises(TradingHalted):
            await restarted.check(9)
    finally:
        await _close(restarted)


async def test_halt_check_without_a_cache_reads_the_database(settings) -> None:
    switch, _ = _switch(settings)
    try:
        await switch.engage(scope=HaltScope.user, user_id=3, reason="cache down", by=3)

        async def broken(*_args: object, **_kwargs: object) -> None:
            raise ConnectionError("cache is down")

        switch.cache.get = broken  # type: ignore[method-assign]
        with pytest.raises(TradingHalted):
            await switch.check(3)
    finally:
        await _close(switch)
