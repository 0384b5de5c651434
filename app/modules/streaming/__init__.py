"""WebSocket streaming (seed service 2): prices, order books, trades and klines fanned out from
one upstream subscription per market, shared by every client and, over the event bus, by every
process."""

from __future__ import annotations

from fastapi import FastAPI

from app.modules.streaming.router import router


async def on_startup(app: FastAPI) -> None:
    from app.modules.exchanges.public import market_source
    from app.modules.streaming.config import StreamSettings
    from app.modules.streaming.deps import set_stream_hub
    from app.modules.streaming.hub import StreamHub
    from app.modules.streaming.metrics import track
    from app.modules.streaming.shutdown import install_drain_on_signal

    settings = StreamSettings()
    # The source is looked up on use: the exchanges module starts after this one.
    hub = StreamHub(
        source=lambda: market_source(app),
        cache=app.state.cache,
        bus=app.state.events,
        settings=settings,
    )
    set_stream_hub(app, hub)
    hub.uninstall_signals = install_drain_on_signal(hub) if settings.drain_on_signal else None
    track(hub)


async def on_shutdown(app: FastAPI) -> None:
    from app.modules.streaming.deps import STATE_KEY

    # The closed hub stays: a client that connects during shutdown still gets 1001 from it.
    hub = getattr(app.state, STATE_KEY, None)
    if hub is not None:
        if hub.uninstall_signals is not None:
            hub.uninstall_signals()
            hub.uninstall_signals = None
        await hub.close()


__all__ = ["on_shutdown", "on_startup", "router"]
