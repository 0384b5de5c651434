"""Typed dependencies of the execution module."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request


async def app_state(request: Request) -> Any:
    return request.app.state


StateDep = Annotated[Any, Depends(app_state)]
