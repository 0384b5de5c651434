"""Database service: signals, performance, settings, the candles store, retention and audit."""

from __future__ import annotations

from fastapi import FastAPI

from app.modules.database import scheduler
from app.modules.database.config import DatabaseSettings
from app.modules.database.router import router


async def on_startup(app: FastAPI) -> None:
    app.state.database_settings = DatabaseSettings()
    if app.state.settings.env != "test":
        await scheduler.start(app)


async def on_shutdown(app: FastAPI) -> None:
    await scheduler.stop(app)


__all__ = ["on_shutdown", "on_startup", "router"]
