"""The alerts the live monitor recorded, and the notifications they sent, as the user sees them:
their own and the system-wide ones (``user_id`` null), never another user's."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.notify import DeliveryInfo, NotificationDelivery
from app.core.pagination import PageRequest, newest_page
from app.modules.emergency.errors import AlertNotFound
from app.modules.emergency.models import EmergencyAlert
from app.modules.emergency.schemas import (
    EmergencyAlertOut,
    EmergencyAlertPage,
    EmergencyDeliveryPage,
)


def _visible(user_id: int) -> ColumnElement[bool]:
    return or_(col(EmergencyAlert.user_id) == user_id, col(EmergencyAlert.user_id).is_(None))


async def list_alerts(
    session: AsyncSession,
    user_id: int,
    page: PageRequest,
    *,
    symbol: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> EmergencyAlertPage:
    query = select(EmergencyAlert).where(_visible(user_id))
    if symbol:
        query = query.where(col(EmergencyAlert.symbol) == symbol)
    if start is not None:
        query = query.where(col(EmergencyAlert.created_at) >= start)
    if end is not None:
        query = query.where(col(EmergencyAlert.created_at) < end)
    rows, cursor = await newest_page(
        session, query, col(EmergencyAlert.created_at), col(EmergencyAlert.id), page
    )
    items = [EmergencyAlertOut.model_validate(r, from_attributes=True) for r in rows]
    return EmergencyAlertPage(items=items, next_cursor=cursor)


async def get_alert(session: AsyncSession, user_id: int, alert_id: int) -> EmergencyAlertOut:
    row = await session.get(EmergencyAlert, alert_id)
    if row is None or (row.user_id is not None and row.user_id != user_id):
        raise AlertNotFound(f"no alert {alert_id}")
    return EmergencyAlertOut.model_validate(row, from_attributes=True)


async def list_deliveries(
    session: AsyncSession, user_id: int, page: PageRequest
) -> EmergencyDeliveryPage:
    query = select(NotificationDelivery).where(col(NotificationDelivery.user_id) == user_id)
    rows, cursor = await newest_page(
        session, query, col(NotificationDelivery.created_at), col(NotificationDelivery.id), page
    )
    items = [DeliveryInfo.model_validate(r, from_attributes=True) for r in rows]
    return EmergencyDeliveryPage(items=items, next_cursor=cursor)
