"""Problems the execution module raises (RFC 9457 via app.core.errors)."""

from __future__ import annotations

from typing import Any

from app.core.errors import AppError, Conflict, NotFound


class MarketRuleViolation(AppError):
    """The order breaks one of the market's rules (unknown symbol, minimum quantity, lot step,
    minimum notional, price band); ``rule`` names it."""

    status, slug, title = 422, "market-rule-violation", "Market rule violated"

    def __init__(self, rule: str, detail: str, *, field: str = "body", **kwargs: Any) -> None:
        super().__init__(detail, rule=rule, field=field, **kwargs)


class ReduceOnlyViolation(AppError):
    """A reduce-only (or liquidation) order would open, add to or flip a position."""

    status, slug, title = 422, "reduce-only-violation", "Reduce-only order would add exposure"

    def __init__(self, detail: str, **kwargs: Any) -> None:
        super().__init__(detail, rule="reduce-only", **kwargs)


class NoLiquidity(AppError):
    """The book has no liquidity on the side the order needs."""

    status, slug, title = 422, "no-liquidity", "No liquidity in the book"

    def __init__(self, detail: str, **kwargs: Any) -> None:
        super().__init__(detail, rule="book-liquidity", **kwargs)


class OrderNotFound(NotFound):
    """No such order among the caller's."""

    slug, title = "execution-order-not-found", "Order not found"


class OrderNotCancellable(Conflict):
    """The order is already final (filled, cancelled, expired or rejected)."""

    slug, title = "execution-order-final", "Order is already final"


class ClientOrderIdReused(Conflict):
    """The client order id names an earlier order with different parameters."""

    slug, title = "execution-client-order-id-reused", "Client order id already used"


class AlgoNotFound(NotFound):
    """No such algorithm among the caller's."""

    slug, title = "execution-algo-not-found", "Algorithm not found"


class AlgoStateConflict(Conflict):
    """The algorithm cannot do that in its current state (e.g. resume a finished one)."""

    slug, title = "execution-algo-state", "Algorithm state does not allow that"


class LiveTradingUnavailable(AppError):
    """Live order placement needs ``APP_LIVE_TRADING=true`` and stored exchange credentials."""

    status, slug, title = 422, "live-trading-unavailable", "Live trading is not available"

    def __init__(self, detail: str, **kwargs: Any) -> None:
        super().__init__(detail, rule="paper-trading-only", **kwargs)


class BrokerFailed(AppError):
    """The live exchange refused or failed the order; ``exchange`` names it."""

    status, slug, title = 502, "execution-broker-failed", "The exchange failed the order"


class CredentialNotFound(NotFound):
    """No credentials stored for that exchange."""

    slug, title = "execution-credential-not-found", "Credentials not found"
