"""Market-maker tracker errors (market-data failures themselves are the exchanges module's)."""

from __future__ import annotations

from app.core.errors import AppError


class StreamFailed(AppError):
    """A tracked stream ended with an error that is not a market-data error (a parser bug, say)."""

    status, slug, title = 502, "market-stream-failed", "Market stream failed"

    def __init__(self, exchange: str, reason: str) -> None:
        super().__init__(f"{exchange} stream failed: {reason}", exchange=exchange)
        self.exchange = exchange
