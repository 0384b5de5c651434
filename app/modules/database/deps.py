"""Typed dependencies of the database module."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.modules.database.config import DatabaseSettings


async def get_database_settings(request: Request) -> DatabaseSettings:
    """The serving app's module settings (env read once per app; async: no thread hop)."""
    settings: DatabaseSettings | None = getattr(request.app.state, "database_settings", None)
    if settings is None:
        settings = request.app.state.database_settings = DatabaseSettings()
    return settings


DatabaseSettingsDep = Annotated[DatabaseSettings, Depends(get_database_settings)]
