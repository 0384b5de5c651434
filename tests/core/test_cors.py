"""APP_CORS_ORIGINS: listed origins get CORS answers; with none set, no CORS header at all."""

import pytest

from app.core.config import Settings
from tests.conftest import TEST_SECRET

ORIGIN = "https://dashboard.example.com"
PREFLIGHT = {"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
             "Access-Control-Request-Headers": "authorization,content-type"}  # fmt: skip


def test_origins_come_from_a_comma_separated_variable(monkeypatch) -> None:
    monkeypatch.setenv("APP_CORS_ORIGINS", f" {ORIGIN}, http://localhost:5173 ")
    settings = Settings(_env_file=None, secret_key=TEST_SECRET)  # type: ignore[call-arg]
    assert settings.cors_origins == [ORIGIN, "http://localhost:5173"]
    monkeypatch.setenv("APP_CORS_ORIGINS", "")
    assert Settings(_env_file=None, secret_key=TEST_SECRET).cors_origins == []  # type: ignore[call-arg]


async def test_no_origins_means_no_cors_headers(client) -> None:
    response = await client.get("/health", headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert not [name for name in response.headers if name.startswith("access-control-")]
    preflight = await client.options("/api/v1/auth/login", headers=PREFLIGHT)
    assert "access-control-allow-origin" not in preflight.headers


@pytest.mark.parametrize("settings_overrides", [{"cors_origins": [ORIGIN]}])
async def test_listed_origin_is_allowed_and_reads_the_job_headers(client) -> None:
    preflight = await client.options("/api/v1/backtest/run", headers=PREFLIGHT)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()

    # Errors carry the header too (CORS is the outermost middleware), or browsers hide them.
    refused = await client.get("/api/v1/auth/validate", headers={"Origin": ORIGIN})
    assert refused.status_code == 401
    assert refused.headers["access-control-allow-origin"] == ORIGIN
    exposed = refused.headers["access-control-expose-headers"].lower()
    assert {"location", "ratelimit-remaining", "x-request-id"} <= set(exposed.split(", "))


@pytest.mark.parametrize("settings_overrides", [{"cors_origins": [ORIGIN]}])
async def test_unlisted_origin_gets_no_allowance(client) -> None:
    response = await client.get("/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = await client.options(
        "/api/v1/auth/login", headers=PREFLIGHT | {"Origin": "https://evil.example"}
    )
    assert preflight.status_code == 400
