"""Emergency circuit breaker endpoints (seed service 15)."""

from __future__ import annotations

from fastapi import Query, Request, Response

from app.core.deps import CurrentUser, SessionDep
from app.core.errors import invalid, problem_responses
from app.core.halt import HaltInfo, KillSwitchDep
from app.core.pagination import PageParams
from app.core.routing import module_router
from app.core.symbols import normalize_symbol
from app.core.timeutil import UtcDatetime
from app.modules.emergency import alert_log, event_rules, protect, service, watches
from app.modules.emergency.deps import EmergencySettingsDep, MonitorDep
from app.modules.emergency.schemas import (
    EmergencyAlertOut,
    EmergencyAlertPage,
    EmergencyDeliveryPage,
    EmergencyEventActionPage,
    EmergencyEventRuleIn,
    EmergencyEventRuleOut,
    EmergencyEventRulePage,
    EmergencyHedgeRequest,
    EmergencyHedgeResult,
    EmergencyLiquidateRequest,
    EmergencyLiquidateResult,
    EmergencyReleaseRequest,
    EmergencyScanRequest,
    EmergencyScanResult,
    EmergencyStatus,
    EmergencyTargetIn,
    EmergencyTargetOut,
    EmergencyTargetPage,
    EmergencyTriggerRequest,
    EmergencyTriggerResult,
    EmergencyWatchIn,
    EmergencyWatchOut,
    EmergencyWatchPage,
)

router = module_router("emergency", prefix="/emergency", responses=problem_responses(401, 429))


@router.get(
    "/status",
    response_model=EmergencyStatus,
    summary="Halts in force, detector state per watched market, last alerts",
)
async def status(
    user: CurrentUser, switch: KillSwitchDep, session: SessionDep, monitor: MonitorDep
) -> EmergencyStatus:
    return await service.status(switch, session, monitor, user)


@router.post(
    "/trigger",
    response_model=EmergencyTriggerResult,
    summary="Engage the kill switch (idempotent while engaged)",
    description="Every order path then answers 423 `trading-halted` naming the halt, on every "
    "process, until an explicit release. `system` scope is for administrators. Action "
    "`halt_close` also closes every position now, `halt_hedge` hedges the net exposure.",
    responses=problem_responses(403, 422, 503),
)
async def trigger(
    body: EmergencyTriggerRequest,
    user: CurrentUser,
    request: Request,
    settings: EmergencySettingsDep,
) -> EmergencyTriggerResult:
    return await service.trigger(request.app.state, settings, user, body)


@router.post(
    "/release",
    response_model=HaltInfo,
    summary="Release the engaged halt of a scope (kept with who, why and when)",
    responses=problem_responses(403, 404, 422),
)
async def release(
    body: EmergencyReleaseRequest, user: CurrentUser, switch: KillSwitchDep
) -> HaltInfo:
    return await service.release(switch, user, body)


@router.post(
    "/scan",
    response_model=EmergencyScanResult,
    summary="Run the flash-crash detector over stored candles",
    description="Each episode has `onset`, `detected_at` (the close of the first bar at which "
    "the detector would have fired, using only data up to that bar), `trough`, `depth` "
    "(negative fraction) and the `rules` that fired. Use it to tune the parameters on history.",
    responses=problem_responses(422),
)
async def scan(
    body: EmergencyScanRequest, user: CurrentUser, session: SessionDep
) -> EmergencyScanResult:
    return await service.scan_candles(session, user, body)


@router.post(
    "/watches",
    response_model=EmergencyWatchOut,
    status_code=201,
    summary="Have the live monitor watch a market for flash crashes",
    description="On detection: an alert (bus, `WS /stream/alerts`, the caller's notification "
    "targets) and the watch's action: alert, halt, halt_close or halt_hedge.",
    responses=problem_responses(409, 422),
)
async def create_watch(
    body: EmergencyWatchIn,
    user: CurrentUser,
    session: SessionDep,
    settings: EmergencySettingsDep,
    monitor: MonitorDep,
) -> EmergencyWatchOut:
    watch = await watches.create_watch(session, settings, user.user_id, body)
    if monitor is not None:
        await monitor.announce_change()
    return watch


@router.get("/watches", response_model=EmergencyWatchPage, summary="The caller's watches")
async def list_watches(
    user: CurrentUser, session: SessionDep, page: PageParams
) -> EmergencyWatchPage:
    return await watches.list_watches(session, user.user_id, page)


@router.delete(
    "/watches/{watch_id}",
    status_code=204,
    summary="Stop watching a market",
    responses=problem_responses(404),
)
async def delete_watch(
    watch_id: int, user: CurrentUser, session: SessionDep, monitor: MonitorDep
) -> Response:
    await watches.delete_watch(session, user.user_id, watch_id)
    if monitor is not None:
        await monitor.announce_change()
    return Response(status_code=204)


