"""Multi-exchange aggregator and the shared market-data layer (ccxt live, replay, synthetic)."""

from __future__ import annotations

import contextlib

from fastapi import FastAPI

from app.modules.exchanges.router import router


async def on_startup(app: FastAPI) -> None:
    from app.modules.exchanges.deps import set_market_source
    from app.modules.exchanges.source_factory import build_from_settings

    # Building the source is cheap: live ccxt clients are created on first use, not here.
    set_market_source(app, build_from_settings(app.state.settings))


async def on_shutdown(app: FastAPI) -> None:
    from app.modules.exchanges.deps import STATE_KEY

    source = getattr(app.state, STATE_KEY, None)
    if source is not None:
        with contextlib.suppress(Exception):
            await source.close()


__all__ = ["on_shutdown", "on_startup", "router"]
