"""News settings, read from ``APP_NEWS_*`` environment variables (and ``.env``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class NewsFeed(BaseModel):
    """One RSS/Atom feed: ``name=url`` in ``APP_NEWS_FEEDS`` (comma-separated)."""

    name: str = Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_.-]+$")
    url: str = Field(min_length=8, max_length=2000)


class NewsSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_NEWS_", env_file=".env", extra="ignore")

    # CryptoPanic (https://cryptopanic.com/developers/api/): no token → the source is off.
    cryptopanic_base_url: str = "https://cryptopanic.com/api/developer/v2"
    cryptopanic_token: str | None = None
    cryptopanic_currencies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    cryptopanic_filter: str | None = Field(
        default=None, description="rising|hot|bullish|bearish|important|saved|lol"
    )
    cryptopanic_kind: str = Field(default="news", pattern=r"^(news|media|all)$")
    cryptopanic_max_pages: int = Field(default=5, ge=1, le=100)
    # Seconds between requests to one provider (CryptoPanic allows a few per second).
    provider_min_interval: float = Field(default=0.5, ge=0, le=60)
    provider_timeout: float = Field(default=15.0, gt=0, le=120)
    provider_retries: int = Field(default=3, ge=0, le=10)
    provider_max_retry_after: float = Field(default=60.0, ge=0, le=3600)

    feeds: Annotated[list[NewsFeed], NoDecode] = Field(default_factory=list)
    feed_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)

    poll_enabled: bool = True
    poll_interval_seconds: int = Field(default=300, ge=10, le=86_400)

    # Near-duplicate titles: word-set Jaccard at or above this, published within the window.
    duplicate_jaccard: float = Field(default=0.8, gt=0, le=1)
    duplicate_window_hours: int = Field(default=48, ge=1, le=24 * 30)

    quote: str = Field(default="USDT", max_length=10, description="Quote of tradable symbols")
    analyze_max_texts: int = Field(default=256, ge=1, le=4096)
    analyze_max_chars: int = Field(default=5000, ge=100, le=100_000)
    inference_batch_size: int = Field(default=64, ge=1, le=1024)
    torch_threads: int = Field(default=1, ge=1, le=64)

    # Labelled CSVs (text,label) that POST /news/sentiment/train uses.
    train_csv: Path | None = None
    valid_csv: Path | None = None

    alert_min_importance: float = Field(default=0.7, ge=0, le=1)

    @field_validator("cryptopanic_currencies", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip().upper() for part in value.split(",") if part.strip()]
        return value

    @field_validator("feeds", mode="before")
    @classmethod
    def _feeds(cls, value: object) -> object:
        if isinstance(value, str):
            feeds = []
            for part in value.split(","):
                if not part.strip():
                    continue
                name, sep, url = part.strip().partition("=")
                if not sep:
                    raise ValueError(f"APP_NEWS_FEEDS entry {part!r} is not name=url")
                feeds.append({"name": name.strip(), "url": url.strip()})
            return feeds
        return value


@lru_cache
def get_news_settings() -> NewsSettings:
    return NewsSettings()
