"""CryptoPanic API client (``GET /posts/``): ``auth_token``, ``currencies``, ``filter``, ``kind``,
``public=true``; pages follow ``next``. Requests are spaced by a minimum interval; 429 and 5xx
are retried with backoff (``Retry-After`` honoured) through ``app.core.retry``; a bad token is a
502 naming the provider, exhausted retries a 503 with ``Retry-After``."""

from __future__ import annotations

import asyncio
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.core.retry import RetryPolicy, retry_async
from app.modules.news.config import NewsSettings
from app.modules.news.errors import NewsProviderError, NewsProviderUnavailable
from app.modules.news.specs import NewsRawItem

PROVIDER = "cryptopanic"
FILTERS = frozenset({"rising", "hot", "bullish", "bearish", "important", "saved", "lol"})


class _Retryable(Exception):
    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class CryptoPanicClient:
    def __init__(
        self,
        settings: NewsSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Any = asyncio.sleep,
    ) -> None:
        if not settings.cryptopanic_token:
            raise NewsProviderError(
                "CryptoPanic: no auth_token configured (APP_NEWS_CRYPTOPANIC_TOKEN)",
                provider=PROVIDER,
            )
        self.settings = settings
        self.base_url = settings.cryptopanic_base_url.rstrip("/")
        self.policy = RetryPolicy(max_retries=settings.provider_retries, base_delay=0.5)
        self._client = httpx.AsyncClient(timeout=settings.provider_timeout, transport=transport)
        self._sleep = sleep
        self._last_request = 0.0
        self._lock = asyncio.Lock()

    async def close(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> CryptoPanicClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    def _params(
        self, currencies: list[str] | None, filter: str | None, kind: str | None
    ) -> dict[str, str]:
        params = {"auth_token": self.settings.cryptopanic_token or "", "public": "true"}
        codes = currencies if currencies is not None else self.settings.cryptopanic_currencies
        if codes:
            params["currencies"] = ",".join(c.upper() for c in codes)
        chosen = filter if filter is not None else self.settings.cryptopanic_filter
        if chosen:
            if chosen not in FILTERS:
                raise ValueError(f"filter must be one of {sorted(FILTERS)}")
            params["filter"] = chosen
        kind = kind or self.settings.cryptopanic_kind
        if kind != "all":
            params["kind"] = kind
        return params

    async def _spaced(self) -> None:
        """Keep ``provider_min_interval`` between requests (the provider's rate limit)."""
        async with self._lock:
            wait = self._last_request + self.settings.provider_min_interval - time.monotonic()
            if wait > 0:
                await self._sleep(wait)
            self._last_request = time.monotonic()

    async def _get(self, url: str, params: dict[str, str] | None) -> dict[str, Any]:
        async def once() -> dict[str, Any]:
            await self._spaced()
            try:
                response = await self._client.get(url, params=params)
            except httpx.HTTPError as exc:
                raise _Retryable(f"{type(exc).__name__}: {exc}") from None
            if response.status_code == 429 or response.status_code >= 500:
                raise _Retryable(f"HTTP {response.status_code}", _retry_after(response))
            if response.status_code in (401, 403):
                raise NewsProviderError(
                    f"CryptoPanic refused the auth_token (HTTP {response.status_code}): "
                    f"{_info(response)}",
                    provider=PROVIDER,
                )
            if response.status_code >= 400:
                raise NewsProviderError(
                    f"CryptoPanic answered HTTP {response.status_code}: {_info(response)}",
                    provider=PROVIDER,
                )
            try:
                body = response.json()
            except ValueError:
                raise NewsProviderError(
                    "CryptoPanic answered with a body that is not JSON", provider=PROVIDER
                ) from None
            if not isinstance(body, dict) or not isinstance(body.get("results"), list):
                raise NewsProviderError("CryptoPanic answer has no results list", provider=PROVIDER)
            return body

        def delay_for(error: BaseException, attempt: int) -> float | None:
            after = getattr(error, "retry_after", None)
            return None if after is None else min(after, self.settings.provider_max_retry_after)

        try:
            return await retry_async(
                once,
                policy=self.policy,
                retry_on=(_Retryable,),
                delay_for=delay_for,
                sleep=self._sleep,
                label="cryptopanic",
            )
        except _Retryable as exc:
            retry = exc.retry_after or 60.0
            raise NewsProviderUnavailable(
                f"CryptoPanic unavailable after {self.policy.max_retries} retries ({exc})",
                provider=PROVIDER,
                headers={"Retry-After": str(int(retry))},
            ) from None

    def _same_origin(self, url: str) -> bool:
        a, b = urlsplit(url), urlsplit(self.base_url)
        return (a.scheme, a.netloc) == (b.scheme, b.netloc)

    async def posts(
        self,
        currencies: list[str] | None = None,
        filter: str | None = None,
        kind: str | None = None,
        max_pages: int | None = None,
    ) -> list[NewsRawItem]:
        """Posts, newest first, over up to ``max_pages`` pages (following ``next``)."""
        pages = max_pages or self.settings.cryptopanic_max_pages
        url: str | None = f"{self.base_url}/posts/"
        params: dict[str, str] | None = self._params(currencies, filter, kind)
        items: list[NewsRawItem] = []
        for _ in range(pages):
            if url is None:
                break
            body = await self._get(url, params)
            items.extend(item for item in map(parse_post, body["results"]) if item is not None)
            nxt = body.get("next")
            # ``next`` carries the query (token included): follow it only on the same origin
            url = nxt if isinstance(nxt, str) and nxt and self._same_origin(nxt) else None
            params = None
        return items


def _info(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        return str(body.get("info") or body.get("detail") or body.get("status") or body)[:200]
    return str(body)[:200]


def parse_post(post: Any) -> NewsRawItem | None:
    """One CryptoPanic post as a raw item (``None`` for one without title/URL/time)."""
    from pydantic import ValidationError

    if not isinstance(post, dict):
        return None
    source: dict[str, Any] = post["source"] if isinstance(post.get("source"), dict) else {}
    url = post.get("original_url") or post.get("url")
    if not url and post.get("slug") and post.get("id"):
        url = f"https://cryptopanic.com/news/{post['id']}/{post['slug']}"
    currencies = [
        str(c.get("code", "")).upper()
        for c in post.get("currencies") or []
        if isinstance(c, dict) and str(c.get("code", "")).isalnum() and len(str(c["code"])) <= 20
    ]
    votes = post.get("votes") if isinstance(post.get("votes"), dict) else None
    try:
        return NewsRawItem(
            source=PROVIDER,
            source_item_id=str(post["id"]) if post.get("id") is not None else None,
            url=str(url or ""),
            title=str(post.get("title") or "").strip()[:500],
            summary=(str(post["description"]) if post.get("description") else None),
            published_at=post.get("published_at") or post.get("created_at"),
            currencies=currencies[:50],
            votes={k: int(v) for k, v in votes.items() if isinstance(v, int)} if votes else None,
            outlet=(source.get("domain") or post.get("domain") or source.get("title")),
        )
    except (ValidationError, KeyError, TypeError, ValueError):
        return None
