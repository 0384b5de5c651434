"""Market-maker tracker: book imbalance, spoofing, activity and wash-trading indicators over live
or replayed streams."""

from __future__ import annotations

import contextlib

from fastapi import FastAPI

from app.modules.marketmaker.router import router


async def on_shutdown(app: FastAPI) -> None:
    from app.modules.marketmaker.deps import close_tracker

    with contextlib.suppress(Exception):
        await close_tracker(app)


__all__ = ["on_shutdown", "router"]
