"""AutoML: Optuna studies (strategy parameters, signal-model MLPs) in the application's database."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI

from app.modules.automl.router import router


async def on_shutdown(app: FastAPI) -> None:
    """Close this process's Optuna storage (its connection pool) for the app's database."""
    from app.modules.automl.service import close_storage

    await asyncio.to_thread(close_storage, app.state.settings.database_url)


__all__ = ["on_shutdown", "router"]
