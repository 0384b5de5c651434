"""Start-up schema check: an unmigrated embedded database is migrated; otherwise start-up stops
with one line naming the revisions and the command to run."""

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from asgi_lifespan import LifespanManager

from app.core.schema import SchemaOutOfDate, code_heads
from tests.conftest import PG_URL, TEST_SECRET, _pg_admin, _pg_url

REPO = Path(__file__).resolve().parents[2]


def _settings(url: str, **extra: object):
    from app.core.config import Settings

    return Settings(
        env="test",
        database_url=url,
        secret_key=TEST_SECRET,
        log_level="WARNING",
        cache_namespace=f"schema-{uuid.uuid4().hex[:8]}",
        **extra,
    )


@pytest.fixture
def empty_database_url(tmp_path):
    """A database that exists but was never migrated."""
    if PG_URL:
        name = f"kalkan_empty_{uuid.uuid4().hex[:10]}"
        _pg_admin(f'CREATE DATABASE "{name}"')
        yield _pg_url(name)
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        yield f"sqlite+aiosqlite:///{tmp_path / 'never-migrated.db'}"


def _expected_line(at: str) -> str:
    return (
        f"database is at revision {at}, code needs {', '.join(code_heads())}: run `kalkan migrate`"
    )


async def test_an_unmigrated_embedded_database_is_migrated_at_start_up(tmp_path):
    from app.core.schema import database_heads
    from app.main import create_app

    app = create_app(_settings(f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"))
    async with LifespanManager(app, startup_timeout=60):
        assert await database_heads(app.state.db) == code_heads()
        from app.core.pagination import PageRequest

        rows, cursor = await app.state.jobs.list(1, page=PageRequest(limit=5, cursor=None))
        assert (rows, cursor) == ([], None)  # core_jobs exists


async def test_an_unmigrated_database_without_auto_migrate_stops_with_one_clear_line(
    empty_database_url,
):
    from app.main import create_app

    app = create_app(_settings(empty_database_url, auto_migrate=False))
    with pytest.raises(SchemaOutOfDate) as refused:
        async with LifespanManager(app, startup_timeout=60):
            pass
    assert str(refused.value) == _expected_line("none (never migrated)")


async def test_an_old_schema_names_its_revision(empty_database_url):
    from alembic import command
    from alembic.config import Config

    from app.cli import migrate
    from app.main import create_app

    config = Config(str(REPO / "alembic.ini"))
    config.attributes["configure_logger"] = False
    config.attributes["database_url"] = empty_database_url
    await asyncio.to_thread(command.upgrade, config, "0001")
    app = create_app(_settings(empty_database_url, auto_migrate=False))
    with pytest.raises(SchemaOutOfDate) as refused:
        async with LifespanManager(app, startup_timeout=60):
            pass
    assert str(refused.value) == _expected_line("0001")
    await asyncio.to_thread(migrate, empty_database_url)
    async with LifespanManager(create_app(_settings(empty_database_url, auto_migrate=False))):
        pass


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL's default is to refuse, not migrate")
async def test_postgres_is_not_migrated_by_default(empty_database_url):
    from app.main import create_app

    with pytest.raises(SchemaOutOfDate):
        async with LifespanManager(create_app(_settings(empty_database_url)), startup_timeout=60):
            pass


def test_uvicorn_on_an_unmigrated_database_exits_with_the_line(empty_database_url):
    env = os.environ | {
        "APP_DATABASE_URL": empty_database_url,
        "APP_AUTO_MIGRATE": "false",
        "APP_SECRET_KEY": TEST_SECRET,
        "APP_ENV": "test",
        "PYTHONPATH": str(REPO),
    }
    env.pop("APP_REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", "0"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert _expected_line("none (never migrated)") in output
    assert "no such table" not in output and "Traceback" not in output
