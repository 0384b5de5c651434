"""Letting a websocket in: accept, authenticate, hold a socket slot, then serve the connection.

The socket is accepted before anything can fail, so every refusal is a close frame with a code
and a reason (a close before accepting reaches the client as a bare HTTP 403): 1001 while the
server shuts down, 1008 for a missing or bad credential or one socket too many for the user.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid

from fastapi import WebSocket

from app.core.errors import AppError, Unauthorized
from app.modules.streaming.alerts import AlertRelay
from app.modules.streaming.auth import (
    HOW_TO_AUTHENTICATE,
    authenticate_websocket,
    credential_in_message,
    offered_credential,
)
from app.modules.streaming.connection import (
    CLOSE_GOING_AWAY,
    CLOSE_POLICY,
    MAX_REASON,
    Connection,
    error_data,
)
from app.modules.streaming.fastpath import limit_inbound_frames
from app.modules.streaming.hub import StreamHub
from app.modules.streaming.messages import Envelope
from app.modules.streaming.schemas import Channel, TopicKey

log = logging.getLogger(__name__)


class _ClientLeft(Exception):
    """The client disconnected before it authenticated."""


async def _close(websocket: WebSocket, code: int, reason: str) -> None:
    with contextlib.suppress(Exception):  # the client may already be gone
        await websocket.close(code, reason[:MAX_REASON])


async def _credential_from_first_message(websocket: WebSocket, hub: StreamHub) -> str:
    settings = hub.settings
    try:
        async with asyncio.timeout(settings.auth_timeout):
            message = await websocket.receive()
    except TimeoutError:
        raise Unauthorized(
            f"no credential within {settings.auth_timeout:g} s: {HOW_TO_AUTHENTICATE}"
        ) from None
    if message["type"] == "websocket.disconnect":
        raise _ClientLeft()
    text = message.get("text")
    if text is None:
        text = (message.get("bytes") or b"").decode(errors="replace")
    if len(text) > settings.max_message_bytes:
        raise Unauthorized(f"the auth message is limited to {settings.max_message_bytes} bytes")
    return credential_in_message(text)


async def serve_websocket(
    websocket: WebSocket,
    hub: StreamHub,
    token: str | None,
    channel: Channel | None = None,
    symbol: str | None = None,
    exchange: str | None = None,
    timeframe: str | None = None,
    *,
    alerts: bool = False,
) -> None:
    """Run one client's websocket from handshake to close (``alerts``: the user's alert
    relay instead of market streams)."""
    settings = hub.settings
    credential, subprotocol = offered_credential(websocket, token)
    limit_inbound_frames(websocket, settings.max_message_bytes)
    await websocket.accept(subprotocol=subprotocol)
    if hub.closing:
        await _close(websocket, CLOSE_GOING_AWAY, "server shutting down")
        return
    by_message = credential is None
    try:
        if credential is None:
            credential = await _credential_from_first_message(websocket, hub)
        principal = await authenticate_websocket(websocket, credential)
    except _ClientLeft:
        return
    except AppError as exc:
        await _close(websocket, CLOSE_POLICY, exc.detail or exc.title)
        return
    user_id, conn_id = principal.user_id, uuid.uuid4().hex
    slot: tuple[int, str] | None = (user_id, conn_id)
    limit = settings.max_sockets_per_user
    try:
        admitted = await hub.slots.acquire(user_id, conn_id, limit, settings.socket_ttl)
    except Exception:  # the shared store is down: serve rather than refuse everyone
        log.warning("stream socket slots unavailable; not counting", exc_info=True)
        admitted, slot = True, None
    if not admitted:
        await _close(websocket, CLOSE_POLICY, f"too many open streams: at most {limit} per user")
        return
    try:
        if alerts:
            if by_message:
                await websocket.send_text(Envelope("authenticated", {}).text)
            await AlertRelay(websocket, hub, user_id, credential, slot).serve()
            return
        initial = (channel, symbol, exchange, timeframe)
        await _serve_admitted(websocket, hub, credential, slot, by_message, *initial)
    finally:
        if slot is not None:
            with contextlib.suppress(Exception):
                await hub.slots.release(user_id, conn_id)


async def _serve_admitted(
    websocket: WebSocket,
    hub: StreamHub,
    credential: str,
    slot: tuple[int, str] | None,
    by_message: bool,
    channel: Channel | None,
    symbol: str | None,
    exchange: str | None,
    timeframe: str | None,
) -> None:
    if by_message:  # the client waits to hear that its auth message was taken
        await websocket.send_text(Envelope("authenticated", {}).text)
    key: TopicKey | None = None
    if channel is not None and symbol is not None:
        try:
            key = hub.resolve(channel, symbol, exchange, timeframe)
        except AppError as exc:
            await websocket.send_text(Envelope("error", error_data(exc), exchange=exchange).text)
            await _close(websocket, CLOSE_POLICY, exc.detail or exc.title)
            return
    await Connection(websocket, hub, credential, hub.settings, slot).serve(key)
