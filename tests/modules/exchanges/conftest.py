"""Fixtures for the market-data layer: where the recorded data lives."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def cryptofeed_dir(shared_data: Path) -> Path:
    return shared_data / "orderbook_trades" / "cryptofeed"


@pytest.fixture(scope="session")
def gocryptotrader_dir(shared_data: Path) -> Path:
    return shared_data / "orderbook_trades" / "gocryptotrader"
