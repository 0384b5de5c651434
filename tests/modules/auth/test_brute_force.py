"""Issue 15 #1: login brute force. Identities count only once verified, anonymous callers by
address (forwarded headers only from trusted proxies), and each account throttles its own
failures whatever address they come from, in the login audit trail."""

import random
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD, assert_problem, register

API = "/api/v1/auth"
WRONG = "Guess-123x"


def from_address(app, host: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(host, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def attempt(client, email, password=WRONG, headers=None):
    return await client.post(
        f"{API}/login", data={"username": email, "password": password}, headers=headers or {}
    )


class TestAddressLimits:
    @pytest.fixture
    def settings_overrides(self):
        return {"rate_limit_auth": "10/minute"}

    async def test_the_issue_curl_loop_reaches_the_password_check_at_most_ten_times(self, client):
        # for i in $(seq 60); do curl -H "X-API-Key: kk_$i$RANDOM" -d 'username=victim…' …login
        statuses = []
        for i in range(1, 61):
            key = f"kk_{i}{random.randint(0, 32767)}"
            response = await attempt(client, "victim@example.com", headers={"X-API-Key": key})
            statuses.append(response.status_code)
        assert statuses.count(401) <= 10
        assert set(statuses) <= {401, 429} and statuses.count(429) >= 50

    async def test_invented_keys_and_forwarded_headers_share_the_address_budget(self, client):
        statuses = []
        for i in range(12):
            headers = {"X-API-Key": f"kk_invented{i}", "X-Forwarded-For": f"10.0.0.{i}"}
            # A different email each time, so only the address limit is in play.
            response = await attempt(client, f"user{i}@example.com", headers=headers)
            statuses.append(response.status_code)
        assert statuses == [401] * 10 + [429, 429]
        assert response.headers["ratelimit-limit"] == "10"
        assert response.headers["ratelimit-remaining"] == "0"
        assert int(response.headers["retry-after"]) >= 1

    async def test_registrations_share_the_address_budget(self, client):
        statuses = []
        for i in range(12):
            response = await client.post(
                f"{API}/register",
                json={"email": f"new{i}@example.com", "password": PASSWORD},
                headers={"X-API-Key": f"kk_{i}", "X-Forwarded-For": f"10.9.0.{i}"},
            )
            statuses.append(response.status_code)
        assert statuses == [201] * 10 + [429, 429]

    async def test_other_addresses_keep_their_own_budget(self, app, client):
        for i in range(11):
            await attempt(client, f"a{i}@example.com")
        async with from_address(app, "192.0.2.7") as other:
            assert (await attempt(other, "b@example.com")).status_code == 401


class TestTrustedProxy:
    @pytest.fixture
    def settings_overrides(self):
        return {"rate_limit_auth": "3/minute", "trusted_proxies": ["127.0.0.1"]}

    async def test_a_trusted_proxy_forwards_the_client_address(self, app, client):
        for _ in range(3):
            assert (
                await attempt(client, "p@example.com", headers={"X-Forwarded-For": "203.0.113.5"})
            ).status_code == 401
        limited = await attempt(client, "q@example.com", headers={"X-Forwarded-For": "203.0.113.5"})
        assert limited.status_code == 429
        # Another client behind the same proxy has its own budget ...
        other = await attempt(client, "r@example.com", headers={"X-Forwarded-For": "203.0.113.6"})
        assert other.status_code == 401
        # ... and a client-written hop left of the proxy's own entry changes nothing.
        spoofed = await attempt(
            client, "s@example.com", headers={"X-Forwarded-For": "1.2.3.4, 203.0.113.5"}
        )
        assert spoofed.status_code == 429

    async def test_an_untrusted_peer_cannot_forward(self, app):
        async with from_address(app, "198.51.100.9") as direct:
            statuses = [
                (
                    await attempt(
                        direct, f"d{i}@example.com", headers={"X-Forwarded-For": f"9.9.9.{i}"}
                    )
                ).status_code
                for i in range(4)
            ]
        assert statuses == [401, 401, 401, 429]


class TestVerifiedIdentities:
    @pytest.fixture
    def settings_overrides(self):
        return {"rate_limit_anonymous": "3/minute"}

    async def test_an_existing_api_key_has_its_own_budget_an_invented_one_does_not(
        self, client, alice
    ):
        key = (await client.post(f"{API}/api-keys", json={"name": "k"}, headers=alice)).json()
        # Anonymous callers (invented keys included) share the address's three requests.
        invented = [
            (await client.get("/api/v1/jobs", headers={"X-API-Key": f"kk_x{i}"})).status_code
            for i in range(4)
        ]
        assert invented == [401, 401, 401, 429]
        # The real key is counted as itself (the default limit), not as the address.
        real = await client.get("/api/v1/jobs", headers={"X-API-Key": key["key"]})
        assert real.status_code == 200


class TestAccountThrottle:
    @pytest.fixture
    def settings_overrides(self, monkeypatch):
        monkeypatch.setenv("APP_AUTH_LOGIN_FREE_FAILURES", "3")
        monkeypatch.setenv("APP_AUTH_LOGIN_DELAY_SECONDS", "30")
        monkeypatch.setenv("APP_AUTH_LOGIN_LOCK_FAILURES", "10")
        return {}

    async def test_failures_from_many_addresses_slow_the_account_down(self, app, client, admin):
        await register(client, "victim@example.com")
        for i in range(3):
            async with from_address(app, f"203.0.113.{i + 1}") as attacker:
                assert_problem(await attempt(attacker, "victim@example.com"), 401)
        # A fourth address, even with the right password, must wait the first delay.
        async with from_address(app, "203.0.113.99") as attacker:
            refused = await attempt(attacker, "victim@example.com", PASSWORD)
        body = assert_problem(refused, 429)
        assert "throttled" in body["detail"]
        assert 25 <= int(refused.headers["retry-after"]) <= 30

        events = (
            await client.get(
                f"{API}/login-events", params={"email": "victim@example.com"}, headers=admin
            )
        ).json()["items"]
        assert [event["outcome"] for event in events] == ["throttled"] + ["failure"] * 3
        assert events[-1]["client"] == "203.0.113.1" and events[0]["client"] == "203.0.113.99"
        assert events[-1]["user_id"] is not None

    async def test_unknown_emails_are_throttled_alike(self, client):
        details = {}
        for email in ("ghost@example.com", "real@example.com"):
            if email.startswith("real"):
                await register(client, email)
            for _ in range(3):
                assert_problem(await attempt(client, email), 401)
            details[email] = assert_problem(await attempt(client, email), 429)["detail"]
        assert details["ghost@example.com"] == details["real@example.com"]


class TestAccountLock:
    @pytest.fixture
    def settings_overrides(self, monkeypatch):
        monkeypatch.setenv("APP_AUTH_LOGIN_FREE_FAILURES", "2")
        monkeypatch.setenv("APP_AUTH_LOGIN_DELAY_SECONDS", "0")
        monkeypatch.setenv("APP_AUTH_LOGIN_LOCK_FAILURES", "4")
        monkeypatch.setenv("APP_AUTH_LOGIN_LOCK_MINUTES", "10")
        return {}

    async def test_the_lock_holds_then_expires_and_success_resets_the_count(self, app, client):
        from app.modules.auth.models import LoginEvent

        await register(client, "lock@example.com")
        # A success ends a run of failures: 3 + 3 failures never reach the lock at 4.
        for _ in range(2):
            for _ in range(3):
                assert_problem(await attempt(client, "lock@example.com"), 401)
            assert (await attempt(client, "lock@example.com", PASSWORD)).status_code == 200
        for _ in range(4):
            assert_problem(await attempt(client, "lock@example.com"), 401)
        locked = await attempt(client, "lock@example.com", PASSWORD)
        assert "locked" in assert_problem(locked, 429)["detail"]
        assert 590 <= int(locked.headers["retry-after"]) <= 600

        # Ten minutes later (the audit rows moved back in time) the lock is over.
        async with app.state.db.session() as session:
            for event in await session.scalars(select(LoginEvent)):
                event.at -= timedelta(minutes=11)
            await session.commit()
        assert (await attempt(client, "lock@example.com", PASSWORD)).status_code == 200


class TestIpv6:
    @pytest.fixture
    def settings_overrides(self):
        return {"rate_limit_auth": "2/minute"}

    async def test_addresses_of_one_ipv6_64_share_a_budget(self, app):
        statuses = []
        for host in ("2001:db8:1:2::1", "2001:db8:1:2::ffff", "2001:db8:1:2:aaaa::9"):
            async with from_address(app, host) as client:
                statuses.append((await attempt(client, f"{host}@example.com")).status_code)
        async with from_address(app, "2001:db8:1:3::1") as neighbour:
            statuses.append((await attempt(neighbour, "n@example.com")).status_code)
        assert statuses == [401, 401, 429, 401]
