"""Shared fixtures.

One suite, two backends: SQLite + in-process cache by default; PostgreSQL + Redis when
``APP_DATABASE_URL`` / ``APP_REDIS_URL`` point at them. The schema is built once with
``alembic upgrade head`` into a template; every test gets its own copy of it (a file copy on
SQLite, ``CREATE DATABASE ... TEMPLATE`` on PostgreSQL) and its own cache namespace.
Real market data lives beside the repository in ``../shared/data``.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from asgi_lifespan import LifespanManager
from sqlalchemy.engine import make_url

from app.core.config import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("APP_DATABASE_URL") or None
REDIS_URL = os.environ.get("APP_REDIS_URL") or None
TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"
PASSWORD = "Correct-Horse-9"


def shared_data_path() -> Path:
    return Path(os.environ.get("KALKAN_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """argon2 with the production cost (64 MiB, 3 passes: ~0.11 s a hash or a check) would
    spend minutes of every run registering and logging in test users; the tests check what
    is done with passwords, not the cost, so in this process they are hashed cheaply (still
    argon2id, and a stored hash carries its own parameters). Servers the tests start as
    subprocesses keep the production cost."""
    from argon2 import PasswordHasher

    from app.core import security

    production = security._hasher
    security._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    security._absent_user_hash.cache_clear()
    yield
    security._hasher = production
    security._absent_user_hash.cache_clear()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_path()
    if not path.is_dir():
        pytest.fail(f"shared market data not found at {path}; set KALKAN_SHARED_DATA")
    return path


def _pg_admin(sql: str) -> None:
    import asyncpg

    url = make_url(PG_URL)  # type: ignore[arg-type]

    async def run() -> None:
        connection = await asyncpg.connect(
            host=url.host,
            port=url.port or 5432,
            user=url.username,
            password=url.password,
            database="postgres",
        )
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(run())


def _pg_url(name: str) -> str:
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database to copy: a SQLite file path, or a PostgreSQL database name."""
    from app.cli import migrate

    if PG_URL:
        name = f"kalkan_tpl_{os.getpid()}"
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _pg_admin(f'CREATE DATABASE "{name}"')
        migrate(_pg_url(name))
        yield name
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        migrate(f"sqlite+aiosqlite:///{path}")
        yield str(path)


@pytest.fixture
def database_url(template_database: str, tmp_path: Path) -> Iterator[str]:
    if PG_URL:
        name = f"kalkan_t_{uuid.uuid4().hex[:12]}"
        _pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template_database}"')
        yield _pg_url(name)
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        path = tmp_path / "kalkan.db"
        shutil.copyfile(template_database, path)
        yield f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    """Tests override settings by redefining or updating this fixture."""
    return {}


@pytest.fixture
def settings(database_url: str, settings_overrides: dict[str, object]) -> Settings:
    values: dict[str, object] = {
        "env": "test",
        "database_url": database_url,
        "redis_url": REDIS_URL,
        "cache_namespace": f"kalkan-test-{uuid.uuid4().hex[:12]}",
        "secret_key": TEST_SECRET,
        "rate_limit_default": "100000/minute",
        "rate_limit_anonymous": "100000/minute",
        "rate_limit_auth": "100000/minute",
        "log_level": "WARNING",
    }
    values.update(settings_overrides)
    return Settings(**values)  # type: ignore[arg-type]


async def _drop_namespace(settings: Settings) -> None:
    if not settings.redis_url:
        return
    from redis.asyncio import Redis

    client = Redis.from_url(settings.redis_url)
    try:
        keys = [key async for key in client.scan_iter(f"{settings.cache_namespace}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[object]:
    from app.main import create_app
    from app.modules.database import partitions

    partitions.forget_cache()
    application = create_app(settings)
    async with LifespanManager(application, startup_timeout=30, shutdown_timeout=30):
        yield application
    await _drop_namespace(settings)


@pytest.fixture
async def client(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def register(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict:
    response = await client.post(
        "/api/v1/auth/register", json={"email": email, "password": password}
    )
    assert response.status_code == 201, response.text
    return response.json()


async def login(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict:
    response = await client.post(
        "/api/v1/auth/login", data={"username": email, "password": password}
    )
    assert response.status_code == 200, response.text
    return response.json()


async def user_headers(client: httpx.AsyncClient, email: str) -> dict[str, str]:
    await register(client, email)
    tokens = await login(client, email)
    return {"Authorization": f"Bearer {tokens['access_token']}"}


@pytest.fixture
async def alice(client: httpx.AsyncClient) -> dict[str, str]:
    return await user_headers(client, "alice@example.com")


@pytest.fixture
async def bob(client: httpx.AsyncClient) -> dict[str, str]:
    return await user_headers(client, "bob@example.com")


@pytest.fixture
async def admin(client: httpx.AsyncClient, app: object) -> dict[str, str]:
    from app.modules.auth.service import ensure_admin

    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        await ensure_admin(session, "root@example.com", PASSWORD)
    tokens = await login(client, "root@example.com")
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def assert_problem(response: httpx.Response, status: int) -> dict:
    """The response is an RFC 9457 problem with ``status``; returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    for key in ("type", "title", "status", "detail", "instance"):
        assert key in body, body
    assert body["status"] == status
    return body
