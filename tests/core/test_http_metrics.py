"""HTTP metrics are labelled by route template, with the instrumentator's series names."""


async def test_http_metrics_use_the_route_template(client, alice):
    await client.get("/api/v1/signals/12345", headers=alice)
    await client.get("/no/such/path")
    text = (await client.get("/metrics")).text
    assert 'handler="/api/v1/signals/{signal_id}"' in text
    assert 'handler="/api/v1/signals/12345"' not in text
    assert 'handler="none",method="GET",status="404"' in text
    for name in (
        "http_request_size_bytes",
        "http_response_size_bytes",
        "http_request_duration_highr_seconds",
        "http_request_duration_seconds",
    ):
        assert name in text
    assert 'handler="/metrics"' not in text