@router.get(
    "/alerts",
    response_model=EmergencyAlertPage,
    summary="The caller's flash-crash alerts and system-wide ones, newest first",
    responses=problem_responses(422),
)
async def list_alerts(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    symbol: str | None = Query(default=None, max_length=40, description="BTC/USDT or BTC-USDT"),
    start: UtcDatetime | None = None,
    end: UtcDatetime | None = None,
) -> EmergencyAlertPage:
    try:
        wanted = normalize_symbol(symbol) if symbol else None
    except ValueError as exc:
        raise invalid("query.symbol", str(exc)) from None
    return await alert_log.list_alerts(
        session, user.user_id, page, symbol=wanted, start=start, end=end
    )


@router.get(
    "/alerts/{alert_id}",
    response_model=EmergencyAlertOut,
    summary="One alert, with what the breaker did",
    responses=problem_responses(404),
)
async def get_alert(alert_id: int, user: CurrentUser, session: SessionDep) -> EmergencyAlertOut:
    return await alert_log.get_alert(session, user.user_id, alert_id)


@router.post(
    "/targets",
    response_model=EmergencyTargetOut,
    status_code=201,
    summary="Add a notification target: Telegram chat, signed webhook or email",
    responses=problem_responses(422),
)
async def create_target(
    body: EmergencyTargetIn,
    user: CurrentUser,
    session: SessionDep,
    settings: EmergencySettingsDep,
    request: Request,
) -> EmergencyTargetOut:
    secret_key = request.app.state.settings.secret_key
    return await watches.create_target(session, settings, user.user_id, body, secret_key)


@router.get(
    "/targets", response_model=EmergencyTargetPage, summary="The caller's notification targets"
)
async def list_targets(
    user: CurrentUser, session: SessionDep, page: PageParams
) -> EmergencyTargetPage:
    return await watches.list_targets(session, user.user_id, page)


@router.delete(
    "/targets/{target_id}",
    status_code=204,
    summary="Remove a notification target",
    responses=problem_responses(404),
)
async def delete_target(target_id: int, user: CurrentUser, session: SessionDep) -> Response:
    await watches.delete_target(session, user.user_id, target_id)
    return Response(status_code=204)


@router.get(
    "/deliveries",
    response_model=EmergencyDeliveryPage,
    summary="The caller's notification deliveries (the delivery log), newest first",
)
async def list_deliveries(
    user: CurrentUser, session: SessionDep, page: PageParams
) -> EmergencyDeliveryPage:
    return await alert_log.list_deliveries(session, user.user_id, page)


@router.post(
    "/liquidate",
    response_model=EmergencyLiquidateResult,
    summary="Close every (or the named) position now with market orders",
    description="Liquidation orders go through the execution path (reduce-only) and pass a "
    "halt. No open position: 200 with `nothing_to_do`.",
    responses=problem_responses(422, 503),
)
async def liquidate(
    body: EmergencyLiquidateRequest, user: CurrentUser, request: Request
) -> EmergencyLiquidateResult:
    return await protect.liquidate(request.app.state, user.user_id, body)


@router.post(
    "/hedge",
    response_model=EmergencyHedgeResult,
    summary="Offset the net exposure: perpetual shorts against spot, or a BTC beta hedge",
    description="Sized from the account's marked positions; leverage ≤ 3; each hedge order "
    "carries its own stop-loss. Hedge orders pass a halt.",
    responses=problem_responses(422, 503),
)
async def hedge(
    body: EmergencyHedgeRequest,
    user: CurrentUser,
    request: Request,
    settings: EmergencySettingsDep,
) -> EmergencyHedgeResult:
    return await protect.hedge(request.app.state, settings, user.user_id, body)


@router.post(
    "/event-rules",
    response_model=EmergencyEventRuleOut,
    status_code=201,
    summary="Say what news and on-chain alerts do for the caller",
    description="When the news module publishes a negative critical alert, or the on-chain "
    "module a whale or exchange-flow alert of at least `min_severity`, about one of `assets` "
    "(any when null), the rule's action runs: alert (notify the caller's targets), halt, "
    "halt_close or halt_hedge. `GET /emergency/event-actions` lists what rules did.",
    responses=problem_responses(422),
)
async def create_event_rule(
    body: EmergencyEventRuleIn,
    user: CurrentUser,
    session: SessionDep,
    settings: EmergencySettingsDep,
) -> EmergencyEventRuleOut:
    return await event_rules.create_rule(session, settings, user.user_id, body)


@router.get(
    "/event-rules", response_model=EmergencyEventRulePage, summary="The caller's event rules"
)
async def list_event_rules(
    user: CurrentUser, session: SessionDep, page: PageParams
) -> EmergencyEventRulePage:
    return await event_rules.list_rules(session, user.user_id, page)


@router.delete(
    "/event-rules/{rule_id}",
    status_code=204,
    summary="Delete an event rule",
    responses=problem_responses(404),
)
async def delete_event_rule(rule_id: int, user: CurrentUser, session: SessionDep) -> Response:
    await event_rules.delete_rule(session, user.user_id, rule_id)
    return Response(status_code=204)


@router.get(
    "/event-actions",
    response_model=EmergencyEventActionPage,
    summary="What the caller's event rules did on news and on-chain alerts",
)
async def list_event_actions(
    user: CurrentUser, session: SessionDep, page: PageParams
) -> EmergencyEventActionPage:
    return await event_rules.list_actions(session, user.user_id, page)
