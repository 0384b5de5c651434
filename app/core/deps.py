"""FastAPI dependencies shared by every module: session, cache, settings, the caller."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict
from typing import Annotated, cast

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.cache import Cache
from app.core.config import Settings
from app.core.errors import Forbidden, Unauthorized
from app.core.events import EventBus
from app.core.jobs import JobRunner
from app.core.logging import user_id_var
from app.core.principals import (
    Principal,
    PrincipalResolver,
    UserRecord,
    get_resolver,
    parse_user_id,
    scopes_for_roles,
)
from app.core.revocation import is_revoked
from app.core.security import InvalidToken, decode_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/login", auto_error=False)
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False)


# The plain getters are ``async def`` on purpose: FastAPI runs a sync dependency in the thread
# pool, a thread hop per request for a dictionary lookup.
async def get_settings_dep(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.db.sessionmaker() as session:
        yield session


async def get_cache(request: Request) -> Cache:
    return cast(Cache, request.app.state.cache)


async def get_events(request: Request) -> EventBus:
    return cast(EventBus, request.app.state.events)


async def get_jobs(request: Request) -> JobRunner:
    return cast(JobRunner, request.app.state.jobs)


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
CacheDep = Annotated[Cache, Depends(get_cache)]
EventsDep = Annotated[EventBus, Depends(get_events)]
JobsDep = Annotated[JobRunner, Depends(get_jobs)]


USER_CACHE_SECONDS = 60


def user_cache_key(user_id: int) -> str:
    return f"user:{user_id}"


async def load_user_cached(
    cache: Cache, resolver: PrincipalResolver, session: AsyncSession, user_id: int
) -> UserRecord | None:
    """The user behind a token, cached briefly; ``forget_user`` drops it when the user changes
    (the cache is shared through Redis, so every process sees the change)."""
    cached = await cache.get_json(user_cache_key(user_id))
    if cached is not None:
        return UserRecord(**cached)
    user = await resolver.load_user(session, user_id)
    if user is not None:
        await cache.set_json(user_cache_key(user_id), asdict(user), ttl=USER_CACHE_SECONDS)
    return user


async def forget_user(cache: Cache, user_id: int) -> None:
    await cache.delete(user_cache_key(user_id))


async def authenticate(
    request: Request, session: AsyncSession, cache: Cache, token: str | None, api_key: str | None
) -> Principal:
    settings: Settings = request.app.state.settings
    resolver = get_resolver()
    if resolver is None:
        raise Unauthorized("authentication is not available (auth module disabled)")
    if token:
        verified = getattr(request.state, "verified_token", None)
        if verified is not None and verified[0] == token:
            claims = verified[1]
        else:
            try:
                claims = decode_token(
                    token,
                    secret=settings.secret_key,
                    algorithm=settings.jwt_algorithm,
                    expected="access",
                )
            except InvalidToken as exc:
                raise Unauthorized(f"invalid access token: {exc}") from None
        user_id = parse_user_id(claims.sub)
        if user_id is None:
            raise Unauthorized("access token does not name a user")
        if await is_revoked(cache, resolver, session, claims.jti, claims.family):
            raise Unauthorized("access token has been revoked")
        user = await load_user_cached(cache, resolver, session, user_id)
        if user is None or not user.is_active:
            raise Unauthorized("user no longer exists or is disabled")
        principal = Principal(
            user_id=user.id,
            email=user.email,
            roles=user.roles,
            scopes=scopes_for_roles(user.roles),
            via="jwt",
            expires_at=claims.exp,
            token_jti=claims.jti,
            token_family=claims.family,
        )
    elif api_key:
        # The rate limiter looked this key up already in this request (never reused later:
        # a websocket re-checks its key on the same state object).
        looked_up = getattr(request.state, "verified_api_key", None)
        if looked_up is not None and looked_up[0] == api_key:
            del request.state.verified_api_key
            found = looked_up[1]
        else:
            found = await resolver.resolve_api_key(session, api_key)
        if found is None:
            raise Unauthorized("invalid or revoked API key")
        principal = found
    else:
        raise Unauthorized("send a bearer token or an X-API-Key header")
    user_id_var.set(principal.user_id)
    request.state.principal = principal
    return principal


TokenDep = Annotated[str | None, Security(oauth2_scheme)]
ApiKeyDep = Annotated[str | None, Security(api_key_scheme)]


async def get_current_user(
    request: Request, session: SessionDep, token: TokenDep, api_key: ApiKeyDep
) -> Principal:
    return await authenticate(request, session, request.app.state.cache, token, api_key)


CurrentUser = Annotated[Principal, Depends(get_current_user)]


def require_scopes(*scopes: str) -> Callable[..., Awaitable[Principal]]:
    # Authenticates itself rather than depending on CurrentUser: FastAPI spends ~20-40 µs per
    # dependency per request, a noticeable share of a small authenticated request.
    async def dependency(
        request: Request, session: SessionDep, token: TokenDep, api_key: ApiKeyDep
    ) -> Principal:
        user = await get_current_user(request, session, token, api_key)
        missing = [scope for scope in scopes if scope not in user.scopes]
        if missing:
            raise Forbidden(f"missing scope(s): {', '.join(missing)}")
        return user

    return dependency


async def _admin(user: CurrentUser) -> Principal:
    if not user.is_admin:
        raise Forbidden("administrator role required")
    return user


AdminUser = Annotated[Principal, Depends(_admin)]
TraderUser = Annotated[Principal, Depends(require_scopes("trade"))]
ReaderUser = Annotated[Principal, Depends(require_scopes("read"))]
