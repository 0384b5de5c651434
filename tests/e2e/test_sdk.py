"""The generated Python SDK (clients/python, package ``kalkan-client``) drives a live server.

Every call below goes through the generated client's endpoint functions and models, never
through hand-written HTTP, so an endpoint the generator dropped or a body it cannot serialise
fails here. Request bodies are built with the model class each endpoint function declares
(``body_model``), so renaming a schema regenerates the client without touching this test.
"""

from __future__ import annotations

import csv
import importlib
import os
import shutil
import socket
import subprocess
import sys
import time
import typing
from pathlib import Path
from types import ModuleType

import httpx
import kalkan_client  # not importorskip: a missing client must fail, not skip
import pytest
from kalkan_client import AuthenticatedClient, Client
from kalkan_client.types import File

from tests.conftest import PASSWORD, PG_URL, REDIS_URL, REPO_ROOT, TEST_SECRET

BIN = Path(sys.executable).parent
BTC_1H = Path("ohlcv/binance_spot/Binance_BTCUSDT_1h.csv")
EMAIL = "sdk-user@example.com"


def endpoint(operation_id: str) -> ModuleType:
    """The generated module of an operation (``api/<tag>/<operation_id>.py``). Imported here,
    not at the top, so an operation the generator dropped fails the test that uses it instead
    of the whole suite's collection."""
    tag = operation_id.split("_", 1)[0]
    try:
        return importlib.import_module(f"kalkan_client.api.{tag}.{operation_id}")
    except ModuleNotFoundError:
        pytest.fail(
            f"the generated client has no {operation_id}: rerun scripts/generate-clients.sh"
        )


def call(operation_id: str, client: Client | AuthenticatedClient, body: object = None,
         **params: object) -> typing.Any:  # fmt: skip
    """``sync_detailed`` of the generated operation; a dict ``body`` is built into the model
    class the operation declares (``body_model``)."""
    module = endpoint(operation_id)
    if isinstance(body, dict):
        body = body_model(module).from_dict(body)
    if body is not None:
        params["body"] = body
    return module.sync_detailed(client=client, **params)


def test_client_is_this_repositorys() -> None:
    """A stale kalkan-client installed from elsewhere would test the wrong code."""
    expected = REPO_ROOT / "clients" / "python" / "kalkan_client"
    assert Path(kalkan_client.__file__).resolve().parent == expected.resolve(), (
        "pip install -e clients/python (scripts/test.sh does)"
    )


def body_model(endpoint: typing.Any) -> typing.Any:
    """The model class an endpoint function takes as ``body`` (the first one of a union)."""
    hint = typing.get_type_hints(endpoint.sync_detailed)["body"]
    while typing.get_args(hint):
        hint = typing.get_args(hint)[0]
    return hint


