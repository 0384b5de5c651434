"""Market-data domain errors: ``AppError`` problems raised where they happen.

Each names the exchange (``exchange`` in the problem body) and carries its own status: 404 for
an unknown exchange or symbol, 400 for parameters the venue refuses, 501 for a feature it lacks,
502 for an error answer, 503 (with ``Retry-After`` when known) for a venue that cannot be reached.
"""

from __future__ import annotations

from typing import Any

from app.core.errors import AppError


class MarketDataError(AppError):
    """Market data could not be served; the problem names the exchange (``exchange``)."""

    status, slug, title = 502, "market-data-error", "Market data error"

    def __init__(self, message: str, *, exchange: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, exchange=exchange, **kwargs)
        self.exchange = exchange


class UnknownExchange(MarketDataError):
    """The exchange id is not a ccxt id, or is not enabled in this deployment."""

    status, slug, title = 404, "unknown-exchange-or-symbol", "Unknown exchange or symbol"

    def __init__(self, exchange: str, *, enabled: list[str] | None = None) -> None:
        hint = f"; enabled: {', '.join(enabled)}" if enabled else ""
        super().__init__(f"exchange {exchange!r} is not available{hint}", exchange=exchange)


class SymbolNotFound(MarketDataError):
    """The exchange does not list the symbol (or, replayed, the recording has no such market)."""

    status, slug, title = 404, "unknown-exchange-or-symbol", "Unknown exchange or symbol"

    def __init__(self, exchange: str, symbol: str) -> None:
        super().__init__(f"{exchange} has no market {symbol!r}", exchange=exchange)
        self.symbol = symbol


class BadMarketRequest(MarketDataError):
    """The request's parameters were rejected (bad timeframe, limit, ...)."""

    status, slug, title = 400, "bad-market-data-request", "Bad market-data request"

    def __init__(self, exchange: str, reason: str) -> None:
        super().__init__(f"{exchange}: {reason}", exchange=exchange)
        self.reason = reason


class NotSupportedByExchange(MarketDataError):
    """The venue lacks the feature (e.g. no websocket trade stream, no OHLCV endpoint)."""

    status, slug, title = 501, "not-supported-by-the-exchange", "Not supported by the exchange"

    def __init__(self, exchange: str, feature: str) -> None:
        super().__init__(f"{exchange} does not support {feature}", exchange=exchange)
        self.feature = feature


class ExchangeUnavailable(MarketDataError):
    """The exchange could not be reached (timeouts, connection errors, rate limits, health down)."""

    status, slug, title = 503, "exchange-unavailable", "Exchange unavailable"

    def __init__(self, exchange: str, reason: str, *, retry_after: float | None = None) -> None:
        headers = {"Retry-After": str(max(int(retry_after), 1))} if retry_after else None
        super().__init__(
            f"exchange {exchange} is unavailable: {reason}", exchange=exchange, headers=headers
        )
        self.reason = reason
        self.retry_after = retry_after


class ExchangeRequestFailed(MarketDataError):
    """The exchange answered, but with an error we cannot attribute to the caller."""

    status, slug, title = 502, "exchange-request-failed", "Exchange request failed"

    def __init__(self, exchange: str, reason: str) -> None:
        super().__init__(f"exchange {exchange} returned an error: {reason}", exchange=exchange)
        self.reason = reason


class SequenceGap(MarketDataError):
    """An order-book update does not follow the previous one: the local book must be rebuilt.

    Sources catch it and resync; it reaches a client only as the venue's inconsistency (502)."""

    status, slug, title = 502, "order-book-out-of-sync", "Order book out of sync"

    def __init__(
        self, exchange: str, symbol: str, *, expected: int | None, got: int | None, detail: str
    ) -> None:
        super().__init__(
            f"{exchange} {symbol}: sequence gap ({detail}; expected {expected}, got {got})",
            exchange=exchange,
        )
        self.symbol = symbol
        self.expected = expected
        self.got = got


class ChecksumMismatch(MarketDataError):
    """The local book does not reproduce the checksum the venue sent with an update."""

    status, slug, title = 502, "order-book-out-of-sync", "Order book out of sync"

    def __init__(self, exchange: str, symbol: str, *, expected: int, computed: int) -> None:
        super().__init__(
            f"{exchange} {symbol}: book checksum {computed} != venue checksum {expected}",
            exchange=exchange,
        )
        self.symbol = symbol
        self.expected = expected
        self.computed = computed
