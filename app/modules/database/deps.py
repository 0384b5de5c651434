"""Typed dependencies of the database module."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from app.core.pagination import PageRequest
from app.modules.database.config import DatabaseSettings


async def get_database_settings(request: Request) -> DatabaseSettings:
    """The serving app's module settings (env read once per app; async: no thread hop)."""
    settings: DatabaseSettings | None = getattr(request.app.state, "database_settings", None)
    if settings is None:
        settings = request.app.state.database_settings = DatabaseSettings()
    return settings


DatabaseSettingsDep = Annotated[DatabaseSettings, Depends(get_database_settings)]


async def candle_page_params(
    limit: int = Query(default=1000, ge=1, le=10_000, description="Bars per page"),
    cursor: str | None = Query(default=None, max_length=512, description="next_cursor"),
) -> PageRequest:
    """The core page style (``?limit=&cursor=``) with larger pages: bars are read in bulk."""
    return PageRequest(limit=limit, cursor=cursor)


CandlePageParams = Annotated[PageRequest, Depends(candle_page_params)]
