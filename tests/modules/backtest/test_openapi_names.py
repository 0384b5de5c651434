"""The backtest and AutoML schemas have names of their own in the OpenAPI document (SDK
generators give up on FastAPI's ``app__modules__…`` fallback names), and every 202 documents
its ``Location`` header."""

from __future__ import annotations


async def test_schema_names_are_unique_and_module_free(app) -> None:
    document = app.openapi()
    names = document["components"]["schemas"]
    assert not [n for n in names if "__backtest__" in n or "__automl__" in n]
    for name in ("BacktestOptimizeRequest", "AutoMLOptimizeRequest", "BacktestSignalIn"):
        assert name in names
    for path, item in document["paths"].items():
        if not path.startswith(("/api/v1/backtest", "/api/v1/automl")):
            continue
        for operation in item.values():
            accepted = operation.get("responses", {}).get("202")
            if accepted is not None:
                assert "Location" in accepted.get("headers", {}), (path, operation["operationId"])
