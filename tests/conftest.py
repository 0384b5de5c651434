"""Shared fixtures. Real market data lives beside the repository in ``../shared/data``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_path() -> Path:
    return Path(os.environ.get("KALKAN_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_path()
    if not path.is_dir():
        pytest.fail(f"shared market data not found at {path}; set KALKAN_SHARED_DATA")
    return path
