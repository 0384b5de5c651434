"""RSS and Atom feeds of crypto outlets, fetched with httpx (retries through
``app.core.retry``) and parsed with feedparser. Categories that name a coin become the item's
tagged currencies."""

from __future__ import annotations

import asyncio
import calendar
from datetime import UTC, datetime
from typing import Any

import httpx

from app.core.retry import RetryPolicy, retry_async
from app.modules.news.config import NewsFeed, NewsSettings
from app.modules.news.errors import NewsProviderError, NewsProviderUnavailable
from app.modules.news.gazetteer import COINS
from app.modules.news.specs import NewsRawItem

_TICKERS = {coin.ticker for coin in COINS}
_NAMES = {name: coin.ticker for coin in COINS for name in coin.names}


class _Retryable(Exception):
    pass


def _tagged(entry: Any) -> list[str]:
    codes: dict[str, None] = {}
    for tag in entry.get("tags") or []:
        term = str(tag.get("term") or "").strip()
        if term.upper() in _TICKERS:
            codes[term.upper()] = None
        elif term.lower() in _NAMES:
            codes[_NAMES[term.lower()]] = None
    return list(codes)


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def parse_feed(name: str, content: bytes, fetched_at: datetime) -> list[NewsRawItem]:
    """Items of one RSS/Atom document (``source`` = ``rss:<name>``)."""
    import feedparser
    from pydantic import ValidationError

    parsed = feedparser.parse(content)
    if parsed.get("bozo") and not parsed.get("entries"):
        raise NewsProviderError(
            f"feed {name}: not an RSS/Atom document ({parsed.get('bozo_exception')})",
            provider=f"rss:{name}",
        )
    items: list[NewsRawItem] = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        title = " ".join(str(entry.get("title") or "").split())
        if not link or not title:
            continue
        summary = entry.get("summary") or None
        try:
            items.append(
                NewsRawItem(
                    source=f"rss:{name}",
                    source_item_id=(str(entry.get("id"))[:128] if entry.get("id") else None),
                    url=link,
                    title=title[:500],
                    summary=(str(summary)[:20_000] if summary else None),
                    published_at=_published(entry) or fetched_at,
                    currencies=_tagged(entry),
                    outlet=str(parsed.feed.get("title") or name)[:200],
                )
            )
        except ValidationError:
            continue
    return items


async def fetch_feed(
    feed: NewsFeed,
    settings: NewsSettings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Any = asyncio.sleep,
) -> list[NewsRawItem]:
    from app.core.timeutil import utcnow

    provider = f"rss:{feed.name}"
    policy = RetryPolicy(max_retries=settings.provider_retries, base_delay=0.5)
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml"}
    async with httpx.AsyncClient(
        timeout=settings.provider_timeout, transport=transport, follow_redirects=True
    ) as client:

        async def once() -> bytes:
            try:
                async with client.stream("GET", feed.url, headers=headers) as response:
                    if response.status_code == 429 or response.status_code >= 500:
                        raise _Retryable(f"HTTP {response.status_code}")
                    if response.status_code >= 400:
                        raise NewsProviderError(
                            f"feed {feed.name} answered HTTP {response.status_code}",
                            provider=provider,
                        )
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) > settings.feed_max_bytes:
                            raise NewsProviderError(
                                f"feed {feed.name} is larger than {settings.feed_max_bytes} bytes",
                                provider=provider,
                            )
                    return bytes(body)
            except httpx.HTTPError as exc:
                raise _Retryable(f"{type(exc).__name__}: {exc}") from None

        try:
            content = await retry_async(
                once, policy=policy, retry_on=(_Retryable,), sleep=sleep, label=provider
            )
        except _Retryable as exc:
            raise NewsProviderUnavailable(
                f"feed {feed.name} unavailable after {policy.max_retries} retries ({exc})",
                provider=provider,
                headers={"Retry-After": "60"},
            ) from None
    return parse_feed(feed.name, content, utcnow())
