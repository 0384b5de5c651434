"""TimeGAN on tiny settings: each phase's loss falls, shapes, regimes, seeds, (de)serialisation,
and the whole bundle (TimeGAN + baselines + quality report) the training job builds."""

from __future__ import annotations

import numpy as np
import pytest

from app.modules.synthetic import features, regimes, training
from tests.modules.synthetic.conftest import market_of

LENGTH = 12


@pytest.fixture(scope="module")
def small(btc_series: features.FeatureSeries) -> features.FeatureSeries:
    rows = slice(15_000, 15_700)
    return features.FeatureSeries(btc_series.values[rows], btc_series.segment[rows], ("BTC/USDT",))


def _train(series: features.FeatureSeries, seed: int = 0, epochs: int = 4):
    from app.modules.synthetic import timegan

    w = features.windows(series, LENGTH, stride=2)
    labels = regimes.label_windows(w, regimes.vol_threshold(w))
    config = timegan.TimeGANConfig(
        hidden=8, layers=1, embedding_epochs=epochs, supervised_epochs=epochs,
        joint_epochs=epochs, batch_size=64, seed=seed,
    )  # fmt: skip
    return timegan.train(w, labels, regimes.N_REGIMES, config)


def test_each_phase_lowers_its_loss(small: features.FeatureSeries) -> None:
    trained = _train(small, epochs=5)
    by_phase: dict[str, list[dict]] = {}
    for row in trained.history:
        by_phase.setdefault(row["phase"], []).append(row)
    assert [len(v) for v in by_phase.values()] == [5, 5, 5]
    assert by_phase["embedding"][-1]["reconstruction"] < by_phase["embedding"][0]["reconstruction"]
    assert by_phase["supervised"][-1]["supervised"] < by_phase["supervised"][0]["supervised"]
    joint = by_phase["joint"]
    assert joint[-1]["moments"] < joint[0]["moments"]
    assert joint[-1]["reconstruction"] < joint[0]["reconstruction"]


def test_generation_shape_regime_and_seed(small: features.FeatureSeries) -> None:
    from app.modules.synthetic import timegan

    trained = _train(small)
    a = timegan.generate(trained, 7, 30, regimes.regime_index("bear_high_vol"), seed=3)
    assert a.shape == (7, 30, 3)  # longer than the training windows: the GRUs roll on
    assert np.isfinite(a).all()
    assert np.array_equal(a, timegan.generate(trained, 7, 30, 3, seed=3))
    assert not np.array_equal(a, timegan.generate(trained, 7, 30, 3, seed=4))
    # The regime is an input: same noise, another regime, other paths.
    assert not np.allclose(a, timegan.generate(trained, 7, 30, 0, seed=3))
    # Features stay inside the training range (the recovery's sigmoid, then the scaler).
    assert (a >= trained.scaler.low - 1e-9).all() and (a <= trained.scaler.high + 1e-9).all()
    blob = timegan.dumps(trained, {"note": "x"})
    again, extra = timegan.loads(blob)
    assert extra == {"note": "x"}
    assert np.array_equal(a, timegan.generate(again, 7, 30, 3, seed=3))


def test_same_seed_same_weights(small: features.FeatureSeries) -> None:
    from app.modules.synthetic import timegan

    one, two = _train(small, seed=5, epochs=2), _train(small, seed=5, epochs=2)
    assert timegan.dumps(one, {}) == timegan.dumps(two, {})
    other = _train(small, seed=6, epochs=2)
    assert timegan.dumps(one, {}) != timegan.dumps(other, {})


