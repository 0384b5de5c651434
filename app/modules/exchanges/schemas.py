"""Request and response models of the exchanges module (aggregator, arbitrage, downloads)."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, field_validator, model_validator

from app.core.symbols import normalize_symbol
from app.core.timeutil import UtcDatetime
from app.modules.exchanges.specs import CrossExchangeOpportunity, TriangularResult

ExchangeId = Annotated[str, Field(pattern=r"^[a-z0-9]{2,32}$", description="ccxt exchange id")]
SourceName = Literal["live", "replay", "synthetic", "db"]
MAX_LEVELS = 5000


def _symbol(value: str) -> str:
    return normalize_symbol(value)


Symbol = Annotated[
    str, Field(max_length=60, description="ccxt form, e.g. BTC/USDT"), AfterValidator(_symbol)
]


# --------------------------------------------------------------------------- listing


class ExchangeFeatures(BaseModel):
    """What the venue supports according to ccxt's static description (null: not known)."""

    websocket: bool | None
    watch_order_book: bool | None
    watch_trades: bool | None
    watch_ticker: bool | None
    fetch_ohlcv: bool | None


class DepthLimitOut(BaseModel):
    max: int = Field(description="Most levels per side one REST order-book call returns")
    allowed: list[int] | None = Field(description="The only depths the venue accepts, if fixed")


class ExchangeStatus(BaseModel):
    id: str
    name: str | None = Field(description="Display name (ccxt)")
    status: str = Field(description="Health: unknown, up, degraded or down")
    source: SourceName
    consecutive_failures: int
    last_error: str | None
    reconnects: int
    features: ExchangeFeatures
    order_book_depth: DepthLimitOut | None = Field(description="REST depth limit; null: unknown")
    taker_fee: float | None = Field(description="ccxt's base-tier taker fee (fraction)")
    maker_fee: float | None
    markets: int | None = Field(
        description="Markets known without a network call (live: once loaded; replay: recorded)"
    )


# --------------------------------------------------------------------------- quotes


class Freshness(BaseModel):
    stale: bool = Field(
        default=False, description="True when the venue failed and the last good value is served"
    )
    age_seconds: float = Field(description="Seconds since this value was fetched from the venue")
    fetched_at: datetime


class PriceOut(Freshness):
    exchange: str
    symbol: str
    source: SourceName
    bid: float | None
    ask: float | None
    last: float | None
    mid: float | None
    spread_bps: float | None
    timestamp: datetime | None = Field(description="Venue time of the quote, when it sends one")


class OrderBookOut(Freshness):
    exchange: str
    symbol: str
    source: SourceName
    depth: int
    timestamp: datetime | None
    sequence: int | None
    bids: list[tuple[float, float]] = Field(description="[price, quantity], best (highest) first")
    asks: list[tuple[float, float]] = Field(description="[price, quantity], best (lowest) first")
    mid: float | None
    spread: float | None


class ExchangeQuoteError(BaseModel):
    status: int
    title: str
    detail: str


class ExchangePrice(BaseModel):
    exchange: str
    ok: bool
    price: PriceOut | None = None
    error: ExchangeQuoteError | None = None


class BestQuote(BaseModel):
    exchange: str
    price: float


class PricesOut(BaseModel):
    symbol: str
    source: SourceName
    prices: list[ExchangePrice]
    best_bid: BestQuote | None = Field(description="Highest bid across the venues that answered")
    best_ask: BestQuote | None = Field(description="Lowest ask across the venues that answered")
    cross_spread_bps: float | None = Field(
        description="(best bid - best ask) / best ask in bps; positive: the venues are crossed"
    )


# --------------------------------------------------------------------------- arbitrage


class ArbitrageBookIn(BaseModel):
    """An order book supplied by the caller, for offline what-if analysis."""

    exchange: ExchangeId
    symbol: str = Field(max_length=60, description="ccxt form, e.g. BTC/USDT")
    bids: list[tuple[float, float]] = Field(max_length=MAX_LEVELS)
    asks: list[tuple[float, float]] = Field(max_length=MAX_LEVELS)

    @field_validator("symbol")
    @classmethod
    def _norm(cls, value: str) -> str:
        return _symbol(value)

    @field_validator("bids", "asks")
    @classmethod
    def _levels(cls, levels: list[tuple[float, float]]) -> list[tuple[float, float]]:
        for i, (price, qty) in enumerate(levels):
            if not (math.isfinite(price) and math.isfinite(qty)) or price <= 0 or qty < 0:
                raise ValueError(
                    f"level {i} [{price}, {qty}]: price must be > 0 and quantity >= 0, finite"
                )
        return levels


class ArbitrageTriangularIn(BaseModel):
    exchange: ExchangeId
    start_currency: str = Field(pattern=r"^[A-Za-z0-9]{1,20}$")
    start_amount: float = Field(gt=0, le=1e12, description="In the start currency")
    symbols: list[Symbol] = Field(min_length=3, max_length=3, description="Three pairs of a cycle")

    @field_validator("start_currency")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


