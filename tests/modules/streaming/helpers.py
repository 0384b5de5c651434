"""Test doubles and websocket helpers for the streaming tests."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

from app.modules.exchanges.resilience import ExchangeHealth
from app.modules.exchanges.types import OrderBookSnapshot, Source, Ticker, Trade

END = object()


class ScriptedSource:
    """A market-data source the test drives. Every ``watch_*`` call is one upstream
    subscription: ``subscriptions`` counts them, ``active`` counts those still open."""

    source = Source.SYNTHETIC

    def __init__(self, exchanges: tuple[str, ...] = ("binance", "okx")) -> None:
        self._exchanges = list(exchanges)
        self.subscriptions: Counter[tuple[str, str, str]] = Counter()
        self.active: Counter[tuple[str, str, str]] = Counter()
        self.reconnects: Counter[str] = Counter()
        self._queues: dict[tuple[str, str, str], list[asyncio.Queue[Any]]] = defaultdict(list)
        self.on_subscribe: Callable[[tuple[str, str, str]], Any] | None = None

    @property
    def exchanges(self) -> list[str]:
        return list(self._exchanges)

    def health(self) -> dict[str, ExchangeHealth]:
        return {ex: ExchangeHealth(ex, reconnects=self.reconnects[ex]) for ex in self._exchanges}

    async def close(self) -> None:
        return None

    def feed(self, kind: str, exchange: str, symbol: str, item: Any) -> int:
        """Hand ``item`` (an event, an exception to raise, or ``END``) to open subscriptions."""
        queues = self._queues.get((kind, exchange, symbol), [])
        for queue in queues:
            queue.put_nowait(item)
        return len(queues)

    def backlog(self, kind: str, exchange: str, symbol: str) -> int:
        """Items fed but not yet taken by the subscriptions."""
        return sum(queue.qsize() for queue in self._queues.get((kind, exchange, symbol), []))

    async def wait_active(self, kind: str, exchange: str, symbol: str, count: int = 1) -> None:
        await wait_for(lambda: self.active[(kind, exchange, symbol)] >= count)

    async def _watch(self, kind: str, exchange: str, symbol: str) -> AsyncIterator[Any]:
        key = (kind, exchange, symbol)
        queue: asyncio.Queue[Any] = asyncio.Queue()
        self.subscriptions[key] += 1
        self.active[key] += 1
        self._queues[key].append(queue)
        try:
            while True:
                item = await queue.get()
                if item is END:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            self.active[key] -= 1
            self._queues[key].remove(queue)

    def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]:
        return self._watch("ticker", exchange, symbol)

    def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]:
        return self._watch("trades", exchange, symbol)

    def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]:
        return self._watch("orderbook", exchange, symbol)


class GatedSource:
    """Wraps a real source: streams start only once ``gate`` is set, and are counted."""

    def __init__(self, inner: Any, gate: asyncio.Event) -> None:
        self.inner = inner
        self.gate = gate
        self.source = inner.source
        self.subscriptions: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def _gated(self, name: str, stream: AsyncIterator[Any]) -> AsyncIterator[Any]:
        self.subscriptions[name] += 1
        await self.gate.wait()
        async for item in stream:
            yield item

    def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]:
        return self._gated("trades", self.inner.watch_trades(exchange, symbol))

    def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]:
        return self._gated("orderbook", self.inner.watch_order_book(exchange, symbol, limit))

    def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]:
        return self._gated("ticker", self.inner.watch_ticker(exchange, symbol))


def ticker(
    price: float, exchange: str = "binance", symbol: str = "BTC/USDT", ts: int = 0
) -> Ticker:
    return Ticker(
        exchange,
        symbol,
        Source.SYNTHETIC,
        ts or int(time.time() * 1000),
        bid=price - 0.5,
        ask=price + 0.5,
        last=price,
    )


def trade(
    price: float,
    amount: float = 1.0,
    ts: int = 0,
    exchange: str = "binance",
    symbol: str = "BTC/USDT",
    trade_id: str | None = None,
) -> Trade:
    return Trade(
        exchange,
        symbol,
        Source.SYNTHETIC,
        ts or int(time.time() * 1000),
        price,
        amount,
        "buy",
        trade_id,
    )


def book(
    bids: list[tuple[float, float]],
    asks: list[tuple[float, float]],
    exchange: str = "binance",
    symbol: str = "BTC/USDT",
    sequence: int | None = None,
) -> OrderBookSnapshot:
    return OrderBookSnapshot(
        exchange,
        symbol,
        Source.SYNTHETIC,
        int(time.time() * 1000),
        tuple(sorted(bids, reverse=True)),
        tuple(sorted(asks)),
        sequence,
    )


async def wait_for(predicate: Callable[[], bool], within: float = 5.0) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.005)


async def connect(url: str, **kwargs: Any) -> ClientConnection:
    kwargs.setdefault("compression", None)
    kwargs.setdefault("open_timeout", 10)
    return await websockets.connect(url, **kwargs)


async def recv(ws: ClientConnection, within: float = 5.0) -> dict[str, Any]:
    return json.loads(await asyncio.wait_for(ws.recv(), within))


async def recv_until(
    ws: ClientConnection, predicate: Callable[[dict[str, Any]], bool], within: float = 5.0
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The first message matching ``predicate`` and every message received before it."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + within
    while True:
        message = await recv(ws, max(deadline - time.monotonic(), 0.01))
        if predicate(message):
            return message, seen
        seen.append(message)


async def closed_with(ws: ClientConnection, within: float = 5.0) -> tuple[int | None, str]:
    """Read until the server closes; return its close code and reason."""
    deadline = time.monotonic() + within
    try:
        while True:
            await asyncio.wait_for(ws.recv(), max(deadline - time.monotonic(), 0.01))
    except websockets.ConnectionClosed as exc:
        received = exc.rcvd
        return (received.code, received.reason) if received else (None, "")


def apply_book(state: dict[str, dict[float, float]], data: dict[str, Any]) -> None:
    """Client-side order-book maintenance: a snapshot replaces, a delta updates."""
    if data["kind"] == "snapshot":
        state["bids"] = {p: q for p, q in data["bids"]}
        state["asks"] = {p: q for p, q in data["asks"]}
        return
    for side in ("bids", "asks"):
        for price, qty in data[side]:
            if qty == 0:
                state[side].pop(price, None)
            else:
                state[side][price] = qty
