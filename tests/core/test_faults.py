"""Faults on a real server: an unhandled error, Redis stopped, PostgreSQL cut.

Each is answered with a problem on a connection the server keeps open (a 500 naming the
request id; a 503 with Retry-After for an outage), and service recovers without a restart.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from urllib.parse import urlencode

import pytest
from fastapi import WebSocket
from sqlalchemy.engine import make_url

from app.core.config import Settings
from app.core.logging import request_id_var
from tests.conftest import PASSWORD, PG_URL, REDIS_URL
from tests.core.servers import (
    KeepAliveConnection,
    TcpProxy,
    redis_server,
    redis_server_available,
    uvicorn_server,
)


def _settings(database_url: str, redis_url: str | None, **extra: object) -> Settings:
    values: dict[str, object] = {
        "env": "test",
        "database_url": database_url,
        "redis_url": redis_url,
        "cache_namespace": f"kalkan-fault-{uuid.uuid4().hex[:12]}",
        "secret_key": "test-secret-key-that-is-long-enough-0123456789",
        "rate_limit_default": "100000/minute",
        "rate_limit_anonymous": "100000/minute",
        "rate_limit_auth": "100000/minute",
        "log_level": "WARNING",
        **extra,
    }
    return Settings(**values)  # type: ignore[arg-type]


async def _sign_in(conn: KeepAliveConnection, email: str) -> dict[str, str]:
    body = f'{{"email": "{email}", "password": "{PASSWORD}"}}'.encode()
    reply = await conn.request(
        "POST", "/api/v1/auth/register", {"Content-Type": "application/json"}, body
    )
    assert reply.status == 201, reply.body
    form = urlencode({"username": email, "password": PASSWORD}).encode()
    reply = await conn.request(
        "POST",
        "/api/v1/auth/login",
        {"Content-Type": "application/x-www-form-urlencoded"},
        form,
    )
    assert reply.status == 200, reply.body
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


class _RequestIds(logging.Handler):
    """Records each error log line with the request id current when it was emitted."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen: list[tuple[str, str | None]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append((record.getMessage(), request_id_var.get()))


async def test_an_unhandled_error_is_a_500_problem_on_a_kept_connection(database_url):
    from app.main import create_app

    app = create_app(_settings(database_url, REDIS_URL))

    async def explode() -> dict:
        raise RuntimeError("boom")

    app.add_api_route("/test/explode", explode, methods=["GET"])
    handler = _RequestIds()
    logging.getLogger("kalkan").addHandler(handler)
    try:
        async with uvicorn_server(app) as port, KeepAliveConnection(port) as conn:
            reply = await conn.request("GET", "/test/explode", {"X-Request-ID": "req-boom-1"})
            assert reply.status == 500
            assert reply.headers["content-type"].startswith("application/problem+json")
            assert reply.json()["request_id"] == "req-boom-1"
            assert reply.headers["x-request-id"] == "req-boom-1"
            assert not await conn.closed(), "the server dropped the connection after the 500"
            assert (await conn.request("GET", "/health")).status == 200
    finally:
        logging.getLogger("kalkan").removeHandler(handler)
    assert ("unhandled error", "req-boom-1") in handler.seen


@pytest.mark.skipif(not redis_server_available(), reason="redis-server is not on PATH")
async def test_redis_stopped_the_api_keeps_serving_and_recovers(database_url, tmp_path):
    from app.main import create_app

    with redis_server(tmp_path) as redis:
        app = create_app(_settings(database_url, redis.url))
        async with uvicorn_server(app) as port, KeepAliveConnection(port) as conn:
            alice = await _sign_in(conn, "alice@example.com")
            assert (await conn.request("GET", "/api/v1/jobs", alice)).status == 200
            assert app.state.cache.backend == "redis"

            redis.stop()
            for _ in range(5):
                reply = await conn.request("GET", "/api/v1/jobs", alice)
                assert reply.status == 200, reply.body
                assert (await conn.request("GET", "/api/v1/auth/validate", alice)).status == 200
            ready = await conn.request("GET", "/health/ready")
            assert ready.status == 503
            assert ready.json()["components"]["cache"]["status"] != "ok"
            assert not await conn.closed()

            redis.start()  # same port: the API reconnects by itself
            deadline = time.monotonic() + 15
            while (await conn.request("GET", "/health/ready")).status != 200:
                assert time.monotonic() < deadline, "readiness did not recover"
                await asyncio.sleep(0.2)
            deadline = time.monotonic() + 15
            while app.state.cache.degraded:
                assert time.monotonic() < deadline, "the cache did not return to Redis"
                await conn.request("GET", "/api/v1/jobs", alice)
                await asyncio.sleep(0.2)
            assert (await conn.request("GET", "/api/v1/jobs", alice)).status == 200


