"""Aggregator service: cached, coalesced tickers and books per (exchange, symbol); listings.

Every quote goes through ``Cache.get_or_compute`` with a short TTL
(``APP_MARKET_CACHE_TTL_SECONDS``), so a burst of identical requests makes one upstream call per
process; a process-local copy in front of it spares hot quotes the Redis round trip until
their TTL runs out. Each successful fetch is also kept under a "last good" key with a long TTL;
with ``allow_stale`` a failing venue is answered from it, marked ``stale`` with its age.
No FastAPI imports here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.core.cache import Cache
from app.core.errors import AppError, invalid
from app.core.pagination import Page, PageRequest, decode_cursor, encode_cursor
from app.modules.exchanges.errors import (
    ExchangeRequestFailed,
    ExchangeUnavailable,
    MarketDataError,
)
from app.modules.exchanges.features import exchange_profile
from app.modules.exchanges.schemas import (
    BestQuote,
    DepthLimitOut,
    ExchangeFeatures,
    ExchangePrice,
    ExchangeQuoteError,
    ExchangeStatus,
    OrderBookOut,
    PriceOut,
    PricesOut,
)
from app.modules.exchanges.source_protocol import MarketDataSource, check_exchange
from app.modules.exchanges.types import OrderBookSnapshot, Ticker, ms_to_datetime

log = logging.getLogger(__name__)

LAST_GOOD_TTL = 24 * 3600.0
"""How long the last good value of a quote is kept for ``allow_stale`` (seconds)."""

LOCAL_MAX_ENTRIES = 10_000
_local: dict[str, tuple[float, dict[str, Any]]] = {}
"""Process-local copy of fresh quotes in front of the shared cache: a hot ticker costs no Redis
round trip until its TTL runs out (the shared cache still serves the other processes)."""

_STALE_OK = (ExchangeUnavailable, ExchangeRequestFailed)
"""Failures a stale value may paper over: the venue, not the request, is at fault."""


@dataclass(frozen=True, slots=True)
class QuoteContext:
    source: MarketDataSource
    cache: Cache
    ttl: float


def _iso(ms: int | None) -> datetime | None:
    return None if ms is None else ms_to_datetime(ms)


def _key(ctx: QuoteContext, kind: str, *parts: object) -> str:
    return ":".join(["exchanges", kind, str(ctx.source.source), *map(str, parts)])


async def _cached(
    ctx: QuoteContext,
    exchange: str,
    key: str,
    fetch: Callable[[], Awaitable[dict[str, Any]]],
    *,
    allow_stale: bool,
) -> tuple[dict[str, Any], float, bool]:
    """``(data, fetched_at, stale)`` for ``key``: cached, coalesced, or the last good value."""

    async def compute() -> dict[str, Any]:
        try:
            data = await fetch()
        except MarketDataError:
            raise
        except Exception as exc:  # a venue answer the parsers choked on: the venue's fault
            log.warning("%s: unexpected market-data failure", exchange, exc_info=True)
            raise ExchangeRequestFailed(exchange, f"{type(exc).__name__}: {exc}") from exc
        entry = {"data": data, "fetched_at": time.time()}
        await ctx.cache.set_json(f"{key}:last", entry, ttl=LAST_GOOD_TTL)
        return entry

    local_key = f"{ctx.cache.namespace}:{key}"
    hit = _local.get(local_key)
    if hit is not None and hit[0] > time.monotonic():
        return hit[1]["data"], hit[1]["fetched_at"], False
    try:
        entry = await ctx.cache.get_or_compute(key, ctx.ttl, compute)
    except MarketDataError as exc:
        if allow_stale and isinstance(exc, _STALE_OK):
            last = await ctx.cache.get_json(f"{key}:last")
            if last is not None:
                return last["data"], last["fetched_at"], True
        raise
    _remember(local_key, entry, ctx.ttl)
    return entry["data"], entry["fetched_at"], False


def _remember(key: str, entry: dict[str, Any], ttl: float) -> None:
    """Keep a fresh entry in process memory until ``fetched_at + ttl`` (never longer)."""
    expires = time.monotonic() + ttl - max(time.time() - entry["fetched_at"], 0.0)
    if expires <= time.monotonic():
        return
    if len(_local) >= LOCAL_MAX_ENTRIES:
        now = time.monotonic()
        for stale in [k for k, (until, _) in _local.items() if until <= now]:
            del _local[stale]
        if len(_local) >= LOCAL_MAX_ENTRIES:
            _local.clear()
    _local[key] = (expires, entry)


def _freshness(fetched_at: float, stale: bool) -> dict[str, Any]:
    return {
        "stale": stale,
        "age_seconds": max(time.time() - fetched_at, 0.0),
        "fetched_at": datetime.fromtimestamp(fetched_at, UTC),
    }


def _ticker_data(ticker: Ticker) -> dict[str, Any]:
    return {
        "exchange": ticker.exchange,
        "symbol": ticker.symbol,
        "source": str(ticker.source),
        "bid": ticker.bid,
        "ask": ticker.ask,
        "last": ticker.last,
        "timestamp": ticker.timestamp,
    }


async def get_price(
    ctx: QuoteContext, exchange: str, symbol: str, *, allow_stale: bool = False
) -> PriceOut:
    exchange = check_exchange(ctx.source, exchange)

    async def fetch() -> dict[str, Any]:
        return _ticker_data(await ctx.source.fetch_ticker(exchange, symbol))

    data, fetched_at, stale = await _cached(
        ctx, exchange, _key(ctx, "ticker", exchange, symbol), fetch, allow_stale=allow_stale
    )
    bid, ask = data["bid"], data["ask"]
    mid = (bid + ask) / 2 if bid is not None and ask is not None else None
    return PriceOut(
        **{**data, "timestamp": _iso(data["timestamp"])},
        mid=mid,
        spread_bps=(ask - bid) / mid * 1e4 if mid else None,
        **_freshness(fetched_at, stale),
    )


def _request_depth(source: MarketDataSource, exchange: str, depth: int, limit: Any) -> int:
    """Depth to ask the venue for: live venues only accept their documented sizes."""
    if str(source.source) != "live" or limit is None:
        return depth
    try:
        return int(limit.request_size(depth))
    except ValueError as exc:
        message = f"{exchange}: {exc}"
        raise invalid("query.depth", message, type="depth") from None


def _book_data(book: OrderBookSnapshot, depth: int) -> dict[str, Any]:
    return {
        "exchange": book.exchange,
        "symbol": book.symbol,
        "source": str(book.source),
        "timestamp": book.timestamp,
        "sequence": book.sequence,
        "bids": [list(level) for level in book.bids[:depth]],
        "asks": [list(level) for level in book.asks[:depth]],
    }


async def get_order_book(
    ctx: QuoteContext,
    exchange: str,
    symbol: str,
    depth: int,
    *,
    allow_stale: bool = False,
    clamp: bool = False,
) -> OrderBookOut:
    """The top ``depth`` levels; a live venue's documented depth limit applies (422 beyond it,
    or the venue's maximum with ``clamp``)."""
    exchange = check_exchange(ctx.source, exchange)
    limit = None
    if str(ctx.source.source) == "live":
        limit = (await exchange_profile(exchange)).depth
        if clamp and limit is not None:
            depth = min(depth, limit.max)
    request_depth = _request_depth(ctx.source, exchange, depth, limit)

    async def fetch() -> dict[str, Any]:
        book = await ctx.source.fetch_order_book(exchange, symbol, request_depth)
        return _book_data(book, depth)

    data, fetched_at, stale = await _cached(
        ctx, exchange, _key(ctx, "book", exchange, symbol, depth), fetch, allow_stale=allow_stale
    )
    bids, asks = data["bids"], data["asks"]
    return OrderBookOut(
        **{**data, "timestamp": _iso(data["timestamp"])},
        depth=depth,
        mid=(bids[0][0] + asks[0][0]) / 2 if bids and asks else None,
        spread=asks[0][0] - bids[0][0] if bids and asks else None,
        **_freshness(fetched_at, stale),
    )


