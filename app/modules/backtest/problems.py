"""Backtest errors as RFC 9457 problems.

Domain errors (``StrategyError``, ``DataError``, ...) become 422 problems naming the strategy, the
parameter or the symbol. Request bodies that break a white-hat rule (the schemas reject leverage
above the cap and a missing stop-loss) become ``policy-violation`` problems with the ``rule`` key,
keeping every field error, through ``PolicyAwareRoute``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

from app.core.errors import AppError, FieldError, PolicyViolation, ValidationFailed
from app.modules.backtest.public import BacktestError, DataError, StrategyError

_RULE = re.compile(r"white-hat rule ([a-z][a-z-]*)")


def field_errors(errors: Iterable[Any]) -> list[FieldError]:
    return [
        FieldError(
            field=".".join(str(part) for part in error.get("loc", ())),
            message=error.get("msg", ""),
            type=error.get("type", "value_error"),
        )
        for error in errors
    ]


def policy_problem(exc: RequestValidationError) -> PolicyViolation | None:
    """A ``PolicyViolation`` for a validation error that names a white-hat rule, else None."""
    errors = field_errors(exc.errors())
    rules = [match.group(1) for e in errors if (match := _RULE.search(e.message))]
    if not rules:
        return None
    broken = [e for e in errors if _RULE.search(e.message)]
    detail = "; ".join(f"{e.field}: {e.message.removeprefix('Value error, ')}" for e in broken)
    extra: dict[str, Any] = {"rules": sorted(set(rules))} if len(set(rules)) > 1 else {}
    return PolicyViolation(rules[0], detail, errors=errors, **extra)


class PolicyAwareRoute(APIRoute):
    """Turns request validation errors that name a white-hat rule into policy problems."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as exc:
                problem = policy_problem(exc)
                if problem is None:
                    raise
                raise problem from None

        return route


def domain_problem(
    exc: BacktestError, *, prefix: str = "body", space: Iterable[str] = ()
) -> AppError:
    """The 422 problem for a domain error; ``prefix`` locates the spec in the request body and
    ``space`` lists the names of an optimisation's search space."""
    message = str(exc)
    if isinstance(exc, StrategyError):
        if exc.param in (None, "strategy"):
            field = f"{prefix}.strategy"
        elif exc.param in set(space):
            field = f"body.param_space.{exc.param}"
        else:
            field = f"{prefix}.params.{exc.param}"
        extra = {"strategy": exc.strategy, "param": exc.param}
        return ValidationFailed(
            message,
            errors=[FieldError(field=field, message=message, type="strategy")],
            **{k: v for k, v in extra.items() if v is not None},
        )
    if isinstance(exc, DataError):
        field = f"{prefix}.symbols"
        extra = {"symbol": exc.symbol} if exc.symbol else {}
        return ValidationFailed(
            message, errors=[FieldError(field=field, message=message, type="data")], **extra
        )
    return ValidationFailed(message)
