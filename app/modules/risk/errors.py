"""Problems the risk module raises (RFC 9457 via app.core.errors)."""

from __future__ import annotations

from typing import Any

from app.core.errors import AppError, FieldError


class RiskLimitExceeded(AppError):
    """An order or size breaks one of the user's risk limits; ``rule`` names it."""

    status, slug, title = 422, "risk-limit-exceeded", "Risk limit exceeded"

    def __init__(self, rule: str, detail: str, **kwargs: Any) -> None:
        super().__init__(detail, rule=rule, **kwargs)


class RiskInputError(AppError):
    """Input no risk figure can be computed from; ``errors`` names the field."""

    status, slug, title = 422, "risk-input-invalid", "Risk input invalid"

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(
            detail, errors=[FieldError(field=field, message=detail, type="value_error")]
        )


class RiskDataNotFound(AppError):
    status, slug, title = 404, "risk-data-not-found", "Market data not found"
