"""Market-maker tracker: book imbalance, spoofing, activity and wash-trading indicators over live
or replayed streams."""

from __future__ import annotations

import contextlib

from fastapi import FastAPI

from app.modules.marketmaker.router import router


async def on_shutdown(app: FastAPI) -> None:
    tracker = getattr(app.state, "mm_tracker", None)
    if tracker is not None:
        with contextlib.suppress(Exception):
            await tracker.close()
        app.state.mm_tracker = None


__all__ = ["on_shutdown", "router"]
