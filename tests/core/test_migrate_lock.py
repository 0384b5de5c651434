"""Three `kalkan migrate` processes started at once on one empty PostgreSQL database (replicas
booting together): all succeed and leave one schema at the head revision."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from tests.conftest import PG_URL, REPO_ROOT, _pg_admin, _pg_url

pytestmark = pytest.mark.skipif(not PG_URL, reason="advisory locks are PostgreSQL's")
KALKAN = Path(sys.executable).parent / "kalkan"


async def _schema_state(url: str) -> tuple[list[str], int]:
    import asyncpg

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        versions = [
            row[0] for row in await connection.fetch("SELECT version_num FROM alembic_version")
        ]
        tables = await connection.fetchval(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        )
        return versions, tables
    finally:
        await connection.close()


def test_three_concurrent_migrators_leave_one_schema() -> None:
    name = f"kalkan_mig_{uuid.uuid4().hex[:10]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    url = _pg_url(name)
    try:
        env = os.environ | {"APP_DATABASE_URL": url, "PYTHONPATH": str(REPO_ROOT)}
        migrators = [
            subprocess.Popen([str(KALKAN), "migrate"], env=env, cwd=REPO_ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for _ in range(3)
        ]  # fmt: skip
        outputs = [process.communicate(timeout=240)[0] for process in migrators]
        assert [process.returncode for process in migrators] == [0, 0, 0], "\n".join(outputs)

        head = ScriptDirectory.from_config(
            Config(str(REPO_ROOT / "alembic.ini"))
        ).get_current_head()
        versions, tables = asyncio.run(_schema_state(url))
        assert versions == [head]
        # Running again changes nothing: the schema the three left is the complete one.
        again = subprocess.run([str(KALKAN), "migrate"], env=env, cwd=REPO_ROOT, check=True)
        assert again.returncode == 0
        assert asyncio.run(_schema_state(url)) == (versions, tables)
    finally:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
