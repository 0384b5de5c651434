"""Request limits: body size (by Content-Length, while streaming, per route), header size, NUL
characters, JSON nesting depth, path id bounds, and OPTIONS with Allow."""

import json

import pytest
from fastapi import Request

from app.core.ids import BigPathId, PathId
from app.core.limits import body_limits, json_depth_exceeds, json_has_nul
from tests.conftest import PASSWORD, assert_problem

LIMIT = 4096


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    return {"max_body_bytes": LIMIT, "max_upload_bytes": 8 * LIMIT, "max_header_bytes": 8192}


@pytest.fixture
def echo_app(app):
    """Test-only routes: one that reads its raw body, and two with bounded path ids."""

    async def echo(request: Request) -> dict:
        return {"received": len(await request.body())}

    async def by_id(item_id: PathId) -> dict:
        return {"id": item_id}

    async def by_big_id(item_id: BigPathId) -> dict:
        return {"id": item_id}

    app.add_api_route("/test/echo", echo, methods=["POST"])
    app.add_api_route("/api/v1/test-upload", echo, methods=["POST"])
    app.add_api_route("/test/items/{item_id}", by_id, methods=["GET"])
    app.add_api_route("/test/big/{item_id}", by_big_id, methods=["GET"])
    return app


def _chunks(total: int, size: int = 1000):
    async def gen():
        sent = 0
        while sent < total:
            yield b"x" * min(size, total - sent)
            sent += size

    return gen()


async def test_a_body_over_its_content_length_limit_is_413_before_it_is_read(echo_app, client):
    response = await client.post("/test/echo", content=b"x" * (LIMIT + 1))
    body = assert_problem(response, 413)
    assert body["max_bytes"] == LIMIT
    assert (await client.post("/test/echo", content=b"x" * LIMIT)).json() == {"received": LIMIT}


async def test_a_streamed_body_without_content_length_is_cut_at_the_limit(echo_app, client):
    response = await client.post("/test/echo", content=_chunks(LIMIT * 3))
    assert_problem(response, 413)
    ok = await client.post("/test/echo", content=_chunks(LIMIT - 10))
    assert ok.json() == {"received": LIMIT - 10}


async def test_a_too_large_json_body_is_413_too(app, client):
    big = {"email": "a@example.com", "password": PASSWORD, "pad": "x" * LIMIT}
    assert_problem(await client.post("/api/v1/auth/register", json=big), 413)


async def test_routes_can_have_their_own_body_limit(echo_app, client):
    limits = body_limits(echo_app)
    # The candle upload route gets the larger upload limit from settings.
    assert limits.for_path("/api/v1/candles/import") == 8 * LIMIT
    assert limits.for_path("/api/v1/candles/history") == LIMIT
    assert_problem(await client.post("/api/v1/test-upload", content=b"x" * (LIMIT * 2)), 413)
    limits.override("/api/v1/test-upload", 4 * LIMIT)
    response = await client.post("/api/v1/test-upload", content=_chunks(LIMIT * 2))
    assert response.json() == {"received": LIMIT * 2}
    assert_problem(await client.post("/api/v1/test-upload", content=_chunks(LIMIT * 5)), 413)


async def test_oversized_headers_are_431(app, client):
    response = await client.get("/health", headers={"X-Padding": "p" * 9000})
    assert_problem(response, 431)


async def test_nul_characters_are_422_naming_where(app, client, alice):
    response = await client.get("/api/v1/jobs", params={"kind": "a\x00b"}, headers=alice)
    assert assert_problem(response, 422)["errors"][0]["field"] == "query"
    signal = {
        "symbol": "BTC/USDT",
        "side": "BUY",
        "price": 100.0,
        "confidence": 0.9,
        "stop_loss": 95.0,
        "strategy": "nul\x00here",
    }
    response = await client.post("/api/v1/signals/save", json=signal, headers=alice)
    assert assert_problem(response, 422)["errors"][0]["field"] == "body"
    # The escaped text "\\u0000" (a backslash, then u0000) is fine.
    signal["strategy"] = "literal \\u0000"
    response = await client.post("/api/v1/signals/save", json=signal, headers=alice)
    assert response.status_code in (200, 201), response.text
    form = {"username": "x\x00@example.com", "password": PASSWORD}
    assert_problem(await client.post("/api/v1/auth/login", data=form), 422)


