"""Auth domain logic: users, logins, token rotation and revocation, API keys."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from weakref import WeakKeyDictionary

from sqlalchemy import String, cast, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.cache import Cache
from app.core.config import Settings
from app.core.errors import BadRequest, Conflict, Forbidden, NotFound, RateLimited, Unauthorized
from app.core.metrics import LOGINS_FAILED
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.core.principals import Principal, UserRecord, parse_user_id, scopes_for_roles
from app.core.revocation import family_key, jti_key, remember_revoked
from app.core.security import (
    InvalidToken,
    create_token,
    decode_token,
    hash_api_key,
    hash_password,
    new_api_key,
    verify_password,
)
from app.modules.auth import throttle
from app.modules.auth.config import AuthSettings
from app.modules.auth.models import ApiKey, LoginEvent, RefreshToken, RevokedToken, User
from app.modules.auth.schemas import ApiKeyIn, TokenPair

_LAST_USED_RESOLUTION = timedelta(minutes=1)


def _now() -> datetime:
    return datetime.now(UTC)


async def register_user(
    session: AsyncSession, email: str, password: str, roles: list[str] | None = None
) -> User:
    email = email.strip().lower()
    # Hash first, whether or not the email is taken: the answer then takes as long for an
    # existing account as for a new one, so timing does not tell which emails are registered.
    password_hash = hash_password(password)
    existing = await session.scalar(select(col(User.id)).where(col(User.email) == email))
    if existing is not None:
        raise Conflict("an account with this email already exists")
    user = User(email=email, password_hash=password_hash, roles=roles or ["user"])
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:  # lost a race with a concurrent registration
        await session.rollback()
        raise Conflict("an account with this email already exists") from None
    await session.refresh(user)
    return user


async def authenticate_password(
    session: AsyncSession, auth_settings: AuthSettings, email: str, password: str, client: str
) -> User:
    """The user whose password this is. Every attempt lands in the login audit trail, and an
    email with a run of failures must wait (growing delays, then a lock) before the next check."""
    email = email.strip().lower()[:320]
    if "\x00" in email:  # no account has one, and PostgreSQL text cannot hold it
        LOGINS_FAILED.inc()
        raise Unauthorized("incorrect email or password")
    await _check_throttle(session, auth_settings, email, client)
    user = await session.scalar(select(User).where(col(User.email) == email))
    if not verify_password(password, user.password_hash if user else None) or user is None:
        await _record_failure(session, auth_settings, email, client, user)
        raise Unauthorized("incorrect email or password")
    if not user.is_active:
        LOGINS_FAILED.inc()
        throttle.record(session, email, "disabled", client, user.id)
        await session.commit()
        raise Unauthorized("account is disabled")
    throttle.record(session, email, "success", client, user.id)
    user.last_login_at = _now()
    await session.commit()
    return user


async def _check_throttle(
    session: AsyncSession, auth_settings: AuthSettings, email: str, client: str
) -> None:
    state = await throttle.login_throttle(session, auth_settings, email, _now())
    if state.wait_seconds <= 0:
        return
    wait = throttle.retry_after(state)
    throttle.record(session, email, "locked" if state.locked else "throttled", client)
    await session.commit()
    reason = "temporarily locked" if state.locked else "throttled"
    raise RateLimited(
        f"password login for this account is {reason} after {state.failures} failed attempts; "
        f"retry in {wait}s",
        headers={"Retry-After": str(wait)},
    )


async def _record_failure(
    session: AsyncSession,
    auth_settings: AuthSettings,
    email: str,
    client: str,
    user: User | None,
) -> None:
    LOGINS_FAILED.inc()
    throttle.record(session, email, "failure", client, user.id if user else None)
    await session.commit()
    state = await throttle.login_throttle(session, auth_settings, email, _now())
    if state.locked and state.failures == auth_settings.login_lock_failures:
        throttle.log.warning(
            "account locked", extra={"email": email, "failures": state.failures, "client": client}
        )


async def list_login_events(
    session: AsyncSession, email: str | None, page: PageRequest
) -> tuple[list[LoginEvent], str | None]:
    """One page of the login audit trail, newest first, and the next page's cursor."""
    query = select(LoginEvent)
    if email:
        query = query.where(col(LoginEvent.email) == email.strip().lower())
    query = newest_first(query, col(LoginEvent.at), col(LoginEvent.id), page)
    rows = list(await session.scalars(query))
    return rows[: page.limit], next_cursor_of(rows, page.limit, lambda e: (e.at, e.id or 0))


