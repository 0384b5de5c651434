"""Arbitrage detection over fetched or caller-supplied books (``POST /arbitrage/detect``).

Books are either fetched through the cached quote service (one coalesced call per venue and
symbol) or taken verbatim from the request for offline what-if analysis; the pure detectors in
``arbitrage.py`` then walk them at executable depth. A venue that cannot be reached is reported
in ``errors`` and left out; it does not fail the scan.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from app.core.errors import AppError, invalid
from app.modules.exchanges.arbitrage import (
    MarketBook,
    VenueBook,
    detect_cross_exchange,
    evaluate_triangular,
)
from app.modules.exchanges.features import default_taker_fees
from app.modules.exchanges.schemas import (
    ArbitrageBookError,
    ArbitrageBookUsed,
    ArbitrageIn,
    ArbitrageOut,
    TriangularOut,
)
from app.modules.exchanges.service import QuoteContext, get_order_book
from app.modules.exchanges.source_protocol import check_exchange

Levels = list[tuple[float, float]]


class _Book:
    __slots__ = ("asks", "bids", "exchange", "source", "symbol", "timestamp")

    def __init__(
        self,
        exchange: str,
        symbol: str,
        bids: Levels,
        asks: Levels,
        source: str,
        timestamp: datetime | None = None,
    ) -> None:
        self.exchange, self.symbol, self.bids, self.asks = exchange, symbol, bids, asks
        self.source, self.timestamp = source, timestamp


def _given_books(body: ArbitrageIn) -> tuple[dict[tuple[str, str], _Book], list[str], list[str]]:
    books = {
        (b.exchange, b.symbol): _Book(b.exchange, b.symbol, b.bids, b.asks, "request")
        for b in body.books or ()
    }
    venues = list(dict.fromkeys(ex for ex, _ in books))
    exchanges = body.exchanges or venues
    for exchange in exchanges:
        if exchange not in venues:
            raise invalid("body.exchanges", f"exchange {exchange!r} has no book in `books`")
    symbols = body.symbols or list(dict.fromkeys(sym for _, sym in books))
    for symbol in body.symbols:
        if sum((ex, symbol) in books for ex in exchanges) < 2:
            raise invalid("body.symbols", f"`books` needs {symbol} from at least two exchanges")
    if body.triangular is not None:
        tri = body.triangular
        missing = [s for s in tri.symbols if (tri.exchange, s) not in books]
        if missing:
            raise invalid(
                "body.triangular.symbols", f"`books` has no {tri.exchange} book for {missing}"
            )
    return books, exchanges, symbols


async def _fetch_books(
    ctx: QuoteContext, body: ArbitrageIn
) -> tuple[dict[tuple[str, str], _Book], list[str], list[str], list[ArbitrageBookError]]:
    exchanges = [check_exchange(ctx.source, ex) for ex in body.exchanges or ctx.source.exchanges]
    wanted = [(ex, sym) for sym in body.symbols for ex in exchanges]
    if body.triangular is not None:
        tri_exchange = check_exchange(ctx.source, body.triangular.exchange)
        wanted += [(tri_exchange, sym) for sym in body.triangular.symbols]
    wanted = list(dict.fromkeys(wanted))

    async def one(exchange: str, symbol: str) -> _Book | ArbitrageBookError:
        try:
            book = await get_order_book(ctx, exchange, symbol, body.depth, clamp=True)
        except AppError as exc:
            return ArbitrageBookError(
                exchange=exchange, symbol=symbol, status=exc.status, detail=exc.detail or exc.title
            )
        bids = [(float(p), float(q)) for p, q in book.bids]
        asks = [(float(p), float(q)) for p, q in book.asks]
        return _Book(exchange, symbol, bids, asks, book.source, book.timestamp)

    results = await asyncio.gather(*(one(ex, sym) for ex, sym in wanted))
    books = {(r.exchange, r.symbol): r for r in results if isinstance(r, _Book)}
    errors = [r for r in results if isinstance(r, ArbitrageBookError)]
    return books, exchanges, list(body.symbols), errors


def _base(symbol: str) -> str:
    return symbol.split("/", 1)[0]


async def detect(ctx: QuoteContext, body: ArbitrageIn) -> ArbitrageOut:
    errors: list[ArbitrageBookError] = []
    if body.books:
        books, exchanges, symbols = _given_books(body)
        source = "request"
    else:
        books, exchanges, symbols, errors = await _fetch_books(ctx, body)
        source = str(ctx.source.source)
    venues = list(dict.fromkeys([*exchanges, *(ex for ex, _ in books)]))
    fees = await default_taker_fees(venues)
    fees.update({ex: fee for ex, fee in body.fees.items() if ex in fees})

    opportunities = []
    for symbol in symbols:
        withdrawal = body.withdrawal_fees.get(_base(symbol), body.withdrawal_fee)
        venue_books = [
            VenueBook(ex, books[ex, symbol].bids, books[ex, symbol].asks, fees[ex], withdrawal)
            for ex in exchanges
            if (ex, symbol) in books
        ]
        try:
            found = detect_cross_exchange(
                venue_books,
                symbol,
                max_size=body.max_size,
                max_notional=body.max_notional,
                min_profit_quote=body.min_profit_quote,
                include_unprofitable=body.include_unprofitable,
            )
        except ValueError as exc:
            raise invalid("body", str(exc)) from None
        opportunities += found
    opportunities.sort(
        key=lambda o: (
            o.net_profit_quote,
            o.net_spread_bps if o.net_spread_bps is not None else float("-inf"),
            o.top_of_book_spread_bps if o.top_of_book_spread_bps is not None else float("-inf"),
        ),
        reverse=True,
    )

    tri = body.triangular
    used = [
        (ex, sym)
        for ex, sym in books
        if (ex in exchanges and sym in symbols)
        or (tri is not None and ex == tri.exchange and sym in tri.symbols)
    ]
    return ArbitrageOut(
        source=source,
        opportunities=opportunities,
        triangular=_triangular(body, books, fees),
        books=[
            ArbitrageBookUsed(
                exchange=ex,
                symbol=sym,
                source=books[ex, sym].source,
                timestamp=books[ex, sym].timestamp,
                bid_levels=len(books[ex, sym].bids),
                ask_levels=len(books[ex, sym].asks),
                taker_fee=fees[ex],
            )
            for ex, sym in used
        ],
        fees={ex: fees[ex] for ex in venues},
        errors=errors,
    )


def _triangular(
    body: ArbitrageIn, books: dict[tuple[str, str], _Book], fees: dict[str, float]
) -> list[TriangularOut] | None:
    tri = body.triangular
    if tri is None:
        return None
    if any((tri.exchange, sym) not in books for sym in tri.symbols):
        return []  # a leg's book could not be fetched; see `errors`
    fee = fees.get(tri.exchange, 0.0)
    markets = [
        MarketBook(sym, books[tri.exchange, sym].bids, books[tri.exchange, sym].asks, fee)
        for sym in tri.symbols
    ]
    try:
        results = evaluate_triangular(markets, tri.start_currency, tri.start_amount)
    except ValueError as exc:
        field = "start_currency" if "start currency" in str(exc) else "symbols"
        raise invalid(f"body.triangular.{field}", str(exc)) from None
    return [TriangularOut(**dict(r), exchange=tri.exchange) for r in results]
