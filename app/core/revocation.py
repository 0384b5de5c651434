"""Revoked access tokens: the database is the record, the cache only a shortcut in front of it.

Revocations are kept by the auth module in the database (rows expire with the token), so neither
an evicted cache entry, an API restart nor a Redis restart brings a logged-out token back. The
cache remembers both answers per key: ``revoked`` until the token could no longer be used, and
``live`` for a few seconds, so a busy token costs one cache read per request, not a query.
Revoking overwrites the ``live`` answer at once; the one window left is a check that read the
database just before a revocation committed and writes ``live`` just after it (at most
``LIVE_SECONDS``).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.cache import Cache
from app.core.principals import PrincipalResolver

REVOKED = b"1"
LIVE = b"0"
LIVE_SECONDS = 5.0


def jti_key(jti: str) -> str:
    return f"revoked:jti:{jti}"


def family_key(family: str) -> str:
    return f"revoked:fam:{family}"


async def remember_revoked(cache: Cache, keys: list[str], ttl: float) -> None:
    for key in keys:
        await cache.set(key, REVOKED, ttl=max(ttl, 1.0))


async def is_revoked(
    cache: Cache, resolver: PrincipalResolver, session: AsyncSession, jti: str, family: str
) -> bool:
    keys = (jti_key(jti), family_key(family))
    answers = [await cache.get(key) for key in keys]
    if REVOKED in answers:
        return True
    if all(answer == LIVE for answer in answers):
        return False
    revoked = await resolver.revoked(session, [jti, family])
    for key, value in zip(keys, (jti, family), strict=True):
        if value in revoked:
            await cache.set(key, REVOKED, ttl=LIVE_SECONDS * 12)
        else:
            await cache.set(key, LIVE, ttl=LIVE_SECONDS)
    return bool(revoked)
