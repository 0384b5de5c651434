"""CryptoPanic and RSS/Atom clients against local servers speaking the providers' formats."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.modules.news.config import NewsFeed, NewsSettings
from app.modules.news.cryptopanic import CryptoPanicClient
from app.modules.news.errors import NewsProviderError, NewsProviderUnavailable
from app.modules.news.feeds import fetch_feed
from tests.local_servers import serve
from tests.modules.news.providers import CryptoPanicServer, FeedServer


def _settings(base: str, **values: object) -> NewsSettings:
    return NewsSettings(
        cryptopanic_base_url=f"{base}/api/developer/v2",
        cryptopanic_token="good-token",
        provider_min_interval=0,
        **values,  # type: ignore[arg-type]
    )


async def test_cryptopanic_pages_through_next_with_the_query() -> None:
    server = CryptoPanicServer()
    async with serve(server.app()) as base:
        settings = _settings(base, cryptopanic_currencies="BTC,eth", cryptopanic_filter="important")
        async with CryptoPanicClient(settings) as client:
            items = await client.posts()
    assert [i.source_item_id for i in items] == ["101", "102", "103"]
    first = server.requests[0]
    assert first == {
        "auth_token": "good-token",
        "public": "true",
        "currencies": "BTC,ETH",
        "filter": "important",
        "kind": "news",
    }
    assert server.requests[1]["page"] == "2"
    assert items[0].currencies == ["ETH"]
    assert items[0].published_at == datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert items[0].votes and items[0].votes["important"] == 1
    assert items[0].outlet == "cointelegraph.com"
    assert items[0].url.startswith("https://cryptopanic.com/news/101/")


async def test_cryptopanic_max_pages_stops_early() -> None:
    server = CryptoPanicServer()
    async with serve(server.app()) as base, CryptoPanicClient(_settings(base)) as client:
        items = await client.posts(max_pages=1)
    assert len(items) == 2 and len(server.requests) == 1


async def test_cryptopanic_retries_rate_limits() -> None:
    server = CryptoPanicServer(fail_first=2)
    async with serve(server.app()) as base, CryptoPanicClient(_settings(base)) as client:
        items = await client.posts(max_pages=1)
    assert len(items) == 2 and len(server.requests) == 3


async def test_cryptopanic_exhausted_rate_limit_is_503_with_retry_after() -> None:
    server = CryptoPanicServer(always_429=True)
    async with serve(server.app()) as base:
        client = CryptoPanicClient(_settings(base, provider_retries=2))
        with pytest.raises(NewsProviderUnavailable) as caught:
            await client.posts()
        await client.close()
    assert caught.value.status == 503
    assert "Retry-After" in caught.value.headers
    assert caught.value.extra["provider"] == "cryptopanic"
    assert len(server.requests) == 3


async def test_cryptopanic_bad_token_is_502_naming_the_provider() -> None:
    server = CryptoPanicServer(token="other")
    async with serve(server.app()) as base, CryptoPanicClient(_settings(base)) as client:
        with pytest.raises(NewsProviderError) as caught:
            await client.posts()
    assert caught.value.status == 502 and "Token not found" in str(caught.value.detail)
    assert len(server.requests) == 1  # not retried


async def test_cryptopanic_unreachable_is_503() -> None:
    settings = _settings("http://127.0.0.1:9", provider_retries=1)
    client = CryptoPanicClient(settings, sleep=_no_sleep)
    with pytest.raises(NewsProviderUnavailable):
        await client.posts()
    await client.close()


async def _no_sleep(_seconds: float) -> None:
    return None


async def test_rss_and_atom_feeds_parse() -> None:
    server = FeedServer(fail_first=1)
    async with serve(server.app()) as base:
        settings = NewsSettings(feeds=f"outlet={base}/rss,atomy={base}/atom")
        rss = await fetch_feed(settings.feeds[0], settings)
        atom = await fetch_feed(settings.feeds[1], settings)
    assert server.hits == 2  # the 503 was retried
    assert [i.title for i in rss] == [
        "Bitcoin ETF approved by the SEC!",
        "Lender halts withdrawals",
    ]
    assert rss[0].source == "rss:outlet"
    assert rss[0].currencies == ["BTC"] and rss[1].currencies == ["ETH"]
    assert rss[0].published_at == datetime(2024, 3, 1, 11, 5, tzinfo=UTC)
    assert rss[0].source_item_id == "outlet-1"
    assert rss[0].outlet == "Crypto Outlet"
    assert atom[0].url == "https://atom.example/sol-upgrade/"
    assert atom[0].currencies == ["SOL"]
    assert atom[0].published_at == datetime(2024, 3, 1, 8, 30, tzinfo=UTC)


async def test_a_page_that_is_not_a_feed_is_a_provider_error() -> None:
    async with serve(FeedServer().app()) as base:
        feed = NewsFeed(name="bad", url=f"{base}/broken")
        with pytest.raises(NewsProviderError):
            await fetch_feed(feed, NewsSettings())


def test_feed_setting_must_be_name_equals_url() -> None:
    with pytest.raises(ValueError):
        NewsSettings(feeds="just-a-url")
