"""The live broker: ccxt's unified ``create_order`` with the user's decrypted credentials.

Used only when ``APP_LIVE_TRADING=true`` and the user stored credentials for the venue (the
order path checks both). The API base URL of a venue can be overridden
(``APP_EXECUTION_LIVE_BASE_URLS='{"binance": "http://127.0.0.1:8080"}'``): every URL of the
ccxt client's ``urls['api']`` has its scheme and host replaced, so tests (or a testnet) answer
in the exchange's documented format. Fills come from the order response's trades (Binance's
``newOrderRespType=FULL`` carries them); fees are converted to quote when charged in quote.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from app.modules.execution.book import BookFill
from app.modules.execution.config import get_execution_settings
from app.modules.execution.errors import BrokerFailed


def _override(urls: Any, base: str) -> Any:
    if isinstance(urls, str):
        parts = urlsplit(urls)
        return base.rstrip("/") + parts.path + (f"?{parts.query}" if parts.query else "")
    if isinstance(urls, dict):
        return {key: _override(value, base) for key, value in urls.items()}
    return urls


def client(exchange: str, creds: dict[str, str | None]) -> Any:
    import ccxt.async_support as ccxt_async

    cls = getattr(ccxt_async, exchange, None)
    if cls is None:
        raise BrokerFailed(f"ccxt has no exchange {exchange!r}", exchange=exchange)
    config: dict[str, Any] = {
        "apiKey": creds.get("apiKey"),
        "secret": creds.get("secret"),
        "enableRateLimit": True,
        "options": {
            "fetchMarkets": ["spot"],
            "fetchCurrencies": False,
            "fetchMargins": False,
            "defaultType": "spot",
        },
    }
    if creds.get("password"):
        config["password"] = creds["password"]
    instance = cls(config)
    base = get_execution_settings().live_base_urls.get(exchange)
    if base:
        instance.urls["api"] = _override(instance.urls["api"], base)
    return instance


async def quote_balance(exchange: str, creds: dict[str, str | None], quote: str) -> float:
    import ccxt

    api = client(exchange, creds)
    try:
        balance = await api.fetch_balance()
        return float((balance.get(quote) or {}).get("total") or 0.0)
    except ccxt.BaseError as exc:
        raise BrokerFailed(
            f"{exchange} refused the balance request: {exc}", exchange=exchange
        ) from None
    finally:
        await api.close()


async def create_order(
    exchange: str,
    creds: dict[str, str | None],
    *,
    symbol: str,
    side: str,
    type: str,
    quantity: float,
    price: float | None,
    tif: str,
    client_id: str,
) -> tuple[str | None, list[BookFill], str]:
    """Place the order; returns (exchange order id, fills, ccxt status)."""
    import ccxt

    api = client(exchange, creds)
    params: dict[str, Any] = {"clientOrderId": client_id}
    if type == "limit":
        params["timeInForce"] = tif
    try:
        order = await api.create_order(symbol, type, side.lower(), quantity, price, params)
    except ccxt.BaseError as exc:
        raise BrokerFailed(f"{exchange} refused the order: {exc}", exchange=exchange) from None
    finally:
        await api.close()
    fills = [
        BookFill(
            float(t["price"]),
            float(t["amount"]),
            "maker" if t.get("takerOrMaker") == "maker" else "taker",
        )
        for t in order.get("trades") or []
        if t.get("price") and t.get("amount")
    ]
    if not fills and order.get("filled"):
        fills = [
            BookFill(float(order["average"] or order["price"]), float(order["filled"]), "taker")
        ]
    return order.get("id"), fills, str(order.get("status") or "open")
