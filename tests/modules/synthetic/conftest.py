"""Real Binance BTC/USDT 1h bars through the project's candle parser, as feature series."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.modules.database.candle_parsing import parse_candle_file
from app.modules.synthetic import features, training

HOUR_MS = 3_600_000


@pytest.fixture(scope="session")
def btc_rows(shared_data: Path) -> list:
    path = shared_data / "ohlcv" / "binance_spot" / "Binance_BTCUSDT_1h.csv"
    parsed = parse_candle_file(path.read_bytes(), "1h")
    assert not parsed.errors
    return parsed.rows


def market_of(rows: list, symbol: str = "BTC/USDT") -> training.MarketArrays:
    def column(name: str) -> np.ndarray:
        return np.array([getattr(r, name) for r in rows], dtype="float64")

    ts = np.array([r.ts for r in rows], dtype="int64")
    arrays = (column("high"), column("low"), column("close"), column("volume"))
    return training.MarketArrays(ts, HOUR_MS, {symbol: arrays})


def series_of(rows: list) -> features.FeatureSeries:
    return market_of(rows).series()


@pytest.fixture(scope="session")
def btc_series(btc_rows: list) -> features.FeatureSeries:
    """Every BTC/USDT 1h bar after 2018 (the first months hold exchange outliers)."""
    start = next(i for i, r in enumerate(btc_rows) if r.ts >= 1_514_764_800_000)
    return series_of(btc_rows[start:])
