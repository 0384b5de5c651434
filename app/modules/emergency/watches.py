"""A user's watched markets and notification targets (the live monitor's configuration)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.notify import NotificationChannel, NotificationTarget
from app.core.pagination import PageRequest, newest_page
from app.core.secretbox import seal
from app.modules.emergency.config import EmergencySettings
from app.modules.emergency.errors import TargetNotFound, TooMany, WatchExists, WatchNotFound
from app.modules.emergency.models import EmergencyEventRule, EmergencyTarget, EmergencyWatch
from app.modules.emergency.schemas import (
    EmergencyTargetIn,
    EmergencyTargetOut,
    EmergencyTargetPage,
    EmergencyWatchIn,
    EmergencyWatchOut,
    EmergencyWatchPage,
)
from app.modules.emergency.specs import CrashDetectorParams

WEBHOOK_SECRETS = "kalkan-webhook-secrets"
"""Key purpose of the webhook signing secrets stored in ``emergency_targets``."""


def watch_out(row: EmergencyWatch) -> EmergencyWatchOut:
    assert row.id is not None
    return EmergencyWatchOut(
        id=row.id,
        exchange=row.exchange,
        symbol=row.symbol,
        timeframe=row.timeframe,
        action=row.action,
        params=CrashDetectorParams.model_validate(row.params or {}),
        created_at=row.created_at,
    )


async def count_for_user(
    session: AsyncSession,
    model: type[EmergencyWatch | EmergencyTarget | EmergencyEventRule],
    user: int,
) -> int:
    """How many rows of ``model`` the user has (for the per-user limits)."""
    query = select(func.count()).select_from(model).where(col(model.user_id) == user)
    return int((await session.execute(query)).scalar_one())


async def create_watch(
    session: AsyncSession, settings: EmergencySettings, user_id: int, body: EmergencyWatchIn
) -> EmergencyWatchOut:
    if await count_for_user(session, EmergencyWatch, user_id) >= settings.max_watches_per_user:
        raise TooMany(f"at most {settings.max_watches_per_user} watches per user")
    existing = (
        await session.execute(
            select(EmergencyWatch).where(
                col(EmergencyWatch.user_id) == user_id,
                col(EmergencyWatch.exchange) == body.exchange,
                col(EmergencyWatch.symbol) == body.symbol,
                col(EmergencyWatch.timeframe) == body.timeframe,
            )
        )
    ).scalar_one_or_none()
    if existing is not None:
        raise WatchExists(
            f"{body.exchange} {body.symbol} {body.timeframe} is already watched (id {existing.id})",
            watch_id=existing.id,
        )
    row = EmergencyWatch(
        user_id=user_id,
        exchange=body.exchange,
        symbol=body.symbol,
        timeframe=body.timeframe,
        action=body.action,
        params=body.params.model_dump(mode="json"),
    )
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return watch_out(row)


async def list_watches(
    session: AsyncSession, user_id: int, page: PageRequest
) -> EmergencyWatchPage:
    query = select(EmergencyWatch).where(col(EmergencyWatch.user_id) == user_id)
    rows, cursor = await newest_page(
        session, query, col(EmergencyWatch.created_at), col(EmergencyWatch.id), page
    )
    return EmergencyWatchPage(items=[watch_out(r) for r in rows], next_cursor=cursor)


async def delete_watch(session: AsyncSession, user_id: int, watch_id: int) -> None:
    row = await session.get(EmergencyWatch, watch_id)
    if row is None or row.user_id != user_id:
        raise WatchNotFound(f"no watch {watch_id}")
    await session.delete(row)
    await session.commit()


def target_out(row: EmergencyTarget) -> EmergencyTargetOut:
    assert row.id is not None
    target = NotificationTarget.model_validate(
        {"channel": row.channel, "chat_id": row.chat_id, "url": row.url, "email": row.email}
    )
    return EmergencyTargetOut(
        id=row.id,
        channel=NotificationChannel(row.channel),
        label=target.label(),
        signed=row.channel == "webhook" and bool(row.secret),
        created_at=row.created_at,
    )


async def create_target(
    session: AsyncSession,
    settings: EmergencySettings,
    user_id: int,
    body: EmergencyTargetIn,
    secret_key: str,
) -> EmergencyTargetOut:
    """Store a target; a webhook secret is sealed under ``secret_key`` (the app's)."""
    if await count_for_user(session, EmergencyTarget, user_id) >= settings.max_targets_per_user:
        raise TooMany(f"at most {settings.max_targets_per_user} notification targets per user")
    row = EmergencyTarget(
        user_id=user_id,
        channel=body.channel,
        chat_id=body.chat_id,
        url=body.url,
        secret=seal(body.secret.get_secret_value(), secret_key, WEBHOOK_SECRETS)
        if body.secret is not None
        else None,
        email=str(body.email) if body.email else None,
    )
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return target_out(row)


async def list_targets(
    session: AsyncSession, user_id: int, page: PageRequest
) -> EmergencyTargetPage:
    query = select(EmergencyTarget).where(col(EmergencyTarget.user_id) == user_id)
    rows, cursor = await newest_page(
        session, query, col(EmergencyTarget.created_at), col(EmergencyTarget.id), page
    )
    return EmergencyTargetPage(items=[target_out(r) for r in rows], next_cursor=cursor)


async def delete_target(session: AsyncSession, user_id: int, target_id: int) -> None:
    row = await session.get(EmergencyTarget, target_id)
    if row is None or row.user_id != user_id:
        raise TargetNotFound(f"no notification target {target_id}")
    await session.delete(row)
    await session.commit()
