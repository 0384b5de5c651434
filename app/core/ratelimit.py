"""Moving-window rate limits (the ``limits`` package) per verified caller and route group.

Limits are ``"N/period"`` strings from settings. Responses carry ``RateLimit-Limit``,
``RateLimit-Remaining`` and ``RateLimit-Reset``; a refusal is a 429 problem with ``Retry-After``.

Who is counted: a caller is keyed by an identity only once it is verified (a validly signed
access token, or an API key that exists); everybody else by client address, so inventing headers
never buys a fresh budget. The windows live in Redis when configured, shared by every process;
while Redis is unreachable each process counts on its own instead of failing requests.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Request, Response
from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError

from app.core.clientaddr import client_address
from app.core.errors import RateLimited
from app.core.metrics import RATE_LIMITED
from app.core.principals import Principal, get_resolver
from app.core.security import InvalidToken, decode_token

log = logging.getLogger("kalkan.ratelimit")

# After a Redis failure, count locally for this long before trying Redis again.
REDIS_RETRY_SECONDS = 5.0


def parse_limit(text: str) -> RateLimitItem:
    try:
        return parse(text)
    except ValueError as exc:
        raise ValueError(f"rate limit {text!r} must look like '10/minute'") from exc


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int


class RateLimiter:
    """A moving-window limiter over Redis (when configured) with a per-process fallback."""

    def __init__(self, redis_url: str | None, namespace: str) -> None:
        self._local = MovingWindowRateLimiter(MemoryStorage())
        self._shared: MovingWindowRateLimiter | None = None
        self._pool = None
        self._shared_down_until = 0.0
        if redis_url:
            from redis.asyncio import BlockingConnectionPool

            self._pool = BlockingConnectionPool.from_url(
                redis_url, max_connections=32, timeout=2, socket_timeout=2, socket_connect_timeout=2
            )
            storage = RedisStorage(
                "async+" + redis_url,
                implementation="redispy",
                wrap_exceptions=True,
                key_prefix=f"{namespace}:rl",
                # A documented option; limits annotates **options more narrowly.
                connection_pool=self._pool,  # type: ignore[arg-type]
            )
            self._shared = MovingWindowRateLimiter(storage)

    @property
    def degraded(self) -> bool:
        """True while Redis is configured but being skipped after a failure."""
        return self._shared is not None and time.monotonic() < self._shared_down_until

    async def hit(self, item: RateLimitItem, *identifiers: str) -> Decision:
        if self._shared is not None and not self.degraded:
            try:
                return await self._decide(self._shared, item, identifiers)
            except (StorageError, OSError, TimeoutError) as exc:
                self._shared_down_until = time.monotonic() + REDIS_RETRY_SECONDS
                log.warning(
                    "rate-limit storage unreachable; counting per process",
                    extra={"error": str(exc)[:200]},
                )
        return await self._decide(self._local, item, identifiers)

    @staticmethod
    async def _decide(
        strategy: MovingWindowRateLimiter, item: RateLimitItem, identifiers: tuple[str, ...]
    ) -> Decision:
        allowed = await strategy.hit(item, *identifiers)
        stats = await strategy.get_window_stats(item, *identifiers)
        reset = max(math.ceil(stats.reset_time - time.time()), 1)
        return Decision(allowed, item.amount, max(stats.remaining, 0), reset)

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.disconnect()


def get_limiter(request: Request) -> RateLimiter:
    """The app's limiter, made on first use (so apps built without the lifespan work too)."""
    state = request.app.state
    limiter: RateLimiter | None = getattr(state, "rate_limiter", None)
    if limiter is None:
        settings = state.settings
        limiter = state.rate_limiter = RateLimiter(settings.redis_url, settings.cache_namespace)
    return limiter


async def _identity(request: Request) -> str:
    """Who to count: the verified user or API key, else the client address."""
    settings = request.app.state.settings
    authorization = request.headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
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
        principal = await _existing_api_key(request, api_key)
        if principal is not None:
            return f"key:{principal.api_key_id}"
    return f"ip:{_address_bucket(client_address(request, settings.trusted_proxies))}"


def _address_bucket(address: str) -> str:
    """IPv6 clients are counted per /64: one host commonly holds the whole prefix, so counting
    single addresses would hand it 2**64 budgets."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


async def _existing_api_key(request: Request, raw_key: str) -> Principal | None:
    """The key's principal when the key exists and is live; authentication reuses the answer."""
    resolver = get_resolver()
    if resolver is None or len(raw_key) > 256:
        return None
    async with request.app.state.db.sessionmaker() as session:
        principal = await resolver.resolve_api_key(session, raw_key)
    request.state.verified_api_key = (raw_key, principal)
    return principal


def rate_limit(group: str) -> Callable[[Request, Response], Awaitable[None]]:
    async def dependency(request: Request, response: Response) -> None:
        settings = request.app.state.settings
        if not settings.rate_limit_enabled:
            return
        identity = await _identity(request)
        if group == "default" and identity.startswith("ip:"):
            limit = parse_limit(settings.rate_limit_anonymous)
        else:
            limit = parse_limit(getattr(settings, f"rate_limit_{group}"))
        decision = await get_limiter(request).hit(limit, group, identity)
        reset = str(decision.reset_seconds)
        headers = {
            "RateLimit-Limit": str(decision.limit),
            "RateLimit-Remaining": str(decision.remaining),
            "RateLimit-Reset": reset,
        }
        if not decision.allowed:
            RATE_LIMITED.labels(group).inc()
            period = limit.get_expiry()
            raise RateLimited(
                f"rate limit of {decision.limit} requests per {period}s for '{group}' "
                f"exceeded; retry in {reset}s",
                headers={**headers, "Retry-After": reset},
            )
        response.headers.update(headers)

    return dependency