async def get_prices(ctx: QuoteContext, symbol: str, *, allow_stale: bool = False) -> PricesOut:
    """Every enabled venue's price side by side; a failing venue is reported, not fatal."""
    exchanges = ctx.source.exchanges

    async def one(exchange: str) -> ExchangePrice:
        try:
            price = await get_price(ctx, exchange, symbol, allow_stale=allow_stale)
        except AppError as exc:
            error = ExchangeQuoteError(
                status=exc.status, title=exc.title, detail=exc.detail or exc.title
            )
            return ExchangePrice(exchange=exchange, ok=False, error=error)
        return ExchangePrice(exchange=exchange, ok=True, price=price)

    items = await asyncio.gather(*(one(exchange) for exchange in exchanges))
    bids = [(p.price.bid, p.exchange) for p in items if p.price and p.price.bid is not None]
    asks = [(p.price.ask, p.exchange) for p in items if p.price and p.price.ask is not None]
    best_bid = max(bids, default=None)
    best_ask = min(asks, default=None)
    cross = None
    if best_bid and best_ask:
        cross = (best_bid[0] - best_ask[0]) / best_ask[0] * 1e4
    return PricesOut(
        symbol=symbol,
        source=str(ctx.source.source),
        prices=list(items),
        best_bid=BestQuote(exchange=best_bid[1], price=best_bid[0]) if best_bid else None,
        best_ask=BestQuote(exchange=best_ask[1], price=best_ask[0]) if best_ask else None,
        cross_spread_bps=cross,
    )


