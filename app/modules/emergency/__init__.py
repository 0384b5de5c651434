"""Emergency circuit breaker: flash-crash detection (stored candles and the live monitor), the
kill switch, alerts and notifications, liquidation and hedging."""

from __future__ import annotations

from fastapi import FastAPI

from app.modules.emergency.router import router


async def on_startup(app: FastAPI) -> None:
    from app.modules.emergency.deps import EVENT_LISTENER_KEY, MONITOR_KEY, settings_on
    from app.modules.emergency.event_rules import EventListener
    from app.modules.emergency.live import LiveMonitor
    from app.modules.emergency.protect import responder_protection
    from app.modules.emergency.respond import AlertResponder

    settings = settings_on(app.state)
    responder = AlertResponder(app, protect=responder_protection(settings))
    # Other modules' alerts (news, on-chain) act through the users' event rules.
    listener = EventListener(app, responder)
    setattr(app.state, EVENT_LISTENER_KEY, listener)
    await listener.start()
    if not settings.monitor_enabled:
        return
    monitor = LiveMonitor(app, settings, responder)
    setattr(app.state, MONITOR_KEY, monitor)
    await monitor.start()


async def on_shutdown(app: FastAPI) -> None:
    from app.modules.emergency.deps import EVENT_LISTENER_KEY, MONITOR_KEY, monitor_on

    listener = getattr(app.state, EVENT_LISTENER_KEY, None)
    if listener is not None:
        await listener.stop()
        setattr(app.state, EVENT_LISTENER_KEY, None)
    monitor = monitor_on(app.state)
    if monitor is not None:
        await monitor.stop()
        setattr(app.state, MONITOR_KEY, None)


__all__ = ["on_shutdown", "on_startup", "router"]
