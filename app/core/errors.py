"""RFC 9457 problem details: the ``AppError`` hierarchy and the handlers that render it."""

from __future__ import annotations

import errno
import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.logging import request_id_var

PROBLEM_JSON = "application/problem+json"
RETRY_AFTER_UNAVAILABLE = 2  # seconds a client should wait after a 503 for an outage
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


class PayloadTooLarge(AppError):
    """The request body is larger than the route accepts (``max_bytes`` says how large it
    may be). Checked on ``Content-Length`` and again while the body streams in."""

    status, slug, title = 413, "content-too-large", "Request content too large"


class HeadersTooLarge(AppError):
    """The request's header fields together are larger than the server accepts."""

    status, slug, title = 431, "headers-too-large", "Request header fields too large"


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


def app_error_response(request: Request, exc: AppError) -> JSONResponse:
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


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(request: Request, exc: AppError) -> JSONResponse:
        return app_error_response(request, exc)

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

    from sqlalchemy.exc import SQLAlchemyError

    # Database errors raised by routes and dependencies; anything else that escapes a route
    # (or a middleware) is answered by RequestContextMiddleware through unexpected_response.
    @app.exception_handler(SQLAlchemyError)
    async def _database(request: Request, exc: SQLAlchemyError) -> JSONResponse:
        return unexpected_response(request, exc)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return unexpected_response(request, exc)


# --- Unexpected errors: a dependency outage is a 503, anything else a logged 500 ---------------

_CONNECTION_ERRNOS = {
    errno.ECONNREFUSED,
    errno.ECONNRESET,
    errno.ECONNABORTED,
    errno.EHOSTUNREACH,
    errno.ENETUNREACH,
    errno.ETIMEDOUT,
    errno.EPIPE,
}
# Driver errors that mean "the server is not reachable", by class name and module prefix, so
# this module need not import every driver.
_UNAVAILABLE_NAMES = {
    "asyncpg": {
        "ConnectionDoesNotExistError",
        "ConnectionFailureError",
        "CannotConnectNowError",
        "TooManyConnectionsError",
        "AdminShutdownError",
        "CrashShutdownError",
    },
    "redis": {"ConnectionError", "TimeoutError", "BusyLoadingError"},
}


def _is_connection_failure(exc: BaseException) -> bool:
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return True
    if isinstance(exc, OSError) and (
        exc.errno in _CONNECTION_ERRNOS
        or (exc.errno is None and str(exc).startswith("Multiple exceptions"))
    ):
        return True  # asyncio's connect to several addresses raises a bare OSError
    package = type(exc).__module__.split(".", 1)[0]
    return type(exc).__name__ in _UNAVAILABLE_NAMES.get(package, ())


_DEPENDENCY_PACKAGES = {
    "redis": "cache",
    "asyncpg": "database",
    "aiosqlite": "database",
    "sqlalchemy": "database",
}


def _dependency_of(exc: BaseException) -> str:
    """Which dependency a connection failure came from: the driver's package in the error's
    class or traceback; an unknown origin is "upstream service"."""
    package = type(exc).__module__.split(".", 1)[0]
    if package in _DEPENDENCY_PACKAGES:
        return _DEPENDENCY_PACKAGES[package]
    traceback = exc.__traceback__
    found = None
    while traceback is not None:  # the innermost driver frame decides
        name = str(traceback.tb_frame.f_globals.get("__name__", "")).split(".", 1)[0]
        found = _DEPENDENCY_PACKAGES.get(name, found)
        traceback = traceback.tb_next
    return found or "upstream service"


def unavailable_dependency(exc: BaseException) -> str | None:
    """``"database"``, ``"cache"`` or ``"upstream service"`` when ``exc`` (or what caused
    it) is a lost or refused connection, else None."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, PoolTimeout):
            return "database"
        if isinstance(current, DBAPIError) and current.connection_invalidated:
            return "database"
        if _is_connection_failure(current):
            return _dependency_of(current)
        if isinstance(current, BaseExceptionGroup):  # from a task group
            for member in current.exceptions:
                if (found := unavailable_dependency(member)) is not None:
                    return found
        orig = getattr(current, "orig", None)
        current = (
            orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
        )
    return None


def _database_data_error(exc: BaseException) -> str | None:
    """The database's message when it refused a value the client sent (SQLSTATE class 22:
    out of range, invalid text such as NUL), which is the client's error, not the server's."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return None
    state = getattr(exc.orig, "sqlstate", None) or getattr(
        getattr(exc.orig, "__cause__", None), "sqlstate", None
    )
    if isinstance(state, str) and state.startswith("22"):
        return str(exc.orig).splitlines()[0][:300]
    return None


def unexpected_response(request: Request, exc: BaseException) -> JSONResponse:
    """The answer to an exception nothing else handled: a 503 problem with ``Retry-After``
    naming the dependency that is down, a 422 for a value the database refused, or a 500
    problem. Each is logged; the log line carries the request id (logging context)."""
    if isinstance(exc, AppError):
        return app_error_response(request, exc)
    dependency = unavailable_dependency(exc)
    if dependency is not None:
        log.warning(
            "dependency unavailable",
            extra={"dependency": dependency, "error": f"{type(exc).__name__}: {exc}"[:300]},
        )
        return problem_response(
            request,
            503,
            "service-unavailable",
            "Service unavailable",
            f"the {dependency} is unreachable; retry the request shortly",
            headers={"Retry-After": str(RETRY_AFTER_UNAVAILABLE)},
            extra={"dependency": dependency},
        )
    refused = _database_data_error(exc)
    if refused is not None:
        message = f"the database refused a value: {refused}"
        return problem_response(
            request,
            422,
            "validation-error",
            "Request validation failed",
            message,
            errors=[FieldError(field="body", message=message, type="database_value")],
        )
    request_id = request_id_var.get()
    log.error("unhandled error", exc_info=exc, extra={"path": request.url.path})
    return problem_response(
        request,
        500,
        "internal-error",
        "Internal server error",
        f"an unexpected error occurred; quote request id {request_id} when reporting it",
        extra={"request_id": request_id},
    )


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
