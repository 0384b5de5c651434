"""Domain errors of the backtest module (plain exceptions; the router maps them to problems)."""

from __future__ import annotations


class BacktestError(ValueError):
    """Input that cannot be backtested (maps to 422)."""


class StrategyError(BacktestError):
    """Unknown strategy or invalid strategy parameters; ``param`` names the culprit."""

    def __init__(self, message: str, *, strategy: str | None = None, param: str | None = None):
        super().__init__(message)
        self.strategy = strategy
        self.param = param


class UnknownStrategyError(StrategyError):
    pass


class DataError(BacktestError):
    """Missing, misaligned or too short candle data; ``symbol`` names the series."""

    def __init__(self, message: str, *, symbol: str | None = None):
        super().__init__(message)
        self.symbol = symbol


class CancelledError(Exception):
    """The caller's ``should_cancel()`` returned True; work stopped between chunks."""
