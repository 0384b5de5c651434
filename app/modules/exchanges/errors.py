"""Market-data domain errors.

These do not depend on ``app.core``; the router layer maps them onto problem+json responses.
``status_code`` is the HTTP status each one should become (503 for an unreachable exchange).
"""

from __future__ import annotations


class MarketDataError(Exception):
    status_code = 500

    def __init__(self, message: str, *, exchange: str | None = None) -> None:
        super().__init__(message)
        self.exchange = exchange


class UnknownExchange(MarketDataError):
    """The exchange id is not a ccxt id, or is not enabled in this deployment."""

    status_code = 404

    def __init__(self, exchange: str, *, enabled: list[str] | None = None) -> None:
        hint = f"; enabled: {', '.join(enabled)}" if enabled else ""
        super().__init__(f"exchange {exchange!r} is not available{hint}", exchange=exchange)


class SymbolNotFound(MarketDataError):
    status_code = 404

    def __init__(self, exchange: str, symbol: str) -> None:
        super().__init__(f"{exchange} has no market {symbol!r}", exchange=exchange)
        self.symbol = symbol


class BadMarketRequest(MarketDataError):
    """The request's parameters were rejected (bad timeframe, limit, ...)."""

    status_code = 400

    def __init__(self, exchange: str, reason: str) -> None:
        super().__init__(f"{exchange}: {reason}", exchange=exchange)
        self.reason = reason


class NotSupportedByExchange(MarketDataError):
    status_code = 501

    def __init__(self, exchange: str, feature: str) -> None:
        super().__init__(f"{exchange} does not support {feature}", exchange=exchange)
        self.feature = feature


class ExchangeUnavailable(MarketDataError):
    """The exchange could not be reached (timeouts, connection errors, rate limits, health down)."""

    status_code = 503

    def __init__(self, exchange: str, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"exchange {exchange} is unavailable: {reason}", exchange=exchange)
        self.reason = reason
        self.retry_after = retry_after


class ExchangeRequestFailed(MarketDataError):
    """The exchange answered, but with an error we cannot attribute to the caller."""

    status_code = 502

    def __init__(self, exchange: str, reason: str) -> None:
        super().__init__(f"exchange {exchange} returned an error: {reason}", exchange=exchange)
        self.reason = reason


class SequenceGap(MarketDataError):
    """An order-book update does not follow the previous one: the local book must be rebuilt."""

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

    def __init__(self, exchange: str, symbol: str, *, expected: int, computed: int) -> None:
        super().__init__(
            f"{exchange} {symbol}: book checksum {computed} != venue checksum {expected}",
            exchange=exchange,
        )
        self.symbol = symbol
        self.expected = expected
        self.computed = computed
