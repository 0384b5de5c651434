"""Fixture models for the news tests, made here (no weights are downloaded):

* ``trained_model``: the real training path on a small sample of ``sent_train.csv`` (head
  only, a few epochs over cached encoder states), evaluated on a sample of ``sent_valid.csv``.
* ``bearish_model``: a classifier saved through the real save path whose head is set by hand to
  answer "bearish" with high confidence for every text, so API tests are deterministic.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

TRAIN_SAMPLE = 1200
VALID_SAMPLE = 600


@pytest.fixture(scope="session")
def model_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def trained_model(model_root: Path, shared_data: Path) -> Any:
    from app.modules.news.sentiment_spec import SentimentTrainConfig
    from app.modules.news.training import train_sentiment

    config = SentimentTrainConfig(
        top_layers=0,
        epochs=8,
        lr_head=5e-3,
        max_length=48,
        max_examples=TRAIN_SAMPLE,
        max_valid=VALID_SAMPLE,
    )
    return train_sentiment(
        shared_data / "news" / "sent_train.csv",
        shared_data / "news" / "sent_valid.csv",
        model_root / "trained",
        config,
    )


@pytest.fixture(scope="session")
def bearish_model(model_root: Path) -> Any:
    """A fixed-answer model: head weights 0, bias (6, 0, 0) → P(bearish) ≈ 0.995 always."""
    import torch

    from app.modules.news import sentiment_torch as st
    from app.modules.news.sentiment_spec import LABELS
    from app.modules.news.training import TrainedSentiment

    model = st.MiniLMClassifier(st.load_encoder())
    with torch.no_grad():
        model.head.weight.zero_()
        model.head.bias.copy_(torch.tensor([6.0, 0.0, 0.0]))
    directory = model_root / "bearish" / "news" / "sentiment" / "fixed-bearish"
    params = {"labels": list(LABELS), "max_length": 32, "top_layers": 0}
    meta = {"version": "fixed-bearish", "temperature": 1.0, "params": params, "metrics": {}}
    digest = st.save_model(directory, model, 0, meta)
    return TrainedSentiment("fixed-bearish", directory, digest, {}, params)


async def register(app: Any, trained: Any) -> None:
    from app.modules.news.sentiment import model_row
    from app.modules.news.service import register_model

    async with app.state.db.session() as session:
        await register_model(session, model_row(trained, None, app.state.settings.model_dir))


def use_news_settings(app: Any, **values: Any) -> Any:
    """Give the running app (and its jobs) these news settings."""
    from app.modules.news.config import NewsSettings
    from app.modules.news.jobs import runtime

    news = NewsSettings(**values)
    app.state.news_settings = news
    runtime.news = news
    return news
