"""Alembic environment: async engine, one metadata for the core and every module."""

from __future__ import annotations

import asyncio
import importlib
import re
from logging.config import fileConfig

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.core import halt, jobs, notify  # noqa: F401  (registers core tables)
from app.core.config import ALL_MODULES, get_settings
from app.core.db import make_engine, metadata

for _name in ALL_MODULES:  # every module's tables, enabled or not: the schema is one
    try:
        importlib.import_module(f"app.modules.{_name}.models")
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(f"app.modules.{_name}"):
            raise

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

# Partitions are created at run time by the application; autogenerate must not drop them.
_PARTITION = re.compile(r"^database_(signals|candles)_.+")


def _include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and reflected and name and _PARTITION.match(name))


# Several replicas may start at once and each runs `kalkan migrate` (or `serve`): on PostgreSQL
# they queue on this transaction-level advisory lock, and each one reads the schema version only
# once it holds the lock, so exactly one applies the migrations and the others find them done.
MIGRATION_LOCK_KEY = 0x6B616C6B616E  # "kalkan"


def database_url() -> str:
    return (
        context.get_x_argument(as_dictionary=True).get("url")
        or config.attributes.get("database_url")
        or get_settings().database_url
    )


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=_include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_async() -> None:
    engine = make_engine(database_url())
    async with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            # Taken in the transaction the migrations run in (alembic joins it); released by
            # the commit below, or by the rollback if a migration fails.
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        await connection.run_sync(_configure)
        await connection.commit()
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=database_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(run_async())
