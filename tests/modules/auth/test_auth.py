"""The whole auth lifecycle and every way a credential can be bad."""

import base64
import json
from datetime import timedelta

import pytest
from jose import jwt

from app.core.security import create_token
from tests.conftest import PASSWORD, TEST_SECRET, assert_problem, login, register

API = "/api/v1/auth"


async def test_register_returns_user_without_secrets(client):
    body = await register(client, "Carol@Example.com")
    assert body["email"] == "carol@example.com"
    assert body["roles"] == ["user"]
    assert not {"password", "password_hash"} & set(body)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"email": "not-an-email", "password": PASSWORD}, "body.email"),
        ({"email": "weak@example.com", "password": "short"}, "body.password"),
        ({"email": "weak@example.com", "password": "alllowercaseletters"}, "body.password"),
        ({"email": "weak@example.com"}, "body.password"),
    ],
)
async def test_register_rejects_bad_input(client, payload, field):
    body = assert_problem(await client.post(f"{API}/register", json=payload), 422)
    assert field in [error["field"] for error in body["errors"]]


async def test_duplicate_email_conflicts(client):
    await register(client, "dup@example.com")
    assert_problem(
        await client.post(
            f"{API}/register", json={"email": "DUP@example.com", "password": PASSWORD}
        ),
        409,
    )


