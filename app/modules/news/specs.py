"""Domain DTOs of the news module, shared by the service, the API schemas and ``public``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from app.core.timeutil import UtcDatetime

SentimentLabel = Literal["bearish", "neutral", "bullish"]
EventType = Literal[
    "hack", "listing", "regulation", "lawsuit", "etf", "partnership", "macro", "insolvency"
]
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def _plausible(moment: datetime) -> datetime:
    if not EARLIEST <= moment < LATEST:
        raise ValueError("must be between 1990 and 2200")
    return moment


CurrencyCode = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z0-9]{1,20}$")
]

# A news or evaluation time: UTC, in a range that date arithmetic (windows, bars) cannot overflow.
NewsTime = Annotated[UtcDatetime, AfterValidator(_plausible)]


class NewsRawItem(BaseModel):
    """An item as a source delivered it, before it is stored and analysed."""

    source: str = Field(max_length=64)
    source_item_id: str | None = Field(default=None, max_length=128)
    url: str = Field(min_length=8, max_length=2000)
    title: str = Field(min_length=1, max_length=500)
    summary: str | None = Field(default=None, max_length=20_000)
    published_at: NewsTime
    currencies: list[CurrencyCode] = Field(default_factory=list, max_length=50)
    votes: dict[str, int] | None = None
    outlet: str | None = Field(default=None, max_length=200)


class NewsEntity(BaseModel):
    text: str
    label: Literal["COIN", "EXCHANGE", "REGULATOR", "PERSON", "ORG"]
    key: str = Field(description="Ticker for a coin, canonical name otherwise")
    start: int
    end: int
    symbols: list[str] = Field(description="Tradable symbols the entity maps to")


class NewsAnalysis(BaseModel):
    sentiment: SentimentLabel | None = Field(
        description="null when no sentiment model was available"
    )
    probabilities: dict[str, float] | None = Field(
        default=None, description="Calibrated (temperature-scaled) label probabilities"
    )
    confidence: float | None = Field(
        default=None, description="Calibrated probability of the label; 0.65 makes it actionable"
    )
    supported: bool = Field(
        default=True, description="false: not a script the English model reads (neutral, low)"
    )
    entities: list[NewsEntity] = Field(default_factory=list)
    symbols: list[str] = Field(default_factory=list)
    event_type: EventType | None = None
    event_types: list[EventType] = Field(default_factory=list)
    importance: float = Field(ge=0, le=1)
    importance_level: Literal["low", "medium", "high"]
    model_version: str | None = None


class NewsAlertEvent(BaseModel):
    """The ``alert`` of the core bus's ``ALERTS_CHANNEL`` message (source ``news``) for every
    critical item and symbol."""

    alert_id: int
    article_id: int
    scope_id: int = Field(description="0: shared news; else only this user's")
    symbol: str
    event_type: EventType
    sentiment: SentimentLabel
    confidence: float
    importance: float
    direction: Literal["negative", "positive"]
    title: str
    url: str
    published_at: UtcDatetime
