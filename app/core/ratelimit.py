"""Fixed-window rate limits per user (or API key, or client IP) and route group, over the cache.

Limits are ``"N/period"`` strings from settings. Responses carry ``RateLimit-Limit``,
``RateLimit-Remaining`` and ``RateLimit-Reset``; a refusal is a 429 problem with ``Retry-After``.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Request, Response

from app.core.errors import RateLimited
from app.core.metrics import RATE_LIMITED
from app.core.security import InvalidToken, decode_token, hash_api_key

_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int


def parse_limit(text: str) -> Limit:
    try:
        count, period = text.strip().split("/")
        return Limit(int(count), _PERIODS[period.strip().rstrip("s")])
    except (ValueError, KeyError) as exc:
        raise ValueError(f"rate limit {text!r} must look like '10/minute'") from exc


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _identity(request: Request) -> str:
    """Who to count: the token's user, the API key, or the client address."""
    settings = request.app.state.settings
    authorization = request.headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        token = authorization[7:].strip()
        try:
            claims = decode_token(
                token,
                secret=settings.secret_key,
                algorithm=settings.jwt_algorithm,
                expected="access",
            )
            request.state.verified_token = (token, claims)  # authentication reuses it
            return f"user:{claims.sub}"
        except InvalidToken:
            pass
    api_key = request.headers.get("x-api-key")
    if api_key:
        return f"key:{hash_api_key(api_key)[:24]}"
    return f"ip:{client_ip(request)}"


def rate_limit(group: str) -> Callable[[Request, Response], Awaitable[None]]:
    async def dependency(request: Request, response: Response) -> None:
        settings = request.app.state.settings
        if not settings.rate_limit_enabled:
            return
        identity = _identity(request)
        if group == "default" and identity.startswith("ip:"):
            limit = parse_limit(settings.rate_limit_anonymous)
        else:
            limit = parse_limit(getattr(settings, f"rate_limit_{group}"))
        count, reset = await request.app.state.cache.hit_window(
            f"rl:{group}:{identity}", limit.seconds
        )
        remaining = max(limit.count - count, 0)
        reset_seconds = str(max(math.ceil(reset), 1))
        headers = {
            "RateLimit-Limit": str(limit.count),
            "RateLimit-Remaining": str(remaining),
            "RateLimit-Reset": reset_seconds,
        }
        if count > limit.count:
            RATE_LIMITED.labels(group).inc()
            raise RateLimited(
                f"rate limit of {limit.count} requests per {limit.seconds}s for '{group}' "
                f"exceeded; retry in {reset_seconds}s",
                headers={**headers, "Retry-After": reset_seconds},
            )
        response.headers.update(headers)

    return dependency
