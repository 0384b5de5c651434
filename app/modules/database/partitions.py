"""Native PostgreSQL range partitions for the time-series tables (when TimescaleDB is absent).

``database_signals`` is partitioned by month on ``ts``. ``database_candles`` is list-partitioned
by timeframe and each timeframe by month, so retention can drop a month of 1m candles whole while
keeping daily candles forever. Partitions are created on demand before rows land in them.
"""

from __future__ import annotations

import re
import weakref
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from app.modules.database.candle_parsing import TIMEFRAME_MS

SIGNALS = "database_signals"
CANDLES = "database_candles"
_MONTH_SUFFIX = re.compile(r"_p(\d{4})(\d{2})$")

# Partitions known to exist in this process (creation is idempotent, this only saves DDL).
_known: set[str] = set()


def month_start(moment: datetime) -> datetime:
    return datetime(moment.year, moment.month, 1, tzinfo=UTC)


def next_month(moment: datetime) -> datetime:
    return datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1, tzinfo=UTC)


def months_between(first: datetime, last: datetime) -> list[datetime]:
    months, current = [], month_start(first)
    while current <= last:
        months.append(current)
        current = next_month(current)
    return months


def timeframe_table(timeframe: str) -> str:
    if timeframe not in TIMEFRAME_MS:
        raise ValueError(f"unknown timeframe {timeframe!r}")
    return f"{CANDLES}_{timeframe.lower()}"


def _month_name(parent: str, month: datetime) -> str:
    return f"{parent}_p{month:%Y%m}"


async def is_partitioned(connection: AsyncConnection | AsyncSession, table: str) -> bool:
    if connection.bind.dialect.name != "postgresql":  # type: ignore[union-attr]
        return False
    found = await connection.scalar(
        text(
            "SELECT 1 FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid "
            "WHERE c.relname = :name"
        ),
        {"name": table},
    )
    return found is not None


async def _ddl(session: AsyncSession, statement: str) -> None:
    """Run partition DDL in its own committed transaction, so a later rollback of the caller's
    work cannot undo a partition this process already believes exists."""
    from sqlalchemy.exc import DBAPIError

    try:
        engine = session.bind
        assert isinstance(engine, AsyncEngine)  # sessions are made from the engine (core.db)
        async with engine.begin() as connection:
            await connection.execute(text(statement))
    except DBAPIError as exc:  # another process created it between IF NOT EXISTS and CREATE
        if "already exists" not in str(exc):
            raise


# Rendering an engine's URL costs ~15 µs, paid twice per signal save before this cache.
_urls: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()


def _key(session: AsyncSession, name: str) -> str:
    bind = session.bind
    url = _urls.get(bind)
    if url is None:
        url = _urls[bind] = str(bind.url)  # type: ignore[union-attr]
    return f"{url}:{name}"


async def _ensure_month(connection: AsyncSession, parent: str, month: datetime) -> None:
    name = _month_name(parent, month)
    if _key(connection, name) in _known:
        return
    await _ddl(
        connection,
        f'CREATE TABLE IF NOT EXISTS "{name}" PARTITION OF "{parent}" '
        f"FOR VALUES FROM ('{month.isoformat()}') TO ('{next_month(month).isoformat()}')",
    )
    _known.add(_key(connection, name))


async def ensure_signal_partitions(session: AsyncSession, moments: list[datetime]) -> None:
    if not moments or not await _partitioned_cached(session, SIGNALS):
        return
    for month in months_between(min(moments), max(moments)):
        await _ensure_month(session, SIGNALS, month)


async def ensure_candle_partitions(
    session: AsyncSession, timeframe: str, first: datetime, last: datetime
) -> None:
    if not await _partitioned_cached(session, CANDLES):
        return
    parent = timeframe_table(timeframe)
    if _key(session, parent) not in _known:
        await _ddl(
            session,
            f'CREATE TABLE IF NOT EXISTS "{parent}" PARTITION OF "{CANDLES}" '
            f"FOR VALUES IN ('{timeframe}') PARTITION BY RANGE (ts)",
        )
        _known.add(_key(session, parent))
    for month in months_between(first, last):
        await _ensure_month(session, parent, month)


_partitioned: dict[str, bool] = {}


async def _partitioned_cached(session: AsyncSession, table: str) -> bool:
    key = _key(session, table)
    if key not in _partitioned:
        _partitioned[key] = await is_partitioned(session, table)
    return _partitioned[key]


async def month_partitions(session: AsyncSession, parent: str) -> list[tuple[str, datetime]]:
    """(name, month start) of the monthly partitions directly under ``parent``."""
    rows = await session.execute(
        text(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = :parent"
        ),
        {"parent": parent},
    )
    result = []
    for (name,) in rows:
        match = _MONTH_SUFFIX.search(name)
        if match:
            result.append((name, datetime(int(match[1]), int(match[2]), 1, tzinfo=UTC)))
    return sorted(result, key=lambda item: item[1])


async def drop_months_before(session: AsyncSession, parent: str, cutoff: datetime) -> list[str]:
    """Drop every monthly partition of ``parent`` whose whole range lies before ``cutoff``."""
    dropped = []
    for name, month in await month_partitions(session, parent):
        if next_month(month) <= cutoff:
            await session.execute(text(f'DROP TABLE IF EXISTS "{name}"'))
            _known.discard(_key(session, name))
            dropped.append(name)
    return dropped


def forget_cache() -> None:
    """Tests recreate databases; drop what this process believes exists."""
    _known.clear()
    _partitioned.clear()
