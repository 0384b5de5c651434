"""Who is calling. The auth module registers how users and API keys are resolved, so the core
can authenticate requests without importing any module."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

ROLE_SCOPES: dict[str, tuple[str, ...]] = {
    "user": ("read", "trade"),
    "admin": ("read", "trade", "admin"),
}


@dataclass(frozen=True)
class Principal:
    user_id: int
    email: str
    roles: list[str]
    scopes: list[str]
    via: Literal["jwt", "api_key"]
    expires_at: datetime | None = None
    token_jti: str | None = None
    token_family: str | None = None
    api_key_id: int | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles


@dataclass(frozen=True)
class UserRecord:
    id: int
    email: str
    roles: list[str]
    is_active: bool


class PrincipalResolver(Protocol):
    async def load_user(self, session: AsyncSession, user_id: int) -> UserRecord | None: ...

    async def resolve_api_key(self, session: AsyncSession, raw_key: str) -> Principal | None: ...

    async def revoked(self, session: AsyncSession, token_ids: list[str]) -> set[str]:
        """Which of these access-token ids or token families are revoked (and not expired)."""
        ...


_resolver: PrincipalResolver | None = None


def register_resolver(resolver: PrincipalResolver) -> None:
    global _resolver
    _resolver = resolver


def get_resolver() -> PrincipalResolver | None:
    return _resolver


# Database ids are 32-bit integers: a subject outside this range names nobody.
MAX_ID = 2**31 - 1


def parse_user_id(subject: str) -> int | None:
    """The user id a token's ``sub`` names, or None when it is not a valid id."""
    if not subject.isascii() or not subject.isdigit() or len(subject) > 10:
        return None
    value = int(subject)
    return value if 1 <= value <= MAX_ID else None


def scopes_for_roles(roles: list[str]) -> list[str]:
    scopes: list[str] = []
    for role in roles:
        for scope in ROLE_SCOPES.get(role, ()):
            if scope not in scopes:
                scopes.append(scope)
    return scopes
