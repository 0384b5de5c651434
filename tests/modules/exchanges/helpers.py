"""Test helpers for the market-data layer."""

from __future__ import annotations

from typing import Any


def ccxt_market(symbol: str, market_id: str, *, kind: str = "spot") -> dict[str, Any]:
    """The smallest market dict ccxt's ``set_markets`` and the parsers need for one symbol."""
    base, rest = symbol.split("/")
    quote, _, settle = rest.partition(":")
    contract = kind in ("swap", "future")
    linear = (settle == quote) if contract else None
    return {
        "id": market_id,
        "lowercaseId": market_id.lower(),
        "symbol": symbol,
        "base": base,
        "quote": quote,
        "settle": settle or None,
        "baseId": base,
        "quoteId": quote,
        "settleId": settle or None,
        "type": kind,
        "spot": kind == "spot",
        "margin": False,
        "swap": kind == "swap",
        "future": kind == "future",
        "option": False,
        "active": True,
        "contract": contract,
        "linear": linear,
        "inverse": (not linear) if contract else None,
        "contractSize": 1.0 if contract else None,
        "precision": {"amount": None, "price": None},
        "limits": {"amount": {"min": None, "max": None}, "price": {"min": None, "max": None}},
        "info": {},
    }
