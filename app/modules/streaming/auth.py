"""Who is on a websocket: the core's authentication, fed from ``?token=`` or the headers.

Browsers cannot set headers on a websocket, so the credential usually comes as ``?token=``: a JWT
access token, or an API key (recognised by its prefix). Non-browser clients may send the usual
``Authorization: Bearer`` or ``X-API-Key`` header instead. Revocation, expiry and disabled users
are checked by the core's ``authenticate`` exactly as for HTTP requests, and again periodically
while the connection lasts.
"""

from __future__ import annotations

from typing import Any, cast

from fastapi import Request, WebSocket

from app.core.deps import authenticate
from app.core.errors import Forbidden, Unauthorized
from app.core.principals import Principal
from app.core.security import API_KEY_PREFIX

REQUIRED_SCOPE = "read"


def credential_from(websocket: WebSocket, token: str | None) -> str | None:
    if token:
        return token
    authorization = websocket.headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value:
        return value.strip()
    return websocket.headers.get("x-api-key") or None


async def authenticate_websocket(websocket: WebSocket, credential: str | None) -> Principal:
    """The principal behind ``credential``; raises ``Unauthorized`` / ``Forbidden``."""
    if not credential:
        raise Unauthorized("send ?token=<access token or API key>")
    state: Any = websocket.app.state
    is_key = credential.startswith(API_KEY_PREFIX)
    # ``authenticate`` only reads ``.app.state`` and writes ``.state``: a WebSocket has both.
    request = cast(Request, websocket)
    async with state.db.sessionmaker() as session:
        principal = await authenticate(
            request,
            session,
            state.cache,
            None if is_key else credential,
            credential if is_key else None,
        )
    if REQUIRED_SCOPE not in principal.scopes:
        raise Forbidden(f"missing scope: {REQUIRED_SCOPE}")
    return principal
