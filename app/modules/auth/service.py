"""Auth domain logic: users, logins, token rotation and revocation, API keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.cache import Cache
from app.core.config import Settings
from app.core.deps import revoked_family_key, revoked_jti_key
from app.core.errors import Conflict, Forbidden, NotFound, Unauthorized
from app.core.metrics import LOGINS_FAILED
from app.core.principals import Principal, UserRecord, scopes_for_roles
from app.core.security import (
    InvalidToken,
    create_token,
    decode_token,
    hash_api_key,
    hash_password,
    new_api_key,
    verify_password,
)
from app.modules.auth.models import ApiKey, RefreshToken, User
from app.modules.auth.schemas import ApiKeyIn, TokenPair

_LAST_USED_RESOLUTION = timedelta(minutes=1)


def _now() -> datetime:
    return datetime.now(UTC)


async def register_user(
    session: AsyncSession, email: str, password: str, roles: list[str] | None = None
) -> User:
    email = email.strip().lower()
    existing = await session.scalar(select(User.id).where(User.email == email))
    if existing is not None:
        raise Conflict("an account with this email already exists")
    user = User(email=email, password_hash=hash_password(password), roles=roles or ["user"])
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:  # lost a race with a concurrent registration
        await session.rollback()
        raise Conflict("an account with this email already exists") from None
    await session.refresh(user)
    return user


async def authenticate_password(session: AsyncSession, email: str, password: str) -> User:
    user = await session.scalar(select(User).where(User.email == email.strip().lower()))
    if not verify_password(password, user.password_hash if user else None) or user is None:
        LOGINS_FAILED.inc()
        raise Unauthorized("incorrect email or password")
    if not user.is_active:
        LOGINS_FAILED.inc()
        raise Unauthorized("account is disabled")
    user.last_login_at = _now()
    await session.commit()
    return user


async def issue_pair(
    session: AsyncSession, settings: Settings, user: User, family: str | None = None
) -> TokenPair:
    assert user.id is not None
    common = {"secret": settings.secret_key, "algorithm": settings.jwt_algorithm}
    access_life = timedelta(minutes=settings.access_token_minutes)
    refresh, refresh_claims = create_token(
        subject=str(user.id),
        token_type="refresh",
        lifetime=timedelta(days=settings.refresh_token_days),
        family=family,
        **common,
    )
    access, _ = create_token(
        subject=str(user.id),
        token_type="access",
        lifetime=access_life,
        family=refresh_claims.family,
        roles=user.roles,
        scopes=scopes_for_roles(user.roles),
        **common,
    )
    session.add(
        RefreshToken(
            jti=refresh_claims.jti,
            family=refresh_claims.family,
            user_id=user.id,
            issued_at=refresh_claims.iat,
            expires_at=refresh_claims.exp,
        )
    )
    await session.commit()
    return TokenPair(
        access_token=access, refresh_token=refresh, expires_in=int(access_life.total_seconds())
    )


async def rotate_refresh(
    session: AsyncSession, cache: Cache, settings: Settings, raw_token: str
) -> TokenPair:
    try:
        claims = decode_token(
            raw_token,
            secret=settings.secret_key,
            algorithm=settings.jwt_algorithm,
            expected="refresh",
        )
    except InvalidToken as exc:
        raise Unauthorized(f"invalid refresh token: {exc}") from None
    # Mark the token spent atomically: exactly one concurrent caller wins the rotation.
    spent = await session.execute(
        update(RefreshToken)
        .where(
            RefreshToken.jti == claims.jti,
            RefreshToken.used_at.is_(None),  # type: ignore[union-attr]
            RefreshToken.revoked_at.is_(None),  # type: ignore[union-attr]
        )
        .values(used_at=_now())
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        await session.rollback()
        known = await session.get(RefreshToken, claims.jti)
        if known is not None:
            # Reuse of a spent token means it leaked: burn the whole family.
            await revoke_family(session, cache, settings, known.family)
            raise Unauthorized("refresh token already used; its token family has been revoked")
        raise Unauthorized("unknown refresh token")
    user = await session.get(User, int(claims.sub))
    if user is None or not user.is_active:
        await session.rollback()
        raise Unauthorized("user no longer exists or is disabled")
    return await issue_pair(session, settings, user, family=claims.family)


async def revoke_family(
    session: AsyncSession, cache: Cache, settings: Settings, family: str
) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family == family, RefreshToken.revoked_at.is_(None))  # type: ignore[union-attr]
        .values(revoked_at=_now())
    )
    await session.commit()
    # Access tokens of the family stay rejected for as long as any of them could live.
    await cache.set(revoked_family_key(family), b"1", ttl=settings.access_token_minutes * 60 + 60)


async def logout(
    session: AsyncSession, cache: Cache, settings: Settings, principal: Principal
) -> str | None:
    if principal.via != "jwt" or principal.token_jti is None:
        return None
    remaining = (principal.expires_at or _now()) - _now()
    await cache.set(
        revoked_jti_key(principal.token_jti), b"1", ttl=max(remaining.total_seconds(), 1) + 5
    )
    if principal.token_family:
        await revoke_family(session, cache, settings, principal.token_family)
    return principal.token_family


async def create_api_key(
    session: AsyncSession, principal: Principal, body: ApiKeyIn
) -> tuple[ApiKey, str]:
    beyond = [scope for scope in body.scopes if scope not in principal.scopes]
    if beyond:
        raise Forbidden(f"cannot grant scopes you do not hold: {', '.join(beyond)}")
    raw = new_api_key()
    key = ApiKey(
        user_id=principal.user_id,
        name=body.name,
        prefix=raw[:10],
        key_hash=hash_api_key(raw),
        scopes=list(dict.fromkeys(body.scopes)),
        expires_at=_now() + timedelta(days=body.expires_in_days) if body.expires_in_days else None,
    )
    session.add(key)
    await session.commit()
    await session.refresh(key)
    return key, raw


async def list_api_keys(session: AsyncSession, user_id: int) -> list[ApiKey]:
    result = await session.scalars(
        select(ApiKey).where(ApiKey.user_id == user_id).order_by(ApiKey.id)  # type: ignore[arg-type]
    )
    return list(result)


async def revoke_api_key(session: AsyncSession, user_id: int, key_id: int) -> ApiKey:
    key = await session.get(ApiKey, key_id)
    if key is None or key.user_id != user_id:
        raise NotFound(f"API key {key_id} not found")
    if key.revoked_at is None:
        key.revoked_at = _now()
        await session.commit()
    return key


async def list_users(session: AsyncSession, limit: int, offset: int) -> list[User]:
    result = await session.scalars(select(User).order_by(User.id).limit(limit).offset(offset))  # type: ignore[arg-type]
    return list(result)


async def update_user(
    session: AsyncSession, user_id: int, roles: list[str] | None, is_active: bool | None
) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    if roles is not None:
        user.roles = list(dict.fromkeys(roles))
    if is_active is not None:
        user.is_active = is_active
    await session.commit()
    await session.refresh(user)
    return user


async def ensure_admin(session: AsyncSession, email: str, password: str) -> User:
    """Create the admin (or promote an existing account); used by the CLI and bootstrap."""
    user = await session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        return await register_user(session, email, password, roles=["user", "admin"])
    if "admin" not in user.roles:
        user.roles = [*user.roles, "admin"]
        await session.commit()
    return user


async def count_users(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(User)) or 0)


class AuthResolver:
    """Registered with the core so request authentication can load users and API keys."""

    async def load_user(self, session: AsyncSession, user_id: int) -> UserRecord | None:
        user = await session.get(User, user_id)
        if user is None or user.id is None:
            return None
        return UserRecord(id=user.id, email=user.email, roles=user.roles, is_active=user.is_active)

    async def resolve_api_key(self, session: AsyncSession, raw_key: str) -> Principal | None:
        row = (
            await session.execute(
                select(ApiKey, User)
                .join(User, User.id == ApiKey.user_id)  # type: ignore[arg-type]
                .where(ApiKey.key_hash == hash_api_key(raw_key))
            )
        ).first()
        if row is None:
            return None
        key, user = row
        now = _now()
        if key.revoked_at or (key.expires_at and key.expires_at <= now) or not user.is_active:
            return None
        if key.last_used_at is None or now - key.last_used_at > _LAST_USED_RESOLUTION:
            key.last_used_at = now
            await session.commit()
        allowed = scopes_for_roles(user.roles)
        scopes = [scope for scope in key.scopes if scope in allowed]
        return Principal(
            user_id=user.id,
            email=user.email,
            # A key without the admin scope never acts as an admin.
            roles=[role for role in user.roles if role != "admin" or "admin" in scopes],
            scopes=scopes,
            via="api_key",
            expires_at=key.expires_at,
            api_key_id=key.id,
        )
