"""Optuna storage URLs and placement beside (never inside) the app's Alembic-versioned tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import optuna
import pytest

from app.modules.automl.errors import StorageUnavailable
from app.modules.automl.storage import create_storage, optuna_storage_url, to_sync_url


@pytest.mark.parametrize(
    ("app_url", "sync_url"),
    [
        ("sqlite+aiosqlite:///./var/kalkan.db", "sqlite:///./var/kalkan.db"),
        ("sqlite+aiosqlite:////abs/path/k.db", "sqlite:////abs/path/k.db"),
        (
            "postgresql+asyncpg://user:p%40ss@db.example:5432/kalkan",
            "postgresql+psycopg://user:p%40ss@db.example:5432/kalkan",
        ),
        (
            "postgresql+asyncpg://u:p@h/k?ssl=require&prepared_statement_cache_size=0",
            "postgresql+psycopg://u:p@h/k?sslmode=require",
        ),
        ("postgresql://u@h/k", "postgresql+psycopg://u@h/k"),
    ],
)
def test_async_url_becomes_sync(app_url: str, sync_url: str) -> None:
    assert to_sync_url(app_url) == sync_url


def test_unknown_driver_is_refused() -> None:
    with pytest.raises(StorageUnavailable):
        to_sync_url("mysql+aiomysql://u@h/k")


def test_sqlite_studies_live_in_a_sibling_file() -> None:
    assert optuna_storage_url("sqlite+aiosqlite:///./var/kalkan.db") == (
        "sqlite:///var/kalkan.optuna.sqlite3"
    )
    assert optuna_storage_url("postgresql+asyncpg://u@h/k") == "postgresql+psycopg://u@h/k"
    assert optuna_storage_url("sqlite+aiosqlite:///:memory:") == "sqlite:///:memory:"


def test_in_memory_app_database_gets_in_memory_storage() -> None:
    storage = create_storage("sqlite+aiosqlite:///:memory:")
    assert isinstance(storage, optuna.storages.InMemoryStorage)


def test_sqlite_storage_leaves_the_app_alembic_table_alone(tmp_path: Path) -> None:
    app_db = tmp_path / "app.db"
    with sqlite3.connect(app_db) as conn:  # the app's own migrations already ran
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('app_0007')")
    storage = create_storage(f"sqlite+aiosqlite:///{app_db}")
    optuna.create_study(storage=storage, study_name="s1")
    with storage.engine.connect() as conn:  # WAL + synchronous=NORMAL (1) on every connection
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1

    with sqlite3.connect(app_db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("app_0007",)]
    sidecar = tmp_path / "app.optuna.sqlite3"
    with sqlite3.connect(sidecar) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        names = {r[0] for r in conn.execute("SELECT study_name FROM studies")}
    assert names == {"s1"}


def test_postgres_storage_uses_its_own_schema(pg_app_url: str) -> None:
    import psycopg

    dsn = pg_app_url.replace("postgresql+asyncpg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO public.alembic_version VALUES ('app_0007')")

    storage = create_storage(pg_app_url)
    optuna.create_study(storage=storage, study_name="pg-study")
    again = create_storage(pg_app_url)  # a second worker opening the same storage
    assert optuna.get_all_study_names(again) == ["pg-study"]

    with psycopg.connect(dsn) as conn:
        app_rev = conn.execute("SELECT version_num FROM public.alembic_version").fetchall()
        tables = {
            (r[0], r[1])
            for r in conn.execute(
                "SELECT table_schema, table_name FROM information_schema.tables "
                "WHERE table_name IN ('studies', 'trials', 'alembic_version')"
            )
        }
    assert app_rev == [("app_0007",)]
    assert ("optuna", "studies") in tables and ("optuna", "trials") in tables
    assert ("optuna", "alembic_version") in tables
    assert ("public", "studies") not in tables
