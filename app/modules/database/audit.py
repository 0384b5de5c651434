"""Append-only audit trail of who saved, changed or deleted what."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.pagination import PageRequest, decode_int_cursor, next_cursor_of
from app.modules.database.models import AuditEvent
from app.modules.database.schemas import AuditEntry, AuditPage

MAX_IDS_LISTED = 100


def summarize(ids: list[Any] | None, details: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """The ids and details an event stores: long id lists become a count and a range."""
    ids = ids or []
    if len(ids) > MAX_IDS_LISTED:
        details = {**details, "count": len(ids), "id_range": [min(ids), max(ids)]}
        ids = ids[:MAX_IDS_LISTED]
    return ids, details


def record(
    session: AsyncSession,
    user_id: int | None,
    action: str,
    entity: str,
    ids: list[Any] | None = None,
    **details: Any,
) -> None:
    """Add an audit event to the session; it commits with the change it describes."""
    ids, details = summarize(ids, details)
    session.add(
        AuditEvent(user_id=user_id, action=action, entity=entity, entity_ids=ids, details=details)
    )


async def query(
    session: AsyncSession,
    *,
    user_id: int | None,
    entity: str | None,
    action: str | None,
    start: datetime | None,
    end: datetime | None,
    page: PageRequest,
) -> AuditPage:
    """Events newest first (by id, which grows with time), one page after ``page.cursor``."""
    statement = select(AuditEvent)
    if user_id is not None:
        statement = statement.where(col(AuditEvent.user_id) == user_id)
    if entity:
        statement = statement.where(col(AuditEvent.entity) == entity)
    if action:
        statement = statement.where(col(AuditEvent.action) == action)
    if start:
        statement = statement.where(col(AuditEvent.at) >= start)
    if end:
        statement = statement.where(col(AuditEvent.at) < end)
    if page.cursor:
        statement = statement.where(col(AuditEvent.id) < decode_int_cursor(page.cursor)[1])
    statement = statement.order_by(col(AuditEvent.id).desc()).limit(page.limit + 1)
    rows = list(await session.scalars(statement))
    return AuditPage(
        items=[AuditEntry.model_validate(row, from_attributes=True) for row in rows[: page.limit]],
        next_cursor=next_cursor_of(rows, page.limit, lambda row: (row.at, row.id)),  # type: ignore[arg-type,return-value]
    )
