"""The kill switch: system-wide (admin) or per-user trading halts.

A halt is a row in ``core_halts`` (the database is the truth, so a halt survives any restart);
engaging or releasing one writes the row, then publishes the set of active halts to the cache
under one key and announces the change on the event bus. Every order path calls
``KillSwitch.check`` first: one cache read, and a database read whenever the cache does not hold
the set (evicted, or Redis restarted without persistence), so a halt engaged on one process is
seen by the very next order on every other process. An engaged halt answers ``423`` naming it.

Only the emergency module's own closing and hedging orders pass a halt (``emergency=True``).
Release is explicit, with who, why and when kept on the row: the rows are the audit trail.
"""

from __future__ import annotations

import contextlib
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy import Column, Index, Text, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel, col

from app.core.cache import Cache
from app.core.db import Database, UTCDateTime
from app.core.errors import Locked, NotFound
from app.core.events import EventBus
from app.core.timeutil import utcnow

VERSION_KEY = "halts:version"
EVENT_CHANNEL = "halts"


class HaltScope(StrEnum):
    system = "system"
    user = "user"


class HaltAction(StrEnum):
    """What the breaker does besides refusing new orders."""

    halt = "halt"
    close = "close"
    hedge = "hedge"


_ENGAGED = text("released_at IS NULL")


class Halt(SQLModel, table=True):
    __tablename__ = "core_halts"
    # At most one engaged halt per user and one system-wide: two engages racing on different
    # processes cannot both insert (the loser reads the winner's row: idempotent).
    __table_args__ = (
        Index(
            "uq_core_halts_engaged_user",
            "user_id",
            unique=True,
            sqlite_where=_ENGAGED,
            postgresql_where=_ENGAGED,
        ),
        Index(
            "uq_core_halts_engaged_system",
            "scope",
            unique=True,
            sqlite_where=text("released_at IS NULL AND user_id IS NULL"),
            postgresql_where=text("released_at IS NULL AND user_id IS NULL"),
        ),
    )

    id: int | None = SQLField(default=None, primary_key=True)
    scope: str = SQLField(max_length=16, index=True)
    user_id: int | None = SQLField(default=None, index=True)
    action: str = SQLField(default=HaltAction.halt, max_length=16)
    reason: str = SQLField(sa_column=Column(Text, nullable=False))
    source: str = SQLField(default="manual", max_length=64)
    engaged_by: int | None = None
    engaged_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    released_by: int | None = None
    released_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime, index=True)
    release_reason: str | None = SQLField(default=None, sa_column=Column(Text))


class HaltInfo(BaseModel):
    """One halt, engaged or (with ``released_at``) released."""

    id: int
    scope: HaltScope
    user_id: int | None = Field(description="The halted user; null for a system-wide halt")
    action: HaltAction
    reason: str
    source: str = Field(description="Who or what engaged it: manual, or a detector's name")
    engaged_by: int | None
    engaged_at: datetime
    released_by: int | None = None
    released_at: datetime | None = None
    release_reason: str | None = None

    @classmethod
    def of(cls, row: Halt) -> HaltInfo:
        return cls.model_validate(row, from_attributes=True)


class TradingHalted(Locked):
    """The kill switch is engaged for this user or system-wide: orders are refused until an
    explicit release. ``halt_id``, ``scope`` and ``reason`` name the halt."""

    status, slug, title = 423, "trading-halted", "Trading is halted by the kill switch"


class HaltNotFound(NotFound):
    """No engaged halt matches the release request."""

    slug, title = "halt-not-found", "No such engaged halt"


async def _engaged(session: AsyncSession, scope: HaltScope, target: int | None) -> Halt | None:
    """The engaged halt of ``scope`` for ``target`` (None: system-wide), if any."""
    query = select(Halt).where(
        col(Halt.scope) == scope,
        col(Halt.user_id).is_(None) if target is None else col(Halt.user_id) == target,
        col(Halt.released_at).is_(None),
    )
    return (await session.execute(query)).scalar_one_or_none()


def _matches(halt: HaltInfo, user_id: int | None) -> bool:
    return halt.scope is HaltScope.system or halt.user_id == user_id


