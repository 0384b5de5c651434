"""Websocket authentication: ?token= (JWT or API key) or headers; failures close with 1008."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.security import create_token
from tests.conftest import TEST_SECRET
from tests.modules.streaming.conftest import api_key
from tests.modules.streaming.helpers import closed_with, connect, recv

pytestmark = pytest.mark.usefixtures("scripted")

PATH = "/stream/price/BTC-USDT"


async def test_missing_token_closes_with_1008(served):
    ws = await connect(served.url(PATH))
    code, reason = await closed_with(ws)
    assert code == 1008
    assert "token" in reason


@pytest.mark.parametrize(
    "bad",
    [
        "not-a-jwt",
        "kk_not-a-real-api-key",
        # well-formed, but signed with another key
        create_token(
            subject="1",
            token_type="access",
            secret="another-secret-that-is-long-enough-0123456789",
            algorithm="HS256",
            lifetime=timedelta(minutes=5),
        )[0],
    ],
)
async def test_forged_or_unknown_credentials_close_with_1008(served, alice, bad):
    ws = await connect(served.url(PATH, bad))
    code, _ = await closed_with(ws)
    assert code == 1008


async def test_expired_and_refresh_tokens_are_refused(served, alice, token):
    expired = create_token(
        subject="1",
        token_type="access",
        secret=TEST_SECRET,
        algorithm="HS256",
        lifetime=timedelta(seconds=-5),
    )[0]
    refresh = create_token(
        subject="1",
        token_type="refresh",
        secret=TEST_SECRET,
        algorithm="HS256",
        lifetime=timedelta(minutes=5),
    )[0]
    for credential in (expired, refresh):
        ws = await connect(served.url(PATH, credential))
        assert (await closed_with(ws))[0] == 1008


async def test_bearer_token_in_query_is_accepted(served, token):
    ws = await connect(served.url(PATH, token))
    message = await recv(ws)
    assert message["type"] == "subscribed"
    assert message["data"] == {"channel": "price"}
    await ws.close()


async def test_api_key_in_query_or_header_is_accepted(served, client, alice):
    key = (await api_key(client, alice, ["read"]))["key"]
    ws = await connect(served.url(PATH, key))
    assert (await recv(ws))["type"] == "subscribed"
    await ws.close()
    ws = await connect(served.url(PATH), additional_headers={"X-API-Key": key})
    assert (await recv(ws))["type"] == "subscribed"
    await ws.close()
    bearer = alice["Authorization"]
    ws = await connect(served.url(PATH), additional_headers={"Authorization": bearer})
    assert (await recv(ws))["type"] == "subscribed"
    await ws.close()


async def test_logged_out_token_is_refused(served, client, alice, token):
    response = await client.post("/api/v1/auth/logout", headers=alice)
    assert response.status_code in (200, 204), response.text
    ws = await connect(served.url(PATH, token))
    assert (await closed_with(ws))[0] == 1008


async def test_revoked_api_key_is_disconnected_at_the_next_check(served, client, alice):
    served.hub.settings.auth_recheck = 0.2
    created = await api_key(client, alice, ["read"])
    ws = await connect(served.url(PATH, created["key"]))
    assert (await recv(ws))["type"] == "subscribed"
    response = await client.delete(f"/api/v1/auth/api-keys/{created['id']}", headers=alice)
    assert response.status_code == 200, response.text
    code, reason = await closed_with(ws)
    assert code == 1008
    assert "API key" in reason