def distinct_hours(path: Path) -> tuple[int, set[int]]:
    """Rows of a CryptoDataDownload CSV and its distinct candle times in ms, read with the
    standard library (seconds in older rows, milliseconds in newer ones)."""
    with path.open(newline="") as handle:
        lines = [line for line in handle if not line.startswith("http")]
    times = [float(row["unix"]) for row in csv.DictReader(lines)]
    return len(times), {int(t * 1000 if t < 1e12 else t) for t in times}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server_url(tmp_path: Path, template_database: str) -> typing.Iterator[str]:
    """``kalkan serve`` on a free port over a fresh data directory (SQLite) or a fresh database
    copied from the migrated template (PostgreSQL); market data synthetic (no network)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("APP_")} | {
        "APP_ENV": "test",
        "APP_SECRET_KEY": TEST_SECRET,
        "APP_LOG_LEVEL": "WARNING",
        "APP_MARKET_DATA": "synthetic",
        "APP_CACHE_NAMESPACE": f"sdk-{port}",
        "APP_MODEL_DIR": str(data_dir / "models"),
        "APP_NUMBA_CACHE_DIR": str(REPO_ROOT / "var" / "numba-cache"),
        "APP_DATABASE_URL": f"sqlite+aiosqlite:///{data_dir / 'kalkan.db'}",
        "PYTHONPATH": str(REPO_ROOT),  # this checkout's app, whatever the venv points at
    }
    database = None
    if PG_URL:
        from tests.conftest import _pg_admin, _pg_url

        database = f"kalkan_sdk_{port}"
        _pg_admin(f'CREATE DATABASE "{database}" TEMPLATE "{template_database}"')
        env["APP_DATABASE_URL"] = _pg_url(database)
    if REDIS_URL:
        env["APP_REDIS_URL"] = REDIS_URL
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [str(BIN / "kalkan"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=data_dir,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        ready = Client(base_url=base, raise_on_unexpected_status=True)
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if call("health_ready", ready).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not become ready"
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        if database:
            _pg_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def test_sdk_drives_register_to_logout(server_url: str, shared_data: Path) -> None:
    anonymous = Client(base_url=server_url, raise_on_unexpected_status=True, timeout=60)

    registered = call("auth_register", anonymous, {"email": EMAIL, "password": PASSWORD})
    assert registered.status_code == 201, registered.content
    assert registered.parsed.email == EMAIL

    login = call("auth_login", anonymous, {"username": EMAIL, "password": PASSWORD})
    assert login.status_code == 200, login.content
    tokens = login.parsed
    user = AuthenticatedClient(
        base_url=server_url,
        token=tokens.access_token,
        raise_on_unexpected_status=True,
        timeout=120,
    )

    # The shared BTC/USDT 1h file (CryptoDataDownload CSV), uploaded as multipart by the SDK.
    path = shared_data / BTC_1H
    with path.open("rb") as handle:
        imported = call(
            "database_import_candles",
            user,
            body_model(endpoint("database_import_candles"))(
                file=File(payload=handle, file_name=path.name, mime_type="text/csv"),
                exchange="binance",
                symbol="BTC/USDT",
                timeframe="1h",
            ),
        )
    assert imported.status_code == 200, imported.content
    rows, hours = distinct_hours(path)
    stored = imported.parsed
    assert (stored.inserted, stored.inserted + stored.duplicates) == (len(hours), rows)
    assert stored.first.timestamp() * 1000 == min(hours)
    assert stored.last.timestamp() * 1000 == max(hours)

    started = call(
        "backtest_run",
        user,
        {
            "strategy": "sma_cross",
            "params": {"fast": 20, "slow": 50},
            "symbols": ["BTC/USDT"],
            "timeframe": "1h",
            "exchange": "binance",
            "start": "2020-01-01T00:00:00Z",
            "end": "2021-01-01T00:00:00Z",
            "stop_loss": {"type": "fixed_pct", "value": 0.05},
        },
    )
    assert started.status_code == 202, started.content
    run = started.parsed
    assert run.job_id

    deadline = time.monotonic() + 240
    while True:
        job = call("jobs_get_job", user, job_id=run.job_id)
        assert job.status_code == 200, job.content
        assert 0 <= job.parsed.progress <= 1
        if job.parsed.status in {"succeeded", "failed", "cancelled"}:
            break
        assert time.monotonic() < deadline, f"backtest still {job.parsed.status}"
        time.sleep(0.5)
    assert job.parsed.status == "succeeded", job.parsed.error

    result = call("backtest_get_result", user, run_id=run.id)
    assert result.status_code == 200, result.content
    summary = result.parsed.summary.to_dict()
    assert summary, "a finished run has headline numbers"
    assert all(isinstance(value, int | float | str | None) for value in summary.values())

    saved = call(
        "database_save_signals",
        user,
        {
            "symbol": "BTC/USDT",
            "side": "BUY",
            "price": 30_000.0,
            "confidence": 0.8,
            "stop_loss": 29_000.0,
            "take_profit": 33_000.0,
            "leverage": 2,
            "strategy": "sdk-e2e",
            "timeframe": "1h",
        },
    )
    assert saved.status_code == 201, saved.content
    history = call("database_signal_history", user, symbol="BTC/USDT")
    assert history.status_code == 200, history.content
    assert [item.strategy for item in history.parsed.items] == ["sdk-e2e"]

    refreshed = call("auth_refresh", anonymous, {"refresh_token": tokens.refresh_token})
    assert refreshed.status_code == 200, refreshed.content
    assert refreshed.parsed.refresh_token != tokens.refresh_token
    user = user.with_headers({"Authorization": f"Bearer {refreshed.parsed.access_token}"})
    assert call("auth_validate", user).parsed.email == EMAIL

    logout = call("auth_logout", user)
    assert logout.status_code == 200, logout.content
    assert logout.parsed.revoked is True
    # Revoked: the access token and the rotated refresh token no longer work.
    assert call("auth_validate", user).status_code == 401
    again = call("auth_refresh", anonymous, {"refresh_token": refreshed.parsed.refresh_token})
    assert again.status_code == 401


TYPESCRIPT = REPO_ROOT / "clients" / "typescript"


def test_typescript_example_runs_against_the_server(server_url: str, shared_data: Path) -> None:
    """clients/typescript/examples/backtest.ts, compiled by tsc and run by node: login (form),
    candle upload (multipart Blob), backtest, job polling, summary, logout."""
    npm = shutil.which("npm")
    assert npm, "node 20 and npm are needed for the TypeScript client"
    if not (TYPESCRIPT / "node_modules").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=TYPESCRIPT, check=True)
    email = "ts-user@example.com"
    anonymous = Client(base_url=server_url, raise_on_unexpected_status=True, timeout=60)
    registered = call("auth_register", anonymous, {"email": email, "password": PASSWORD})
    assert registered.status_code == 201, registered.content
    path = shared_data / BTC_1H
    run = subprocess.run(
        [npm, "run", "--silent", "example", "--", str(path)],
        cwd=TYPESCRIPT,
        env=os.environ
        | {
            "KALKAN_URL": server_url,
            "KALKAN_EMAIL": email,
            "KALKAN_PASSWORD": PASSWORD,
        },
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    _, hours = distinct_hours(path)
    assert f"imported {len(hours)} candles" in run.stdout, run.stdout
    assert "run {" in run.stdout and "total_return" in run.stdout, run.stdout
