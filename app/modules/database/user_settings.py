"""Each user's settings (defaults, risk per trade, personal leverage cap, notification targets).

Named ``get_user_settings`` so it never shadows ``app.core.config.get_settings``.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.timeutil import utcnow
from app.modules.database import audit
from app.modules.database.models import UserSettings
from app.modules.database.schemas import UserSettingsIn, UserSettingsOut


async def get_user_settings(session: AsyncSession, user_id: int) -> UserSettingsOut:
    row = await session.get(UserSettings, user_id)
    if row is None:
        return UserSettingsOut()
    return UserSettingsOut(**row.data, updated_at=row.updated_at)


async def put_user_settings(
    session: AsyncSession, user_id: int, body: UserSettingsIn
) -> UserSettingsOut:
    data = body.model_dump(mode="json")
    row = await session.get(UserSettings, user_id)
    now = utcnow()
    previous = row.data if row is not None else {}
    changed = sorted(key for key in data if previous.get(key) != data[key])
    if row is None:
        session.add(UserSettings(user_id=user_id, data=data, updated_at=now))
    else:
        row.data, row.updated_at = data, now
    audit.record(session, user_id, "update", "settings", [user_id], changed=changed)
    await session.commit()
    return UserSettingsOut(**data, updated_at=now)
