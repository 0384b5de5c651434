"""API conventions: operation ids, tags, summaries, response models, problem responses."""

import re

OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*_[a-z][a-z0-9_]*$")


async def test_every_operation_follows_the_conventions(app):
    schema = app.openapi()
    ids = []
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            ids.append(operation["operationId"])
            assert OPERATION_ID.match(operation["operationId"]), (path, method)
            module = operation["operationId"].split("_")[0]
            assert operation["tags"] == [module], (path, method)
            assert operation.get("summary"), (path, method)
            success = [code for code in operation["responses"] if code.startswith("2")]
            assert success, (path, method)
            if path.startswith("/api/"):
                assert "401" in operation["responses"] or "auth" in operation["tags"], path
    assert len(ids) == len(set(ids))
    assert "Problem" in schema["components"]["schemas"]
    assert "education" in schema["info"]["description"].lower()


async def test_disabled_modules_are_not_mounted(database_url):
    from app.core.config import Settings
    from app.main import create_app

    app = create_app(Settings(env="test", database_url=database_url, modules_disabled="database"))
    paths = app.openapi()["paths"]
    assert "/api/v1/signals/save" not in paths and "/api/v1/auth/login" in paths


async def test_metrics_expose_http_and_domain_counters(client, alice):
    await client.post(
        "/api/v1/auth/login", data={"username": "x@example.com", "password": "Wrong-1-pass"}
    )
    text = (await client.get("/metrics")).text
    for name in (
        "http_requests_total",
        "kalkan_logins_failed_total",
        "kalkan_signals_saved_total",
        "kalkan_rate_limited_total",
        "kalkan_jobs_total",
    ):
        assert name in text


async def test_request_id_is_echoed(client):
    response = await client.get("/health", headers={"X-Request-ID": "abc123"})
    assert response.headers["x-request-id"] == "abc123"
    assert len((await client.get("/health")).headers["x-request-id"]) == 32
