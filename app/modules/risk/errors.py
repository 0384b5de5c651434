"""Problems the risk module raises (RFC 9457 via app.core.errors)."""

from __future__ import annotations

from typing import Any

from app.core.errors import AppError


class RiskLimitExceeded(AppError):
    """An order or size breaks one of the user's risk limits; ``rule`` names it."""

    status, slug, title = 422, "risk-limit-exceeded", "Risk limit exceeded"

    def __init__(self, rule: str, detail: str, **kwargs: Any) -> None:
        super().__init__(detail, rule=rule, **kwargs)


class RiskDataNotFound(AppError):
    """The candles a risk figure needs are not in the store."""

    status, slug, title = 404, "risk-data-not-found", "Market data not found"
