"""Typed dependencies of the auth module: its settings and the caller's address."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.core.clientaddr import client_address
from app.modules.auth.config import AuthSettings


async def get_auth_settings(request: Request) -> AuthSettings:
    settings: AuthSettings | None = getattr(request.app.state, "auth_settings", None)
    if settings is None:  # an app used without its lifespan
        settings = request.app.state.auth_settings = AuthSettings()
    return settings


async def get_client(request: Request) -> str:
    return client_address(request, request.app.state.settings.trusted_proxies)


AuthSettingsDep = Annotated[AuthSettings, Depends(get_auth_settings)]
ClientDep = Annotated[str, Depends(get_client)]
