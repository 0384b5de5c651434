"""Schemathesis fuzzes the whole OpenAPI schema of a real server: no 5xx, responses match."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import PASSWORD, REDIS_URL, TEST_SECRET

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(database_url, tmp_path):
    port = _free_port()
    env = os.environ | {
        "APP_ENV": "test",
        "APP_DATABASE_URL": database_url,
        "APP_SECRET_KEY": TEST_SECRET,
        "APP_RATE_LIMIT_DEFAULT": "1000000/minute",
        "APP_RATE_LIMIT_AUTH": "1000000/minute",
        "APP_RATE_LIMIT_ANONYMOUS": "1000000/minute",
        "APP_LOG_LEVEL": "ERROR",
        "APP_CACHE_NAMESPACE": f"st-{port}",
        # No network here: market data comes from the seeded synthetic source.
        "APP_MARKET_DATA": "synthetic",
    }
    if REDIS_URL:
        env["APP_REDIS_URL"] = REDIS_URL
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [str(BIN / "uvicorn"), "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail((tmp_path / "server.log").read_text())
    yield base
    process.terminate()
    process.wait(timeout=30)


def test_no_server_errors_and_conforming_responses(server, tmp_path):
    httpx.post(
        f"{server}/api/v1/auth/register", json={"email": "st@example.com", "password": PASSWORD}
    )
    token = httpx.post(
        f"{server}/api/v1/auth/login", data={"username": "st@example.com", "password": PASSWORD}
    ).json()["access_token"]
    result = subprocess.run(
        [
            str(BIN / "st"),
            "run",
            f"{server}/openapi.json",
            "--checks",
            "not_a_server_error,response_schema_conformance,content_type_conformance",
            "--header",
            f"Authorization: Bearer {token}",
            "--max-examples",
            os.environ.get("KALKAN_ST_EXAMPLES", "15"),
            "--exclude-path",
            "/api/v1/auth/logout",
            "--no-color",
            "--seed",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
