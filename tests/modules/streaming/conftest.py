"""A real server for the streaming tests: the app under uvicorn on a loopback port."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import uvicorn

from tests.modules.streaming.helpers import ScriptedSource


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    return {"market_data": "synthetic", "market_exchanges": ["binance", "okx"]}


@dataclass
class Served:
    app: Any
    port: int

    def url(self, path: str, token: str | None = None, **query: str) -> str:
        params = {**({"token": token} if token else {}), **query}
        suffix = "?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""
        return f"ws://127.0.0.1:{self.port}/api/v1{path}{suffix}"

    @property
    def hub(self) -> Any:
        return self.app.state.stream_hub


@contextlib.asynccontextmanager
async def serve(app: Any, **config: Any) -> AsyncIterator[Served]:
    """Serve ``app`` (its lifespan already running) with uvicorn on 127.0.0.1."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # A fixed send buffer (accepted sockets inherit it) instead of Linux's autotuning up to
    # 4 MB: a client that stops reading backs the server up after ~0.3 MB rather than ~4 MB.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 128 * 1024)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    options: dict[str, Any] = {
        "lifespan": "off",
        "log_level": "warning",
        "ws_per_message_deflate": False,
        "backlog": 2048,
        "timeout_graceful_shutdown": 5,
        **config,
    }
    server = uvicorn.Server(uvicorn.Config(app, **options))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    try:
        yield Served(app, port)
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 15)
        sock.close()


@pytest.fixture
async def served(app: Any) -> AsyncIterator[Served]:
    """The ``app`` fixture served by uvicorn on a loopback port."""
    async with serve(app) as running:
        yield running


@pytest.fixture
def scripted(app: Any) -> ScriptedSource:
    """Replace the app's market-data source with one the test drives."""
    source = ScriptedSource()
    app.state.market_data = source
    return source


@pytest.fixture
def token(alice: dict[str, str]) -> str:
    return alice["Authorization"].removeprefix("Bearer ")


async def api_key(client: httpx.AsyncClient, headers: dict[str, str], scopes: list[str]) -> dict:
    response = await client.post(
        "/api/v1/auth/api-keys", json={"name": "stream", "scopes": scopes}, headers=headers
    )
    assert response.status_code == 201, response.text
    return response.json()
