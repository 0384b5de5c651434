"""Engages racing on two processes (two kill switches over one database) stay idempotent: the
database keeps one engaged halt per user and one system-wide, and every racer gets that one."""

from __future__ import annotations

import asyncio

from app.core.cache import create_cache
from app.core.db import Database
from app.core.events import create_event_bus
from app.core.halt import HaltScope, KillSwitch
from tests.conftest import REDIS_URL


async def test_racing_engages_make_one_halt(database_url: str) -> None:
    switches = []
    for n in range(2):  # two "processes": own engine, cache client and bus each
        db = Database(database_url)
        cache = create_cache(REDIS_URL, f"race-{n}")
        switches.append(KillSwitch(db, cache, create_event_bus(REDIS_URL, f"race-{n}")))
    try:
        for scope, user in ((HaltScope.user, 7), (HaltScope.system, None)):
            results = await asyncio.gather(
                *(
                    switch.engage(scope=scope, user_id=user, reason=f"racer {i}", by=user)
                    for i in range(6)
                    for switch in switches
                )
            )
            assert len({halt.id for halt, _ in results}) == 1
            assert sum(engaged for _, engaged in results) == 1
        active = await switches[0].active()
        assert sorted(str(h.scope) for h in active) == ["system", "user"]
        # Released, the next engage makes a new halt (the constraint covers engaged ones only).
        await switches[1].release(scope=HaltScope.user, user_id=7, reason="done", by=7)
        again, engaged = await switches[0].engage(
            scope=HaltScope.user, user_id=7, reason="again", by=7
        )
        assert engaged and again.id not in {h.id for h in active}
    finally:
        for switch in switches:
            await switch.events.close()
            await switch.cache.close()
            await switch.db.dispose()
