"""Symbol spelling: ``BTC-USDT`` in URL paths, the ccxt form ``BTC/USDT`` in bodies."""

from __future__ import annotations

import re

_SYMBOL = re.compile(r"^[A-Z0-9]{1,20}/[A-Z0-9]{1,20}(:[A-Z0-9]{1,20})?$")


def normalize_symbol(raw: str) -> str:
    """Return the ccxt form of ``raw`` (``btc-usdt``, ``BTC_USDT`` or ``BTC/USDT`` → ``BTC/USDT``).

    Raises ``ValueError`` when the result is not a ``BASE/QUOTE`` pair.
    """
    candidate = raw.strip().upper().replace("-", "/").replace("_", "/")
    if not _SYMBOL.match(candidate):
        raise ValueError(f"symbol {raw!r} is not of the form BASE/QUOTE, e.g. BTC/USDT")
    return candidate


def to_path_symbol(symbol: str) -> str:
    """``BTC/USDT`` → ``BTC-USDT`` for use in URL paths."""
    return normalize_symbol(symbol).replace("/", "-")
