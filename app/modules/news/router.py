"""News endpoints (seed service 8): latest news with its analysis, analysis of texts, alerts,
news-driven signals, the event study, ingestion of the user's own items, training."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Path as PathParam
from fastapi import Query, Request, Response

from app.core.deps import AdminUser, CurrentUser, EventsDep, JobsDep, SessionDep, SettingsDep
from app.core.errors import invalid, problem_responses
from app.core.pagination import PageParams
from app.core.params import symbol_param
from app.core.routing import accepted, accepted_response, module_router
from app.core.timeutil import UtcDatetime, utcnow
from app.modules.news import service
from app.modules.news.deps import NewsSettingsDep
from app.modules.news.errors import NewsSourceUnknown, NewsTrainingNotConfigured
from app.modules.news.jobs import POLL_JOB, TRAIN_JOB, source_names
from app.modules.news.schemas import (
    NewsAlertPage,
    NewsAnalyzeRequest,
    NewsAnalyzeResponse,
    NewsArticleOut,
    NewsArticlePage,
    NewsEventStudyRequest,
    NewsEventStudyResponse,
    NewsIngestRequest,
    NewsIngestResponse,
    NewsJobAccepted,
    NewsModelOut,
    NewsStrategyRequest,
    NewsStrategyResponse,
    NewsTrainRequest,
    NewsWatchlist,
)
from app.modules.news.specs import NewsRawItem

router = module_router("news", prefix="/news", responses=problem_responses(401, 429))

Start = Annotated[UtcDatetime | None, Query(description="Inclusive lower bound (UTC)")]
End = Annotated[UtcDatetime | None, Query(description="Exclusive upper bound (UTC)")]
ArticleId = Annotated[int, PathParam(ge=1, le=2**63 - 1)]
IMPORTANCE_FLOOR = {"low": 0.0, "medium": 0.4, "high": 0.7}


@router.get(
    "/latest",
    response_model=NewsArticlePage,
    summary="Stored news, newest first, each with its analysis",
    responses=problem_responses(401, 422),
)
async def latest(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    symbol: str | None = Query(
        default=None,
        max_length=62,
        pattern=r"^[A-Za-z0-9]{1,20}([/-][A-Za-z0-9]{1,20})?$",
        description="A currency (BTC) or a symbol (BTC/USDT, BTC-USDT)",
    ),
    source: str | None = Query(default=None, max_length=64),
    start: Start = None,
    end: End = None,
    sentiment: Literal["bearish", "neutral", "bullish"] | None = None,
    importance: Literal["low", "medium", "high"] | None = Query(
        default=None, description="At least this importance level"
    ),
    min_importance: float | None = Query(default=None, ge=0, le=1),
    event_type: Literal[
        "hack", "listing", "regulation", "lawsuit", "etf", "partnership", "macro", "insolvency"
    ]
    | None = None,
) -> NewsArticlePage:
    floor = min_importance if min_importance is not None else IMPORTANCE_FLOOR.get(importance or "")
    filters = service.LatestFilter(symbol, source, start, end, sentiment, floor, event_type)
    items, cursor = await service.latest(session, user, filters, page)
    return NewsArticlePage(items=items, next_cursor=cursor)


@router.get(
    "/articles/{article_id}",
    response_model=NewsArticleOut,
    summary="One stored article with its analysis",
    responses=problem_responses(401, 404),
)
async def get_article(
    article_id: ArticleId, user: CurrentUser, session: SessionDep
) -> NewsArticleOut:
    return await service.get_article(session, user, article_id)


@router.post(
    "/analyze",
    response_model=NewsAnalyzeResponse,
    summary="Sentiment (calibrated), entities, symbols and event type of each text, in order",
    responses=problem_responses(401, 409, 422, 503),
)
async def analyze(
    body: NewsAnalyzeRequest,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    news: NewsSettingsDep,
) -> NewsAnalyzeResponse:
    if len(body.texts) > news.analyze_max_texts:
        raise invalid(
            "body.texts", f"at most {news.analyze_max_texts} texts per request", type="too_long"
        )
    for i, text in enumerate(body.texts):
        if not text.strip():
            raise invalid(f"body.texts.{i}", "text is empty", type="empty")
        if len(text) > news.analyze_max_chars:
            raise invalid(
                f"body.texts.{i}",
                f"text is longer than {news.analyze_max_chars} characters",
                type="too_long",
            )
    return await service.analyze_texts(session, settings, news, body.texts)


@router.post(
    "/ingest",
    response_model=NewsIngestResponse,
    status_code=201,
    summary="Store the caller's own news items (private to them), analysed and de-duplicated",
    responses=problem_responses(401, 422),
)
async def ingest(
    body: NewsIngestRequest,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    news: NewsSettingsDep,
    bus: EventsDep,
) -> NewsIngestResponse:
    now = utcnow()
    items = [
        NewsRawItem(
            source=f"user:{item.source}" if item.source != "user" else "user",
            url=item.url,
            title=item.title,
            summary=item.summary,
            published_at=item.published_at or now,
            currencies=[c.upper() for c in item.currencies],
        )
        for item in body.items
    ]
    result = await service.store_items(session, settings, news, items, user.user_id, bus)
    return service.ingest_response(result)


@router.get(
    "/alerts",
    response_model=NewsAlertPage,
    summary="Critical news about held or watched symbols (optionally price-confirmed)",
    responses=problem_responses(401, 422),
)
async def alerts(
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    symbols: str | None = Query(
        default=None, max_length=2000, description="Comma-separated; default: watchlist + held"
    ),
    start: Start = None,
    end: End = None,
    confirm: bool = Query(default=False, description="Add the price move since publication"),
    exchange: str = Query(default="binance", max_length=32),
) -> NewsAlertPage:
    wanted = (
        [symbol_param(s.strip(), "query.symbols") for s in symbols.split(",") if s.strip()]
        if symbols
        else None
    )
    items, cursor = await service.alerts(session, user, wanted, start, end, page)
    if confirm and items:
        from app.modules.exchanges.public import get_source

        await service.confirm_alerts(items, get_source(request.app.state), exchange)
    return NewsAlertPage(items=items, next_cursor=cursor)


@router.get(
    "/watchlist",
    response_model=NewsWatchlist,
    summary="Symbols the caller watches for alerts",
    responses=problem_responses(401),
)
async def get_watchlist(user: CurrentUser, session: SessionDep) -> NewsWatchlist:
    return NewsWatchlist(symbols=await service.watchlist(session, user.user_id))


@router.put(
    "/watchlist",
    response_model=NewsWatchlist,
    summary="Replace the caller's watched symbols",
    responses=problem_responses(401, 422),
)
async def put_watchlist(
    body: NewsWatchlist, user: CurrentUser, session: SessionDep
) -> NewsWatchlist:
    return NewsWatchlist(symbols=await service.set_watchlist(session, user.user_id, body.symbols))


@router.post(
    "/strategy",
    response_model=NewsStrategyResponse,
    summary="News-driven BUY/SELL/HOLD per symbol (confidence < 0.65 → HOLD; volatility stop)",
    responses=problem_responses(401, 422),
)
async def strategy(
    body: NewsStrategyRequest, user: CurrentUser, session: SessionDep
) -> NewsStrategyResponse:
    return await service.strategy(session, user, body)


@router.post(
    "/strategy/event_study",
    response_model=NewsEventStudyResponse,
    summary="Average return after bullish/bearish items at several horizons, with 95% CIs",
    responses=problem_responses(401, 422),
)
async def event_study(
    body: NewsEventStudyRequest, user: CurrentUser, session: SessionDep
) -> NewsEventStudyResponse:
    return await service.event_study(session, user, body)


@router.get(
    "/sentiment/model",
    response_model=NewsModelOut,
    summary="The sentiment model in use: version, parameters, metrics (accuracy, F1, ECE)",
    responses=problem_responses(401, 409, 503),
)
async def sentiment_model(
    user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> NewsModelOut:
    return await service.current_model(session, settings)


@router.post(
    "/sentiment/train",
    response_model=NewsJobAccepted,
    status_code=202,
    summary="Train the sentiment model as a job (administrators)",
    responses={
        **accepted_response(NewsJobAccepted, "/api/v1/jobs/{id}"),
        **problem_responses(401, 403, 409, 422, 429),
    },
)
async def train(
    body: NewsTrainRequest,
    response: Response,
    user: AdminUser,
    jobs: JobsDep,
    news: NewsSettingsDep,
) -> NewsJobAccepted:
    if news.train_csv is None:
        raise NewsTrainingNotConfigured("no training file configured (APP_NEWS_TRAIN_CSV)")
    params = {
        "train_csv": str(news.train_csv),
        "valid_csv": str(news.valid_csv) if news.valid_csv else None,
        "config": body.model_dump(),
    }
    job = await jobs.submit(TRAIN_JOB, params, user.user_id)
    location = f"/api/v1/jobs/{job.id}"
    accepted(response, location)
    return NewsJobAccepted(job_id=job.id, status=job.status, location=location)


@router.post(
    "/sources/{name}/poll",
    response_model=NewsJobAccepted,
    status_code=202,
    summary="Poll one configured source now, as a job (administrators)",
    responses={
        **accepted_response(NewsJobAccepted, "/api/v1/jobs/{id}"),
        **problem_responses(401, 403, 404, 429),
    },
)
async def poll_source(
    name: Annotated[str, PathParam(max_length=64)],
    response: Response,
    user: AdminUser,
    jobs: JobsDep,
    news: NewsSettingsDep,
) -> NewsJobAccepted:
    if name not in source_names(news):
        raise NewsSourceUnknown(
            f"source {name!r} is not configured; configured: {source_names(news)}"
        )
    job = await jobs.submit(POLL_JOB, {"source": name}, user.user_id)
    location = f"/api/v1/jobs/{job.id}"
    accepted(response, location)
    return NewsJobAccepted(job_id=job.id, status=job.status, location=location)
