"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL.

Every module adds tables through its own migration; a model changed without one (or a
migration that differs from its model) shows up here as an autogenerate diff.
"""

from __future__ import annotations

import importlib
import re

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app.core.config import ALL_MODULES
from app.core.db import metadata, sync_url

# Created at run time by the application (PostgreSQL range partitions), not by migrations.
RUNTIME_TABLES = re.compile(r"^database_(signals|candles)_.+")


def _all_models() -> None:
    for core in ("app.core.jobs", "app.core.halt", "app.core.notify"):
        importlib.import_module(core)
    for name in ALL_MODULES:
        try:
            importlib.import_module(f"app.modules.{name}.models")
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith(f"app.modules.{name}"):
                raise


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    if type_ == "table" and name and (RUNTIME_TABLES.match(name) or name == "alembic_version"):
        return False
    return not (type_ == "table" and reflected and name and name.startswith("optuna"))


def test_migrated_schema_matches_the_models(database_url: str) -> None:
    _all_models()
    engine = create_engine(sync_url(database_url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"include_object": _include, "compare_type": False},
            )
            diff = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert diff == [], "\n".join(str(item) for item in diff)