async def issue_pair(
    session: AsyncSession, settings: Settings, user: User, family: str | None = None
) -> TokenPair:
    assert user.id is not None
    secret, algorithm = settings.secret_key, settings.jwt_algorithm
    access_life = timedelta(minutes=settings.access_token_minutes)
    refresh, refresh_claims = create_token(
        subject=str(user.id),
        token_type="refresh",
        lifetime=timedelta(days=settings.refresh_token_days),
        family=family,
        secret=secret,
        algorithm=algorithm,
    )
    access, _ = create_token(
        subject=str(user.id),
        token_type="access",
        lifetime=access_life,
        family=refresh_claims.family,
        roles=user.roles,
        scopes=scopes_for_roles(user.roles),
        secret=secret,
        algorithm=algorithm,
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
            col(RefreshToken.jti) == claims.jti,
            col(RefreshToken.used_at).is_(None),
            col(RefreshToken.revoked_at).is_(None),
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
    user_id = parse_user_id(claims.sub)
    user = await session.get(User, user_id) if user_id is not None else None
    if user is None or not user.is_active:
        await session.rollback()
        raise Unauthorized("user no longer exists or is disabled")
    return await issue_pair(session, settings, user, family=claims.family)


async def _store_revocations(session: AsyncSession, rows: list[RevokedToken], cache: Cache) -> None:
    """Persist revocations (idempotently), drop the expired ones, then tell the cache."""
    now = _now()
    await session.execute(delete(RevokedToken).where(col(RevokedToken.expires_at) < now))
    ids = [row.token_id for row in rows]
    known = set(
        await session.scalars(
            select(col(RevokedToken.token_id)).where(col(RevokedToken.token_id).in_(ids))
        )
    )
    session.add_all([row for row in rows if row.token_id not in known])
    try:
        await session.commit()
    except IntegrityError:  # a concurrent request revoked the same token: it is revoked
        await session.rollback()
    for row in rows:
        key = jti_key(row.token_id) if row.kind == "jti" else family_key(row.token_id)
        await remember_revoked(cache, [key], (row.expires_at - now).total_seconds())


def _family_row(settings: Settings, family: str, user_id: int | None) -> RevokedToken:
    # Access tokens of the family stay rejected for as long as any of them could live.
    lifetime = timedelta(minutes=settings.access_token_minutes, seconds=60)
    return RevokedToken(
        token_id=family, kind="family", user_id=user_id, expires_at=_now() + lifetime
    )


async def revoke_family(
    session: AsyncSession, cache: Cache, settings: Settings, family: str
) -> None:
    user_id = await session.scalar(
        select(col(RefreshToken.user_id)).where(col(RefreshToken.family) == family).limit(1)
    )
    await session.execute(
        update(RefreshToken)
        .where(col(RefreshToken.family) == family, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=_now())
    )
    await _store_revocations(session, [_family_row(settings, family, user_id)], cache)


def _jti_row(principal: Principal) -> RevokedToken:
    expires = principal.expires_at or _now() + timedelta(days=1)
    return RevokedToken(
        token_id=principal.token_jti or "",
        kind="jti",
        user_id=principal.user_id,
        expires_at=expires + timedelta(seconds=5),
    )


async def logout(
    session: AsyncSession, cache: Cache, settings: Settings, principal: Principal
) -> str | None:
    if principal.via != "jwt" or principal.token_jti is None:
        return None
    rows = [_jti_row(principal)]
    if principal.token_family:
        await session.execute(
            update(RefreshToken)
            .where(
                col(RefreshToken.family) == principal.token_family,
                col(RefreshToken.revoked_at).is_(None),
            )
            .values(revoked_at=_now())
        )
        rows.append(_family_row(settings, principal.token_family, principal.user_id))
    await _store_revocations(session, rows, cache)
    return principal.token_family


async def revoke_sessions(
    session: AsyncSession,
    cache: Cache,
    settings: Settings,
    user_id: int,
    keep_family: str | None = None,
) -> int:
    """Revoke every token family of the user that may still hold a live token, except
    ``keep_family``; returns how many were revoked."""
    access_life = timedelta(minutes=settings.access_token_minutes, seconds=60)
    families = set(
        await session.scalars(
            select(col(RefreshToken.family)).where(
                col(RefreshToken.user_id) == user_id,
                col(RefreshToken.expires_at) > _now() - access_life,
            )
        )
    )
    if keep_family is not None:
        families.discard(keep_family)
    if not families:
        return 0
    await session.execute(
        update(RefreshToken)
        .where(
            col(RefreshToken.family).in_(families),
            col(RefreshToken.revoked_at).is_(None),
        )
        .values(revoked_at=_now())
    )
    rows = [_family_row(settings, family, user_id) for family in sorted(families)]
    await _store_revocations(session, rows, cache)
    return len(families)


async def logout_all(
    session: AsyncSession, cache: Cache, settings: Settings, principal: Principal
) -> int:
    """Log the user out everywhere: every session, including the calling one."""
    if principal.via != "jwt" or principal.token_jti is None:
        raise BadRequest(
            "log out everywhere with a bearer token; revoke API keys at /auth/api-keys"
        )
    count = await revoke_sessions(session, cache, settings, principal.user_id)
    await _store_revocations(session, [_jti_row(principal)], cache)
    return count


async def change_password(
    session: AsyncSession,
    cache: Cache,
    settings: Settings,
    auth_settings: AuthSettings,
    principal: Principal,
    current_password: str,
    new_password: str,
    client: str,
) -> int:
    """Set a new password and revoke every other session; returns how many were revoked."""
    if principal.via != "jwt":
        raise BadRequest("change the password with a bearer token, not an API key")
    user = await session.get(User, principal.user_id)
    if user is None or not user.is_active:
        raise Unauthorized("user no longer exists or is disabled")
    # Guessing the current password with a stolen token meets the login throttle.
    await _check_throttle(session, auth_settings, user.email, client)
    if not verify_password(current_password, user.password_hash):
        await _record_failure(session, auth_settings, user.email, client, user)
        raise Forbidden("the current password is incorrect")
    user.password_hash = hash_password(new_password)
    throttle.record(session, user.email, "success", client, user.id)
    await session.commit()
    return await revoke_sessions(
        session, cache, settings, principal.user_id, keep_family=principal.token_family
    )


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


async def list_api_keys(
    session: AsyncSession, user_id: int, page: PageRequest
) -> tuple[list[ApiKey], str | None]:
    """One page of the user's API keys, newest first, and the next page's cursor."""
    query = select(ApiKey).where(col(ApiKey.user_id) == user_id)
    rows = list(
        await session.scalars(newest_first(query, col(ApiKey.created_at), col(ApiKey.id), page))
    )
    return rows[: page.limit], next_cursor_of(rows, page.limit, lambda k: (k.created_at, k.id or 0))


async def revoke_api_key(session: AsyncSession, user_id: int, key_id: int) -> ApiKey:
    key = await session.get(ApiKey, key_id)
    if key is None or key.user_id != user_id:
        raise NotFound(f"API key {key_id} not found")
    if key.revoked_at is None:
        key.revoked_at = _now()
        await session.commit()
    return key


async def list_users(session: AsyncSession, page: PageRequest) -> tuple[list[User], str | None]:
    """One page of users, newest first, and the next page's cursor."""
    query = newest_first(select(User), col(User.created_at), col(User.id), page)
    rows = list(await session.scalars(query))
    return rows[: page.limit], next_cursor_of(rows, page.limit, lambda u: (u.created_at, u.id or 0))


# Role changes in this process run one at a time: SQLite has no row locks, so without this two
# admins demoting each other at once would both pass the last-admin check. (PostgreSQL also
# locks the admin rows, which covers several processes.)
_role_change_locks: WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = WeakKeyDictionary()


def _role_change_lock() -> asyncio.Lock:
    loop = asyncio.get_running_loop()
    lock = _role_change_locks.get(loop)
    if lock is None:
        lock = _role_change_locks[loop] = asyncio.Lock()
    return lock


async def update_user(
    session: AsyncSession, user_id: int, roles: Sequence[str] | None, is_active: bool | None
) -> User:
    async with _role_change_lock():
        return await _update_user(session, user_id, roles, is_active)


async def _update_user(
    session: AsyncSession, user_id: int, roles: Sequence[str] | None, is_active: bool | None
) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    demoted = roles is not None and "admin" not in roles
    losing_admin = user.is_active and "admin" in user.roles and (demoted or is_active is False)
    if losing_admin and await _other_active_admins(session, user_id) == 0:
        raise Conflict(
            f"user {user_id} is the last active administrator; promote another account "
            "to admin before demoting or disabling this one"
        )
    if roles is not None:
        user.roles = list(dict.fromkeys(roles))
    if is_active is not None:
        user.is_active = is_active
    await session.commit()
    await session.refresh(user)
    return user


async def _other_active_admins(session: AsyncSession, user_id: int) -> int:
    # Roles are a JSON list; the LIKE narrows it down on both backends, Python decides. The
    # admin rows are locked in id order (PostgreSQL), so two admins demoting each other at once
    # are serialised: the second sees the first one's change and gets the 409.
    candidates = await session.execute(
        select(col(User.id), col(User.roles))
        .where(
            col(User.is_active),
            cast(User.roles, String).like('%"admin"%'),
        )
        .order_by(col(User.id))
        .with_for_update()
    )
    return sum(1 for found, roles in candidates if found != user_id and "admin" in roles)


async def ensure_admin(session: AsyncSession, email: str, password: str) -> User:
    """Create the admin (or promote an existing account); used by the CLI and bootstrap."""
    user = await session.scalar(select(User).where(col(User.email) == email.strip().lower()))
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
                .join(User, col(User.id) == col(ApiKey.user_id))
                .where(col(ApiKey.key_hash) == hash_api_key(raw_key))
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
        assert user.id is not None  # a stored row
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

    async def revoked(self, session: AsyncSession, token_ids: list[str]) -> set[str]:
        rows = await session.scalars(
            select(col(RevokedToken.token_id)).where(
                col(RevokedToken.token_id).in_(token_ids),
                col(RevokedToken.expires_at) > _now(),
            )
        )
        return set(rows)
