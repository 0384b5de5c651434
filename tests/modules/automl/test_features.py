"""Signal-model features: trailing windows only, chronological split, train-only scaling."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from app.modules.automl.features import (
    build_dataset,
    compute_features,
    feature_names,
    fingerprint,
    to_ohlcv,
    warmup_bars,
)
from app.modules.automl.specs import SignalModelTarget
from app.modules.database.candle_parsing import CandleRow

CFG = SignalModelTarget()


def test_changing_future_bars_does_not_change_past_features(candles: list[CandleRow]) -> None:
    base = compute_features(to_ohlcv(candles), CFG)
    cut = 1500
    tampered = candles[:cut] + [
        dataclasses.replace(
            r,
            open=r.open * 3,
            high=r.high * 5,
            low=r.low * 0.5,
            close=r.close * 2,
            volume=r.volume * 100,
        )
        for r in candles[cut:]
    ]
    changed = compute_features(to_ohlcv(tampered), CFG)
    np.testing.assert_array_equal(base[:cut], changed[:cut])
    assert not np.allclose(base[cut:], changed[cut:], equal_nan=True)
    # Truncating the series gives the same rows as well (nothing is computed from the end).
    np.testing.assert_array_equal(compute_features(to_ohlcv(candles[:cut]), CFG), base[:cut])


def test_features_match_hand_computation(candles: list[CandleRow]) -> None:
    features = compute_features(to_ohlcv(candles), CFG)
    names = feature_names(CFG)
    assert features.shape == (len(candles), len(names))
    start = warmup_bars(CFG)
    assert np.isnan(features[start - 1]).all()
    assert np.isfinite(features[start:]).all()

    t = 700
    closes = [r.close for r in candles]
    row = dict(zip(names, features[t], strict=True))
    assert row["ret_4"] == pytest.approx(math.log(closes[t] / closes[t - 4]))
    r1 = [math.log(closes[i] / closes[i - 1]) for i in range(t - 23, t + 1)]
    mean = sum(r1) / 24
    assert row["vol_24"] == pytest.approx(math.sqrt(sum((x - mean) ** 2 for x in r1) / 24))
    window = [math.log(closes[i] / closes[i - 1]) for i in range(t - 13, t + 1)]
    gains = sum(max(x, 0) for x in window)
    losses = sum(max(-x, 0) for x in window)
    assert row["rsi_14"] == pytest.approx(2 * gains / (gains + losses) - 1)
    assert row["range"] == pytest.approx(math.log(candles[t].high / candles[t].low))


def test_dataset_split_is_chronological_and_scaled_on_train_only(
    candles: list[CandleRow],
) -> None:
    ohlcv = to_ohlcv(candles)
    data = build_dataset(ohlcv, CFG)
    usable = len(candles) - 1 - warmup_bars(CFG)
    n_val = round(usable * CFG.validation_fraction)
    assert data.x_val.shape[0] == n_val
    assert data.x_train.shape[0] == usable - n_val - 1  # one purged sample between the parts
    assert data.val_start_ts == candles[warmup_bars(CFG) + usable - n_val].ts
    # Train features are standardised with their own statistics...
    np.testing.assert_allclose(data.x_train.mean(axis=0), 0.0, atol=1e-5)
    np.testing.assert_allclose(data.x_train.std(axis=0), 1.0, atol=1e-4)
    # ...so changing validation-period bars leaves the training part untouched.
    late = candles[:-100] + [dataclasses.replace(r, close=r.close * 1.5) for r in candles[-100:]]
    other = build_dataset(to_ohlcv(late), CFG)
    np.testing.assert_array_equal(other.x_train, data.x_train)
    np.testing.assert_array_equal(other.mean, data.mean)
    # Labels are "next close above this close".
    closes = np.array([r.close for r in candles])
    first_val = warmup_bars(CFG) + usable - n_val
    assert data.y_val[0] == float(closes[first_val + 1] > closes[first_val])


def test_fingerprint_tracks_the_data(candles: list[CandleRow]) -> None:
    assert fingerprint(to_ohlcv(candles)) == fingerprint(to_ohlcv(list(candles)))
    assert fingerprint(to_ohlcv(candles)) != fingerprint(to_ohlcv(candles[1:]))


def test_bad_candles_are_refused(candles: list[CandleRow]) -> None:
    with pytest.raises(ValueError, match="ascending"):
        to_ohlcv(list(reversed(candles[:10])))
    with pytest.raises(ValueError, match="not enough candles"):
        build_dataset(to_ohlcv(candles[:60]), CFG)
