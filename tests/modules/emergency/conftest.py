"""Emergency tests: the module's settings come from the environment at start-up, so each test
sets them (``emergency_env``) before the app starts; real crash hours are replayed from
``../shared/data`` through the project's own importer or as a recorded trade stream."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

BTC_1H = "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv"


@pytest.fixture
def emergency_env() -> dict[str, str]:
    """Environment of the emergency module for this test (redefine or update it)."""
    return {"APP_EMERGENCY_BOOK_POLL_SECONDS": "0"}


@pytest.fixture(autouse=True)
def _apply_emergency_env(
    emergency_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    for name, value in emergency_env.items():
        monkeypatch.setenv(name, value)
    yield


def rows_between(path: Path, start: str, end: str) -> list[list[str]]:
    """CSV rows with ``start <= date < end``, oldest first (the file is newest first)."""
    rows = [line.split(",") for line in path.read_text().splitlines()[1:]]
    kept = [row for row in rows if start <= row[1][:10] < end]
    return sorted(kept, key=lambda row: float(row[0]))


def csv_between(path: Path, start: str, end: str) -> bytes:
    header = path.read_text().splitlines()[0]
    rows = rows_between(path, start, end)
    return "\n".join([header, *(",".join(row) for row in rows)]).encode()


def open_ms(row: list[str]) -> int:
    stamp = float(row[0])
    return int(stamp * 1000 if stamp < 1e12 else stamp)


def bar_trades(row: list[str]) -> list[tuple[int, float, float]]:
    """A bar as four trades that rebuild it exactly: open, the extreme away from the close,
    the other extreme, close; the bar's volume split evenly."""
    ts = open_ms(row)
    o, h, low, c, v = (float(x) for x in row[3:8])
    path = [o, h, low, c] if c < o else [o, low, h, c]
    offsets = [0, 15 * 60_000, 30 * 60_000, 59 * 60_000]
    return [(ts + dt, price, v / 4) for dt, price in zip(offsets, path, strict=True)]


def write_trade_recording(
    path: Path, rows: list[list[str]], exchange: str = "binance", symbol: str = "BTC/USDT"
) -> Path:
    """The rows as a JSONL recording of unified trades (the replay source's own format)."""
    lines = []
    for row in rows:
        for ts, price, amount in bar_trades(row):
            raw = {
                "exchange": exchange,
                "symbol": symbol,
                "source": "replay",
                "timestamp": ts,
                "price": price,
                "amount": amount,
                "side": "sell",
                "id": str(ts),
            }
            lines.append(
                json.dumps(
                    {
                        "ts": ts / 1000,
                        "exchange": exchange,
                        "channel": "trades",
                        "symbol": symbol,
                        "raw": raw,
                    }
                )
            )
    path.write_text("\n".join(lines) + "\n")
    return path


async def wait_until(predicate: Callable[[], object], within: float = 20.0) -> None:
    deadline = time.monotonic() + within
    while True:
        result = predicate()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat().replace("+00:00", "Z")
