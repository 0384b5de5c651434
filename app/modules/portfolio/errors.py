"""Problems the portfolio module raises (RFC 9457 via app.core.errors)."""

from __future__ import annotations

from app.core.errors import AppError, Conflict, NotFound


class PositionNotFound(NotFound):
    """No such position among the caller's (another user's positions are never visible)."""

    slug, title = "portfolio-position-not-found", "Position not found"


class PositionExists(Conflict):
    """The account already holds a position in that symbol; PATCH it or record another account."""

    slug, title = "portfolio-position-exists", "Position already exists"


class PositionFromFills(Conflict):
    """A position built from fills can only be changed by fills (orders), not deleted."""

    slug, title = "portfolio-position-from-fills", "Position is managed by fills"


class AllocationInfeasible(AppError):
    """The optimiser found no weights satisfying the constraints; ``constraint`` names it."""

    status, slug, title = 422, "portfolio-allocation-infeasible", "Allocation infeasible"


class PriceDataMissing(AppError):
    """The candles store holds no (or too few) prices for a requested symbol."""

    status, slug, title = 404, "portfolio-prices-not-found", "Prices not found"