class KillSwitch:
    def __init__(self, db: Database, cache: Cache, events: EventBus) -> None:
        self.db, self.cache, self.events = db, cache, events
        self._memo: tuple[bytes | None, list[HaltInfo]] | None = None

    async def active(self) -> list[HaltInfo]:
        """Every engaged halt. The cache holds only a version token that each engage/release
        replaces *after* its commit; this process re-reads the table whenever the token differs
        from the one its copy was read under, so no check that starts after a change completes
        can miss it. Without a shared cache (in-process cache, or Redis down) every check reads
        the table: several processes on one SQLite file must not trust their own memories."""
        if self.cache.backend != "redis":
            return await self._read()
        try:
            version = await self.cache.get(VERSION_KEY)
        except Exception:  # the cache is an accelerator; the database decides
            return await self._read()
        if self._memo is not None and self._memo[0] == version:
            return self._memo[1]
        halts = await self._read()
        self._memo = (version, halts)
        return halts

    async def _read(self) -> list[HaltInfo]:
        async with self.db.session() as session:
            rows = (
                await session.execute(
                    select(Halt).where(col(Halt.released_at).is_(None)).order_by(col(Halt.id))
                )
            ).scalars()
            return [HaltInfo.of(row) for row in rows]

    async def halts_for(self, user_id: int | None) -> list[HaltInfo]:
        return [halt for halt in await self.active() if _matches(halt, user_id)]

    async def check(self, user_id: int | None, *, emergency: bool = False) -> None:
        """Raise ``TradingHalted`` when a halt covers ``user_id`` (emergency orders pass)."""
        if emergency:
            return
        halts = await self.halts_for(user_id)
        if halts:
            first = halts[0]
            who = "system-wide" if first.scope is HaltScope.system else "for this user"
            raise TradingHalted(
                f"trading is halted {who} since {first.engaged_at.isoformat()}: {first.reason}",
                halt_id=first.id,
                scope=str(first.scope),
                reason=first.reason,
            )

    async def engage(
        self,
        *,
        scope: HaltScope,
        user_id: int | None,
        reason: str,
        by: int | None,
        action: HaltAction = HaltAction.halt,
        source: str = "manual",
    ) -> tuple[HaltInfo, bool]:
        """Engage a halt; idempotent: an engaged halt of the same scope is returned as it is.

        Returns the halt and whether this call engaged it.
        """
        target = None if scope is HaltScope.system else user_id
        async with self.db.session() as session:
            existing = await _engaged(session, scope, target)
            if existing is not None:
                return HaltInfo.of(existing), False
            row = Halt(
                scope=scope,
                user_id=target,
                action=action,
                reason=reason,
                source=source,
                engaged_by=by,
            )
            session.add(row)
            try:
                await session.commit()
            except IntegrityError:  # another process engaged it between our read and insert
                await session.rollback()
                existing = await _engaged(session, scope, target)
                if existing is None:
                    raise
                return HaltInfo.of(existing), False
            await session.refresh(row)
            info = HaltInfo.of(row)
        await self._changed("engaged", info)
        return info, True

    async def release(
        self, *, scope: HaltScope, user_id: int | None, reason: str, by: int | None
    ) -> HaltInfo:
        target = None if scope is HaltScope.system else user_id
        async with self.db.session() as session:
            row = await _engaged(session, scope, target)
            if row is None:
                raise HaltNotFound(f"no engaged {scope} halt to release")
            row.released_at, row.released_by, row.release_reason = utcnow(), by, reason
            await session.commit()
            await session.refresh(row)
            info = HaltInfo.of(row)
        await self._changed("released", info)
        return info

    async def history(self, user_id: int | None, *, limit: int = 50) -> list[HaltInfo]:
        """The newest halts (engaged and released) that covered ``user_id``."""
        async with self.db.session() as session:
            query = select(Halt).order_by(col(Halt.id).desc()).limit(limit)
            if user_id is not None:
                query = query.where(
                    (col(Halt.scope) == HaltScope.system) | (col(Halt.user_id) == user_id)
                )
            rows = (await session.execute(query)).scalars()
            return [HaltInfo.of(row) for row in rows]

    async def _changed(self, what: str, halt: HaltInfo) -> None:
        # A fresh random token, never a counter: a restarted Redis must not repeat a version.
        self._memo = None
        # If the cache is down, other processes read the table on each check until it is back.
        with contextlib.suppress(Exception):
            await self.cache.set(VERSION_KEY, uuid.uuid4().hex.encode())
        message: dict[str, Any] = {"event": what, "halt": halt.model_dump(mode="json")}
        with contextlib.suppress(Exception):  # the cache and database already carry it
            await self.events.publish(EVENT_CHANNEL, message)


async def get_kill_switch(request: Request) -> KillSwitch:
    switch: KillSwitch = request.app.state.kill_switch
    return switch


KillSwitchDep = Annotated[KillSwitch, Depends(get_kill_switch)]
