"""Per-account login throttling over the login audit trail (``auth_login_events``).

Counted per email, not per address: an attacker spreading guesses over many addresses meets the
same growing delay and, in the end, the temporary lock. Unknown emails are throttled exactly like
known ones, so the answers reveal nothing about which accounts exist.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.modules.auth.config import AuthSettings
from app.modules.auth.models import LoginEvent

log = logging.getLogger("kalkan.auth")

# Outcomes that end or extend a run of failures; "throttled" and "locked" refusals do neither.
_COUNTED = ("success", "failure")


@dataclass(frozen=True)
class Throttle:
    failures: int
    wait_seconds: float
    locked: bool


async def login_throttle(
    session: AsyncSession, settings: AuthSettings, email: str, now: datetime
) -> Throttle:
    """How long ``email`` must wait before its next password check (0 when it may go now)."""
    lock_window = timedelta(minutes=settings.login_lock_minutes)
    recent = (
        await session.scalars(
            select(LoginEvent)
            .where(
                col(LoginEvent.email) == email,
                col(LoginEvent.at) > now - lock_window,
                col(LoginEvent.outcome).in_(_COUNTED),
            )
            .order_by(col(LoginEvent.at).desc())
            .limit(settings.login_lock_failures)
        )
    ).all()
    failures = 0
    for event in recent:
        if event.outcome != "failure":
            break
        failures += 1
    if failures == 0:
        return Throttle(0, 0.0, False)
    last = recent[0].at
    if failures >= settings.login_lock_failures:
        wait = (last + lock_window - now).total_seconds()
        return Throttle(failures, max(wait, 0.0), True)
    if failures < settings.login_free_failures:
        return Throttle(failures, 0.0, False)
    delay = settings.login_delay_seconds * 2 ** (failures - settings.login_free_failures)
    delay = min(delay, settings.login_max_delay_seconds)
    wait = (last + timedelta(seconds=delay) - now).total_seconds()
    return Throttle(failures, max(wait, 0.0), False)


def retry_after(throttle: Throttle) -> int:
    return max(math.ceil(throttle.wait_seconds), 1)


def record(
    session: AsyncSession, email: str, outcome: str, client: str, user_id: int | None = None
) -> LoginEvent:
    """Add an audit row (committed by the caller) and log the outcomes an operator watches."""
    event = LoginEvent(
        email=email[:320], user_id=user_id, outcome=outcome, client=client[:64], at=_now()
    )
    session.add(event)
    if outcome in ("throttled", "locked"):
        log.warning("login refused", extra={"email": email[:320], "outcome": outcome})
    return event


def _now() -> datetime:
    return datetime.now(UTC)