@pytest.mark.skipif(not PG_URL, reason="the database cut needs APP_DATABASE_URL on PostgreSQL")
async def test_postgres_cut_every_endpoint_is_503_then_recovers(database_url):
    from app.main import create_app

    url = make_url(database_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    app = create_app(_settings(proxied, REDIS_URL))
    try:
        async with uvicorn_server(app) as port, KeepAliveConnection(port) as conn:
            alice = await _sign_in(conn, "alice@example.com")
            assert (await conn.request("GET", "/api/v1/jobs", alice)).status == 200

            await proxy.cut()
            calls = [
                ("GET", "/api/v1/jobs", alice, b""),
                ("GET", "/api/v1/jobs", alice, b""),
                ("GET", "/api/v1/signals/history", alice, b""),
                ("GET", "/api/v1/auth/validate", alice, b""),
                (
                    "POST",
                    "/api/v1/auth/login",
                    {"Content-Type": "application/x-www-form-urlencoded"},
                    urlencode({"username": "alice@example.com", "password": PASSWORD}).encode(),
                ),
            ]
            for method, path, headers, body in calls:
                reply = await conn.request(method, path, headers, body)
                if reply.status == 200 and path.endswith("/validate"):
                    continue  # a token check that needs no database may still answer
                assert reply.status == 503, (path, reply.status, reply.body)
                assert int(reply.headers["retry-after"]) > 0
                assert reply.json()["dependency"] == "database"
                assert not await conn.closed(), f"connection dropped after {path}"
            ready = await conn.request("GET", "/health/ready")
            assert ready.status == 503
            assert ready.json()["components"]["database"]["status"] != "ok"

            await proxy.restore()
            deadline = time.monotonic() + 15
            while (reply := await conn.request("GET", "/api/v1/jobs", alice)).status != 200:
                assert reply.status == 503, reply.body
                assert time.monotonic() < deadline, "the API did not recover"
                await asyncio.sleep(0.2)
            assert (await conn.request("GET", "/health/ready")).status == 200
    finally:
        await proxy.cut()


async def test_the_server_bounds_header_size_and_websocket_messages(database_url):
    """``kalkan serve``'s uvicorn options: an oversized header block is refused by the parser,
    a websocket message over the limit closes the socket with 1009 (message too big)."""
    import websockets

    from app.cli import uvicorn_limits
    from app.main import create_app

    settings = _settings(database_url, REDIS_URL, max_header_bytes=8192, ws_max_message_bytes=4096)
    app = create_app(settings)

    async def echo(websocket: WebSocket) -> None:
        await websocket.accept()
        while True:
            await websocket.send_text(await websocket.receive_text())

    app.add_api_websocket_route("/test/ws", echo)
    async with uvicorn_server(app, **uvicorn_limits(settings)) as port:
        async with KeepAliveConnection(port) as conn:
            assert (await conn.request("GET", "/health", {"X-Pad": "p" * 4000})).status == 200
        async with KeepAliveConnection(port) as conn:
            reply = await conn.request("GET", "/health", {"X-Pad": "p" * 100_000})
            assert reply.status in (400, 431)
        async with websockets.connect(f"ws://127.0.0.1:{port}/test/ws") as socket:
            await socket.send("x" * 4000)
            assert await socket.recv() == "x" * 4000
            await socket.send("y" * 10_000)
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await socket.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009


def test_outage_classification_names_the_dependency():
    import redis.exceptions

    from app.core.errors import unavailable_dependency

    assert unavailable_dependency(redis.exceptions.ConnectionError("down")) == "cache"
    assert unavailable_dependency(ConnectionRefusedError(111, "refused")) == "upstream service"
    wrapped = RuntimeError("while saving")
    wrapped.__cause__ = ConnectionResetError(104, "reset")
    assert unavailable_dependency(wrapped) == "upstream service"
    assert unavailable_dependency(ValueError("a bug")) is None
    assert unavailable_dependency(FileNotFoundError(2, "no file")) is None
    group = ExceptionGroup("tasks", [ValueError("x"), redis.exceptions.TimeoutError("slow")])
    assert unavailable_dependency(group) == "cache"
