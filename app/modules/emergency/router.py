"""Emergency circuit breaker endpoints (seed service 15)."""

from __future__ import annotations

from app.core.deps import CurrentUser, SessionDep
from app.core.errors import problem_responses
from app.core.halt import HaltInfo, KillSwitchDep
from app.core.routing import module_router
from app.modules.emergency import service
from app.modules.emergency.schemas import (
    EmergencyReleaseRequest,
    EmergencyScanRequest,
    EmergencyScanResult,
    EmergencyStatus,
    EmergencyTriggerRequest,
    EmergencyTriggerResult,
)

router = module_router("emergency", prefix="/emergency", responses=problem_responses(401, 429))


@router.get(
    "/status",
    response_model=EmergencyStatus,
    summary="Halts in force for the caller, recent halts, detector defaults",
)
async def status(user: CurrentUser, switch: KillSwitchDep) -> EmergencyStatus:
    return await service.status(switch, user)


@router.post(
    "/trigger",
    response_model=EmergencyTriggerResult,
    summary="Engage the kill switch (idempotent while engaged)",
    description="Every order path then answers 423 `trading-halted` naming the halt, on every "
    "process, until an explicit release. `system` scope is for administrators.",
    responses=problem_responses(403, 422),
)
async def trigger(
    body: EmergencyTriggerRequest, user: CurrentUser, switch: KillSwitchDep
) -> EmergencyTriggerResult:
    return await service.trigger(switch, user, body)


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
