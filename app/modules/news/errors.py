"""Problems the news module raises (RFC 9457 via app.core.errors)."""

from __future__ import annotations

from app.core.errors import AppError


class NewsModelMissing(AppError):
    """No trained sentiment model is registered (or its files are gone): the request needs
    one to be trained first (``kalkan train-sentiment``), so it conflicts with the state."""

    status, slug, title = 409, "news-model-missing", "Sentiment model not trained yet"


class NewsTrainingNotConfigured(AppError):
    status, slug, title = 409, "news-training-not-configured", "No training data configured"


class NewsModelCorrupt(AppError):
    """The registered model's files do not match the hash recorded when it was trained."""

    status, slug, title = 503, "news-model-corrupt", "Sentiment model failed its integrity check"


class NewsProviderError(AppError):
    """A news provider answered with an error (bad key, malformed answer)."""

    status, slug, title = 502, "news-provider-error", "News provider error"


class NewsProviderUnavailable(AppError):
    """A news provider could not be reached, or kept rate-limiting after the retries."""

    status, slug, title = 503, "news-provider-unavailable", "News provider unavailable"


class NewsArticleNotFound(AppError):
    status, slug, title = 404, "news-article-not-found", "News article not found"


class NewsSourceUnknown(AppError):
    status, slug, title = 404, "news-source-unknown", "News source not configured"


class NewsNotEnoughData(AppError):
    """An event study or strategy has too few stored items or candles to say anything."""

    status, slug, title = 422, "news-not-enough-data", "Not enough news or candles"
