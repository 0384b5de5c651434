"""Typed access to the market-maker tracker kept on ``app.state``, and its dependency."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import Depends, Request
from starlette.applications import Starlette

from app.modules.exchanges.public import MarketDataSource, market_source
from app.modules.marketmaker.tracker import MarketTracker

STATE_KEY = "mm_tracker"

_closing: set[asyncio.Task[None]] = set()


def market_tracker(app: Starlette) -> MarketTracker:
    """The app's tracker for its current market-data source (rebuilt if the source changed)."""
    source = market_source(app)
    tracker: MarketTracker | None = getattr(app.state, STATE_KEY, None)
    if tracker is None or tracker.source is not source:
        if tracker is not None:  # keep a reference so the closing task is not collected
            task = asyncio.get_running_loop().create_task(tracker.close())
            _closing.add(task)
            task.add_done_callback(_closing.discard)
        tracker = MarketTracker(source)
        setattr(app.state, STATE_KEY, tracker)
    return tracker


async def close_tracker(app: Starlette) -> None:
    tracker: MarketTracker | None = getattr(app.state, STATE_KEY, None)
    setattr(app.state, STATE_KEY, None)
    if tracker is not None:
        await tracker.close()


async def _tracker(request: Request) -> MarketTracker:
    return market_tracker(request.app)


TrackerDep = Annotated[MarketTracker, Depends(_tracker)]


async def _source(request: Request) -> MarketDataSource:
    return market_source(request.app)


MarketSourceDep = Annotated[MarketDataSource, Depends(_source)]
