"""Websocket endpoints (seed service 2) and the hub's status.

``WS /stream/{price|orderbook|trades|kline}/{symbol}`` opens a connection subscribed to one
stream; control messages add or remove more on the same connection (``WS /stream`` starts with
none). Authentication: ``?token=`` (JWT access token or API key) or the usual headers; a missing,
forged, expired or revoked credential closes the socket with 1008.
"""

from __future__ import annotations

from fastapi import Depends, Query, Request, WebSocket

from app.core.deps import ReaderUser
from app.core.errors import AppError, problem_responses
from app.core.ratelimit import rate_limit
from app.core.routing import module_router
from app.modules.streaming.auth import authenticate_websocket, credential_from
from app.modules.streaming.connection import (
    CLOSE_GOING_AWAY,
    CLOSE_POLICY,
    MAX_REASON,
    Connection,
    error_data,
)
from app.modules.streaming.hub import StreamHub
from app.modules.streaming.messages import Envelope
from app.modules.streaming.schemas import Channel, StreamStatus

# Websocket routes take no HTTP rate-limit dependency (it needs a Request); the status route
# declares its own.
router = module_router("streaming", rate_group=None)

ExchangeQuery = Query(None, description="Exchange id; default: the first enabled one")
TokenQuery = Query(None, description="JWT access token or API key")


def _hub(websocket: WebSocket) -> StreamHub:
    return websocket.app.state.stream_hub


async def _serve(
    websocket: WebSocket,
    channel: Channel | None,
    symbol: str | None,
    exchange: str | None,
    token: str | None,
    timeframe: str | None = None,
) -> None:
    hub = _hub(websocket)
    # Accept first: a close before accepting is an HTTP 403 to the client, without the code.
    await websocket.accept()
    if hub.closing:
        await websocket.close(CLOSE_GOING_AWAY, "server shutting down")
        return
    credential = credential_from(websocket, token)
    try:
        await authenticate_websocket(websocket, credential)
    except AppError as exc:
        await websocket.close(CLOSE_POLICY, (exc.detail or exc.title)[:MAX_REASON])
        return
    assert credential is not None
    key = None
    if channel is not None and symbol is not None:
        try:
            key = hub.resolve(channel, symbol, exchange, timeframe)
        except AppError as exc:
            await websocket.send_text(Envelope("error", error_data(exc), exchange=exchange).text)
            await websocket.close(CLOSE_POLICY, (exc.detail or exc.title)[:MAX_REASON])
            return
    await Connection(websocket, hub, credential, hub.settings).serve(key)


@router.websocket("/stream/price/{symbol}")
async def stream_price(
    websocket: WebSocket,
    symbol: str,
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """Ticker updates (bid, ask, last, mid), conflated to the latest for slow clients."""
    await _serve(websocket, Channel.PRICE, symbol, exchange, token)


@router.websocket("/stream/orderbook/{symbol}")
async def stream_orderbook(
    websocket: WebSocket,
    symbol: str,
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """A snapshot of the top levels, then deltas; a new snapshot after a resync or overflow."""
    await _serve(websocket, Channel.ORDERBOOK, symbol, exchange, token)


@router.websocket("/stream/trades/{symbol}")
async def stream_trades(
    websocket: WebSocket,
    symbol: str,
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """Every trade in order; a slow client is told how many it lost."""
    await _serve(websocket, Channel.TRADES, symbol, exchange, token)


@router.websocket("/stream/kline/{symbol}")
async def stream_kline(
    websocket: WebSocket,
    symbol: str,
    timeframe: str = Query("1m", max_length=8, description="Candle length, e.g. 1m, 5m, 1h"),
    exchange: str | None = ExchangeQuery,
    token: str | None = TokenQuery,
) -> None:
    """Candles built from the shared trade stream (the forming one, then each closed one)."""
    await _serve(websocket, Channel.KLINE, symbol, exchange, token, timeframe)


@router.websocket("/stream")
async def stream(
    websocket: WebSocket,
    token: str | None = TokenQuery,
) -> None:
    """A connection with no stream yet: subscribe with control messages."""
    await _serve(websocket, None, None, None, token)


@router.get(
    "/stream/status",
    response_model=StreamStatus,
    summary="Streams open in this process: clients, upstream role, counters",
    responses=problem_responses(401, 429),
    dependencies=[Depends(rate_limit("default"))],
)
async def stream_status(request: Request, user: ReaderUser) -> StreamStatus:
    hub: StreamHub = request.app.state.stream_hub
    return StreamStatus.model_validate(hub.stats())