Fee = Annotated[float, Field(ge=0, lt=0.1)]


class ArbitrageIn(BaseModel):
    symbols: list[Symbol] = Field(
        default_factory=list,
        max_length=20,
        description="Symbols to scan (ccxt form); default: the symbols of `books`",
    )
    exchanges: list[ExchangeId] | None = Field(
        default=None,
        min_length=2,
        max_length=20,
        description="Venues to compare; default: every enabled one (or every venue in `books`)",
    )
    fees: dict[str, Fee] = Field(
        default_factory=dict,
        description=(
            "Taker fee per exchange as a fraction. Default: ccxt's base-tier taker fee for the "
            "venue (binance 0.001, okx 0.0015, kraken 0.0026, ...), or 0.001 when ccxt has none"
        ),
    )
    withdrawal_fee: float = Field(
        default=0.0,
        ge=0,
        le=1e9,
        description="Fixed cost, in base units, of moving the bought coins to the selling venue",
    )
    withdrawal_fees: dict[str, Annotated[float, Field(ge=0, le=1e9)]] = Field(
        default_factory=dict,
        description='Per base currency override of `withdrawal_fee`, e.g. {"BTC": 0.0002}',
    )
    max_notional: float | None = Field(
        default=None, gt=0, le=1e12, description="Cap on the quote spent on the buy side"
    )
    max_size: float | None = Field(default=None, gt=0, le=1e12, description="Cap in base units")
    min_profit_quote: float = Field(default=0.0, ge=0, le=1e12)
    include_unprofitable: bool = Field(
        default=False, description="Also list venue pairs that lose money, ranked"
    )
    depth: int = Field(default=50, ge=1, le=1000, description="Levels fetched per book")
    books: list[ArbitrageBookIn] | None = Field(
        default=None,
        max_length=100,
        description="Explicit books: when given, nothing is fetched (what-if analysis)",
    )
    triangular: ArbitrageTriangularIn | None = None

    @field_validator("symbols")
    @classmethod
    def _symbols(cls, values: list[str]) -> list[str]:
        return list(dict.fromkeys(values))

    @field_validator("exchanges")
    @classmethod
    def _distinct(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else list(dict.fromkeys(values))

    @field_validator("withdrawal_fees")
    @classmethod
    def _currencies(cls, values: dict[str, float]) -> dict[str, float]:
        return {code.upper(): fee for code, fee in values.items()}

    @model_validator(mode="after")
    def _something_to_do(self) -> ArbitrageIn:
        if not self.symbols and not self.books and self.triangular is None:
            raise ValueError("give `symbols`, `books` or `triangular`")
        if self.books:
            seen: set[tuple[str, str]] = set()
            for book in self.books:
                key = (book.exchange, book.symbol)
                if key in seen:
                    raise ValueError(f"books: {book.exchange} {book.symbol} is given twice")
                seen.add(key)
        return self


class ArbitrageBookUsed(BaseModel):
    exchange: str
    symbol: str
    source: SourceName | Literal["request"]
    timestamp: datetime | None
    bid_levels: int
    ask_levels: int
    taker_fee: float


class TriangularOut(TriangularResult):
    """A triangular cycle on one exchange."""

    exchange: str


class ArbitrageBookError(BaseModel):
    exchange: str
    symbol: str
    status: int
    detail: str


class ArbitrageOut(BaseModel):
    source: SourceName | Literal["request"] = Field(
        description="Where the books came from; `request` for explicit books"
    )
    opportunities: list[CrossExchangeOpportunity] = Field(description="Best net profit first")
    triangular: list[TriangularOut] | None = Field(description="Both directions, best first")
    books: list[ArbitrageBookUsed]
    fees: dict[str, float] = Field(description="Taker fee used per exchange")
    errors: list[ArbitrageBookError] = Field(description="Books that could not be fetched")


# --------------------------------------------------------------------------- downloads


class CandleDownloadIn(BaseModel):
    exchange: ExchangeId
    symbol: str = Field(max_length=60, description="ccxt form, e.g. BTC/USDT")
    timeframe: str = Field(default="1h", max_length=8)
    since: UtcDatetime | None = Field(
        default=None, description="First candle wanted (default: `max_candles` before `until`)"
    )
    until: UtcDatetime | None = Field(
        default=None, description="Stop before this time (default: now; only closed candles)"
    )
    max_candles: int = Field(default=10_000, ge=1, le=500_000)
    page_size: int = Field(default=500, ge=1, le=1000, description="Candles per venue request")

    @field_validator("symbol")
    @classmethod
    def _norm(cls, value: str) -> str:
        return _symbol(value)

    @model_validator(mode="after")
    def _ordered(self) -> CandleDownloadIn:
        if self.since and self.until and self.since >= self.until:
            raise ValueError("`since` must be before `until`")
        return self


class CandleDownloadAccepted(BaseModel):
    job_id: str
    kind: str
    status: str
    status_url: str
