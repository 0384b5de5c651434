"""Graceful shutdown of a real server process: SIGTERM → every stream client gets 1001."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import uuid

import httpx
import pytest

from tests.conftest import PASSWORD, REDIS_URL, REPO_ROOT, TEST_SECRET
from tests.modules.streaming.helpers import closed_with, connect, recv

pytestmark = pytest.mark.slow


async def _wait_healthy(base: str, process: subprocess.Popen, within: float = 60) -> None:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(base_url=base) as http:
        while True:
            assert process.poll() is None, process.stderr.read().decode()  # type: ignore[union-attr]
            try:
                if (await http.get("/health")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            await asyncio.sleep(0.2)


async def test_sigterm_closes_stream_clients_with_1001(database_url):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    env = {
        **os.environ,
        "APP_ENV": "test",
        "APP_DATABASE_URL": database_url,
        "APP_SECRET_KEY": TEST_SECRET,
        "APP_CACHE_NAMESPACE": f"kalkan-test-{uuid.uuid4().hex[:12]}",
        "APP_MARKET_DATA": "synthetic",
        "APP_MARKET_EXCHANGES": "binance",
        "APP_LOG_LEVEL": "WARNING",
        "APP_RATE_LIMIT_AUTH": "1000/minute",
    }
    if REDIS_URL:
        env["APP_REDIS_URL"] = REDIS_URL
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--fd", str(sock.fileno())],
        cwd=REPO_ROOT,
        env=env,
        pass_fds=[sock.fileno()],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    sock.close()
    try:
        base = f"http://127.0.0.1:{port}"
        await _wait_healthy(base, process)
        async with httpx.AsyncClient(base_url=base) as http:
            credentials = {"email": "stream@example.com", "password": PASSWORD}
            assert (await http.post("/api/v1/auth/register", json=credentials)).status_code == 201
            response = await http.post(
                "/api/v1/auth/login",
                data={"username": credentials["email"], "password": PASSWORD},
            )
            token = response.json()["access_token"]
        url = f"ws://127.0.0.1:{port}/api/v1/stream/price/BTC-USDT?token={token}"
        clients = [await connect(url) for _ in range(3)]
        for ws in clients:
            assert (await recv(ws, within=10))["type"] == "subscribed"

        process.send_signal(signal.SIGTERM)
        for ws in clients:
            code, reason = await closed_with(ws, within=15)
            assert code == 1001, (code, reason)
            assert "shutting down" in reason
        await asyncio.to_thread(process.wait, 30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
