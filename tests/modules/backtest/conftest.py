"""Fixtures: real Binance BTC/USDT and ETH/USDT 1h candles through the project's importer."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.modules.backtest.public import candles_to_frame
from app.modules.database.candle_parsing import parse_candle_file

WINDOW = 2_000


def _load(shared_data: Path, name: str):
    path = shared_data / "ohlcv" / "binance_spot" / name
    parsed = parse_candle_file(path.read_bytes(), "1h")
    assert not parsed.errors
    return candles_to_frame(parsed.rows)


@pytest.fixture(scope="session")
def btc_1h(shared_data: Path):
    """All BTC/USDT 1h bars (the importer drops the file's duplicate timestamps)."""
    return _load(shared_data, "Binance_BTCUSDT_1h.csv")


@pytest.fixture(scope="session")
def eth_1h(shared_data: Path):
    return _load(shared_data, "Binance_ETHUSDT_1h.csv")


@pytest.fixture(scope="session")
def btc_window(btc_1h):
    """2,000 bars from 2020 (includes the March 2020 crash)."""
    start = btc_1h.index.searchsorted(btc_1h.index[0].replace(year=2020, month=2, day=1, hour=0))
    return btc_1h.iloc[start : start + WINDOW]