async def test_login_validate_refresh_logout_lifecycle(client):
    await register(client, "life@example.com")
    tokens = await login(client, "life@example.com")
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 15 * 60
    access = {"Authorization": f"Bearer {tokens['access_token']}"}

    me = (await client.get(f"{API}/validate", headers=access)).json()
    assert me["email"] == "life@example.com" and me["scopes"] == ["read", "trade"]
    assert me["via"] == "jwt" and me["expires_at"]

    rotated = await client.post(f"{API}/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert rotated.status_code == 200
    new = rotated.json()
    assert new["refresh_token"] != tokens["refresh_token"]

    # The new access token works; logout revokes it and the refresh family.
    new_access = {"Authorization": f"Bearer {new['access_token']}"}
    assert (await client.post(f"{API}/logout", headers=new_access)).json()["revoked"] is True
    assert_problem(await client.get(f"{API}/validate", headers=new_access), 401)
    # The earlier access token belongs to the same family: revoked too.
    assert_problem(await client.get(f"{API}/validate", headers=access), 401)
    assert_problem(
        await client.post(f"{API}/refresh", json={"refresh_token": new["refresh_token"]}), 401
    )


async def test_wrong_password_and_unknown_user_get_the_same_401(client):
    await register(client, "pw@example.com")
    wrong = await client.post(
        f"{API}/login", data={"username": "pw@example.com", "password": "Nope-Nope-1"}
    )
    unknown = await client.post(
        f"{API}/login", data={"username": "ghost@example.com", "password": PASSWORD}
    )
    assert assert_problem(wrong, 401)["detail"] == assert_problem(unknown, 401)["detail"]


async def test_refresh_token_reuse_revokes_the_family(client):
    await register(client, "reuse@example.com")
    first = await login(client, "reuse@example.com")
    second = (
        await client.post(f"{API}/refresh", json={"refresh_token": first["refresh_token"]})
    ).json()
    # Presenting the spent token again: refused, and the whole family dies with it.
    reuse = await client.post(f"{API}/refresh", json={"refresh_token": first["refresh_token"]})
    assert "revoked" in assert_problem(reuse, 401)["detail"]
    assert_problem(
        await client.post(f"{API}/refresh", json={"refresh_token": second["refresh_token"]}), 401
    )
    assert_problem(
        await client.get(
            f"{API}/validate", headers={"Authorization": f"Bearer {second['access_token']}"}
        ),
        401,
    )


def _forge(payload: dict, header: dict) -> str:
    def part(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part(header)}.{part(payload)}."


async def test_bad_tokens_are_401(client):
    user = await register(client, "tok@example.com")
    tokens = await login(client, "tok@example.com")
    claims = jwt.get_unverified_claims(tokens["access_token"])
    expired, _ = create_token(
        subject=str(user["id"]),
        token_type="access",
        secret=TEST_SECRET,
        algorithm="HS256",
        lifetime=timedelta(seconds=-10),
    )
    forged = jwt.encode(claims, "some-other-secret-key-of-sufficient-length", algorithm="HS256")
    none_alg = _forge(claims, {"alg": "none", "typ": "JWT"})
    hs512 = jwt.encode(claims, TEST_SECRET, algorithm="HS512")
    for token in (
        expired,
        forged,
        none_alg,
        hs512,
        tokens["refresh_token"],
        "garbage",
        tokens["access_token"][:-4] + "AAAA",
    ):
        response = await client.get(f"{API}/validate", headers={"Authorization": f"Bearer {token}"})
        assert_problem(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"
    assert_problem(await client.get(f"{API}/validate"), 401)


async def test_api_key_lifecycle(client, alice):
    created = await client.post(
        f"{API}/api-keys", json={"name": "bot", "scopes": ["read"]}, headers=alice
    )
    assert created.status_code == 201
    key = created.json()
    assert key["key"].startswith("kk_") and key["prefix"] == key["key"][:10]
    listed = (await client.get(f"{API}/api-keys", headers=alice)).json()["items"]
    assert [item["id"] for item in listed] == [key["id"]] and "key" not in listed[0]

    with_key = {"X-API-Key": key["key"]}
    me = (await client.get(f"{API}/validate", headers=with_key)).json()
    assert me["via"] == "api_key" and me["scopes"] == ["read"]
    # A read-only key cannot trade.
    signal = {"symbol": "BTC/USDT", "side": "HOLD", "price": 1.0, "confidence": 0.1}
    assert_problem(await client.post("/api/v1/signals/save", json=signal, headers=with_key), 403)

    assert (await client.delete(f"{API}/api-keys/{key['id']}", headers=alice)).json()["revoked_at"]
    assert_problem(await client.get(f"{API}/validate", headers=with_key), 401)
    assert_problem(await client.get(f"{API}/validate", headers={"X-API-Key": "kk_forged"}), 401)


async def test_api_key_cannot_exceed_user_scopes_or_touch_other_users(client, alice, bob):
    assert_problem(
        await client.post(
            f"{API}/api-keys", json={"name": "x", "scopes": ["admin"]}, headers=alice
        ),
        403,
    )
    key = (await client.post(f"{API}/api-keys", json={"name": "a"}, headers=alice)).json()
    assert_problem(await client.delete(f"{API}/api-keys/{key['id']}", headers=bob), 404)
    assert (await client.get(f"{API}/api-keys", headers=bob)).json()["items"] == []


async def test_admin_endpoints_need_admin(client, alice, admin):
    assert_problem(await client.get(f"{API}/users", headers=alice), 403)
    users = (await client.get(f"{API}/users", headers=admin)).json()["items"]
    alice_id = next(user["id"] for user in users if user["email"] == "alice@example.com")
    disabled = await client.patch(
        f"{API}/users/{alice_id}", json={"is_active": False}, headers=admin
    )
    assert disabled.json()["is_active"] is False
    assert_problem(await client.get(f"{API}/validate", headers=alice), 401)
    assert_problem(
        await client.patch(f"{API}/users/999999", json={"is_active": True}, headers=admin), 404
    )


class TestRateLimits:
    @pytest.fixture
    def settings_overrides(self):
        return {"rate_limit_auth": "3/minute", "rate_limit_default": "5/minute"}

    async def test_login_is_limited_per_ip(self, client):
        statuses = []
        for _ in range(4):
            response = await client.post(
                f"{API}/login", data={"username": "x@example.com", "password": "Wrong-pass-1"}
            )
            statuses.append(response.status_code)
        assert statuses == [401, 401, 401, 429]
        assert int(response.headers["retry-after"]) >= 1
        assert response.headers["ratelimit-limit"] == "3"
        assert response.headers["ratelimit-remaining"] == "0"

    async def test_authenticated_calls_are_limited_per_user(self, client, settings):
        from app.core.security import create_token as make

        # Tokens minted directly so registration does not use up the auth budget.
        headers = {}
        for user in ("1", "2"):
            token, _ = make(
                subject=user,
                token_type="access",
                secret=TEST_SECRET,
                algorithm="HS256",
                lifetime=timedelta(minutes=5),
            )
            headers[user] = {"Authorization": f"Bearer {token}"}
        codes = [
            (await client.get("/api/v1/jobs", headers=headers["1"])).status_code for _ in range(6)
        ]
        assert codes[-1] == 429 and codes.count(429) == 1
        # Another user keeps a budget of their own.
        assert (await client.get("/api/v1/jobs", headers=headers["2"])).status_code != 429


async def test_api_keys_page_by_cursor_newest_first(client, alice):
    names = [f"key-{i}" for i in range(3)]
    for name in names:
        await client.post(f"{API}/api-keys", json={"name": name}, headers=alice)
    first = (await client.get(f"{API}/api-keys", params={"limit": 2}, headers=alice)).json()
    assert [key["name"] for key in first["items"]] == ["key-2", "key-1"]
    rest = (
        await client.get(
            f"{API}/api-keys", params={"limit": 2, "cursor": first["next_cursor"]}, headers=alice
        )
    ).json()
    assert [key["name"] for key in rest["items"]] == ["key-0"] and rest["next_cursor"] is None
    bad = await client.get(f"{API}/api-keys", params={"cursor": "nope"}, headers=alice)
    assert_problem(bad, 422)
