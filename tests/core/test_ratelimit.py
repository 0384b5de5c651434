"""The rate limiter: a moving window (``limits``), shared through Redis, and per-process counting
while Redis is unreachable (issue 10 §5, issue 15 #8)."""

import socket
import time

import pytest
from limits import parse

from app.core.ratelimit import RateLimiter, parse_limit
from tests.conftest import REDIS_URL


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(time, "time", fake)
    return fake


def dead_redis_url() -> str:
    # A port nobody listens on: bind, note it, close.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


async def test_the_window_moves_instead_of_resetting_at_a_boundary(clock):
    limiter = RateLimiter(None, "t")
    limit = parse("4/minute")
    clock.now = 1_000_000.0 + 50  # late in a fixed minute
    assert [(await limiter.hit(limit, "g", "a")).allowed for _ in range(4)] == [True] * 4
    # A fixed window would start afresh at the next minute (15 s later); a moving one does not.
    clock.now += 15
    refused = await limiter.hit(limit, "g", "a")
    assert not refused.allowed and refused.remaining == 0
    assert 44 <= refused.reset_seconds <= 46  # the first hit leaves the window at +60 s
    clock.now += 46
    assert (await limiter.hit(limit, "g", "a")).allowed
    # Other identities count apart.
    assert (await limiter.hit(limit, "g", "b")).remaining == 3


def test_limit_strings():
    assert parse_limit("10/minute").amount == 10 and parse_limit("10/minute").get_expiry() == 60
    assert parse_limit("600/hour").get_expiry() == 3600
    with pytest.raises(ValueError, match="10/minute"):
        parse_limit("ten per fortnight")


async def test_unreachable_redis_falls_back_to_per_process_limits():
    limiter = RateLimiter(dead_redis_url(), "t")
    limit = parse("2/minute")
    decisions = [await limiter.hit(limit, "g", "x") for _ in range(3)]
    assert [d.allowed for d in decisions] == [True, True, False]
    assert limiter.degraded
    await limiter.close()


@pytest.mark.skipif(not REDIS_URL, reason="needs APP_REDIS_URL")
async def test_processes_share_the_window_through_redis():
    import uuid

    namespace = f"rl-test-{uuid.uuid4().hex[:8]}"
    first, second = RateLimiter(REDIS_URL, namespace), RateLimiter(REDIS_URL, namespace)
    limit = parse("3/minute")
    allowed = [(await limiter.hit(limit, "g", "u")).allowed for limiter in (first, second) * 2]
    assert allowed == [True, True, True, False]
    assert not first.degraded
    await first.close()
    await second.close()


class TestRedisOutage:
    @pytest.fixture
    def settings_overrides(self):
        return {"rate_limit_anonymous": "3/minute"}

    async def test_requests_keep_being_served_and_limited(self, app, client):
        # The limiter's Redis goes away (the cache keeps working, so only the limiter is tested).
        await app.state.rate_limiter.close()
        app.state.rate_limiter = RateLimiter(dead_redis_url(), "outage")
        statuses = [(await client.get("/api/v1/jobs")).status_code for _ in range(4)]
        assert statuses == [401, 401, 401, 429]
        await app.state.rate_limiter.close()
