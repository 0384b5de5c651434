"""News domain logic: storing items once, analysing them, listing, alerts on the event bus,
news-driven signals and the event study. Takes a session; commits here."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core import policy
from app.core.config import Settings
from app.core.events import EventBus, publish_alert
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.core.principals import Principal
from app.core.timeframes import TIMEFRAME_MS
from app.core.timeutil import as_utc, utcnow
from app.modules.news import dedupe
from app.modules.news.analysis import analyze_sync
from app.modules.news.config import NewsSettings
from app.modules.news.errors import NewsArticleNotFound, NewsModelMissing, NewsNotEnoughData
from app.modules.news.events_classify import HIGH_IMPORTANCE_EVENTS
from app.modules.news.models import NewsAlert, NewsArticle, NewsArticleTag, NewsModel, NewsWatch
from app.modules.news.schemas import (
    NewsAlertOut,
    NewsAnalyzeResponse,
    NewsAnalyzeResult,
    NewsArticleOut,
    NewsEventStudyRequest,
    NewsEventStudyResponse,
    NewsEventStudyRow,
    NewsIngestResponse,
    NewsModelOut,
    NewsSignal,
    NewsSourceRef,
    NewsStrategyRequest,
    NewsStrategyResponse,
)
from app.modules.news.sentiment import LoadedSentiment, active_model, get_loaded, is_loaded
from app.modules.news.sentiment_spec import MODEL_KIND
from app.modules.news.specs import NewsAlertEvent, NewsAnalysis, NewsRawItem

log = logging.getLogger("kalkan.news")
SHARED_SCOPE = 0
MAX_DUPLICATE_CANDIDATES = 5000


# --- the model --------------------------------------------------------------------------


async def load_model(
    session: AsyncSession, settings: Settings, news: NewsSettings
) -> LoadedSentiment:
    ref = await active_model(session, settings.model_dir)
    return await asyncio.to_thread(get_loaded, ref, news.torch_threads)


async def load_model_or_none(
    session: AsyncSession, settings: Settings, news: NewsSettings
) -> LoadedSentiment | None:
    try:
        return await load_model(session, settings, news)
    except NewsModelMissing:
        return None


async def analyze_texts(
    session: AsyncSession, settings: Settings, news: NewsSettings, texts: list[str]
) -> NewsAnalyzeResponse:
    model = await load_model(session, settings, news)
    results = await asyncio.to_thread(
        analyze_sync, model, texts, quote=news.quote, batch_size=news.inference_batch_size
    )
    return NewsAnalyzeResponse(
        items=[
            NewsAnalyzeResult(text=text[:200], **result.model_dump())
            for text, result in zip(texts, results, strict=True)
        ],
        model_version=model.ref.version,
    )


async def register_model(session: AsyncSession, row: NewsModel) -> NewsModel:
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return row


async def current_model(session: AsyncSession, settings: Settings) -> NewsModelOut:
    ref = await active_model(session, settings.model_dir)
    row = (
        await session.execute(
            select(NewsModel).where(
                col(NewsModel.kind) == MODEL_KIND, col(NewsModel.version) == ref.version
            )
        )
    ).scalar_one()
    return NewsModelOut(
        kind=row.kind,
        version=row.version,
        sha256=row.sha256,
        created_at=row.created_at,
        params=row.params,
        metrics=row.metrics,
        loaded=is_loaded(),
    )


# --- storing ------------------------------------------------------------------------------


@dataclass
class StoreResult:
    stored: int
    duplicates: int
    article_ids: list[int]
    alerts: list[NewsAlertEvent]
    analysed: bool


def _codes(analysis: NewsAnalysis, tagged: Sequence[str]) -> list[str]:
    codes = dict.fromkeys(c.upper() for c in tagged)
    codes.update(dict.fromkeys(s.split("/")[0] for s in analysis.symbols))
    return [c for c in codes if c][:60]


async def _find_duplicate(
    session: AsyncSession,
    scope: int,
    item: NewsRawItem,
    key: str,
    words: frozenset[str],
    news: NewsSettings,
) -> NewsArticle | None:
    same_url = (
        await session.execute(
            select(NewsArticle).where(
                col(NewsArticle.scope_id) == scope, col(NewsArticle.url_key) == key
            )
        )
    ).scalar_one_or_none()
    if same_url is not None:
        return same_url
    window = timedelta(hours=news.duplicate_window_hours)
    published = as_utc(item.published_at)
    candidates = (
        await session.execute(
            select(col(NewsArticle.id), col(NewsArticle.title_key))
            .where(
                col(NewsArticle.scope_id) == scope,
                col(NewsArticle.published_at) >= published - window,
                col(NewsArticle.published_at) <= published + window,
            )
            .limit(MAX_DUPLICATE_CANDIDATES)
        )
    ).all()
    best: tuple[float, int | None] | None = None
    for article_id, stored_key in candidates:
        score = dedupe.jaccard(words, frozenset(stored_key.split()))
        if score >= news.duplicate_jaccard and (best is None or score > best[0]):
            best = (score, article_id)
    return await session.get(NewsArticle, best[1]) if best else None


def _is_critical(analysis: NewsAnalysis, news: NewsSettings) -> bool:
    return bool(
        analysis.sentiment in ("bearish", "bullish")
        and analysis.confidence is not None
        and analysis.confidence >= policy.min_confidence()
        and analysis.event_type in HIGH_IMPORTANCE_EVENTS
        and analysis.importance >= news.alert_min_importance
        and analysis.symbols
    )


async def store_items(
    session: AsyncSession,
    settings: Settings,
    news: NewsSettings,
    items: Sequence[NewsRawItem],
    scope: int,
    bus: EventBus | None,
) -> StoreResult:
    """Store each item once (analysed), merging duplicates; publishes alerts after commit."""
    model = await load_model_or_none(session, settings, news)
    analyses = await asyncio.to_thread(
        analyze_sync,
        model,
        [item.title for item in items],
        quote=news.quote,
        tagged=[item.currencies for item in items],
        votes=[item.votes for item in items],
        batch_size=news.inference_batch_size,
    )
    ids: list[int] = []
    stored = duplicates = 0
    pending: list[NewsAlert] = []
    now = utcnow()
    for item, analysis in zip(items, analyses, strict=True):
        key = dedupe.url_key(item.url)
        words = dedupe.title_words(item.title)
        seen = {"source": item.source, "url": item.url, "seen_at": now.isoformat()}
        duplicate = await _find_duplicate(session, scope, item, key, words, news)
        if duplicate is not None:
            duplicates += 1
            if not any(
                s["source"] == item.source and s["url"] == item.url for s in duplicate.sources
            ):
                duplicate.sources = [*duplicate.sources, seen]
            merged = dict.fromkeys([*duplicate.tagged_currencies, *item.currencies])
            duplicate.tagged_currencies = list(merged)[:50]
            assert duplicate.id is not None
            ids.append(duplicate.id)
            await session.flush()
            continue
        article = NewsArticle(
            scope_id=scope,
            source=item.source,
            source_item_id=item.source_item_id,
            url=item.url,
            canonical_url=dedupe.canonical_url(item.url)[:2000],
            url_key=key,
            title=item.title,
            title_key=dedupe.title_key(item.title),
            summary=item.summary,
            published_at=as_utc(item.published_at),
            ingested_at=now,
            tagged_currencies=[c.upper() for c in item.currencies],
            sources=[seen],
            votes=item.votes,
            sentiment=analysis.sentiment,
            probabilities=analysis.probabilities,
            confidence=analysis.confidence,
            symbols=analysis.symbols,
            entities=[e.model_dump() for e in analysis.entities],
            event_type=analysis.event_type,
            event_types=list(analysis.event_types),
            importance=analysis.importance,
            model_version=analysis.model_version,
        )
        session.add(article)
        await session.flush()
        assert article.id is not None
        ids.append(article.id)
        stored += 1
        for code in _codes(analysis, item.currencies):
            session.add(NewsArticleTag(article_id=article.id, code=code))
        if _is_critical(analysis, news):
            for symbol in analysis.symbols:
                alert = NewsAlert(
                    article_id=article.id,
                    scope_id=scope,
                    symbol=symbol,
                    event_type=str(analysis.event_type),
                    sentiment=str(analysis.sentiment),
                    confidence=float(analysis.confidence or 0),
                    importance=analysis.importance,
                    title=item.title,
                    url=item.url,
                    published_at=article.published_at,
                )
                session.add(alert)
                pending.append(alert)
        await session.flush()
    await session.commit()
    events = [alert_event(alert) for alert in pending]
    if bus is not None:
        for event in events:
            body = {"event": "news.critical", **event.model_dump(mode="json")}
            # scope 0 is shared news: an alert for every user; else the ingesting user's only.
            owner = event.scope_id or None
            await publish_alert(bus, source="news", user_id=owner, alert=body)
    return StoreResult(stored, duplicates, ids, events, model is not None)


def alert_event(alert: NewsAlert) -> NewsAlertEvent:
    assert alert.id is not None
    return NewsAlertEvent(
        alert_id=alert.id,
        article_id=alert.article_id,
        scope_id=alert.scope_id,
        symbol=alert.symbol,
        event_type=alert.event_type,
        sentiment=alert.sentiment,
        confidence=alert.confidence,
        importance=alert.importance,
        direction="negative" if alert.sentiment == "bearish" else "positive",
        title=alert.title,
        url=alert.url,
        published_at=alert.published_at,
    )


def ingest_response(result: StoreResult) -> NewsIngestResponse:
    return NewsIngestResponse(
        stored=result.stored,
        duplicates=result.duplicates,
        article_ids=result.article_ids,
        analysed=result.analysed,
    )


# --- reading ------------------------------------------------------------------------------


def _visible(user: Principal) -> Any:
    return or_(col(NewsArticle.scope_id) == SHARED_SCOPE, col(NewsArticle.scope_id) == user.user_id)


def article_out(row: NewsArticle) -> NewsArticleOut:
    from app.modules.news.events_classify import importance_level
    from app.modules.news.specs import NewsEntity

    assert row.id is not None
    return NewsArticleOut(
        id=row.id,
        source=row.source,
        url=row.url,
        title=row.title,
        summary=row.summary,
        published_at=row.published_at,
        ingested_at=row.ingested_at,
        tagged_currencies=row.tagged_currencies,
        sources=[NewsSourceRef.model_validate(s) for s in row.sources],
        private=row.scope_id != SHARED_SCOPE,
        analysis=NewsAnalysis(
            sentiment=row.sentiment,
            probabilities=row.probabilities,
            confidence=row.confidence,
            entities=[NewsEntity.model_validate(e) for e in row.entities],
            symbols=row.symbols,
            event_type=row.event_type,
            event_types=row.event_types,
            importance=row.importance,
            importance_level=importance_level(row.importance),
            model_version=row.model_version,
        ),
    )


@dataclass(frozen=True)
class LatestFilter:
    currency: str | None = None
    source: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    sentiment: str | None = None
    min_importance: float | None = None
    event_type: str | None = None


def currency_code(raw: str) -> str:
    """``BTC``, ``btc``, ``BTC/USDT`` or ``BTC-USDT`` → ``BTC``."""
    return raw.strip().upper().replace("-", "/").split("/")[0]


async def latest(
    session: AsyncSession, user: Principal, filters: LatestFilter, page: PageRequest
) -> tuple[list[NewsArticleOut], str | None]:
    query = select(NewsArticle).where(_visible(user))
    if filters.currency:
        query = query.where(
            exists().where(
                and_(
                    col(NewsArticleTag.article_id) == col(NewsArticle.id),
                    col(NewsArticleTag.code) == currency_code(filters.currency),
                )
            )
        )
    if filters.source:
        query = query.where(col(NewsArticle.source) == filters.source)
    if filters.start:
        query = query.where(col(NewsArticle.published_at) >= filters.start)
    if filters.end:
        query = query.where(col(NewsArticle.published_at) < filters.end)
    if filters.sentiment:
        query = query.where(col(NewsArticle.sentiment) == filters.sentiment)
    if filters.min_importance is not None:
        query = query.where(col(NewsArticle.importance) >= filters.min_importance)
    if filters.event_type:
        query = query.where(col(NewsArticle.event_type) == filters.event_type)
    query = newest_first(query, col(NewsArticle.published_at), col(NewsArticle.id), page)
    rows = list((await session.execute(query)).scalars().all())
    cursor = next_cursor_of(rows, page.limit, lambda r: (r.published_at, int(r.id or 0)))
    return [article_out(r) for r in rows[: page.limit]], cursor


async def get_article(session: AsyncSession, user: Principal, article_id: int) -> NewsArticleOut:
    row = await session.get(NewsArticle, article_id)
    if row is None or row.scope_id not in (SHARED_SCOPE, user.user_id):
        raise NewsArticleNotFound(f"article {article_id} not found")
    return article_out(row)


# --- watchlist and alerts -------------------------------------------------------------------


async def watchlist(session: AsyncSession, user_id: int) -> list[str]:
    rows = await session.execute(
        select(col(NewsWatch.symbol))
        .where(col(NewsWatch.user_id) == user_id)
        .order_by(col(NewsWatch.symbol))
    )
    return list(rows.scalars().all())


async def set_watchlist(session: AsyncSession, user_id: int, symbols: list[str]) -> list[str]:
    from sqlalchemy import delete

    await session.execute(delete(NewsWatch).where(col(NewsWatch.user_id) == user_id))
    for symbol in dict.fromkeys(symbols):
        session.add(NewsWatch(user_id=user_id, symbol=symbol))
    await session.commit()
    return await watchlist(session, user_id)


async def held_symbols(session: AsyncSession, user_id: int) -> list[str]:
    """Symbols of the user's open paper positions (empty when the portfolio module is off)."""
    try:
        from app.modules.portfolio import public as portfolio
    except ImportError:  # pragma: no cover - module switched off at build time
        return []
    try:
        positions = await portfolio.positions(session, user_id)
    except Exception:  # no account yet, or the module's tables are absent
        log.debug("no positions for user %s", user_id, exc_info=True)
        return []
    return [p.symbol for p in positions]


