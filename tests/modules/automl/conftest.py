"""Fixtures for the AutoML tests: real candles, and throwaway SQLite / PostgreSQL databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.modules.database.candle_parsing import CandleRow, parse_candle_file

PG_ADMIN_DSN = os.environ.get(
    "KALKAN_TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@pytest.fixture(scope="session")
def btc_rows(shared_data: Path) -> list[CandleRow]:
    content = (shared_data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv").read_bytes()
    return parse_candle_file(content, "1h").rows


@pytest.fixture(scope="session")
def candles(btc_rows: list[CandleRow]) -> list[CandleRow]:
    """~2,000 consecutive hourly BTC/USDT bars (2020-03 into 2020-05, covering the March crash)."""
    start = next(i for i, r in enumerate(btc_rows) if r.ts >= 1583020800000)  # 2020-03-01
    return btc_rows[start : start + 2000]


@pytest.fixture
def sqlite_app_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"


@pytest.fixture
def pg_app_url() -> Iterator[str]:
    """A fresh PostgreSQL database (dropped afterwards); skipped when none is reachable."""
    psycopg = pytest.importorskip("psycopg")
    name = f"kalkan_automl_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(PG_ADMIN_DSN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            base = PG_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
            yield f"{base}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
