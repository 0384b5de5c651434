"""Local servers answering like the news providers: CryptoPanic's ``/posts/`` JSON (documented
fields: count, next, previous, results[kind, domain, source, title, published_at, slug, id,
url, created_at, votes, currencies]) and RSS 2.0 / Atom 1.0 feeds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def post(i: int, title: str, currencies: list[str], published: str, **extra: Any) -> dict[str, Any]:
    return {
        "kind": "news",
        "domain": "cointelegraph.com",
        "source": {
            "title": "Cointelegraph",
            "region": "en",
            "domain": "cointelegraph.com",
            "path": None,
        },
        "title": title,
        "published_at": published,
        "slug": title.replace(" ", "-")[:40],
        "id": i,
        "url": f"https://cryptopanic.com/news/{i}/{title.replace(' ', '-')[:40]}",
        "created_at": published,
        "votes": {
            "negative": 0,
            "positive": 2,
            "important": 1,
            "liked": 0,
            "disliked": 0,
            "lol": 0,
            "toxic": 0,
            "saved": 0,
            "comments": 0,
        },
        "currencies": [
            {
                "code": c,
                "title": c,
                "slug": c.lower(),
                "url": f"https://cryptopanic.com/news/{c.lower()}/",
            }
            for c in currencies
        ],
        **extra,
    }


PAGE1 = [
    post(101, "Exchange hacked, $200M in ETH drained", ["ETH"], "2024-03-01T12:00:00Z"),
    post(102, "Bitcoin ETF approved by the SEC", ["BTC"], "2024-03-01T11:00:00Z"),
]
PAGE2 = [post(103, "Solana network suffers an outage", ["SOL"], "2024-03-01T10:00:00Z")]


@dataclass
class CryptoPanicServer:
    token: str = "good-token"
    fail_first: int = 0  # answer 429 this many times first
    always_429: bool = False
    requests: list[dict[str, str]] = field(default_factory=list)

    def app(self) -> Starlette:
        async def posts(request: Request) -> Response:
            query = dict(request.query_params)
            self.requests.append(query)
            if query.get("auth_token") != self.token:
                return JSONResponse({"status": "Incomplete", "info": "Token not found"}, 401)
            if self.always_429 or self.fail_first > 0:
                self.fail_first -= 1
                return JSONResponse({"status": "rate limited"}, 429, headers={"Retry-After": "0"})
            base = f"{request.url.scheme}://{request.url.netloc}{request.url.path}"
            if query.get("page") == "2":
                return JSONResponse({"count": 3, "next": None, "previous": base, "results": PAGE2})
            nxt = f"{base}?auth_token={self.token}&public=true&page=2"
            return JSONResponse({"count": 3, "next": nxt, "previous": None, "results": PAGE1})

        return Starlette(routes=[Route("/api/developer/v2/posts/", posts)])


RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Crypto Outlet</title><link>https://outlet.example/</link><description>news</description>
<item><title>Bitcoin ETF approved by the SEC!</title>
<link>https://outlet.example/btc-etf?utm_source=rss</link>
<guid>outlet-1</guid><pubDate>Fri, 01 Mar 2024 11:05:00 GMT</pubDate>
<category>Bitcoin</category><category>Regulation</category>
<description>&lt;p&gt;The SEC approved spot bitcoin ETFs.&lt;/p&gt;</description></item>
<item><title>Lender halts withdrawals</title><link>https://outlet.example/lender</link>
<pubDate>Fri, 01 Mar 2024 09:00:00 GMT</pubDate><category>ETH</category></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Outlet</title><id>urn:atom-outlet</id><updated>2024-03-01T12:00:00Z</updated>
<entry><title>Solana validators ship upgrade</title><id>urn:atom-1</id>
<link href="https://atom.example/sol-upgrade/"/><updated>2024-03-01T08:30:00Z</updated>
<category term="SOL"/><summary>Upgrade shipped.</summary></entry>
</feed>"""


@dataclass
class FeedServer:
    fail_first: int = 0
    hits: int = 0

    def app(self) -> Starlette:
        async def rss(request: Request) -> Response:
            self.hits += 1
            if self.fail_first > 0:
                self.fail_first -= 1
                return Response("busy", 503)
            return Response(RSS, media_type="application/rss+xml")

        async def atom(request: Request) -> Response:
            return Response(ATOM, media_type="application/atom+xml")

        async def broken(request: Request) -> Response:
            return Response(b"<html>not a feed", media_type="text/html")

        return Starlette(
            routes=[Route("/rss", rss), Route("/atom", atom), Route("/broken", broken)]
        )
