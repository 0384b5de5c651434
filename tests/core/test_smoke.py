from tests.conftest import assert_problem


async def test_health_and_ready(client):
    assert (await client.get("/health")).json() == {"status": "ok"}
    ready = await client.get("/health/ready")
    assert ready.status_code == 200, ready.text
    assert set(ready.json()["components"]) >= {"database", "cache", "jobs"}


async def test_unknown_route_is_a_problem(client):
    assert_problem(await client.get("/api/v1/nope"), 404)
