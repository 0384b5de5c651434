"""What other modules may use from auth: read-only facts about users, as DTOs."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.auth.models import User


class UserSummary(BaseModel):
    id: int
    email: str
    roles: list[str]
    is_active: bool


async def get_user_summary(session: AsyncSession, user_id: int) -> UserSummary | None:
    user = await session.get(User, user_id)
    if user is None or user.id is None:
        return None
    return UserSummary(id=user.id, email=user.email, roles=user.roles, is_active=user.is_active)
