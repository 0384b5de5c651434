"""Tables belong to one module: named `<module>_<entity>` (`core_` for the core), and no foreign key
reaches into another module's tables (store the id and check it through the other's `public`).

Checked twice: on the SQLModel metadata (which module's code defines each table) and on the
schema `alembic upgrade head` builds on the backend under test (what the migrations create).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, inspect
from sqlmodel import SQLModel
from sqlmodel.main import default_registry

from app.core.config import ALL_MODULES
from app.core.db import make_engine

# Owner -> table-name prefix. The existing tables all use the full module name (`database_`,
# `backtest_`), which cannot collide and needs no lookup; keep it that way.
PREFIXES = {"core": "core_"} | {name: f"{name}_" for name in ALL_MODULES}
# Short prefixes the brief assigns (``exec_`` for execution); still unique per module.
PREFIXES["execution"] = "exec_"
# Alembic's own bookkeeping; Optuna's tables live in their own schema (see automl/storage.py).
NOT_OWNED = {"alembic_version"}


def _import_every_model() -> None:
    """Everything that can define a table: the app (routers pull in their code) and every
    module's models, enabled or not, the way migrations/env.py collects them."""
    importlib.import_module("app.main")
    importlib.import_module("app.core.jobs")
    for name in ALL_MODULES:
        try:
            importlib.import_module(f"app.modules.{name}.models")
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith(f"app.modules.{name}"):
                raise


def _owner_by_code(python_module: str) -> str | None:
    parts = python_module.split(".")
    if parts[:2] == ["app", "core"]:
        return "core"
    if parts[:2] == ["app", "modules"] and len(parts) > 2:
        return parts[2]
    return None


def _owner_by_prefix(table: str) -> str | None:
    matches = [owner for owner, prefix in PREFIXES.items() if table.startswith(prefix)]
    return max(matches, key=len) if matches else None


def boundary_problems(
    tables: Iterable[tuple[str, list[str]]], owner_of: Callable[[str], str | None]
) -> list[str]:
    """Each table given as (name, tables its foreign keys refer to); `owner_of` names its module."""
    problems = []
    for name, referred in tables:
        owner = owner_of(name)
        if owner is None:
            problems.append(f"{name}: no module owns it")
            continue
        if not name.startswith(PREFIXES[owner]) or len(name) == len(PREFIXES[owner]):
            problems.append(f"{name}: owned by {owner}, so must be named {PREFIXES[owner]}<entity>")
        for target in referred:
            if owner_of(target) != owner:
                problems.append(f"{name}: foreign key into {target} ({owner_of(target)})")
    return problems


def _metadata_owners() -> dict[str, str | None]:
    owners: dict[str, str | None] = {t: None for t in SQLModel.metadata.tables}
    for mapper in default_registry.mappers:
        for table in mapper.tables:
            owners[table.name] = _owner_by_code(mapper.class_.__module__)
    return owners


def test_metadata_tables_are_prefixed_and_keep_foreign_keys_inside_their_module():
    _import_every_model()
    owners = _metadata_owners()
    assert {"core_jobs", "auth_users", "database_candles"} <= set(owners)
    tables = [
        (t.name, [fk.column.table.name for fk in t.foreign_keys])
        for t in SQLModel.metadata.tables.values()
    ]
    assert boundary_problems(tables, owners.get) == []


async def test_migrated_schema_tables_are_prefixed_and_keep_foreign_keys_inside(database_url):
    def read(connection) -> list[tuple[str, list[str]]]:
        inspector = inspect(connection)
        return [
            (name, [fk["referred_table"] for fk in inspector.get_foreign_keys(name)])
            for name in inspector.get_table_names()
            if name not in NOT_OWNED
        ]

    engine = make_engine(database_url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(read)
    finally:
        await engine.dispose()
    assert {"core_jobs", "auth_users"} <= {name for name, _ in tables}
    assert boundary_problems(tables, _owner_by_prefix) == []


@pytest.mark.parametrize(
    ("table", "owner", "problem"),
    [
        ("backtest_runs", "automl", "must be named automl_<entity>"),
        ("core_", "core", "must be named core_<entity>"),
        ("portfolio_positions", None, "no module owns it"),
    ],
)
def test_checker_refuses_a_misnamed_table(table, owner, problem):
    (found,) = boundary_problems([(table, [])], {table: owner}.get)
    assert problem in found


def test_checker_refuses_a_foreign_key_across_modules():
    # A throwaway metadata, so the check is proven on a real FK object, not a hand-built list.
    metadata = MetaData()
    Table("auth_users", metadata, Column("id", Integer, primary_key=True))
    Table("database_items", metadata, Column("id", Integer, primary_key=True))
    bad = Table(
        "database_signals",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("user_id", ForeignKey("auth_users.id")),
        Column("item_id", ForeignKey("database_items.id")),
    )
    problems = boundary_problems(
        [(bad.name, [fk.column.table.name for fk in bad.foreign_keys])], _owner_by_prefix
    )
    assert problems == ["database_signals: foreign key into auth_users (auth)"]
