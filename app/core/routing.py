"""Router factory: one tag per module and stable ``<module>_<function>`` operation ids."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Response
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


def accepted(response: Response, location: str) -> None:
    """Mark a job-starting answer: ``202 Accepted`` with ``Location`` = the job's status URL."""
    response.status_code = 202
    response.headers["Location"] = location


def accepted_response(model: type[Any], poll: str) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entry of such a 202: its body model and the documented ``Location`` header."""
    return {
        202: {
            "model": model,
            "description": f"Queued as a job; poll {poll}",
            "headers": {
                "Location": {
                    "description": "URL of the job's status/results resource",
                    "schema": {"type": "string"},
                }
            },
        }
    }
