"""Emergency circuit breaker: scans of stored candles and the kill switch's user-facing side."""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import field_error
from app.core.halt import HaltAction, HaltInfo, HaltScope, KillSwitch
from app.core.pagination import PageRequest
from app.core.principals import Principal
from app.core.timeframes import TIMEFRAME_MS
from app.modules.database import public as database
from app.modules.emergency import protect
from app.modules.emergency.alert_log import list_alerts
from app.modules.emergency.config import EmergencySettings
from app.modules.emergency.detectors import scan
from app.modules.emergency.errors import (
    NotEnoughCandles,
    ProtectNeedsUserScope,
    SystemHaltNeedsAdmin,
)
from app.modules.emergency.live import LiveMonitor
from app.modules.emergency.schemas import (
    MAX_SCAN_BARS,
    EmergencyHedgeRequest,
    EmergencyLiquidateRequest,
    EmergencyMarketState,
    EmergencyReleaseRequest,
    EmergencyScanRequest,
    EmergencyScanResult,
    EmergencyStatus,
    EmergencyTriggerRequest,
    EmergencyTriggerResult,
)
from app.modules.emergency.specs import CrashDetectorParams


async def scan_candles(
    session: AsyncSession, user: Principal, request: EmergencyScanRequest
) -> EmergencyScanResult:
    """Scan the caller's view of the candles (their own uploads over the shared store)."""
    candles = await database.load_candles(
        session,
        request.exchange,
        request.symbol,
        request.timeframe,
        request.start,
        request.end,
        limit=MAX_SCAN_BARS,
        user_id=user.user_id,
    )
    needed = request.params.lookback_bars + 2
    if len(candles) < needed:
        raise NotEnoughCandles(
            f"{len(candles)} {request.timeframe} candles of {request.exchange} {request.symbol} "
            f"in the range; the detector needs at least {needed} (lookback_bars + 2): import or "
            "download candles first",
            errors=[field_error("body.start", "too few candles in the range", "range")],
        )
    ts = np.array([int(c.ts.timestamp() * 1000) for c in candles], dtype=np.int64)
    episodes = scan(
        ts,
        np.array([c.open for c in candles]),
        np.array([c.high for c in candles]),
        np.array([c.low for c in candles]),
        np.array([c.close for c in candles]),
        np.array([c.volume for c in candles]),
        bar_ms=TIMEFRAME_MS[request.timeframe],
        params=request.params,
    )
    return EmergencyScanResult(
        exchange=request.exchange,
        symbol=request.symbol,
        timeframe=request.timeframe,
        bars=len(candles),
        first_bar=candles[0].ts,
        last_bar=candles[-1].ts,
        params=request.params,
        episodes=episodes,
    )


def _target(user: Principal, scope: HaltScope) -> int | None:
    if scope is HaltScope.system:
        if not user.is_admin:
            raise SystemHaltNeedsAdmin("a system-wide halt can only be engaged by an administrator")
        return None
    return user.user_id


TRIGGER_ACTIONS = {
    "halt": HaltAction.halt,
    "halt_close": HaltAction.close,
    "halt_hedge": HaltAction.hedge,
}


async def trigger(
    state: Any, settings: EmergencySettings, user: Principal, request: EmergencyTriggerRequest
) -> EmergencyTriggerResult:
    """Engage; with halt_close / halt_hedge also close or hedge now. A trigger while the halt
    is engaged returns it and does nothing else (idempotent)."""
    if request.action != "halt" and request.scope is not HaltScope.user:
        raise ProtectNeedsUserScope(
            f"{request.action} closes or hedges the caller's own positions: use scope=user",
            errors=[field_error("body.scope", "halt_close/halt_hedge need scope user", "scope")],
        )
    switch: KillSwitch = state.kill_switch
    halt, engaged = await switch.engage(
        scope=request.scope,
        user_id=_target(user, request.scope),
        reason=request.reason,
        by=user.user_id,
        action=TRIGGER_ACTIONS[request.action],
    )
    result = EmergencyTriggerResult(halt=halt, engaged=engaged)
    if engaged and request.action == "halt_close":
        result.liquidation = await protect.liquidate(
            state, user.user_id, EmergencyLiquidateRequest()
        )
    elif engaged and request.action == "halt_hedge":
        result.hedge = await protect.hedge(state, settings, user.user_id, EmergencyHedgeRequest())
    return result


async def release(
    switch: KillSwitch, user: Principal, request: EmergencyReleaseRequest
) -> HaltInfo:
    return await switch.release(
        scope=request.scope,
        user_id=_target(user, request.scope),
        reason=request.reason,
        by=user.user_id,
    )


async def status(
    switch: KillSwitch, session: AsyncSession, monitor: LiveMonitor | None, user: Principal
) -> EmergencyStatus:
    halts = await switch.halts_for(user.user_id)
    alerts = await list_alerts(session, user.user_id, PageRequest(limit=10, cursor=None))
    markets = monitor.status(user.user_id) if monitor is not None else []
    return EmergencyStatus(
        trading_halted=bool(halts),
        halts=halts,
        history=await switch.history(user.user_id, limit=20),
        detector_defaults=CrashDetectorParams(),
        markets=[EmergencyMarketState.model_validate(m) for m in markets],
        last_alerts=alerts.items,
    )
