"""Fixtures of the on-chain tests: the shared on-chain samples and label imports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.modules.onchain.config import OnchainSettings, use_onchain_settings

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


# Real decimals and symbols of the mainnet tokens in the sample blocks that the test node
# answers eth_call for (any other token reverts, so its transfers keep only the raw amount).
SAMPLE_TOKENS: dict[str, tuple[int, str]] = {
    "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2": (18, "WETH"),
    "0xdac17f958d2ee523a2206206994597c13d831ec7": (6, "USDT"),
    "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": (6, "USDC"),
    "0x6b175474e89094c44da98b954eedeac495271d0f": (18, "DAI"),
    "0x514910771af9ca656af840dff83e8264ecf986ca": (18, "LINK"),
}


@pytest.fixture
def onchain_settings() -> Iterator[Callable[..., OnchainSettings]]:
    """Install module settings for the test (node and provider URLs of local servers)."""

    def install(**values: object) -> OnchainSettings:
        settings = OnchainSettings(**values)  # type: ignore[arg-type]
        use_onchain_settings(settings)
        return settings

    yield install
    use_onchain_settings(None)


async def run_ingest(
    client: httpx.AsyncClient, app: Any, headers: dict[str, str], **body: object
) -> dict:
    response = await client.post("/api/v1/onchain/ingest", json=body, headers=headers)
    assert response.status_code == 202, response.text
    assert response.headers["location"] == response.json()["status_url"]
    job = await app.state.jobs.wait(response.json()["job_id"], 60)
    assert job.status == "succeeded", job.error
    return dict(job.result)
