"""Database service endpoints (seed service 1): signals, performance, settings, candles,
retention and the audit trail."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import Body, File, Form, Query, Request, UploadFile, status
from fastapi.responses import Response
from fastapi.routing import APIRoute
from pydantic import Discriminator, Field, Tag

from app.core.deps import AdminUser, CurrentUser, ReaderUser, SessionDep, SettingsDep, TraderUser
from app.core.errors import ValidationFailed, problem_responses
from app.core.params import symbol_param, timeframe_param
from app.core.routing import module_router
from app.modules.database import audit, retention, service
from app.modules.database.schemas import (
    MAX_BATCH,
    AuditOut,
    CandleImportResult,
    CandleOut,
    CandleSeries,
    PerformanceStats,
    RetentionPolicyOut,
    RetentionReport,
    RetentionRunResult,
    Side,
    SignalIn,
    SignalOut,
    SignalPage,
    TradeIn,
    TradeOut,
    UserSettingsIn,
    UserSettingsOut,
)


class _FastJsonRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = orjson.loads(body)  # ~2.5x faster than json on a 10k-signal body
            except orjson.JSONDecodeError:
                # orjson is stricter (NaN, lone surrogates, huge ints): whatever it refuses gets
                # the standard parser, so acceptance and error responses stay exactly as before.
                self._json = json.loads(body)
        return self._json


class _FastJsonRoute(APIRoute):
    """Request bodies parsed with orjson (FastAPI's documented custom-route-class hook)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def fast_json_handler(request: Request) -> Response:
            return await handler(_FastJsonRequest(request.scope, request.receive))

        return fast_json_handler


router = module_router(
    "database", responses=problem_responses(401, 422, 429), route_class=_FastJsonRoute
)
MAX_UPLOAD_BYTES = 32 * 1024 * 1024


def _batch_or_one(value: object) -> str:
    return "batch" if isinstance(value, list) else "one"


# The discriminator picks the branch up front, so a 10k batch is validated once, not per branch.
SignalBatch = Annotated[
    Annotated[SignalIn, Tag("one")]
    | Annotated[list[SignalIn], Field(min_length=1, max_length=MAX_BATCH), Tag("batch")],
    Discriminator(_batch_or_one),
    Body(description=f"One signal, or a list of up to {MAX_BATCH} saved all-or-nothing"),
]


@router.post(
    "/signals/save",
    response_model=list[SignalOut],
    status_code=status.HTTP_201_CREATED,
    summary="Save one signal or a batch (white-hat rules enforced, all-or-nothing)",
    responses=problem_responses(403),
)
async def save_signals(body: SignalBatch, user: TraderUser, session: SessionDep) -> Response:
    items = body if isinstance(body, list) else [body]
    rows = await service.save_signals(session, user.user_id, items)
    # Rows are built from validated input; serialising them directly skips re-validating
    # up to 10,000 response items against the response model.
    body = orjson.dumps(rows, option=orjson.OPT_UTC_Z)  # "Z" like every other response
    return Response(body, status_code=201, media_type="application/json")


@router.get(
    "/signals/history",
    response_model=SignalPage,
    summary="The caller's signals, newest first, cursor-paginated",
)
async def signal_history(
    user: ReaderUser,
    session: SessionDep,
    symbol: str | None = Query(default=None, max_length=40),
    side: Side | None = None,
    strategy: str | None = Query(default=None, max_length=100),
    bot_id: str | None = Query(default=None, max_length=100),
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = Query(default=100, ge=1, le=1000),
    cursor: str | None = Query(default=None, max_length=200),
) -> SignalPage:
    items, next_cursor = await service.signal_history(
        session,
        user.user_id,
        symbol=None if symbol is None else symbol_param(symbol),
        side=side,
        strategy=strategy,
        bot_id=bot_id,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
    )
    return SignalPage(items=items, next_cursor=next_cursor)


@router.get(
    "/signals/{signal_id}",
    response_model=SignalOut,
    summary="One of the caller's signals",
    responses=problem_responses(404),
)
async def get_signal(signal_id: int, user: ReaderUser, session: SessionDep) -> SignalOut:
    return await service.get_signal(session, user.user_id, signal_id)


@router.delete(
    "/signals/{signal_id}",
    response_model=SignalOut,
    summary="Delete one of the caller's signals",
    responses=problem_responses(404),
)
async def delete_signal(signal_id: int, user: TraderUser, session: SessionDep) -> SignalOut:
    return await service.delete_signal(session, user.user_id, signal_id)


@router.post(
    "/performance/track",
    response_model=TradeOut,
    status_code=status.HTTP_201_CREATED,
    summary="Record a closed trade for performance tracking",
)
async def track_performance(body: TradeIn, user: TraderUser, session: SessionDep) -> TradeOut:
    trade = await service.track_trade(session, user.user_id, body)
    return TradeOut.model_validate(trade, from_attributes=True)


@router.get(
    "/performance/stats",
    response_model=PerformanceStats,
    summary="Win rate, PnL, profit factor, drawdown and Sharpe of the caller's closed trades",
)
async def performance_stats(
    user: ReaderUser,
    session: SessionDep,
    bot_id: str | None = Query(default=None, max_length=100),
    start: datetime | None = None,
    end: datetime | None = None,
) -> PerformanceStats:
    stats = await service.performance_stats(session, user.user_id, bot_id, start, end)
    return PerformanceStats.model_validate(stats)


@router.get("/settings", response_model=UserSettingsOut, summary="The caller's settings")
async def get_settings(user: ReaderUser, session: SessionDep) -> UserSettingsOut:
    return await service.get_settings(session, user.user_id)


@router.put("/settings", response_model=UserSettingsOut, summary="Replace the caller's settings")
async def put_settings(
    body: UserSettingsIn, user: ReaderUser, session: SessionDep
) -> UserSettingsOut:
    return await service.put_settings(session, user.user_id, body)


@router.post(
    "/candles/import",
    response_model=CandleImportResult,
    summary="Import a candle file (CryptoDataDownload CSV, Binance klines, ccxt OHLCV JSON)",
    responses=problem_responses(413),
)
async def import_candles(
    user: TraderUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="CSV or JSON candle file")],
    exchange: Annotated[str, Form(pattern=r"^[a-z0-9]{2,32}$")],
    symbol: Annotated[str, Form(max_length=40)],
    timeframe: Annotated[str, Form(max_length=8)],
    skip_invalid: Annotated[bool, Form()] = False,
) -> CandleImportResult:
    content = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(content) > MAX_UPLOAD_BYTES:
        raise ValidationFailed(f"file larger than {MAX_UPLOAD_BYTES // 2**20} MiB")
    return await service.import_candles(
        session,
        user.user_id,
        content=content,
        exchange=exchange,
        symbol=symbol_param(symbol, "body.symbol"),
        timeframe=timeframe_param(timeframe, "body.timeframe"),
        skip_invalid=skip_invalid,
    )


