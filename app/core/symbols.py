"""Symbol spelling: ``BTC-USDT`` in URL paths, the ccxt form ``BTC/USDT`` in bodies."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field, StringConstraints

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


# The ccxt form for request bodies, checked in pydantic-core (no Python call per item, which
# matters for 10,000-signal batches). Lower case is upper-cased; dashes are refused in bodies.
CcxtSymbol = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        to_upper=True,
        max_length=62,
        pattern=r"^[A-Za-z0-9]{1,20}/[A-Za-z0-9]{1,20}(:[A-Za-z0-9]{1,20})?$",
    ),
    Field(examples=["BTC/USDT"], description="ccxt symbol BASE/QUOTE, e.g. BTC/USDT"),
]