async def test_json_nested_900_deep_is_422(app, client):
    nested = "[" * 900 + "]" * 900
    raw = f'{{"email": "deep@example.com", "password": "{PASSWORD}", "x": {nested}}}'
    response = await client.post(
        "/api/v1/auth/register", content=raw, headers={"content-type": "application/json"}
    )
    assert assert_problem(response, 422)["errors"][0]["type"] == "json_depth"
    # Ordinary nesting passes.
    ok = {"email": "ok@example.com", "password": PASSWORD, "x": [[[{"a": [1]}]]]}
    assert (await client.post("/api/v1/auth/register", json=ok)).status_code == 201


def test_depth_and_nul_scanners_ignore_brackets_and_escapes_inside_strings():
    assert not json_depth_exceeds(json.dumps({"s": "[" * 500}).encode(), 10)
    assert json_depth_exceeds(json.dumps([[[[[[1]]]]]]).encode(), 5)
    assert not json_depth_exceeds(json.dumps([[[[[1]]]]]).encode(), 5)
    assert json_has_nul(json.dumps({"a": "x\x00"}).encode())
    assert not json_has_nul(json.dumps({"a": "x\\u0000"}).encode())
    assert json_has_nul(json.dumps({"a": "x\\\x00"}).encode())


async def test_path_ids_beyond_the_column_range_are_422(echo_app, client):
    assert (await client.get("/test/items/7")).json() == {"id": 7}
    for bad in (0, -1, 2**31, 88479534308278976512):
        response = await client.get(f"/test/items/{bad}")
        assert assert_problem(response, 422)["errors"][0]["field"] == "path.item_id"
    assert (await client.get(f"/test/big/{2**31}")).json() == {"id": 2**31}
    assert_problem(await client.get(f"/test/big/{2**63}"), 422)


async def test_options_answers_204_with_allow(echo_app, client):
    response = await client.options("/health")
    assert response.status_code == 204 and response.headers["allow"] == "GET, OPTIONS"
    response = await client.options("/test/items/3")
    assert response.headers["allow"] == "GET, OPTIONS"
    assert_problem(await client.options("/no/such/path"), 404)
    wrong = await client.delete("/health")
    assert_problem(wrong, 405)
    assert wrong.headers["allow"] == "GET"


async def test_a_query_datetime_is_iso_8601_not_a_number(app, client):
    """``start=0.5`` on a route typed with core's UtcDatetime is a 422 naming the parameter;
    a naive timestamp is UTC."""
    from fastapi import Query

    from app.core.timeutil import UtcDatetime

    # The time-range filter form. (FastAPI 0.165 drops the validators of a required
    # ``x: UtcDatetime = Query()``; ``Annotated[UtcDatetime, Query()]`` keeps them.)
    async def since(start: UtcDatetime | None = Query(default=None)) -> dict:
        return {"start": start.isoformat() if start else None}

    app.add_api_route("/test/since", since, methods=["GET"])
    for bad in ("0.5", "1700000000", "9999-12-31T23:59:59-01:00"):
        response = await client.get("/test/since", params={"start": bad})
        assert assert_problem(response, 422)["errors"][0]["field"] == "query.start"
    naive = await client.get("/test/since", params={"start": "2024-01-01T00:00:00"})
    assert naive.json() == {"start": "2024-01-01T00:00:00+00:00"}


async def test_a_streamed_multipart_upload_is_cut_at_the_limit(echo_app, client):
    """A file upload without Content-Length: the form parser's read fails at the limit and
    the answer is the 413, not the parser's 400."""
    from fastapi import UploadFile

    async def upload(file: UploadFile) -> dict:
        return {"size": len(await file.read())}

    echo_app.add_api_route("/test/form", upload, methods=["POST"])
    boundary = "kalkanboundary"

    def multipart(size: int):
        async def gen():
            yield (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                f'filename="c.csv"\r\nContent-Type: text/csv\r\n\r\n'
            ).encode()
            for _ in range(size // 1000):
                yield b"x" * 1000
            yield f"\r\n--{boundary}--\r\n".encode()

        return gen()

    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    ok = await client.post("/test/form", content=multipart(2000), headers=headers)
    assert ok.json() == {"size": 2000}
    response = await client.post("/test/form", content=multipart(LIMIT * 3), headers=headers)
    assert_problem(response, 413)
