"""Fixtures: a planted, learnable market (10-bar trends that alternate) and real BTC/USDT 1h
bars, imported into the candles store through the API; models under a per-test directory."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import numpy as np
import pytest

RL = "/api/v1/rl"
HOUR_MS = 3_600_000
START_MS = 1_600_000_000_000 - 1_600_000_000_000 % HOUR_MS


@pytest.fixture
def settings_overrides(tmp_path: Path) -> dict[str, object]:
    return {"model_dir": tmp_path / "models", "job_workers": 1}


def planted_rows(n: int = 1200) -> list[list[float]]:
    """Close moves ±1 % a bar, the sign flipping every 10 bars: the last return predicts the
    next one 9 times in 10, so a learner that follows it beats a random agent by far."""
    t = np.arange(n)
    r = np.where((t // 10) % 2 == 0, 0.01, -0.01)
    r[0] = 0
    close = 100 * np.exp(np.cumsum(r))
    open_ = np.r_[close[0], close[:-1]]
    high, low = np.maximum(open_, close) * 1.001, np.minimum(open_, close) * 0.999
    return [[START_MS + i * HOUR_MS, open_[i], high[i], low[i], close[i], 10.0] for i in range(n)]


async def import_rows(client, headers, rows, symbol: str) -> None:
    response = await client.post(
        "/api/v1/candles/import",
        files={"file": ("bars.json", json.dumps(rows).encode())},
        data={"exchange": "binance", "symbol": symbol, "timeframe": "1h"},
        headers=headers,
    )
    assert response.status_code == 200 and response.json()["inserted"] == len(rows), response.text


@pytest.fixture
async def planted(client, alice) -> list[list[float]]:
    rows = planted_rows()
    await import_rows(client, alice, rows, "PLNT/USDT")
    return rows


async def wait_job(client, headers, job_id: str, seconds: float = 240) -> dict:
    for _ in range(int(seconds / 0.2)):
        response = await client.get(f"/api/v1/jobs/{job_id}", headers=headers)
        assert response.status_code == 200, response.text
        job = response.json()
        if job["status"] in ("succeeded", "failed", "cancelled"):
            return job
        await asyncio.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def train_body(**overrides) -> dict:
    body = {
        "data": {"exchange": "binance", "symbol": "PLNT/USDT", "timeframe": "1h"},
        "env": {"window": 4, "leverage_levels": [1.0], "episode_length": 256},
        "algo": {"algo": "dqn", "total_timesteps": 3000, "seed": 1},
        "holdout_fraction": 0.25,
        "name": "planted-dqn",
    }
    body.update(overrides)
    return body


async def train(client, headers, **overrides) -> tuple[dict, dict]:
    response = await client.post(f"{RL}/train", json=train_body(**overrides), headers=headers)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert response.headers["location"] == f"/api/v1/jobs/{accepted['job_id']}"
    job = await wait_job(client, headers, accepted["job_id"])
    assert job["status"] == "succeeded", job
    model = await client.get(f"{RL}/models/{accepted['model']['id']}", headers=headers)
    return job, model.json()
