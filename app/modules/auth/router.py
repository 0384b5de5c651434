"""Auth & API gateway endpoints (seed service 3)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, status
from fastapi.security import OAuth2PasswordRequestForm

from app.core.deps import (
    AdminUser,
    CacheDep,
    CurrentUser,
    SessionDep,
    SettingsDep,
    forget_user,
)
from app.core.errors import BadRequest, problem_responses
from app.core.headers import no_store
from app.core.pagination import PageParams
from app.core.principals import MAX_ID
from app.core.routing import module_router
from app.modules.auth import service
from app.modules.auth.deps import AuthSettingsDep, ClientDep
from app.modules.auth.models import ApiKey, LoginEvent, User
from app.modules.auth.schemas import (
    NO_NUL,
    ApiKeyCreated,
    ApiKeyIn,
    ApiKeyOut,
    ApiKeyPage,
    LoginEventOut,
    LoginEventPage,
    LogoutAllOut,
    LogoutOut,
    PasswordChangeIn,
    PasswordChangeOut,
    RefreshIn,
    RegisterIn,
    TokenPair,
    UserOut,
    UserPage,
    UserUpdateIn,
    ValidateOut,
)

# Path ids are 32-bit database ids: anything beyond is a 422, never a database error.
RowId = Annotated[int, Path(ge=1, le=MAX_ID)]
NO_STORE = [Depends(no_store)]

# Unauthenticated entry points share the strict "auth" rate limit, counted per client address.
public = module_router("auth", prefix="/auth", rate_group="auth", responses=problem_responses(429))
router = module_router("auth", prefix="/auth", responses=problem_responses(401, 429))


def _user_out(user: User) -> UserOut:
    return UserOut.model_validate(user, from_attributes=True)


def _key_out(key: ApiKey) -> ApiKeyOut:
    return ApiKeyOut.model_validate(key, from_attributes=True)


@public.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses=problem_responses(409, 422),
)
async def register(body: RegisterIn, session: SessionDep) -> UserOut:
    return _user_out(await service.register_user(session, body.email, body.password))


@public.post(
    "/login",
    response_model=TokenPair,
    summary="Exchange email and password (OAuth2 password form) for tokens",
    description=(
        "Repeated failures for one email, from any address, make further attempts wait "
        "(growing delays, then a temporary lock): 429 with `Retry-After`."
    ),
    responses=problem_responses(401, 422),
    dependencies=NO_STORE,
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
    auth_settings: AuthSettingsDep,
    client: ClientDep,
) -> TokenPair:
    user = await service.authenticate_password(
        session, auth_settings, form.username, form.password, client
    )
    return await service.issue_pair(session, settings, user)


@public.post(
    "/refresh",
    response_model=TokenPair,
    summary="Rotate a refresh token into a new token pair",
    responses=problem_responses(401, 422),
    dependencies=NO_STORE,
)
async def refresh(
    body: RefreshIn, session: SessionDep, cache: CacheDep, settings: SettingsDep
) -> TokenPair:
    return await service.rotate_refresh(session, cache, settings, body.refresh_token)


@router.post(
    "/logout",
    response_model=LogoutOut,
    summary="Revoke the presented access token and its refresh family",
    responses=problem_responses(400),
)
async def logout(
    user: CurrentUser, session: SessionDep, cache: CacheDep, settings: SettingsDep
) -> LogoutOut:
    if user.via != "jwt":
        raise BadRequest("logout applies to bearer tokens; revoke API keys at /auth/api-keys")
    family = await service.logout(session, cache, settings, user)
    return LogoutOut(revoked=True, family=family)


@router.post(
    "/logout_all",
    response_model=LogoutAllOut,
    summary="Log out everywhere: revoke every session of the caller, this one included",
    responses=problem_responses(400),
)
async def logout_all(
    user: CurrentUser, session: SessionDep, cache: CacheDep, settings: SettingsDep
) -> LogoutAllOut:
    count = await service.logout_all(session, cache, settings, user)
    return LogoutAllOut(revoked=True, sessions_revoked=count)


@router.post(
    "/password",
    response_model=PasswordChangeOut,
    summary="Change the caller's password and revoke every other session",
    responses=problem_responses(400, 403, 422),
    dependencies=NO_STORE,
)
async def change_password(
    body: PasswordChangeIn,
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
    auth_settings: AuthSettingsDep,
    client: ClientDep,
) -> PasswordChangeOut:
    count = await service.change_password(
        session,
        cache,
        settings,
        auth_settings,
        user,
        body.current_password,
        body.new_password,
        client,
    )
    return PasswordChangeOut(changed=True, sessions_revoked=count)


@router.get("/validate", response_model=ValidateOut, summary="Describe the presented credential")
async def validate(user: CurrentUser) -> ValidateOut:
    return ValidateOut(
        sub=str(user.user_id),
        email=user.email,
        roles=user.roles,
        scopes=user.scopes,
        expires_at=user.expires_at,
        via=user.via,
    )


@router.post(
    "/api-keys",
    response_model=ApiKeyCreated,
    status_code=status.HTTP_201_CREATED,
    summary="Create a scoped API key (the secret is shown once)",
    responses=problem_responses(403, 422),
    dependencies=NO_STORE,
)
async def create_api_key(body: ApiKeyIn, user: CurrentUser, session: SessionDep) -> ApiKeyCreated:
    key, raw = await service.create_api_key(session, user, body)
    return ApiKeyCreated(**_key_out(key).model_dump(), key=raw)


@router.get(
    "/api-keys", response_model=ApiKeyPage, summary="List the caller's API keys, newest first"
)
async def list_api_keys(user: CurrentUser, session: SessionDep, page: PageParams) -> ApiKeyPage:
    keys, next_cursor = await service.list_api_keys(session, user.user_id, page)
    return ApiKeyPage(items=[_key_out(key) for key in keys], next_cursor=next_cursor)


@router.delete(
    "/api-keys/{key_id}",
    response_model=ApiKeyOut,
    summary="Revoke one of the caller's API keys",
    responses=problem_responses(404),
)
async def revoke_api_key(key_id: RowId, user: CurrentUser, session: SessionDep) -> ApiKeyOut:
    return _key_out(await service.revoke_api_key(session, user.user_id, key_id))


@router.get(
    "/users",
    response_model=UserPage,
    summary="List users, newest first (admin)",
    responses=problem_responses(403),
)
async def list_users(admin: AdminUser, session: SessionDep, page: PageParams) -> UserPage:
    users, next_cursor = await service.list_users(session, page)
    return UserPage(items=[_user_out(user) for user in users], next_cursor=next_cursor)


@router.patch(
    "/users/{user_id}",
    response_model=UserOut,
    summary="Change a user's roles or disable the account (admin)",
    description="The last active administrator cannot be demoted or disabled (409).",
    responses=problem_responses(403, 404, 409),
)
async def update_user(
    user_id: RowId, body: UserUpdateIn, admin: AdminUser, session: SessionDep, cache: CacheDep
) -> UserOut:
    user = await service.update_user(session, user_id, body.roles, body.is_active)
    await forget_user(cache, user_id)  # roles and disabling take effect on the next request
    return _user_out(user)


@router.get(
    "/login-events",
    response_model=LoginEventPage,
    summary="The login audit trail, newest first (admin)",
    responses=problem_responses(403),
)
async def list_login_events(
    admin: AdminUser,
    session: SessionDep,
    page: PageParams,
    email: str | None = Query(default=None, max_length=320, pattern=NO_NUL),
) -> LoginEventPage:
    events, next_cursor = await service.list_login_events(session, email, page)
    return LoginEventPage(items=[_event_out(e) for e in events], next_cursor=next_cursor)


def _event_out(event: LoginEvent) -> LoginEventOut:
    return LoginEventOut.model_validate(event, from_attributes=True)


# The module's router: both groups, each keeping its own rate limit.
module = APIRouter()
module.include_router(public)
module.include_router(router)
