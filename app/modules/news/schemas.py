"""HTTP request/response models of the news module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, Field

from app.core.pagination import Page
from app.core.symbols import CcxtSymbol
from app.core.timeframes import TIMEFRAME_MS
from app.core.timeutil import UtcDatetime
from app.modules.news.specs import (
    CurrencyCode,
    NewsAlertEvent,
    NewsAnalysis,
    NewsTime,
    SentimentLabel,
)

if TYPE_CHECKING:
    Timeframe = str
else:
    Timeframe = Literal[tuple(TIMEFRAME_MS)]

MAX_INGEST_ITEMS = 500


class NewsAnalyzeRequest(BaseModel):
    texts: list[str] = Field(
        min_length=1,
        description="Headlines or short texts, analysed in order (APP_NEWS_ANALYZE_MAX_TEXTS)",
        examples=[["Bitcoin ETF approved by the SEC", "Exchange hacked, $200M in ETH drained"]],
    )


class NewsAnalyzeResult(NewsAnalysis):
    text: str = Field(description="The text as sent (truncated to 200 characters)")


class NewsAnalyzeResponse(BaseModel):
    items: list[NewsAnalyzeResult]
    model_version: str


class NewsIngestItem(BaseModel):
    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://")
    title: str = Field(min_length=1, max_length=500)
    summary: str | None = Field(default=None, max_length=20_000)
    published_at: NewsTime | None = Field(default=None, description="Default: now")
    currencies: list[CurrencyCode] = Field(
        default_factory=list, max_length=50, description="Tickers the item is about, e.g. BTC"
    )
    source: str = Field(default="user", max_length=40, pattern=r"^[a-z0-9_.:-]+$")


class NewsIngestRequest(BaseModel):
    items: list[NewsIngestItem] = Field(min_length=1, max_length=MAX_INGEST_ITEMS)


class NewsIngestResponse(BaseModel):
    stored: int
    duplicates: int
    article_ids: list[int] = Field(description="Per item, in order: the stored (or merged-into) id")
    analysed: bool = Field(description="false: no sentiment model yet, sentiment left null")


class NewsSourceRef(BaseModel):
    source: str
    url: str
    seen_at: UtcDatetime


class NewsArticleOut(BaseModel):
    id: int
    source: str
    url: str
    title: str
    summary: str | None
    published_at: UtcDatetime
    ingested_at: UtcDatetime
    tagged_currencies: list[str]
    sources: list[NewsSourceRef] = Field(description="Every source the item was seen in")
    private: bool = Field(description="true: ingested by the caller, visible only to them")
    analysis: NewsAnalysis


class NewsArticlePage(Page[NewsArticleOut]):
    """Stored news, newest first."""


class NewsAlertOut(NewsAlertEvent):
    price_move: float | None = Field(
        default=None, description="Relative close-to-close move since publication (confirm=true)"
    )
    confirmed: bool | None = Field(
        default=None, description="Did the price move in the news' direction? (confirm=true)"
    )


class NewsAlertPage(Page[NewsAlertOut]):
    """Critical news about the caller's held or watched symbols, newest first."""


class NewsWatchlist(BaseModel):
    symbols: list[CcxtSymbol] = Field(max_length=200)


class NewsPollResult(BaseModel):
    source: str
    fetched: int
    stored: int
    duplicates: int
    alerts: int


class NewsStrategyRequest(BaseModel):
    symbols: list[CcxtSymbol] = Field(min_length=1, max_length=50)
    window_hours: float = Field(default=24, gt=0, le=24 * 30)
    half_life_hours: float = Field(default=6, gt=0, le=24 * 30)
    source_weights: dict[str, float] = Field(
        default_factory=dict,
        description="Weight per source (e.g. cryptopanic, rss:coindesk, user); default 1",
    )
    min_items: int = Field(default=2, ge=1, le=1000)
    at: NewsTime | None = Field(default=None, description="Evaluate as of this time (default now)")
    exchange: str = Field(default="binance", max_length=32, description="Candles for the stop-loss")
    timeframe: Timeframe = "1h"
    atr_period: int = Field(default=14, ge=2, le=500)
    atr_multiplier: float = Field(default=2.0, gt=0, le=20)
    save: bool = Field(default=False, description="Save actionable signals via the database module")


class NewsSignal(BaseModel):
    symbol: str
    side: Literal["BUY", "SELL", "HOLD"]
    confidence: float = Field(description="Decay/source-weighted probability of the direction")
    score: float = Field(description="Weighted mean of P(bullish) − P(bearish), in [-1, 1]")
    items: int
    price: float | None
    stop_loss: float | None
    atr: float | None
    reason: str
    saved_signal_id: int | None = None


class NewsStrategyResponse(BaseModel):
    at: UtcDatetime
    signals: list[NewsSignal]


class NewsEventStudyRequest(BaseModel):
    symbol: CcxtSymbol
    exchange: str = Field(default="binance", max_length=32)
    timeframe: Timeframe = "1h"
    horizons: list[Annotated[int, Field(ge=1, le=10_000)]] = Field(
        default=[1, 4, 24], min_length=1, max_length=10, description="Bars"
    )
    start: NewsTime | None = None
    end: NewsTime | None = None
    min_confidence: float = Field(default=0.0, ge=0, le=1)


class NewsEventStudyRow(BaseModel):
    sentiment: SentimentLabel
    horizon: int
    n: int
    mean_return: float | None
    ci_low: float | None
    ci_high: float | None
    t_stat: float | None


class NewsEventStudyResponse(BaseModel):
    symbol: str
    exchange: str
    timeframe: str
    items: int
    rows: list[NewsEventStudyRow]


class NewsTrainRequest(BaseModel):
    epochs: int = Field(default=3, ge=1, le=20)
    top_layers: int = Field(default=2, ge=0, le=6)
    max_examples: int | None = Field(default=None, ge=10, le=1_000_000)


class NewsModelOut(BaseModel):
    kind: str
    version: str
    sha256: str
    created_at: UtcDatetime
    params: dict[str, Any]
    metrics: dict[str, Any]
    loaded: bool


class NewsJobAccepted(BaseModel):
    job_id: str
    status: str
    location: str = Field(description="Poll this URL for the job's status and result")