_LISTING_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""Venues have no time of their own: the listing's cursor is (this, last id), in enabled order."""


def _page_of_exchanges(source: MarketDataSource, page: PageRequest) -> tuple[list[str], str | None]:
    enabled = source.exchanges
    start = 0
    if page.cursor is not None:
        _, after = decode_cursor(page.cursor)
        if after not in enabled:
            raise invalid("query.cursor", f"exchange {after!r} is no longer listed; start over")
        start = enabled.index(after) + 1
    chosen = enabled[start : start + page.limit]
    more = start + page.limit < len(enabled)
    return chosen, encode_cursor(_LISTING_EPOCH, chosen[-1]) if more and chosen else None


async def list_exchanges(source: MarketDataSource, page: PageRequest) -> Page[ExchangeStatus]:
    """Enabled venues with health, features, depth limits, fees and market counts (offline),
    in the configured order (the first is the streams' default)."""
    health = source.health()
    exchanges, next_cursor = _page_of_exchanges(source, page)
    profiles = await asyncio.gather(*(exchange_profile(exchange) for exchange in exchanges))
    result = []
    for exchange, profile in zip(exchanges, profiles, strict=True):
        state = health.get(exchange)
        depth = profile.depth
        result.append(
            ExchangeStatus(
                id=exchange,
                name=profile.name,
                status=str(state.state) if state else "unknown",
                source=str(source.source),
                consecutive_failures=state.consecutive_failures if state else 0,
                last_error=state.last_error if state else None,
                reconnects=state.reconnects if state else 0,
                features=ExchangeFeatures(
                    websocket=profile.websocket,
                    watch_order_book=profile.watch_order_book,
                    watch_trades=profile.watch_trades,
                    watch_ticker=profile.watch_ticker,
                    fetch_ohlcv=profile.fetch_ohlcv,
                ),
                order_book_depth=(
                    DepthLimitOut(
                        max=depth.max, allowed=list(depth.allowed) if depth.allowed else None
                    )
                    if depth
                    else None
                ),
                taker_fee=profile.taker_fee,
                maker_fee=profile.maker_fee,
                markets=source.market_count(exchange),
            )
        )
    return Page[ExchangeStatus](items=result, next_cursor=next_cursor)
