"""What other modules (and the CLI) may use of the news module: the alert message (published on
the core bus's ``ALERTS_CHANNEL`` with source ``news``), the analysis DTO, and training the
sentiment model."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.news.specs import NewsAlertEvent, NewsAnalysis

__all__ = ["NewsAlertEvent", "NewsAnalysis", "train_and_register"]


async def train_and_register(
    session: AsyncSession,
    model_dir: Path,
    train_csv: Path,
    valid_csv: Path | None,
    *,
    epochs: int = 3,
    top_layers: int = 2,
    max_examples: int | None = None,
    owner_id: int | None = None,
) -> str:
    """Train in this process (the CLI), store under ``model_dir``, add the registry row;
    returns the metrics as JSON."""
    from app.modules.news.sentiment import model_row
    from app.modules.news.sentiment_spec import SentimentTrainConfig
    from app.modules.news.service import register_model
    from app.modules.news.training import train_sentiment

    config = SentimentTrainConfig(epochs=epochs, top_layers=top_layers, max_examples=max_examples)
    trained = await asyncio.to_thread(train_sentiment, train_csv, valid_csv, model_dir, config)
    await register_model(session, model_row(trained, owner_id, model_dir))
    return json.dumps({"version": trained.version, "metrics": trained.metrics}, indent=2)
