"""The sentiment model at run time: the registry row of the newest trained model, loaded
lazily on first use (hash checked) and kept per process; batched, calibrated predictions.

torch and transformers are imported on the first prediction, never when the app starts.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.modules.news.errors import NewsModelCorrupt, NewsModelMissing
from app.modules.news.models import NewsModel
from app.modules.news.sentiment_spec import LABELS, MODEL_KIND
from app.modules.news.textnorm import normalize_text

_loaded: dict[tuple[str, str], LoadedSentiment] = {}
_load_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class SentimentPrediction:
    label: str
    probabilities: dict[str, float]
    confidence: float
    supported: bool  # false: the text is not in a script the (English) model reads


@dataclass
class ModelRef:
    version: str
    path: Path
    sha256: str


class LoadedSentiment:
    def __init__(self, ref: ModelRef, threads: int) -> None:
        from app.modules.news import sentiment_torch as st

        meta = json.loads((ref.path / st.META_FILE).read_text())
        self.ref = ref
        self.temperature = float(meta["temperature"])
        self.max_length = int(meta["params"]["max_length"])
        self.labels = tuple(meta["params"]["labels"])
        if self.labels != LABELS:
            raise NewsModelCorrupt(f"model {ref.version} has labels {self.labels}")
        import torch

        torch.set_num_threads(threads)
        try:
            self.model = st.load_model(ref.path, ref.sha256)
        except ValueError as exc:
            raise NewsModelCorrupt(str(exc)) from None
        self.tokenizer = st.load_tokenizer()
        self._lock = threading.Lock()

    def predict(self, texts: list[str], batch_size: int = 64) -> list[SentimentPrediction]:
        from app.modules.news import sentiment_torch as st

        cleaned = [normalize_text(t) for t in texts]
        readable = [_readable(t) for t in cleaned]
        todo = [i for i, ok in enumerate(readable) if ok]
        with self._lock:  # one forward pass at a time per process (torch threads are shared)
            logits = st.logits_of(
                self.model,
                self.tokenizer,
                [cleaned[i] for i in todo],
                max_length=self.max_length,
                batch_size=batch_size,
            )
        probs = st.softmax(logits, self.temperature)
        out: list[SentimentPrediction] = []
        row_of = {index: row for row, index in enumerate(todo)}
        uniform = {label: round(1 / len(LABELS), 6) for label in LABELS}
        for i in range(len(texts)):
            if i not in row_of:
                out.append(
                    SentimentPrediction("neutral", uniform, round(1 / len(LABELS), 6), False)
                )
                continue
            p = probs[row_of[i]]
            best = int(p.argmax())
            out.append(
                SentimentPrediction(
                    LABELS[best],
                    {label: round(float(p[k]), 6) for k, label in enumerate(LABELS)},
                    round(float(p[best]), 6),
                    True,
                )
            )
        return out


def _readable(text: str) -> bool:
    """Enough Latin letters for the English model to read (not empty, not another script)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return latin / len(letters) >= 0.5


async def active_model(session: AsyncSession, model_dir: Path) -> ModelRef:
    """The newest registered sentiment model whose files exist."""
    rows = (
        (
            await session.execute(
                select(NewsModel)
                .where(col(NewsModel.kind) == MODEL_KIND)
                .order_by(col(NewsModel.created_at).desc(), col(NewsModel.id).desc())
                .limit(1)
            )
        )
        .scalars()
        .all()
    )
    if not rows:
        raise NewsModelMissing(
            "no sentiment model has been trained; run `kalkan train-sentiment` "
            "(or POST /api/v1/news/sentiment/train as an administrator)"
        )
    row = rows[0]
    path = Path(row.path)
    if not path.is_absolute():
        path = model_dir / path
    if not path.is_dir():
        raise NewsModelMissing(f"model {row.version} is registered but {path} is missing")
    return ModelRef(row.version, path, row.sha256)


def get_loaded(ref: ModelRef, threads: int = 1) -> LoadedSentiment:
    """The loaded model for ``ref`` (loaded once per process; blocking: call in a thread)."""
    key = (str(ref.path), ref.sha256)
    with _load_lock:
        loaded = _loaded.get(key)
        if loaded is None:
            loaded = LoadedSentiment(ref, threads)
            _loaded.clear()  # keep one model resident
            _loaded[key] = loaded
        return loaded


def is_loaded() -> bool:
    return bool(_loaded)


def model_row(trained: Any, owner_id: int | None, model_dir: Path) -> NewsModel:
    """A registry row for a ``training.TrainedSentiment`` (path relative to the model dir)."""
    try:
        path = str(Path(trained.path).resolve().relative_to(model_dir.resolve()))
    except ValueError:
        path = str(Path(trained.path).resolve())
    return NewsModel(
        kind=MODEL_KIND,
        version=trained.version,
        path=path,
        sha256=trained.sha256,
        params=trained.params,
        metrics=trained.metrics,
        data=trained.data,
        owner_id=owner_id,
    )
