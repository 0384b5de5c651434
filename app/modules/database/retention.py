"""Retention: per-table policies from settings, enforced by a scheduled job.

PostgreSQL with native partitions drops whole monthly partitions that aged out and deletes the
remainder of the straddling month; SQLite (and unpartitioned tables) delete in batches, so a
large purge never holds one long write lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.jobs import Job
from app.core.metrics import RETENTION_DELETED
from app.core.timeutil import utcnow
from app.modules.database import audit, partitions
from app.modules.database.candle_parsing import TIMEFRAME_MS
from app.modules.database.models import AuditEvent, Candle, Signal, UserCandle
from app.modules.database.schemas import RetentionPolicyOut, RetentionReport, RetentionRunResult

BATCH = 5000


@dataclass(frozen=True)
class Policy:
    table: str
    scope: str | None
    keep_days: int | None  # None keeps forever


def policies(settings: Settings) -> list[Policy]:
    def days(value: int) -> int | None:
        return value or None

    result = [Policy("database_signals", None, days(settings.retention_signals_days))]
    for timeframe in TIMEFRAME_MS:
        keep = (
            settings.retention_candles_1m_days
            if timeframe == "1m"
            else settings.retention_candles_days
        )
        result.append(Policy("database_candles", timeframe, days(keep)))
    result.append(Policy("database_audit", None, days(settings.retention_audit_days)))
    result.append(Policy("core_jobs", None, days(settings.retention_jobs_days)))
    return result


async def mechanism(session: AsyncSession, table: str) -> str:
    if table in (partitions.SIGNALS, partitions.CANDLES) and await partitions.is_partitioned(
        session, table
    ):
        return "partitions"
    return "batched-delete"


async def _batched_delete(
    session: AsyncSession, model: type, column: object, where: list[Any]
) -> int:
    """Delete matching rows BATCH at a time, committing between batches."""
    total = 0
    key_columns = list(model.__table__.primary_key.columns)  # type: ignore[attr-defined]
    while True:
        keys = (
            await session.execute(select(*key_columns).where(*where).order_by(column).limit(BATCH))  # type: ignore[arg-type]
        ).all()
        if not keys:
            return total
        if len(key_columns) == 1:
            condition = key_columns[0].in_([key[0] for key in keys])
            result = await session.execute(delete(model).where(condition))
        else:  # composite key (candles): the batch is bounded by the oldest timestamps
            newest = max(key[-1] for key in keys)
            result = await session.execute(delete(model).where(*where, column <= newest))
        await session.commit()
        total += result.rowcount or 0  # type: ignore[attr-defined]
        if len(keys) < BATCH:
            return total


async def run_retention(
    session: AsyncSession, settings: Settings, now: datetime | None = None
) -> tuple[dict[str, int], list[str]]:
    now = now or utcnow()
    deleted: dict[str, int] = {}
    dropped: list[str] = []
    for policy in policies(settings):
        if policy.keep_days is None:
            continue
        cutoff = now - timedelta(days=policy.keep_days)
        label = policy.table if policy.scope is None else f"{policy.table}[{policy.scope}]"
        count = 0
        if policy.table == "database_signals":
            if await mechanism(session, policy.table) == "partitions":
                dropped += await partitions.drop_months_before(session, policy.table, cutoff)
                await session.commit()
            count = await _batched_delete(session, Signal, Signal.ts, [Signal.ts < cutoff])
        elif policy.table == "database_candles":
            where = [Candle.timeframe == policy.scope, Candle.ts < cutoff]
            if await mechanism(session, policy.table) == "partitions":
                parent = partitions.timeframe_table(policy.scope or "")
                dropped += await partitions.drop_months_before(session, parent, cutoff)
                await session.commit()
            count = await _batched_delete(session, Candle, Candle.ts, where)
            # Users' own datasets age out under the same policy as the shared bars.
            count += await _batched_delete(
                session,
                UserCandle,
                UserCandle.ts,
                [UserCandle.timeframe == policy.scope, UserCandle.ts < cutoff],
            )
        elif policy.table == "database_audit":
            count = await _batched_delete(
                session, AuditEvent, AuditEvent.at, [AuditEvent.at < cutoff]
            )
        elif policy.table == "core_jobs":
            count = await _batched_delete(
                session,
                Job,
                Job.created_at,
                [Job.created_at < cutoff, Job.status.in_(["succeeded", "failed", "cancelled"])],  # type: ignore[attr-defined]
            )
        if count:
            deleted[label] = count
            RETENTION_DELETED.labels(policy.table).inc(count)
    return deleted, dropped


async def report(session: AsyncSession, settings: Settings) -> RetentionReport:
    """The policies in force and how each is enforced on this backend."""
    items = [
        RetentionPolicyOut(
            table=policy.table,
            scope=policy.scope,
            keep_days=policy.keep_days,
            mechanism=await mechanism(session, policy.table),
        )
        for policy in policies(settings)
    ]
    return RetentionReport(
        backend=session.bind.dialect.name,  # type: ignore[union-attr]
        interval_seconds=settings.retention_interval_seconds,
        policies=items,
    )


async def run_now(session: AsyncSession, settings: Settings, admin_id: int) -> RetentionRunResult:
    """Enforce every policy now and audit it as ``admin_id``."""
    deleted, dropped = await run_retention(session, settings)
    audit.record(session, admin_id, "retention", "database", [], deleted=deleted)
    await session.commit()
    return RetentionRunResult(deleted=deleted, dropped_partitions=dropped)
