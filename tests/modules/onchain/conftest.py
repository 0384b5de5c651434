"""Fixtures of the on-chain tests: the shared on-chain samples and label imports."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

LABELS_IMPORT = "/api/v1/onchain/labels/import"


@pytest.fixture(scope="session")
def onchain_data(shared_data: Path) -> Path:
    return shared_data / "onchain"


async def import_labels(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    path: Path,
    fmt: str,
    label: str | None = None,
) -> dict:
    params = {"format": fmt} | ({"label": label} if label else {})
    response = await client.post(
        LABELS_IMPORT, params=params, content=path.read_bytes(), headers=headers
    )
    assert response.status_code == 200, response.text
    return response.json()
