"""Websocket endpoints (seed service 2) and the hub's status.

``WS /stream/{price|orderbook|trades|kline}/{symbol}`` opens a connection subscribed to one
stream; control messages add or remove more on the same connection (``WS /stream`` starts with
none). Authentication (see ``auth.py``): ``?token=``, the usual headers, the ``bearer``
subprotocol or a first auth message; a missing, forged, expired or revoked credential, or one
socket more than ``APP_STREAM_MAX_SOCKETS_PER_USER``, closes the socket with 1008.
"""

from __future__ import annotations

from fastapi import Depends, Query, WebSocket

from app.core.deps import ReaderUser
from app.core.errors import problem_responses
from app.core.ratelimit import rate_limit
from app.core.routing import module_router
from app.modules.streaming.admission import serve_websocket
from app.modules.streaming.deps import HubDep
from app.modules.streaming.schemas import Channel, StreamStatus

# Websocket routes take no HTTP rate-limit dependency (it needs a Request); the status route
# declares its own.
router = module_router("streaming", rate_group=None)

ExchangeQuery = Query(None, description="Exchange id; default: the first enabled one")
TokenQuery = Query(
    None,
    description="JWT access token or API key (or: Sec-WebSocket-Protocol `bearer, <token>`, or "
    'a first message `{"type": "auth", "token": ...}`)',
)


@router.websocket("/stream/price/{symbol}")
async def stream_price(
    websocket: WebSocket,
    hub: HubDep,
    symbol: str,
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """Ticker updates (bid, ask, last, mid), conflated to the latest for slow clients."""
    await serve_websocket(websocket, hub, token, Channel.PRICE, symbol, exchange)


@router.websocket("/stream/orderbook/{symbol}")
async def stream_orderbook(
    websocket: WebSocket,
    hub: HubDep,
    symbol: str,
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """A snapshot of the top levels, then deltas; a new snapshot after a resync or overflow."""
    await serve_websocket(websocket, hub, token, Channel.ORDERBOOK, symbol, exchange)


@router.websocket("/stream/trades/{symbol}")
async def stream_trades(
    websocket: WebSocket,
    hub: HubDep,
    symbol: str,
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """Every trade in order; a slow client is told how many it lost."""
    await serve_websocket(websocket, hub, token, Channel.TRADES, symbol, exchange)


@router.websocket("/stream/kline/{symbol}")
async def stream_kline(
    websocket: WebSocket,
    hub: HubDep,
    symbol: str,
    timeframe: str = Query("1m", max_length=8, description="Candle length, e.g. 1m, 5m, 1h"),
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """Candles built from the shared trade stream (the forming one, then each closed one)."""
    await serve_websocket(websocket, hub, token, Channel.KLINE, symbol, exchange, timeframe)


@router.websocket("/stream/alerts")
async def stream_alerts(websocket: WebSocket, hub: HubDep, token: str | None = TokenQuery) -> None:
    """The connected user's alerts (flash-crash detections, news alerts) and system-wide ones,
    relayed from the core event bus: ``subscribed`` once in place, then ``alert`` messages."""
    await serve_websocket(websocket, hub, token, alerts=True)


@router.websocket("/stream")
async def stream(websocket: WebSocket, hub: HubDep, token: str | None = TokenQuery) -> None:
    """A connection with no stream yet: subscribe with control messages."""
    await serve_websocket(websocket, hub, token)


@router.get(
    "/stream/status",
    response_model=StreamStatus,
    summary="Streams open in this process: clients, upstream role, counters",
    responses=problem_responses(401, 429),
    dependencies=[Depends(rate_limit("default"))],
)
async def stream_status(hub: HubDep, user: ReaderUser) -> StreamStatus:
    return StreamStatus.model_validate(hub.stats())
