"""News: sources (CryptoPanic, RSS/Atom, the user's own items), transformer sentiment,
entities, alerts on the event bus, news-driven signals and the event study."""

from __future__ import annotations

from fastapi import FastAPI

from app.modules.news.router import router


async def on_startup(app: FastAPI) -> None:
    """Bind the jobs of this process to the app's bus and settings; start the poll schedule
    when sources are configured (not in tests). The sentiment model is not loaded here: it
    loads on first use."""
    from app.modules.news.config import get_news_settings
    from app.modules.news.jobs import PollSchedule, runtime, source_names

    news = getattr(app.state, "news_settings", None) or get_news_settings()
    app.state.news_settings = news
    runtime.bus, runtime.settings, runtime.news = app.state.events, app.state.settings, news
    if news.poll_enabled and source_names(news) and app.state.settings.env != "test":
        schedule = PollSchedule(app, news)
        schedule.start()
        app.state.news_schedule = schedule


async def on_shutdown(app: FastAPI) -> None:
    schedule = getattr(app.state, "news_schedule", None)
    if schedule is not None:
        await schedule.stop()


__all__ = ["on_shutdown", "on_startup", "router"]
