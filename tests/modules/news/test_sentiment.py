"""The sentiment model: trained on a sample of the labelled tweets it beats VADER on a sample of
sent_valid.csv (accuracy and macro-F1, checked with scikit-learn), loads offline, calibrates,
and handles odd input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.optimize import minimize_scalar
from sklearn.metrics import accuracy_score, f1_score

from app.modules.news.sentiment_spec import (
    LABELS,
    accuracy,
    expected_calibration_error,
    macro_f1,
    vader_labels,
)
from app.modules.news.textnorm import normalize_text
from tests.modules.news.conftest import VALID_SAMPLE


def _valid_sample(shared_data: Path, seed: int = 1) -> tuple[list[str], list[int]]:
    from app.modules.news.training import read_labelled_csv

    texts, labels = read_labelled_csv(shared_data / "news" / "sent_valid.csv")
    pick = sorted(np.random.default_rng(seed).permutation(len(texts))[:VALID_SAMPLE].tolist())
    return [texts[i] for i in pick], [labels[i] for i in pick]


@pytest.mark.slow
def test_trained_model_beats_vader_on_sent_valid(trained_model: Any, shared_data: Path) -> None:
    from app.modules.news.sentiment import LoadedSentiment, ModelRef

    texts, y = _valid_sample(shared_data)
    ref = ModelRef(trained_model.version, trained_model.path, trained_model.sha256)
    loaded = LoadedSentiment(ref, threads=1)
    predictions = loaded.predict(texts)
    model_pred = [LABELS.index(p.label) for p in predictions]
    vader_pred = vader_labels(texts)
    model_acc, vader_acc = accuracy_score(y, model_pred), accuracy_score(y, vader_pred)
    model_f1 = f1_score(y, model_pred, average="macro")
    vader_f1 = f1_score(y, vader_pred, average="macro")
    assert model_acc > vader_acc
    assert model_f1 > vader_f1
    # the metrics stored with the model are the same figures (same sample, same seed)
    valid = trained_model.metrics["valid"]
    assert valid["accuracy"] == pytest.approx(model_acc, abs=1e-4)
    assert valid["macro_f1"] == pytest.approx(model_f1, abs=1e-4)
    assert valid["vader_accuracy"] == pytest.approx(vader_acc, abs=1e-4)
    assert valid["vader_macro_f1"] == pytest.approx(vader_f1, abs=1e-4)
    # probabilities are calibrated distributions; confidence is the label's probability
    for p in predictions[:50]:
        assert sum(p.probabilities.values()) == pytest.approx(1.0, abs=1e-4)
        assert p.confidence == pytest.approx(p.probabilities[p.label])
    meta = json.loads((trained_model.path / "meta.json").read_text())
    assert meta["sha256"] == trained_model.sha256
    assert meta["metrics"]["valid"]["ece_after"] >= 0


def test_offline_loading_in_a_fresh_process(bearish_model: Any) -> None:
    """With the hub switched off and no network, a new process loads encoder, tokenizer and the
    stored head from the package and the model directory (and importing the app does not import
    torch)."""
    code = (
        "import sys\n"
        "import app.main\n"
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules\n"
        "from pathlib import Path\n"
        "from app.modules.news.sentiment import LoadedSentiment, ModelRef\n"
        f"path = Path({str(bearish_model.path)!r})\n"
        f"ref = ModelRef('fixed-bearish', path, {bearish_model.sha256!r})\n"
        "p = LoadedSentiment(ref, 1).predict(['Bitcoin falls'])[0]\n"
        "print(p.label, round(p.confidence, 3))\n"
    )
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": "/nonexistent",
    }
    env.pop("APP_DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert out.returncode == 0, out.stderr[-2000:]
    label, confidence = out.stdout.split()[-2:]
    assert label == "bearish"
    assert float(confidence) == pytest.approx(np.exp(6) / (np.exp(6) + 2), abs=1e-3)


def test_hash_mismatch_refuses_to_load(bearish_model: Any) -> None:
    from app.modules.news.errors import NewsModelCorrupt
    from app.modules.news.sentiment import LoadedSentiment, ModelRef

    with pytest.raises(NewsModelCorrupt):
        LoadedSentiment(ModelRef("x", bearish_model.path, "0" * 64), 1)


def test_other_scripts_and_empty_texts_are_neutral_low_confidence(bearish_model: Any) -> None:
    from app.modules.news.sentiment import LoadedSentiment, ModelRef

    loaded = LoadedSentiment(ModelRef("b", bearish_model.path, bearish_model.sha256), 1)
    out = loaded.predict(["比特币价格暴跌", "https://t.co/abc", "<b>Bitcoin</b> falls 🚀"])
    assert [p.supported for p in out] == [False, False, True]
    assert out[0].label == "neutral" and out[0].confidence == pytest.approx(1 / 3, abs=1e-5)
    assert out[2].label == "bearish"


def test_metric_helpers_match_sklearn() -> None:
    rng = np.random.default_rng(3)
    y, p = rng.integers(0, 3, 400), rng.integers(0, 3, 400)
    assert accuracy(y, p) == pytest.approx(accuracy_score(y, p))
    assert macro_f1(y, p) == pytest.approx(f1_score(y, p, average="macro"))


def test_ece_by_hand() -> None:
    # two bins used: confidences 0.9 (2 items, 1 right) and 0.6 (2 items, 2 right)
    probs = np.array([[0.9, 0.05, 0.05], [0.9, 0.05, 0.05], [0.2, 0.6, 0.2], [0.2, 0.6, 0.2]])
    y = [0, 1, 1, 1]
    expected = 0.5 * abs(0.5 - 0.9) + 0.5 * abs(1.0 - 0.6)
    assert expected_calibration_error(probs, y) == pytest.approx(expected)


def test_temperature_matches_a_scalar_minimisation() -> None:
    from app.modules.news.sentiment_torch import fit_temperature

    rng = np.random.default_rng(0)
    logits = rng.normal(0, 3, (300, 3))
    y = np.where(rng.random(300) < 0.6, logits.argmax(1), rng.integers(0, 3, 300))

    def nll(t: float) -> float:
        z = logits / t
        z = z - z.max(1, keepdims=True)
        return float(-(z[np.arange(300), y] - np.log(np.exp(z).sum(1))).mean())

    reference = minimize_scalar(nll, bounds=(0.05, 20), method="bounded").x
    assert fit_temperature(logits, y) == pytest.approx(reference, rel=1e-3)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("$BTC - Bitcoin breaks out https://t.co/x1", "Bitcoin breaks out"),
        ("$ETH $SOL: rally continues #crypto #altcoins", "rally continues"),
        ("Buy $LINK now!!!!", "Buy LINK now!!"),
        ("<p>SEC &amp; CFTC</p> sue @someone", "SEC & CFTC sue"),
        ("Tesla buys bitcoin… Get more info o…", "Tesla buys bitcoin"),
    ],
)
def test_normalisation_drops_tweet_artefacts(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean
    assert normalize_text(clean) == clean
