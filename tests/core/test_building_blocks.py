"""Core building blocks every module uses: UTC datetimes, cursors, retries, problem pages and
the white-hat policy reading the serving app's own settings."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from asgi_lifespan import LifespanManager
from pydantic import BaseModel, ValidationError

from app.core.errors import ValidationFailed, error_classes
from app.core.pagination import decode_cursor, decode_int_cursor, encode_cursor, next_cursor_of
from app.core.retry import RetryPolicy, retry_async
from app.core.timeutil import UtcDatetime
from tests.conftest import assert_problem, user_headers


class Stamped(BaseModel):
    at: UtcDatetime


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-01-01T00:00:00", datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-01-01T00:00:00Z", datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-01-01T03:00:00+03:00", datetime(2024, 1, 1, tzinfo=UTC)),
        (datetime(2024, 1, 1, 12), datetime(2024, 1, 1, 12, tzinfo=UTC)),
    ],
)
def test_utc_datetime_naive_is_utc_and_offsets_convert(raw: object, expected: datetime) -> None:
    value = Stamped.model_validate({"at": raw}).at
    assert value == expected and value.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "raw",
    ["0.5", 0.5, 1700000000, "yesterday", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"],
)
def test_utc_datetime_refuses_numbers_garbage_and_out_of_range(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        Stamped.model_validate({"at": raw})
    assert caught.value.errors()[0]["loc"] == ("at",)


def test_utc_datetime_serialises_with_z() -> None:
    assert Stamped(at=datetime(2024, 5, 1, tzinfo=UTC)).model_dump_json() == (
        '{"at":"2024-05-01T00:00:00Z"}'
    )


def test_cursor_round_trip_and_malformed_cursor_names_the_field() -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert decode_int_cursor(encode_cursor(moment, 42)) == (moment, 42)
    assert decode_cursor(encode_cursor(moment, "ab12")) == (moment, "ab12")
    for bad in ("not-base64!!", encode_cursor(moment, "x").replace("=", ""), "MjAyNA=="):
        with pytest.raises(ValidationFailed) as caught:
            decode_int_cursor(bad)
        assert caught.value.errors is not None
        assert caught.value.errors[0].field == "query.cursor"


def test_next_cursor_only_when_a_row_was_peeked() -> None:
    rows = [(datetime(2024, 1, d, tzinfo=UTC), d) for d in (5, 4, 3)]
    assert next_cursor_of(rows, 3, lambda r: r) is None
    cursor = next_cursor_of(rows, 2, lambda r: r)
    assert cursor is not None and decode_int_cursor(cursor) == rows[1]


async def test_retry_async_backs_off_then_succeeds_or_reraises() -> None:
    waits: list[float] = []
    calls = {"n": 0}

    async def flaky() -> str:
        calls["n"] += 1
        if calls["n"] < 3:
            raise ConnectionError("down")
        return "ok"

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    policy = RetryPolicy(max_retries=3, base_delay=1.0, max_delay=10.0, jitter=0.0)
    assert await retry_async(flaky, policy=policy, retry_on=(ConnectionError,), sleep=sleep) == "ok"
    assert waits == [1.0, 2.0]

    async def always_down() -> str:
        raise ConnectionError("down")

    waits.clear()
    with pytest.raises(ConnectionError):
        await retry_async(always_down, policy=policy, retry_on=(ConnectionError,), sleep=sleep)
    assert waits == [1.0, 2.0, 4.0]

    waits.clear()
    calls["n"] = 0
    await retry_async(
        flaky,
        policy=policy,
        retry_on=(ConnectionError,),
        delay_for=lambda error, attempt: 7.0,  # e.g. the provider's Retry-After
        sleep=sleep,
    )
    assert waits == [7.0, 7.0]


async def test_every_problem_slug_resolves(client: httpx.AsyncClient) -> None:
    listed = (await client.get("/problems")).json()["items"]
    slugs = {item["slug"] for item in listed}
    for cls in error_classes():
        assert cls.slug in slugs, cls
        page = await client.get(f"/problems/{cls.slug}")
        assert page.status_code == 200, cls
        assert page.json()["status"] == cls.status
    for slug in ("not-found", "method-not-allowed", "validation-error", "internal-error"):
        assert (await client.get(f"/problems/{slug}")).status_code == 200
    policy_page = (await client.get("/problems/policy-violation")).json()
    assert "max-leverage" in policy_page["rules"]
    missing = await client.get("/problems/no-such-problem")
    body = assert_problem(missing, 404)
    assert (await client.get(body["type"])).status_code == 200  # a 404's own type resolves


async def test_policy_reads_the_serving_apps_settings(client: httpx.AsyncClient, settings) -> None:
    """Two apps in one process, caps 3 and 2: the same 2.5x signal is fine on one only."""
    from app.main import create_app

    strict = create_app(settings.model_copy(update={"max_leverage": 2.0}))
    signal = {
        "symbol": "BTC/USDT",
        "side": "BUY",
        "price": 30000.0,
        "confidence": 0.8,
        "stop_loss": 29000.0,
        "leverage": 2.5,
    }
    headers = await user_headers(client, "caps@example.com")
    assert (
        await client.post("/api/v1/signals/save", json=signal, headers=headers)
    ).status_code == 201
    async with LifespanManager(strict, startup_timeout=30):
        transport = httpx.ASGITransport(app=strict)
        async with httpx.AsyncClient(transport=transport, base_url="http://strict") as other:
            refused = await other.post("/api/v1/signals/save", json=signal, headers=headers)
    body = assert_problem(refused, 422)
    assert "max-leverage" in refused.text, body
    again = await client.post("/api/v1/signals/save", json=signal, headers=headers)
    assert again.status_code == 201
