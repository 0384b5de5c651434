"""/docs and /redoc render in a real headless Chromium with no network but the app itself.

Chromium (Debian's ``chromium``) runs with every host name unresolvable except 127.0.0.1, and is
driven over the DevTools protocol: every request the pages make is recorded and must go to the
app; the rendered operations are counted against the OpenAPI document; a screenshot of each page
is saved under ``$KALKAN_TEST_OUTPUT`` (default ``var/test-output``).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect

from tests.conftest import REDIS_URL, REPO_ROOT, TEST_SECRET

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OUTPUT = Path(os.environ.get("KALKAN_TEST_OUTPUT", REPO_ROOT / "var" / "test-output"))
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(database_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    port = _free_port()
    env = os.environ | {
        "APP_ENV": "test",
        "APP_DATABASE_URL": database_url,
        "APP_SECRET_KEY": TEST_SECRET,
        "APP_LOG_LEVEL": "ERROR",
        "APP_CACHE_NAMESPACE": f"docs-{port}",
        "APP_MARKET_DATA": "synthetic",
    }
    if REDIS_URL:
        env["APP_REDIS_URL"] = REDIS_URL
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


class DevTools:
    """The few DevTools-protocol calls these tests need, over one page session."""

    def __init__(self, socket_: ClientConnection) -> None:
        self.socket = socket_
        self.ids = itertools.count(1)
        self.session: str | None = None
        self.requests: list[str] = []
        self.failures: list[str] = []

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        message_id = next(self.ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        await self.socket.send(json.dumps(message))
        while True:
            answer = json.loads(await self.socket.recv())
            if answer.get("method") == "Network.requestWillBeSent":
                self.requests.append(answer["params"]["request"]["url"])
            elif answer.get("method") == "Network.loadingFailed":
                self.failures.append(answer["params"].get("errorText", "?"))
            elif answer.get("id") == message_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]

    async def open_page(self) -> None:
        target = await self.call("Target.createTarget", url="about:blank")
        attached = await self.call(
            "Target.attachToTarget", targetId=target["targetId"], flatten=True
        )
        self.session = attached["sessionId"]
        await self.call("Network.enable")
        await self.call("Page.enable")

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def wait_for(self, expression: str, expected: int, seconds: float = 60) -> int:
        deadline = time.monotonic() + seconds
        value = await self.evaluate(expression)
        while value != expected and time.monotonic() < deadline:
            await asyncio.sleep(0.25)
            value = await self.evaluate(expression)
        return value

    async def screenshot(self, path: Path) -> None:
        shot = await self.call("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))


@pytest.fixture
async def chromium(tmp_path: Path):  # type: ignore[no-untyped-def]
    assert CHROMIUM, "chromium is not installed (apt-get install chromium)"
    process = subprocess.Popen(
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",  # we run as root in CI
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            # No network: every host name fails to resolve, except the app's address.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--window-size=1280,2400",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--remote-debugging-port=0",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        endpoint = None
        for line in process.stderr:  # type: ignore[union-attr]
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found:
                endpoint = found.group(1)
                break
        assert endpoint, "chromium did not start its DevTools endpoint"
        async with connect(endpoint, max_size=None) as socket_:
            devtools = DevTools(socket_)
            await devtools.open_page()
            yield devtools
    finally:
        process.terminate()
        process.wait(timeout=30)


def operation_count(document: dict[str, Any]) -> int:
    return sum(1 for item in document["paths"].values() for method in item if method in METHODS)


def _only_local(requests: list[str], base: str) -> list[str]:
    host = urlsplit(base).netloc
    return [url for url in requests if not url.startswith(("data:", "blob:"))
            and urlsplit(url).netloc != host]  # fmt: skip


async def test_swagger_ui_renders_every_operation_offline(server: str, chromium) -> None:  # type: ignore[no-untyped-def]
    expected = operation_count(httpx.get(f"{server}/openapi.json").json())
    await chromium.call("Page.navigate", url=f"{server}/docs")
    rendered = await chromium.wait_for("document.querySelectorAll('.opblock').length", expected)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    await chromium.screenshot(OUTPUT / "docs-swagger-ui.png")
    assert rendered == expected, f"Swagger UI shows {rendered} of {expected} operations"
    assert await chromium.evaluate("document.querySelector('.info .title').textContent")
    assert not _only_local(chromium.requests, server), chromium.requests
    assert any(url.endswith("/docs/assets/swagger-ui-bundle.js") for url in chromium.requests)
    assert not chromium.failures, chromium.failures


async def test_redoc_renders_every_operation_offline(server: str, chromium) -> None:  # type: ignore[no-untyped-def]
    expected = operation_count(httpx.get(f"{server}/openapi.json").json())
    await chromium.call("Page.navigate", url=f"{server}/redoc")
    rendered = await chromium.wait_for(
        "document.querySelectorAll('[data-section-id^=\"operation/\"]').length", expected
    )
    OUTPUT.mkdir(parents=True, exist_ok=True)
    await chromium.screenshot(OUTPUT / "docs-redoc.png")
    assert rendered == expected, f"ReDoc shows {rendered} of {expected} operations"
    assert not _only_local(chromium.requests, server), chromium.requests
    assert any(url.endswith("/docs/redoc.standalone.js") for url in chromium.requests)
    assert not chromium.failures, chromium.failures


def test_pages_reference_no_outside_host(server: str) -> None:
    for page in ("/docs", "/redoc"):
        html = httpx.get(f"{server}{page}").text
        assert not re.findall(r"(?:src|href)=[\"']https?://", html), (page, html)
    asset = httpx.get(f"{server}/docs/assets/swagger-ui.css")
    assert asset.status_code == 200 and asset.headers["content-type"].startswith("text/css")
