"""Websocket authentication: ?token= (JWT or API key), headers, the ``bearer`` subprotocol or a
first auth message; failures close with 1008. Also the per-user socket cap and frame limit."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta

import pytest

from app.core.security import create_token
from tests.conftest import TEST_SECRET
from tests.modules.streaming.conftest import api_key, serve
from tests.modules.streaming.helpers import closed_with, connect, recv, wait_for

pytestmark = pytest.mark.usefixtures("scripted")

PATH = "/stream/price/BTC-USDT"


async def test_missing_token_closes_with_1008(served):
    served.hub.settings.auth_timeout = 0.3  # no credential anywhere: the auth message never comes
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


async def test_token_in_the_bearer_subprotocol_is_accepted_and_not_echoed(served, token):
    # What a browser sends for ``new WebSocket(url, ["bearer", token])``.
    ws = await connect(served.url(PATH), subprotocols=["bearer", token])
    assert ws.subprotocol == "bearer"  # one of those offered, and never the token itself
    assert token not in str(ws.response.headers)
    assert (await recv(ws))["type"] == "subscribed"
    await ws.close()


async def test_bearer_subprotocol_with_a_forged_token_closes_with_1008(served, alice):
    ws = await connect(served.url(PATH), subprotocols=["bearer", "not-a-jwt"])
    assert (await closed_with(ws))[0] == 1008


async def test_token_in_the_first_message(served, token):
    ws = await connect(served.url(PATH))
    await ws.send(json.dumps({"type": "auth", "token": token}))
    assert (await recv(ws))["type"] == "authenticated"
    assert (await recv(ws))["type"] == "subscribed"
    await ws.close()


@pytest.mark.parametrize(
    "first",
    [
        json.dumps({"op": "subscribe", "channel": "price", "symbol": "BTC-USDT"}),
        json.dumps({"type": "auth"}),
        json.dumps({"type": "auth", "token": "not-a-jwt"}),
        "not json",
    ],
)
async def test_a_first_message_that_does_not_authenticate_closes_with_1008(served, alice, first):
    ws = await connect(served.url(PATH))
    await ws.send(first)
    code, reason = await closed_with(ws)
    assert code == 1008 and reason


async def test_sockets_per_user_are_capped_with_1008_and_freed_on_close(served, token):
    served.hub.settings.max_sockets_per_user = 2
    first = await connect(served.url(PATH, token))
    second = await connect(served.url(PATH, token))
    for ws in (first, second):
        assert (await recv(ws))["type"] == "subscribed"
    third = await connect(served.url(PATH, token))
    code, reason = await closed_with(third)
    assert code == 1008
    assert "at most 2 per user" in reason
    await first.close()
    await wait_for(lambda: len(served.hub.connections) == 1)
    again = await connect(served.url(PATH, token))
    assert (await recv(again))["type"] == "subscribed"
    await asyncio.gather(second.close(), again.close())


@pytest.mark.parametrize("first", [True, False])
async def test_an_oversized_frame_is_refused_with_1009(served, token, first):
    # The server's own limit (uvicorn ``ws_max_size``) is 16 MiB here: the app's limit applies.
    ws = await connect(served.url("/stream", token))
    if not first:
        await ws.send(json.dumps({"op": "ping", "id": 1}))
        assert (await recv(ws))["type"] == "pong"
    await ws.send("x" * (served.hub.settings.max_message_bytes + 1))
    assert (await closed_with(ws))[0] == 1009


async def test_the_token_never_reaches_the_log(app, token):
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Collect()
    async with serve(app, log_level="info") as running:
        # uvicorn configured its loggers again just now: the redaction must have survived that.
        logging.getLogger("uvicorn.error").addHandler(handler)
        try:
            ws = await connect(running.url(PATH, token))
            assert (await recv(ws))["type"] == "subscribed"
            await ws.close()
        finally:
            logging.getLogger("uvicorn.error").removeHandler(handler)
    accepted = [line for line in records if "[accepted]" in line]
    assert accepted and all("token=[REDACTED]" in line for line in accepted), records
    assert not any(token in line for line in records)
