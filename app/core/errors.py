"""RFC 9457 problem details: the ``AppError`` hierarchy and the handlers that render it."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("kalkan.errors")


class FieldError(BaseModel):
    field: str = Field(description="Dotted path of the offending field, e.g. body.items.3.price")
    message: str
    type: str


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(description="URI reference identifying the problem type")
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None
    rule: str | None = Field(default=None, description="White-hat rule that was broken, if any")

    model_config = {"extra": "allow"}


class AppError(Exception):
    status: int = 500
    slug: str = "internal-error"
    title: str = "Internal server error"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra


class BadRequest(AppError):
    status, slug, title = 400, "bad-request", "Bad request"


class Unauthorized(AppError):
    status, slug, title = 401, "unauthorized", "Authentication required"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(detail, **kwargs)


class Forbidden(AppError):
    status, slug, title = 403, "forbidden", "Forbidden"


class NotFound(AppError):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(AppError):
    status, slug, title = 409, "conflict", "Conflict"


class ValidationFailed(AppError):
    status, slug, title = 422, "validation-error", "Request validation failed"


class PolicyViolation(AppError):
    """A white-hat rule was broken; ``rule`` names it."""

    status, slug, title = 422, "policy-violation", "White-hat policy violation"

    def __init__(self, rule: str, detail: str, **kwargs: Any) -> None:
        super().__init__(detail, rule=rule, **kwargs)


class Locked(AppError):
    status, slug, title = 423, "locked", "Locked by the emergency circuit breaker"


class RateLimited(AppError):
    status, slug, title = 429, "rate-limited", "Too many requests"


class ServiceUnavailable(AppError):
    status, slug, title = 503, "service-unavailable", "Service unavailable"


def problem_type(slug: str) -> str:
    """The problem's ``type``: a URI reference that resolves (``GET /problems/{slug}``)."""
    return f"/problems/{slug}"


def field_error(field: str, message: str, type: str = "value") -> FieldError:
    """One entry of a problem's ``errors``: ``field`` is a dotted path (``body.items.3.price``)."""
    return FieldError(field=field, message=message, type=type)


def invalid(field: str, message: str, *, type: str = "value", **extra: Any) -> ValidationFailed:
    """A 422 naming ``field``: ``raise invalid("query.cursor", "malformed cursor")``."""
    return ValidationFailed(
        f"{field}: {message}", errors=[field_error(field, message, type)], **extra
    )


def error_classes() -> list[type[AppError]]:
    """Every ``AppError`` subclass imported so far (core's and each loaded module's)."""
    seen: list[type[AppError]] = []
    stack: list[type[AppError]] = [AppError]
    while stack:
        cls = stack.pop()
        if cls not in seen:
            seen.append(cls)
            stack.extend(cls.__subclasses__())
    return seen


def problem_response(
    request: Request,
    status: int,
    slug: str,
    title: str,
    detail: str | None = None,
    *,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": problem_type(slug),
        "title": title,
        "status": status,
        "detail": detail or title,
        "instance": request.url.path,
    }
    if errors is not None:
        body["errors"] = [error.model_dump() for error in errors]
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    result = []
    for error in exc.errors():
        location = ".".join(str(part) for part in error.get("loc", ()))
        result.append(FieldError(field=location, message=error.get("msg", ""), type=error["type"]))
    return result


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(request: Request, exc: AppError) -> JSONResponse:
        if exc.status >= 500:
            log.error("app error", extra={"problem": exc.slug, "detail": exc.detail})
        return problem_response(
            request,
            exc.status,
            exc.slug,
            exc.title,
            exc.detail,
            errors=exc.errors,
            headers=exc.headers,
            extra=exc.extra,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _field_errors(exc)
        summary = "; ".join(f"{e.field}: {e.message}" for e in errors[:5])
        return problem_response(
            request, 422, "validation-error", "Request validation failed", summary, errors=errors
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        phrase = HTTPStatus(exc.status_code).phrase
        slug = phrase.lower().replace(" ", "-")
        detail = exc.detail if isinstance(exc.detail, str) else phrase
        return problem_response(
            request, exc.status_code, slug, phrase, detail, headers=getattr(exc, "headers", None)
        )

    from sqlalchemy.exc import DBAPIError

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError) -> JSONResponse:
        # A dropped connection (e.g. the database restarted) is invalidated by the pool, so a
        # retry succeeds: tell the client so instead of failing with a 500.
        if exc.connection_invalidated or isinstance(exc.orig, (ConnectionError, OSError)):
            log.warning("database connection lost", extra={"error": str(exc.orig)[:200]})
            return problem_response(
                request,
                503,
                "service-unavailable",
                "Service unavailable",
                "the database connection was lost; retry the request",
                headers={"Retry-After": "1"},
            )
        log.exception("database error")
        return problem_response(request, 500, "internal-error", "Internal server error")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return problem_response(request, 500, "internal-error", "Internal server error")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries so generated SDKs know the problem shape."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
