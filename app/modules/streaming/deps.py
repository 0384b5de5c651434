"""Typed access to the stream hub kept on ``app.state``, and its dependency."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.applications import Starlette
from starlette.requests import HTTPConnection

from app.core.errors import ServiceUnavailable
from app.modules.streaming.hub import StreamHub

STATE_KEY = "stream_hub"


def stream_hub(app: Starlette) -> StreamHub:
    """The hub the streaming module's start-up hook created (503 before / after it)."""
    hub: StreamHub | None = getattr(app.state, STATE_KEY, None)
    if hub is None:
        raise ServiceUnavailable("streaming is not running")
    return hub


def set_stream_hub(app: Starlette, hub: StreamHub | None) -> None:
    setattr(app.state, STATE_KEY, hub)


async def _hub(connection: HTTPConnection) -> StreamHub:
    # HTTPConnection, not Request: the dependency serves websocket routes as well.
    return stream_hub(connection.app)


HubDep = Annotated[StreamHub, Depends(_hub)]
