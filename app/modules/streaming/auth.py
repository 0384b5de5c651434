"""Who is on a websocket: the core's authentication, fed from wherever the client put the token.

Browsers cannot set headers on a websocket, so a credential (a JWT access token, or an API key
recognised by its prefix) comes in one of these, looked for in this order:

1. ``?token=`` in the URL — simplest, and redacted from every log line (``app.core.logging``);
2. ``Authorization: Bearer`` or ``X-API-Key`` headers (non-browser clients);
3. the ``Sec-WebSocket-Protocol`` header, as the browser's ``new WebSocket(url, ["bearer",
   token])`` sends it: the entry after ``bearer`` is the credential, and the server answers
   with the ``bearer`` subprotocol only (echoing the token back would leak it, and a server must
   pick one of the offered protocols or the browser drops the connection);
4. the first message, ``{"type": "auth", "token": "..."}``, within ``auth_timeout`` seconds.

Revocation, expiry and disabled users are checked by the core's ``authenticate`` exactly as for
HTTP requests, and again periodically while the connection lasts.
"""

from __future__ import annotations

import json
from typing import cast

from fastapi import Request, WebSocket
from starlette.applications import Starlette

from app.core.cache import Cache
from app.core.db import Database
from app.core.deps import authenticate
from app.core.errors import Forbidden, Unauthorized
from app.core.principals import Principal
from app.core.security import API_KEY_PREFIX

REQUIRED_SCOPE = "read"
BEARER_PROTOCOL = "bearer"
HOW_TO_AUTHENTICATE = (
    "send ?token=, the Sec-WebSocket-Protocol 'bearer, <token>', or a first message "
    '{"type": "auth", "token": ...}'
)


def offered_credential(websocket: WebSocket, token: str | None) -> tuple[str | None, str | None]:
    """``(credential, subprotocol to accept)`` from the URL, the headers or the subprotocols."""
    offered = [p.strip() for p in websocket.scope.get("subprotocols") or ()]
    subprotocol = BEARER_PROTOCOL if BEARER_PROTOCOL in offered else None
    if token:
        return token, subprotocol
    authorization = websocket.headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip(), subprotocol
    if key := websocket.headers.get("x-api-key"):
        return key, subprotocol
    if subprotocol is not None:
        index = offered.index(BEARER_PROTOCOL)
        if index + 1 < len(offered) and offered[index + 1]:
            return offered[index + 1], subprotocol
    return None, subprotocol


def credential_in_message(text: str) -> str:
    """The token of a first ``{"type": "auth", "token": ...}`` message (else ``Unauthorized``)."""
    try:
        message = json.loads(text)
    except ValueError:
        message = None
    if not isinstance(message, dict) or message.get("type") != "auth":
        raise Unauthorized(f"authenticate first: {HOW_TO_AUTHENTICATE}")
    token = message.get("token")
    if not isinstance(token, str) or not token:
        raise Unauthorized("the auth message needs a non-empty string `token`")
    return token


async def authenticate_websocket(websocket: WebSocket, credential: str | None) -> Principal:
    """The principal behind ``credential``; raises ``Unauthorized`` / ``Forbidden``."""
    if not credential:
        raise Unauthorized(HOW_TO_AUTHENTICATE)
    app: Starlette = websocket.app
    db: Database = app.state.db
    cache: Cache = app.state.cache
    is_key = credential.startswith(API_KEY_PREFIX)
    # ``authenticate`` only reads ``.app.state`` and writes ``.state``: a WebSocket has both.
    request = cast(Request, websocket)
    async with db.sessionmaker() as session:
        principal = await authenticate(
            request,
            session,
            cache,
            None if is_key else credential,
            credential if is_key else None,
        )
    if REQUIRED_SCOPE not in principal.scopes:
        raise Forbidden(f"missing scope: {REQUIRED_SCOPE}")
    return principal