def test_bundle_reports_every_generator_on_the_same_metrics(btc_rows: list) -> None:
    rows = btc_rows[25_000:26_000]
    market = market_of(rows)
    spec = {"window": LENGTH, "seed": 1, "hidden": 8, "layers": 1, "embedding_epochs": 2,
            "supervised_epochs": 2, "joint_epochs": 2, "batch_size": 64,
            "learning_rate": 1e-3, "bootstrap_block": 10.0}  # fmt: skip
    out = training.train_bundle(market, spec)
    q = out["quality"]
    assert set(q["generators"]) == {"timegan", "bootstrap", "garch_t"}
    for row in q["generators"].values():
        assert 0 <= row["discriminative"] <= 0.5 and 0 <= row["ks"] <= 1
    assert set(q["regime_match"]) == set(regimes.REGIMES)
    assert "TimeGAN" in q["verdict"]
    assert out["sha256"] and len(out["blob"]) > 1000
    for generator in training.GENERATORS:
        got = training.generate_candles(
            out["blob"], {"n_paths": 5, "length": 20, "seed": 2, "generator": generator}
        )
        p = got["paths"]["BTC/USDT"]
        assert p["close"].shape == (5, 20)
        assert (p["high"] >= np.maximum(p["open"], p["close"]) - 1e-9).all()
        assert (p["low"] <= np.minimum(p["open"], p["close"]) + 1e-9).all()
        assert p["open"][0, 0] == pytest.approx(rows[-1].close)
    ask = {"candidates": 50, "n": 3, "length": 24, "seed": 0}
    tails = training.tail_scenarios(out["blob"], ask | {"generator": "bootstrap"})
    dd = tails["drawdown"]
    assert len(dd) == 3 and list(dd) == sorted(dd, reverse=True) and dd[0] > 0
    assert tails["exceedance"][0] == pytest.approx(1 / 50)
    assert tails["probability"] == pytest.approx([1 / 50] * 3)
    close = tails["paths"]["BTC/USDT"]["close"][0] / rows[-1].close
    assert dd[0] == pytest.approx(
        (1 - np.r_[1, close] / np.maximum.accumulate(np.r_[1, close])).max()
    )
    assert training.tail_scenarios(out["blob"], ask)["candidates"] == 50


def test_two_assets_train_and_generate_together(btc_rows: list, shared_data) -> None:
    from app.modules.database.candle_parsing import parse_candle_file

    path = shared_data / "ohlcv" / "binance_spot" / "Binance_ETHUSDT_1h.csv"
    eth = {r.ts: r for r in parse_candle_file(path.read_bytes(), "1h").rows}
    btc = [r for r in btc_rows[30_000:30_700] if r.ts in eth]
    both = market_of(btc)
    eth_arrays = market_of([eth[r.ts] for r in btc], "ETH/USDT").assets["ETH/USDT"]
    market = training.MarketArrays(both.ts, both.step_ms, both.assets | {"ETH/USDT": eth_arrays})
    spec = {"window": LENGTH, "seed": 1, "hidden": 8, "layers": 1, "embedding_epochs": 1,
            "supervised_epochs": 1, "joint_epochs": 1, "batch_size": 128,
            "learning_rate": 1e-3, "bootstrap_block": 10.0}  # fmt: skip
    out = training.train_bundle(market, spec)
    assert out["meta"]["symbols"] == ["BTC/USDT", "ETH/USDT"]
    got = training.generate_candles(
        out["blob"], {"n_paths": 4, "length": 15, "seed": 0, "generator": "bootstrap"}
    )
    assert set(got["paths"]) == {"BTC/USDT", "ETH/USDT"}
    assert got["paths"]["ETH/USDT"]["open"][0, 0] == pytest.approx(eth[btc[-1].ts].close)
    # Bootstrap rows are whole bars of both assets: the pair's returns keep their correlation.
    real = market.series().returns
    ask = {"n_paths": 200, "length": 50, "seed": 0, "generator": "bootstrap"}
    many = training.generate_features(out["blob"], ask)["values"]
    generated = np.corrcoef(many[:, :, 0].ravel(), many[:, :, 3].ravel())[0, 1]
    assert generated == pytest.approx(np.corrcoef(real[:, 0], real[:, 1])[0, 1], abs=0.1)


class _Exploit:
    ran = False

    def __reduce__(self):  # what a malicious pickle inside a model file would do
        return (setattr, (_Exploit, "ran", True))


def test_a_file_with_pickled_code_is_refused_unexecuted(tmp_path) -> None:
    import io

    import torch

    from app.modules.synthetic import timegan

    buffer = io.BytesIO()
    torch.save({"state": {}, "config": _Exploit()}, buffer)
    with pytest.raises(Exception, match=r"[Ww]eights only load failed"):
        timegan.loads(buffer.getvalue())
    assert _Exploit.ran is False
