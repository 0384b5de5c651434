"""Optuna RDB storage beside the application's own tables.

The app talks to its database through async drivers (``sqlite+aiosqlite``, ``postgresql+asyncpg``);
Optuna's ``RDBStorage`` is synchronous, so the URL is rewritten to a sync driver of the same
database (``sqlite``, ``postgresql+psycopg``).

Optuna versions its tables with Alembic's default ``alembic_version`` table, the same table the
application's own migrations use. Sharing it breaks one side or the other (Optuna refuses a schema
stamped with the app's revision; the app's Alembic cannot locate Optuna's). So:

- PostgreSQL: the same database, in a dedicated schema (``optuna`` by default) selected through
  the connection's ``search_path``. Workers on any machine that reach the database share studies.
- SQLite: a sibling file ``<db>.optuna.sqlite3`` next to the app's file (SQLite has no schemas;
  it also keeps Optuna's frequent writes from holding the app file's single write lock). Workers
  on the same machine share it; WAL mode and a busy timeout let them write concurrently.
- An in-memory SQLite app database gets Optuna's in-memory storage (single process, like it).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.modules.automl.errors import StorageUnavailable

if TYPE_CHECKING:
    from optuna.storages import BaseStorage

OPTUNA_SCHEMA = "optuna"
SQLITE_BUSY_TIMEOUT_S = 60
# Trials whose worker stopped sending heartbeats for this long are marked FAIL by the next worker,
# so a crashed machine does not leave trials RUNNING forever.
HEARTBEAT_INTERVAL_S = 30
HEARTBEAT_GRACE_S = 120

_ASYNC_TO_SYNC = {
    "sqlite+aiosqlite": "sqlite",
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
    "postgresql+asyncpg": "postgresql+psycopg",
    "postgresql+psycopg_async": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg2": "postgresql+psycopg2",
}
# asyncpg spells TLS as ?ssl=..., libpq (psycopg) as ?sslmode=...
_ASYNCPG_SSL_TO_SSLMODE = {
    "true": "require",
    "false": "disable",
    "disable": "disable",
    "allow": "allow",
    "prefer": "prefer",
    "require": "require",
    "verify-ca": "verify-ca",
    "verify-full": "verify-full",
}
_ASYNCPG_ONLY_QUERY_KEYS = {"prepared_statement_cache_size", "prepared_statement_name_func"}


def to_sync_url(async_url: str) -> str:
    """Rewrite the app's async SQLAlchemy URL for a sync driver on the same database.

    >>> to_sync_url("sqlite+aiosqlite:///./var/kalkan.db")
    'sqlite:///./var/kalkan.db'
    >>> to_sync_url("postgresql+asyncpg://u:p@db:5432/kalkan?ssl=require")
    'postgresql+psycopg://u:p@db:5432/kalkan?sslmode=require'
    """
    from sqlalchemy.engine import make_url

    url = make_url(async_url)
    driver = _ASYNC_TO_SYNC.get(url.drivername)
    if driver is None:
        raise StorageUnavailable(f"unsupported database driver {url.drivername!r} for Optuna")
    query = dict(url.query)
    if url.drivername == "postgresql+asyncpg":
        for key in _ASYNCPG_ONLY_QUERY_KEYS:
            query.pop(key, None)
        if "ssl" in query:
            ssl = str(query.pop("ssl")).lower()
            query["sslmode"] = _ASYNCPG_SSL_TO_SSLMODE.get(ssl, ssl)
    return url.set(drivername=driver, query=query).render_as_string(hide_password=False)


def optuna_storage_url(app_database_url: str) -> str:
    """The sync URL Optuna's tables live at, for the app's database URL (see module docstring)."""
    sync = to_sync_url(app_database_url)
    if not sync.startswith("sqlite"):
        return sync
    from sqlalchemy.engine import make_url

    url = make_url(sync)
    if url.database in (None, "", ":memory:"):
        return "sqlite:///:memory:"
    path = Path(url.database)
    return url.set(database=str(path.with_name(path.stem + ".optuna.sqlite3"))).render_as_string(
        hide_password=False
    )


def create_storage(
    app_database_url: str,
    *,
    schema: str = OPTUNA_SCHEMA,
    heartbeat: bool = True,
    pool_size: int = 2,
) -> BaseStorage:
    """Open (creating tables on first use) the Optuna storage for the app's database URL.

    Every worker process builds its own storage object; they meet in the database, never in memory.
    """
    import optuna
    from optuna.exceptions import ExperimentalWarning

    url = optuna_storage_url(app_database_url)
    if url == "sqlite:///:memory:":
        return optuna.storages.InMemoryStorage()

    engine_kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("sqlite"):
        _prepare_sqlite_file(url)
        engine_kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
    else:
        _require_pg_driver(url)
        _ensure_pg_schema(url, schema)
        engine_kwargs.update(
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_recycle=1800,
            connect_args={"options": f"-csearch_path={schema}"},
        )
    heartbeat_kwargs: dict[str, Any] = (
        {"heartbeat_interval": HEARTBEAT_INTERVAL_S, "grace_period": HEARTBEAT_GRACE_S}
        if heartbeat
        else {}
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ExperimentalWarning)  # heartbeat is "experimental"
            storage = optuna.storages.RDBStorage(
                url, engine_kwargs=engine_kwargs, **heartbeat_kwargs
            )
    except Exception as exc:  # driver/connection errors come in many types
        raise StorageUnavailable(f"cannot open Optuna storage: {exc}") from exc
    if url.startswith("sqlite"):
        _relax_sqlite_sync(storage.engine)
    return storage


def _relax_sqlite_sync(engine: Any) -> None:
    """``synchronous=NORMAL`` on every connection: in WAL mode the file stays consistent, commits
    just skip an fsync each (a power cut may lose the last trials, never corrupt the study)."""
    from sqlalchemy import event

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    event.listen(engine, "connect", on_connect)
    engine.dispose()  # connections opened while Optuna set up its tables lack the pragma


def _prepare_sqlite_file(url: str) -> None:
    """Create the parent folder and switch the file to WAL (persistent per file): readers then
    never block the writer, which matters with several workers and a polling status endpoint."""
    import sqlite3

    from sqlalchemy.engine import make_url

    path = Path(make_url(url).database or "")
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_S) as conn:
        conn.execute("PRAGMA journal_mode=WAL")


def _require_pg_driver(url: str) -> None:
    module = "psycopg2" if url.startswith("postgresql+psycopg2") else "psycopg"
    try:
        __import__(module)
    except ImportError as exc:
        raise StorageUnavailable(
            f"Optuna on PostgreSQL needs the sync driver {module!r} (pip install 'psycopg[binary]')"
        ) from exc


def _ensure_pg_schema(url: str, schema: str) -> None:
    if not schema.isidentifier():
        raise StorageUnavailable(f"invalid schema name {schema!r}")
    import sqlalchemy

    engine = sqlalchemy.create_engine(url, poolclass=sqlalchemy.pool.NullPool)
    exists = sqlalchemy.text("SELECT 1 FROM pg_namespace WHERE nspname = :s")
    try:
        with engine.begin() as conn:
            if conn.execute(exists, {"s": schema}).first() is None:
                conn.execute(sqlalchemy.text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    except sqlalchemy.exc.IntegrityError:
        pass  # two workers raced to create it; "IF NOT EXISTS" is not atomic in PostgreSQL
    except sqlalchemy.exc.SQLAlchemyError as exc:
        raise StorageUnavailable(f"cannot create schema {schema!r}: {exc}") from exc
    finally:
        engine.dispose()