@router.get("/candles", response_model=CandleSeries, summary="Stored candles, oldest first")
async def get_candles(
    user: ReaderUser,
    session: SessionDep,
    exchange: str = Query(pattern=r"^[a-z0-9]{2,32}$"),
    symbol: str = Query(max_length=40),
    timeframe: str = Query(max_length=8),
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = Query(default=1000, ge=1, le=10_000),
) -> CandleSeries:
    normalized = symbol_param(symbol)
    rows = await service.query_candles(
        session,
        exchange=exchange,
        symbol=normalized,
        timeframe=timeframe_param(timeframe),
        start=start,
        end=end,
        limit=limit,
    )
    return CandleSeries(
        exchange=exchange,
        symbol=normalized,
        timeframe=timeframe,
        candles=[CandleOut.model_validate(row, from_attributes=True) for row in rows],
    )


@router.get("/retention", response_model=RetentionReport, summary="Retention policies in force")
async def retention_policies(
    user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> RetentionReport:
    items = []
    for policy in retention.policies(settings):
        items.append(
            RetentionPolicyOut(
                table=policy.table,
                scope=policy.scope,
                keep_days=policy.keep_days,
                mechanism=await retention.mechanism(session, policy.table),  # type: ignore[arg-type]
            )
        )
    return RetentionReport(
        backend=session.bind.dialect.name,  # type: ignore[union-attr]
        interval_seconds=settings.retention_interval_seconds,
        policies=items,
    )


@router.post(
    "/retention/run",
    response_model=RetentionRunResult,
    summary="Enforce retention now (admin)",
    responses=problem_responses(403),
)
async def run_retention(
    admin: AdminUser, session: SessionDep, settings: SettingsDep
) -> RetentionRunResult:
    deleted, dropped = await retention.run_retention(session, settings)
    audit.record(session, admin.user_id, "retention", "database", [], deleted=deleted)
    await session.commit()
    return RetentionRunResult(deleted=deleted, dropped_partitions=dropped)


@router.get(
    "/audit",
    response_model=list[AuditOut],
    summary="Audit trail (admin)",
    responses=problem_responses(403),
)
async def audit_trail(
    admin: AdminUser,
    session: SessionDep,
    user_id: int | None = Query(default=None, ge=1),
    entity: str | None = Query(default=None, max_length=64),
    action: str | None = Query(default=None, max_length=32),
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = Query(default=100, ge=1, le=1000),
    offset: int = Query(default=0, ge=0, le=10_000_000),
) -> list[AuditOut]:
    rows = await audit.query(
        session,
        user_id=user_id,
        entity=entity,
        action=action,
        start=start,
        end=end,
        limit=limit,
        offset=offset,
    )
    return [AuditOut.model_validate(row, from_attributes=True) for row in rows]