async def alerts(
    session: AsyncSession,
    user: Principal,
    symbols: list[str] | None,
    start: datetime | None,
    end: datetime | None,
    page: PageRequest,
) -> tuple[list[NewsAlertOut], str | None]:
    wanted = symbols or sorted(
        set(await watchlist(session, user.user_id)) | set(await held_symbols(session, user.user_id))
    )
    if not wanted:
        return [], None
    query = select(NewsAlert).where(
        col(NewsAlert.symbol).in_(wanted),
        or_(col(NewsAlert.scope_id) == SHARED_SCOPE, col(NewsAlert.scope_id) == user.user_id),
    )
    if start:
        query = query.where(col(NewsAlert.published_at) >= start)
    if end:
        query = query.where(col(NewsAlert.published_at) < end)
    query = newest_first(query, col(NewsAlert.published_at), col(NewsAlert.id), page)
    rows = list((await session.execute(query)).scalars().all())
    cursor = next_cursor_of(rows, page.limit, lambda r: (r.published_at, int(r.id or 0)))
    return [NewsAlertOut(**alert_event(r).model_dump()) for r in rows[: page.limit]], cursor


async def confirm_alerts(items: list[NewsAlertOut], source: Any, exchange: str) -> None:
    """The move since publication: the open of the 1h bar holding the publication time to the
    current last price (``exchanges.public`` source); confirmed when it has the news' sign."""
    for item in items:
        try:
            hour = int(item.published_at.timestamp() // 3600 * 3600 * 1000)
            candles = await source.fetch_ohlcv(exchange, item.symbol, "1h", since=hour, limit=1)
            ticker = await source.fetch_ticker(exchange, item.symbol)
        except Exception as exc:  # an unreachable exchange leaves the alert unconfirmed
            log.info("alert confirmation failed: %s", exc)
            continue
        if not candles or not candles[0].open or ticker.last is None:
            continue
        move = ticker.last / candles[0].open - 1
        item.price_move = round(move, 8)
        item.confirmed = move < 0 if item.direction == "negative" else move > 0


# --- strategy and event study ----------------------------------------------------------------


def _atr(highs: list[float], lows: list[float], closes: list[float], period: int) -> float | None:
    if len(closes) < period + 1:
        return None
    ranges = [
        max(highs[i] - lows[i], abs(highs[i] - closes[i - 1]), abs(lows[i] - closes[i - 1]))
        for i in range(len(closes) - period, len(closes))
    ]
    return sum(ranges) / period


async def strategy(
    session: AsyncSession, user: Principal, body: NewsStrategyRequest
) -> NewsStrategyResponse:
    from app.modules.database import public as database

    at = as_utc(body.at) if body.at else utcnow()
    window_start = at - timedelta(hours=body.window_hours)
    floor = policy.min_confidence()
    signals: list[NewsSignal] = []
    for symbol in body.symbols:
        code = currency_code(symbol)
        rows = (
            (
                await session.execute(
                    select(NewsArticle).where(
                        _visible(user),
                        col(NewsArticle.sentiment).is_not(None),
                        col(NewsArticle.published_at) > window_start,
                        col(NewsArticle.published_at) <= at,
                        exists().where(
                            and_(
                                col(NewsArticle.id) == col(NewsArticleTag.article_id),
                                col(NewsArticleTag.code) == code,
                            )
                        ),
                    )
                )
            )
            .scalars()
            .all()
        )
        total = score = 0.0
        p_bull = p_bear = 0.0
        for row in rows:
            age_h = (at - row.published_at).total_seconds() / 3600
            weight = body.source_weights.get(row.source, 1.0) * 0.5 ** (
                age_h / body.half_life_hours
            )
            probs = row.probabilities or {}
            total += weight
            p_bull += weight * probs.get("bullish", 0.0)
            p_bear += weight * probs.get("bearish", 0.0)
        if total > 0:
            p_bull, p_bear = p_bull / total, p_bear / total
            score = p_bull - p_bear
        side = "BUY" if score > 0 else "SELL" if score < 0 else "HOLD"
        confidence = p_bull if side == "BUY" else p_bear if side == "SELL" else 0.0
        signal = NewsSignal(
            symbol=symbol,
            side="HOLD",
            confidence=round(confidence, 6),
            score=round(score, 6),
            items=len(rows),
            price=None,
            stop_loss=None,
            atr=None,
            reason="",
        )
        if len(rows) < body.min_items:
            signal.reason = (
                f"{len(rows)} analysed items in the window; min_items is {body.min_items}"
            )
        elif side == "HOLD":
            signal.reason = "bullish and bearish weight cancel out"
        elif confidence < floor:
            signal.reason = (
                f"{side} confidence {confidence:.3f} is below {floor:g}: HOLD (white-hat rule)"
            )
        else:
            bar = timedelta(milliseconds=TIMEFRAME_MS[body.timeframe])
            candles = await database.load_candles(
                session,
                body.exchange,
                symbol,
                body.timeframe,
                start=at - bar * (body.atr_period * 3 + 2),
                end=at + bar,
                user_id=user.user_id,
            )
            atr = _atr(
                [c.high for c in candles],
                [c.low for c in candles],
                [c.close for c in candles],
                body.atr_period,
            )
            if atr is None or not candles:
                signal.reason = (
                    f"{side} but fewer than {body.atr_period + 1} {body.timeframe} candles of "
                    f"{body.exchange} {symbol} for a volatility stop-loss: HOLD (stop-loss rule)"
                )
            else:
                price = candles[-1].close
                stop = (
                    price - body.atr_multiplier * atr
                    if side == "BUY"
                    else price + body.atr_multiplier * atr
                )
                if stop <= 0:
                    signal.reason = "volatility stop-loss would be at or below zero: HOLD"
                else:
                    policy.check_signal(side, price, confidence, stop, 1.0)
                    signal.side = side  # type: ignore[assignment]
                    signal.price, signal.stop_loss, signal.atr = price, round(stop, 8), atr
                    label = "bullish" if side == "BUY" else "bearish"
                    signal.reason = (
                        f"{len(rows)} items, weighted P({label}) {confidence:.3f} ≥ {floor:g}; "
                        f"stop {body.atr_multiplier:g}×ATR{body.atr_period}"
                    )
                    if body.save:
                        saved = await database.save_signals(
                            session,
                            user.user_id,
                            [
                                {
                                    "symbol": symbol,
                                    "side": side,
                                    "price": price,
                                    "confidence": confidence,
                                    "stop_loss": signal.stop_loss,
                                    "timeframe": body.timeframe,
                                    "strategy": "news-sentiment",
                                    "metadata": {"items": len(rows), "score": round(score, 6)},
                                }
                            ],
                        )
                        signal.saved_signal_id = saved[0].id
        signals.append(signal)
    return NewsStrategyResponse(at=at, signals=signals)


def mean_ci(values: list[float], level: float = 0.95) -> tuple[float, float, float, float | None]:
    """Mean, t-interval (low, high) and t statistic of ``values``."""
    from scipy import stats

    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, mean, mean, None
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    half = float(stats.t.ppf(0.5 + level / 2, n - 1)) * sd / math.sqrt(n)
    t_stat = mean / (sd / math.sqrt(n)) if sd > 0 else None
    return mean, mean - half, mean + half, t_stat


async def event_study(
    session: AsyncSession, user: Principal, body: NewsEventStudyRequest
) -> NewsEventStudyResponse:
    """Average return after bullish / bearish items at several horizons (bars): entry at the
    open of the first bar starting at or after publication, exit at the close ``h`` bars on."""
    from app.modules.database import public as database

    code = currency_code(body.symbol)
    query = select(NewsArticle).where(
        _visible(user),
        col(NewsArticle.sentiment).in_(("bullish", "bearish")),
        col(NewsArticle.confidence) >= body.min_confidence,
        exists().where(
            and_(
                col(NewsArticle.id) == col(NewsArticleTag.article_id),
                col(NewsArticleTag.code) == code,
            )
        ),
    )
    if body.start:
        query = query.where(col(NewsArticle.published_at) >= body.start)
    if body.end:
        query = query.where(col(NewsArticle.published_at) < body.end)
    rows = list(
        (await session.execute(query.order_by(col(NewsArticle.published_at)))).scalars().all()
    )
    if not rows:
        raise NewsNotEnoughData(f"no bullish or bearish items about {code} in the range")
    bar = timedelta(milliseconds=TIMEFRAME_MS[body.timeframe])
    candles = await database.load_candles(
        session,
        body.exchange,
        body.symbol,
        body.timeframe,
        start=rows[0].published_at - bar,
        end=rows[-1].published_at + bar * (max(body.horizons) + 2),
        user_id=user.user_id,
    )
    if not candles:
        raise NewsNotEnoughData(
            f"no {body.timeframe} candles of {body.exchange} {body.symbol} around the items"
        )
    import bisect

    opens_at = [c.ts for c in candles]
    returns: dict[tuple[str, int], list[float]] = {}
    for row in rows:
        i = bisect.bisect_left(opens_at, row.published_at)
        for h in body.horizons:
            if i + h - 1 < len(candles) and candles[i].open > 0:
                r = candles[i + h - 1].close / candles[i].open - 1
                returns.setdefault((str(row.sentiment), h), []).append(r)
    out: list[NewsEventStudyRow] = []
    for label in ("bullish", "bearish"):
        for h in body.horizons:
            values = returns.get((label, h), [])
            if values:
                mean, low, high, t_stat = mean_ci(values)
                out.append(
                    NewsEventStudyRow(
                        sentiment=label,
                        horizon=h,
                        n=len(values),
                        mean_return=mean,
                        ci_low=low,
                        ci_high=high,
                        t_stat=t_stat,
                    )
                )
            else:
                out.append(
                    NewsEventStudyRow(
                        sentiment=label,
                        horizon=h,
                        n=0,
                        mean_return=None,
                        ci_low=None,
                        ci_high=None,
                        t_stat=None,
                    )
                )
    return NewsEventStudyResponse(
        symbol=body.symbol,
        exchange=body.exchange,
        timeframe=body.timeframe,
        items=len(rows),
        rows=out,
    )


def default_paths(news: NewsSettings) -> tuple[Path | None, Path | None]:
    return news.train_csv, news.valid_csv
