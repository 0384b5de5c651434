"""Core jobs of the news module: polling one source, training the sentiment model."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from app.core.config import Settings, get_settings
from app.core.events import EventBus
from app.core.jobs import JobCancelled, JobContext, job_handler
from app.modules.news import service
from app.modules.news.config import NewsSettings, get_news_settings
from app.modules.news.cryptopanic import PROVIDER as CRYPTOPANIC
from app.modules.news.cryptopanic import CryptoPanicClient
from app.modules.news.errors import NewsSourceUnknown
from app.modules.news.feeds import fetch_feed
from app.modules.news.specs import NewsRawItem

log = logging.getLogger("kalkan.news.jobs")
POLL_JOB = "news.poll"
TRAIN_JOB = "news.train_sentiment"


class Runtime:
    """What the jobs of this process use: the app's bus and settings (set at start-up)."""

    bus: EventBus | None = None
    settings: Settings | None = None
    news: NewsSettings | None = None


runtime = Runtime()


def source_names(news: NewsSettings) -> list[str]:
    names = [CRYPTOPANIC] if news.cryptopanic_token else []
    return names + [f"rss:{feed.name}" for feed in news.feeds]


async def fetch_source(name: str, news: NewsSettings) -> list[NewsRawItem]:
    if name == CRYPTOPANIC and news.cryptopanic_token:
        async with CryptoPanicClient(news) as client:
            return await client.posts()
    for feed in news.feeds:
        if name == f"rss:{feed.name}":
            return await fetch_feed(feed, news)
    raise NewsSourceUnknown(f"source {name!r} is not configured; configured: {source_names(news)}")


@job_handler(POLL_JOB)
async def poll_job(ctx: JobContext) -> dict[str, Any]:
    settings = runtime.settings or get_settings()
    news = runtime.news or get_news_settings()
    name = str(ctx.params["source"])
    await ctx.progress(0.0, f"fetching {name}")
    items = await fetch_source(name, news)
    await ctx.progress(0.5, f"storing {len(items)} items")
    bus, own_bus = runtime.bus, None
    if bus is None and settings.redis_url:  # a `kalkan worker` process: publish through Redis
        from app.core.events import create_event_bus

        bus = own_bus = create_event_bus(settings.redis_url, settings.cache_namespace)
    try:
        async with ctx.db.session() as session:
            result = await service.store_items(
                session, settings, news, items, service.SHARED_SCOPE, bus
            )
    finally:
        if own_bus is not None:
            await own_bus.close()
    return {
        "source": name,
        "fetched": len(items),
        "stored": result.stored,
        "duplicates": result.duplicates,
        "alerts": len(result.alerts),
    }


@job_handler(TRAIN_JOB)
async def train_job(ctx: JobContext) -> dict[str, Any]:
    from app.modules.news.sentiment import model_row
    from app.modules.news.training import train_to_dict

    settings = runtime.settings or get_settings()
    params = dict(ctx.params)
    try:
        result = await ctx.run_process_tracked(
            train_to_dict,
            params["train_csv"],
            params.get("valid_csv"),
            str(settings.model_dir),
            params["config"],
            message="training the sentiment model",
        )
    except InterruptedError:
        raise JobCancelled from None

    class _Trained:
        version = result["version"]
        path = Path(result["path"])
        sha256 = result["sha256"]
        metrics = result["metrics"]
        params = result["params"]
        data = result["data"]

    async with ctx.db.session() as session:
        await service.register_model(session, model_row(_Trained, ctx.owner_id, settings.model_dir))
    return {k: result[k] for k in ("version", "sha256", "metrics")}


class PollSchedule:
    """Every ``poll_interval_seconds``, one ``news.poll`` job per configured source (the first
    process to count a hit in the interval's cache window submits it)."""

    def __init__(self, app: FastAPI, news: NewsSettings) -> None:
        self.app, self.news = app, news
        self._task: asyncio.Task[None] | None = None

    async def tick(self) -> list[str]:
        submitted = []
        for name in source_names(self.news):
            hits, _ = await self.app.state.cache.hit_window(
                f"lock:news-poll:{name}", self.news.poll_interval_seconds
            )
            if hits == 1:
                job = await self.app.state.jobs.submit(POLL_JOB, {"source": name}, None)
                submitted.append(job.id)
        return submitted

    async def _loop(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("news poll tick failed")
            await asyncio.sleep(self.news.poll_interval_seconds)

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="news-poll")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
