"""Domain errors of the backtest module: 422 problems raised where the problem is found.

A spec does not know where it sits in a request (``body`` for a run, ``body.base`` for an
optimisation), so errors name their field relative to the spec (``params.fast``, ``symbols``) and
the service that received the request places them with ``located``. White-hat rules are not
here: they are ``app.core.policy``'s ``PolicyViolation`` (see ``rules.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from app.core.errors import ValidationFailed, field_error


class BacktestError(ValidationFailed, ValueError):
    """Input that cannot be backtested as given (a grid too large, a float range without step,
    ...). ``field`` is relative to the spec; still a ``ValueError`` for callers that parse."""

    def __init__(
        self, message: str, *, field: str | None = None, type: str = "backtest", **extra: Any
    ) -> None:
        super().__init__(message, **extra)
        self.field, self.kind = field, type
        self._place("")

    def _place(self, prefix: str, field: str | None = None) -> None:
        where = field or (".".join(p for p in (prefix, self.field) if p) if self.field else "")
        self.errors = [field_error(where, str(self), self.kind)] if where else None

    def locate(self, prefix: str, space: Iterable[str] = (), space_prefix: str = "") -> None:
        """Place the field under ``prefix`` (``body.base``); a parameter of an optimisation's
        search space is named under ``space_prefix`` (``body.param_space``) instead."""
        self._place(prefix)


class StrategyError(BacktestError):
    """Unknown strategy or invalid strategy parameters; ``param`` names the culprit."""

    def __init__(self, message: str, *, strategy: str | None = None, param: str | None = None):
        field = "strategy" if param in (None, "strategy") else f"params.{param}"
        extra = {key: value for key, value in (("strategy", strategy), ("param", param)) if value}
        super().__init__(message, field=field, type="strategy", **extra)
        self.strategy, self.param = strategy, param

    def locate(self, prefix: str, space: Iterable[str] = (), space_prefix: str = "") -> None:
        if space_prefix and self.param is not None and self.param in set(space):
            self._place(prefix, f"{space_prefix}.{self.param}")
        else:
            self._place(prefix)


class UnknownStrategyError(StrategyError):
    """No built-in strategy of that name (GET /backtest/strategies lists them)."""


class DataError(BacktestError):
    """Missing, misaligned or too short candle data; ``symbol`` names the series."""

    def __init__(self, message: str, *, symbol: str | None = None):
        extra = {"symbol": symbol} if symbol else {}
        super().__init__(message, field="symbols", type="data", **extra)
        self.symbol = symbol


@contextmanager
def located(prefix: str, space: Iterable[str] = (), space_prefix: str = "") -> Iterator[None]:
    """Domain errors raised inside name their field under ``prefix`` (see ``locate``)."""
    try:
        yield
    except BacktestError as exc:
        exc.locate(prefix, space, space_prefix)
        raise


class CancelledError(Exception):
    """The caller's ``should_cancel()`` returned True; work stopped between chunks (not a
    problem: the job becomes ``cancelled``)."""
