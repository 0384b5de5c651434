"""Incremental candle download job: venue ``fetch_ohlcv`` pages → the database candles store.

The job resumes after the last candle already stored for (exchange, symbol, timeframe) in the
requested range, so re-running it fetches only what is new. Pages are imported through the
database module's own importer (as ccxt OHLCV JSON), so validation, partitioning and audit are the
same as for an uploaded file. Only closed candles are stored; progress is reported per page and
the job stops between pages when cancelled.
"""

from __future__ import annotations

import time
import weakref
from datetime import datetime
from typing import Any

import orjson

from app.core.jobs import Job, JobContext, JobRunner, job_handler
from app.core.params import timeframe_param
from app.core.timeframes import TIMEFRAME_MS
from app.modules.database.public import import_candle_file, latest_candle_time
from app.modules.exchanges.schemas import CandleDownloadIn
from app.modules.exchanges.source_factory import build_from_settings
from app.modules.exchanges.source_protocol import MarketDataSource, check_exchange
from app.modules.exchanges.types import Candle, ms_to_datetime

KIND = "exchanges.candles_download"

_sources: weakref.WeakKeyDictionary[JobRunner, MarketDataSource] = weakref.WeakKeyDictionary()
_worker_source: MarketDataSource | None = None


def bind_source(runner: JobRunner, source: MarketDataSource) -> None:
    """Jobs run by ``runner`` in this process use the API's own market-data source."""
    _sources[runner] = source


def _source_for(ctx: JobContext) -> MarketDataSource:
    global _worker_source
    source = _sources.get(ctx.runner)
    if source is not None:
        return source
    if _worker_source is None:  # a separate worker process: build one from its settings
        from app.core.config import get_settings

        _worker_source = build_from_settings(get_settings())
    return _worker_source


def _ms(value: datetime) -> int:
    return int(value.timestamp() * 1000)


def _ohlcv_json(candles: list[Candle]) -> bytes:
    return orjson.dumps([[c.timestamp, c.open, c.high, c.low, c.close, c.volume] for c in candles])


async def start_download(
    jobs: JobRunner, source: MarketDataSource, body: CandleDownloadIn, owner_id: int
) -> Job:
    """Check the request against ``source`` and queue the download job."""
    exchange = check_exchange(source, body.exchange)
    timeframe_param(body.timeframe, "body.timeframe")
    bind_source(jobs, source)
    params = {
        "exchange": exchange,
        "symbol": body.symbol,
        "timeframe": body.timeframe,
        "since_ms": _ms(body.since) if body.since else None,
        "until_ms": _ms(body.until) if body.until else None,
        "max_candles": body.max_candles,
        "page_size": body.page_size,
    }
    return await jobs.submit(KIND, params, owner_id)


@job_handler(KIND)
async def download_candles(ctx: JobContext) -> dict[str, Any]:
    p = ctx.params
    exchange, symbol, timeframe = p["exchange"], p["symbol"], p["timeframe"]
    step = TIMEFRAME_MS[timeframe]
    max_candles, page_size = int(p["max_candles"]), int(p["page_size"])
    now = int(time.time() * 1000)
    until = min(p.get("until_ms") or now, now)
    until -= until % step  # only candles that have closed
    since = p.get("since_ms") or until - max_candles * step
    since += -since % step
    source = _source_for(ctx)

    async with ctx.db.session() as session:
        last = await latest_candle_time(
            session,
            exchange,
            symbol,
            timeframe,
            start=ms_to_datetime(since),
            end=ms_to_datetime(until),
        )
    start = since if last is None else _ms(last) + step
    cursor, fetched, inserted, pages = start, 0, 0, 0
    span = max(until - start, 1)
    await ctx.progress(
        0.0, f"fetching {exchange} {symbol} {timeframe} from {ms_to_datetime(start)}"
    )
    while cursor < until and fetched < max_candles:
        await ctx.check_cancelled()
        limit = min(page_size, max_candles - fetched, -(-(until - cursor) // step))
        page = await source.fetch_ohlcv(exchange, symbol, timeframe, since=cursor, limit=limit)
        page = [c for c in page if cursor <= c.timestamp < until and c.closed]
        if not page:
            break  # the venue has nothing after ``cursor``
        async with ctx.db.session() as session:
            result = await import_candle_file(
                session, ctx.owner_id, _ohlcv_json(page), exchange, symbol, timeframe
            )
        fetched += len(page)
        inserted += result.inserted
        pages += 1
        cursor = page[-1].timestamp + step
        await ctx.progress(
            min((cursor - start) / span, 0.999), f"{fetched} candles fetched, {inserted} new"
        )
    await ctx.progress(1.0, f"done: {fetched} candles fetched, {inserted} new")
    return {
        "exchange": exchange,
        "symbol": symbol,
        "timeframe": timeframe,
        "source": str(source.source),
        "requested_from": ms_to_datetime(since).isoformat(),
        "resumed_from": ms_to_datetime(start).isoformat(),
        "until": ms_to_datetime(until).isoformat(),
        "last_stored_before": last.isoformat() if last is not None else None,
        "fetched": fetched,
        "inserted": inserted,
        "pages": pages,
        "last_candle": ms_to_datetime(cursor - step).isoformat() if fetched else None,
        "complete": cursor >= until,
    }
