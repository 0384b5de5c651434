"""Tables of the news module. ``owner_id`` / ``user_id`` are the auth module's ids (no FK).

An article is stored once per scope (``scope_id`` 0 = the shared feeds, else the user who
ingested it): ``url_key`` is the hash of its canonical URL, and a near-duplicate title from
another source within the window is merged into the first copy (``sources`` lists every place
it was seen) instead of stored again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class NewsArticle(SQLModel, table=True):
    __tablename__ = "news_articles"
    __table_args__ = (
        UniqueConstraint("scope_id", "url_key"),
        Index("ix_news_articles_scope_published", "scope_id", "published_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    scope_id: int = Field(default=0, description="0: shared sources; else the owning user")
    source: str = Field(max_length=64, index=True)
    source_item_id: str | None = Field(default=None, max_length=128)
    url: str = Field(max_length=2000)
    canonical_url: str = Field(max_length=2000)
    url_key: str = Field(max_length=64)
    title: str = Field(max_length=500)
    title_key: str = Field(max_length=500, description="Normalised title words, sorted")
    summary: str | None = Field(default=None, sa_column=Column(Text))
    published_at: datetime = Field(sa_type=UTCDateTime)
    ingested_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    tagged_currencies: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    sources: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    votes: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # analysis (null sentiment: no model was available when it was stored)
    sentiment: str | None = Field(default=None, max_length=8, index=True)
    probabilities: dict[str, float] | None = Field(default=None, sa_column=Column(JSON))
    confidence: float | None = None
    symbols: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    entities: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))
    event_type: str | None = Field(default=None, max_length=24, index=True)
    event_types: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    importance: float = 0.0
    model_version: str | None = Field(default=None, max_length=40)


class NewsModel(SQLModel, table=True):
    """Registry of trained models: files under ``APP_MODEL_DIR``, checked by hash on load."""

    __tablename__ = "news_models"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    version: str = Field(max_length=40)
    path: str = Field(max_length=1000)
    sha256: str = Field(max_length=64)
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    metrics: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    owner_id: int | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class NewsAlert(SQLModel, table=True):
    """A critical item published on the event bus (once per article and symbol)."""

    __tablename__ = "news_alerts"
    __table_args__ = (
        UniqueConstraint("article_id", "symbol"),
        Index("ix_news_alerts_symbol_created", "symbol", "created_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int
    scope_id: int = 0
    symbol: str = Field(max_length=40)
    event_type: str = Field(max_length=24)
    sentiment: str = Field(max_length=8)
    confidence: float
    importance: float
    title: str = Field(max_length=500)
    url: str = Field(max_length=2000)
    published_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class NewsWatch(SQLModel, table=True):
    """Symbols a user watches (alerts cover these plus the user's held positions)."""

    __tablename__ = "news_watchlist"
    __table_args__ = (UniqueConstraint("user_id", "symbol"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True)
    symbol: str = Field(max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class NewsArticleTag(SQLModel, table=True):
    """Currency codes an article is about (tagged by its source or found in it), for filters."""

    __tablename__ = "news_article_tags"
    __table_args__ = (Index("ix_news_article_tags_code_article", "code", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("news_articles.id", ondelete="CASCADE"), nullable=False
        )
    )
    code: str = Field(max_length=20)
