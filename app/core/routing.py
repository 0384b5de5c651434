"""Router factory: one tag per module and stable ``<module>_<function>`` operation ids."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.routing import APIRoute


def module_router(module: str, *, rate_group: str | None = "default", **kwargs: Any) -> APIRouter:
    """An ``APIRouter`` for ``module``; ``rate_group`` applies that rate limit to every route."""
    from app.core.ratelimit import rate_limit

    dependencies = list(kwargs.pop("dependencies", []))
    if rate_group:
        dependencies.append(Depends(rate_limit(rate_group)))

    def operation_id(route: APIRoute) -> str:
        return f"{module}_{route.name}"

    return APIRouter(
        tags=[module],
        generate_unique_id_function=operation_id,
        dependencies=dependencies,
        **kwargs,
    )
