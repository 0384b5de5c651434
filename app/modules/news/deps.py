"""Typed dependencies of the news module."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from app.modules.news.config import NewsSettings, get_news_settings


async def get_news(request: Request) -> NewsSettings:
    value = getattr(request.app.state, "news_settings", None)
    return cast(NewsSettings, value) if value is not None else get_news_settings()


NewsSettingsDep = Annotated[NewsSettings, Depends(get_news)]
