"""Start-up schema check: the database must be at the code's Alembic head.

A database that was never migrated (or is behind) is migrated at start-up when that is safe
(``APP_AUTO_MIGRATE``, default: on for the embedded SQLite, off for PostgreSQL, where several
processes may start at once and schema changes are an operator's decision); otherwise start-up
stops with one line saying what to run, instead of failing later with "no such table".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.core.db import Database

log = logging.getLogger("kalkan.schema")
ALEMBIC_INI = Path(__file__).resolve().parents[2] / "alembic.ini"


class SchemaOutOfDate(RuntimeError):
    """The database's schema revision is not the one this code needs."""


@lru_cache
def code_heads() -> tuple[str, ...]:
    """The head revision(s) of the migrations shipped with this code."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    return tuple(sorted(ScriptDirectory.from_config(Config(str(ALEMBIC_INI))).get_heads()))


async def database_heads(db: Database) -> tuple[str, ...]:
    """The revision(s) recorded in the database; empty when it was never migrated."""
    from alembic.runtime.migration import MigrationContext

    def read(connection: Any) -> tuple[str, ...]:
        return tuple(sorted(MigrationContext.configure(connection).get_current_heads()))

    async with db.engine.connect() as connection:
        return await connection.run_sync(read)


@contextmanager
def _quiet_alembic() -> Iterator[None]:
    """Alembic's set-up chatter (plugins, context impl) is not news at every start."""
    alembic_log = logging.getLogger("alembic")
    level = alembic_log.level
    alembic_log.setLevel(logging.WARNING)
    try:
        yield
    finally:
        alembic_log.setLevel(level)


def _upgrade(url: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config(str(ALEMBIC_INI))
    config.attributes["configure_logger"] = False
    config.attributes["database_url"] = url
    command.upgrade(config, "head")


def _is_behind(current: tuple[str, ...], heads: tuple[str, ...]) -> bool:
    """Whether every current revision is an ancestor of the code's heads (so upgrading is
    possible); a revision the code does not know means the database is ahead of the code."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(Config(str(ALEMBIC_INI)))
    known = {revision.revision for revision in script.walk_revisions()}
    return all(revision in known for revision in current)


async def ensure_schema(db: Database, auto_migrate: bool | None) -> None:
    """Return when the schema is current (migrating first if allowed), else raise
    ``SchemaOutOfDate`` after logging the one line that says what to do."""
    if not ALEMBIC_INI.is_file():
        log.warning("alembic.ini not found; the schema revision is not checked")
        return
    with _quiet_alembic():
        heads = code_heads()
        current = await database_heads(db)
        if current == heads:
            return
        behind = _is_behind(current, heads)
    migrate = db.dialect == "sqlite" if auto_migrate is None else auto_migrate
    if migrate and behind:
        log.warning(
            "migrating the database at start-up",
            extra={"from_revision": ",".join(current) or None, "to_revision": ",".join(heads)},
        )
        await asyncio.to_thread(_upgrade, db.url)
        return
    at = ", ".join(current) or "none (never migrated)"
    if behind:
        line = f"database is at revision {at}, code needs {', '.join(heads)}: run `kalkan migrate`"
    else:
        line = (
            f"database is at revision {at}, which this code does not know (it needs "
            f"{', '.join(heads)}): the database was migrated by newer code"
        )
    log.critical(line)
    _shorten_server_report()
    raise SchemaOutOfDate(line)


class _OneLineReport(logging.Filter):
    """uvicorn logs a failed start-up with the whole traceback; for this failure the line
    itself is the report."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        marker = f"{SchemaOutOfDate.__name__}: "
        if marker in message:
            record.msg, record.args = message.rsplit(marker, 1)[1].strip().splitlines()[0], ()
        return True


def _shorten_server_report() -> None:
    server_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(item, _OneLineReport) for item in server_log.filters):
        server_log.addFilter(_OneLineReport())
