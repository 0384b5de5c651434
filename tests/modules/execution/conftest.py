"""Real recorded books and trades served as a market-data source the test can advance.

Books come from ``../shared/data/orderbook_trades`` (cryptofeed's derived L2 snapshots and
gocryptotrader's Bitstamp REST recordings); a test installs them and may push later books or
trades (the tape), as a replay would deliver them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.modules.exchanges.public import OrderBookSnapshot, Ticker, Trade
from app.modules.exchanges.types import Source


@dataclass
class ScriptedSource:
    books: dict[tuple[str, str], OrderBookSnapshot] = field(default_factory=dict)
    trades: dict[tuple[str, str], list[Trade]] = field(default_factory=dict)
    source: Source = Source.REPLAY

    @property
    def exchanges(self) -> list[str]:
        return sorted({ex for ex, _ in self.books}) or ["binance"]

    def put_book(self, book: OrderBookSnapshot) -> None:
        self.books[(book.exchange, book.symbol)] = book

    def push_trade(self, trade: Trade) -> None:
        self.trades.setdefault((trade.exchange, trade.symbol), []).append(trade)

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        from app.modules.exchanges.errors import SymbolNotFound

        book = self.books.get((exchange, symbol))
        if book is None:
            raise SymbolNotFound(exchange, symbol)
        if limit is None:
            return book
        return OrderBookSnapshot(
            book.exchange,
            book.symbol,
            book.source,
            book.timestamp,
            book.bids[:limit],
            book.asks[:limit],
            book.sequence,
        )

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        book = await self.fetch_order_book(exchange, symbol)
        bid, ask = book.bids[0][0], book.asks[0][0]
        return Ticker(
            exchange, symbol, self.source, book.timestamp, bid=bid, ask=ask, last=(bid + ask) / 2
        )

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        trades = self.trades.get((exchange, symbol), [])
        if since is not None:
            trades = [t for t in trades if t.timestamp >= since]
        return list(trades)

    async def fetch_ohlcv(
        self,
        exchange: str,
        symbol: str,
        timeframe: str,
        since: int | None = None,
        limit: int | None = None,
    ) -> list[object]:
        from app.modules.exchanges.errors import NotSupportedByExchange

        # A book-and-tape script has no candles: what a venue without OHLCV answers.
        raise NotSupportedByExchange(exchange, "fetchOHLCV")


def derived_book(
    data: Path, venue: str, raw_symbol: str, exchange: str, symbol: str
) -> OrderBookSnapshot:
    snaps = json.loads((data / "orderbook_trades/cryptofeed/derived_l2_snapshots.json").read_text())
    snap = next(s for s in snaps if s["exchange"] == venue and s["symbol"] == raw_symbol)
    return OrderBookSnapshot(
        exchange,
        symbol,
        Source.REPLAY,
        int(snap["recv_ts"] * 1000),
        tuple((float(p), float(q)) for p, q in snap["bids"]),
        tuple((float(p), float(q)) for p, q in snap["asks"]),
    )


def raw_levels(data: Path, venue: str, raw_symbol: str, side: str) -> list[list[float]]:
    snaps = json.loads((data / "orderbook_trades/cryptofeed/derived_l2_snapshots.json").read_text())
    snap = next(s for s in snaps if s["exchange"] == venue and s["symbol"] == raw_symbol)
    return snap[side]


def bitstamp_raw(data: Path) -> dict:
    path = data / "orderbook_trades/gocryptotrader/bitstamp_api_v2_order_book_btcusd__0.json"
    return json.loads(path.read_text())["data"]


def bitstamp_book(data: Path, cap: int = 200) -> OrderBookSnapshot:
    """Bitstamp's full BTC/USD book, far tail capped (near-zero bids)."""
    raw = bitstamp_raw(data)
    return OrderBookSnapshot(
        "bitstamp",
        "BTC/USD",
        Source.REPLAY,
        int(raw["timestamp"]) * 1000,
        tuple((float(p), float(q)) for p, q in raw["bids"][:cap]),
        tuple((float(p), float(q)) for p, q in raw["asks"][:cap]),
    )


def bitstamp_trades(data: Path) -> list[Trade]:
    path = data / "orderbook_trades/gocryptotrader/bitstamp_api_v2_transactions_btcusd__0.json"
    rows = json.loads(path.read_text())["data"]
    trades = [
        Trade(
            "bitstamp",
            "BTC/USD",
            Source.REPLAY,
            int(r["date"]) * 1000,
            float(r["price"]),
            float(r["amount"]),
            "sell" if r["type"] == "1" else "buy",
            r["tid"],
        )
        for r in rows
    ]
    return sorted(trades, key=lambda t: (t.timestamp, t.id or ""))


@pytest.fixture(autouse=True)
def _execution_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from app.modules.execution.config import get_execution_settings

    monkeypatch.setenv("APP_EXECUTION_SWEEP_SECONDS", "0")  # tests sweep explicitly
    get_execution_settings.cache_clear()
    yield
    get_execution_settings.cache_clear()


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    return {"market_data": "synthetic"}


@pytest.fixture
def market(app: object, shared_data: Path) -> ScriptedSource:
    source = ScriptedSource()
    source.put_book(derived_book(shared_data, "BINANCE_US", "COMPUSDT", "binanceus", "COMP/USDT"))
    source.put_book(bitstamp_book(shared_data))
    app.state.market_data = source  # type: ignore[attr-defined]
    return source


class PlaybackSource(ScriptedSource):
    """A real recording replayed book by book: every ``fetch_order_book`` of the market serves
    the next rebuilt book (``served`` keeps them, so tests walk the very levels that filled);
    trades up to the served book's time make the tape."""

    def __init__(self, books: list[OrderBookSnapshot], trades: list[Trade]) -> None:
        super().__init__()
        self.sequence = books
        self.all_trades = trades
        self.position = -1
        self.served: list[OrderBookSnapshot] = []
        first = books[0]
        self.key = (first.exchange, first.symbol)
        self.books[self.key] = first

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        if (exchange, symbol) != self.key:
            return await super().fetch_order_book(exchange, symbol, limit)
        self.position = min(self.position + 1, len(self.sequence) - 1)
        book = self.sequence[self.position]
        self.books[self.key] = book
        self.served.append(book)
        return await super().fetch_order_book(exchange, symbol, limit)

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        book = self.books[(exchange, symbol)]
        mid = (book.bids[0][0] + book.asks[0][0]) / 2
        return Ticker(exchange, symbol, self.source, book.timestamp, last=mid)

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        now = self.books[self.key].timestamp or 0
        return [
            t
            for t in self.all_trades
            if t.timestamp <= now and (since is None or t.timestamp >= since)
        ]


async def sushi_playback(data: Path) -> PlaybackSource:
    """Binance USDT-M SUSHI/USDT:USDT books rebuilt from cryptofeed's depth diffs (~250 books)."""
    from app.modules.exchanges.replay_source import ReplaySource

    base = data / "orderbook_trades/cryptofeed"
    replay = ReplaySource(
        [base / "BINANCE_FUTURES.ws.1.0", base / "BINANCE_FUTURES.http.0.0"], speed=0
    )
    books = [b async for b in replay.watch_order_book("binanceusdm", "SUSHI/USDT:USDT", 50)]
    trades = await replay.fetch_trades("binanceusdm", "SUSHI/USDT:USDT")
    return PlaybackSource(books, trades)
