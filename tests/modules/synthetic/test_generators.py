"""Features ↔ candles, the baselines and TimeGAN on tiny settings."""

from __future__ import annotations

import numpy as np
import pytest

from app.modules.synthetic import baselines, features, regimes

HOUR = 3_600_000


def test_features_rebuild_the_real_closes(btc_rows: list) -> None:
    rows = btc_rows[20_000:20_500]
    close = np.array([r.close for r in rows])
    vol = np.array([r.volume for r in rows])
    s = features.feature_series(
        np.array([r.ts for r in rows]), HOUR,
        {"x": (np.array([r.high for r in rows]), np.array([r.low for r in rows]), close, vol)},
    )  # fmt: skip
    assert np.unique(s.segment).size == 1
    rebuilt = features.rebuild_ohlcv(s.values[None], close[0], vol[0])
    assert rebuilt.close[0] == pytest.approx(close[1:], rel=1e-9)
    assert rebuilt.volume[0] == pytest.approx(vol[1:], rel=1e-6, abs=1e-6)
    assert rebuilt.open[0][1:] == pytest.approx(close[1:-1], rel=1e-9)


def test_rebuilt_candles_are_consistent_for_any_features() -> None:
    rng = np.random.default_rng(0)
    f = np.stack([rng.normal(0, 0.05, (50, 30)), rng.normal(0, 0.01, (50, 30)),
                  rng.normal(0, 1, (50, 30))], axis=-1)  # fmt: skip
    c = features.rebuild_ohlcv(f, 100.0, 10.0)
    assert (c.high >= np.maximum(c.open, c.close) - 1e-12).all()
    assert (c.low <= np.minimum(c.open, c.close) + 1e-12).all()
    assert (c.low > 0).all() and (c.volume >= 0).all()


def test_windows_never_span_a_gap() -> None:
    ts = np.r_[np.arange(10), np.arange(13, 20)] * HOUR
    ones = np.ones(len(ts))
    s = features.feature_series(
        ts, HOUR, {"x": (ones * 2, ones, np.exp(np.arange(len(ts)) / 100), ones)}
    )
    assert len(s.values) == len(ts) - 2  # the return across the gap is dropped
    w = features.windows(s, 5)
    assert len(w) == (9 - 4) + (6 - 4)
    assert np.allclose(np.diff(w[:, :, 0], axis=1), 0)  # constant 1 % returns, no jump


def test_stationary_bootstrap_blocks() -> None:
    n = 5_000
    rows = np.arange(n, dtype=float)[:, None]
    segment = (np.arange(n) >= 3_000).astype(int)
    paths = baselines.stationary_bootstrap(rows, segment, 400, 200, 8.0, np.random.default_rng(1))
    idx = paths[:, :, 0].astype(int)
    follows = idx[:, 1:] == idx[:, :-1] + 1
    # Geometric block lengths with mean 8: a block continues with probability 7/8.
    assert follows.mean() == pytest.approx(7 / 8, abs=0.01)
    assert not ((idx[:, :-1] == 2_999) & follows).any()  # never from one segment into the next


def test_garch_t_recovers_known_parameters() -> None:
    from arch import arch_model
    from arch.univariate import StudentsT

    truth = {"mu": 0.02, "omega": 0.05, "alpha[1]": 0.1, "beta[1]": 0.85, "nu": 6.0}
    sim = arch_model(None, mean="Constant", vol="GARCH", p=1, q=1)
    sim.distribution = StudentsT(seed=7)
    r = sim.simulate(list(truth.values()), 6_000)["data"].to_numpy() / 100
    rows = np.column_stack([r, np.abs(r) * 1.5 + 0.001, np.zeros_like(r)])
    model = baselines.fit_garch_t(rows)
    assert model.alpha == pytest.approx(0.1, abs=0.04)
    assert model.beta == pytest.approx(0.85, abs=0.05)
    assert model.nu == pytest.approx(6.0, abs=2.0)
    assert model.range_b == pytest.approx(1.5, abs=1e-6)
    paths = baselines.simulate_garch_t(model, rows, 200, 500, np.random.default_rng(2))
    unconditional = np.sqrt(model.omega / (1 - model.alpha - model.beta)) / 100
    assert paths[:, :, 0].std() == pytest.approx(unconditional, rel=0.1)


def test_regime_labels() -> None:
    w = np.zeros((4, 10, 3))
    w[0, :, 0] = 0.001  # bull, calm
    w[1, :, 0] = np.tile([0.05, -0.04], 5)  # bull, volatile
    w[2, :, 0] = -0.001  # bear, calm
    w[3, :, 0] = np.tile([-0.05, 0.04], 5)  # bear, volatile
    labels = regimes.label_windows(w, threshold=0.01)
    assert [regimes.REGIMES[i] for i in labels] == list(regimes.REGIMES)


def test_run_niced_lowers_only_its_own_thread() -> None:
    import os
    import threading

    from app.modules.synthetic.training import run_niced

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    before = niceness()
    assert run_niced(niceness, niceness=5) == min(before + 5, 19)
    assert niceness() == before
    with pytest.raises(ZeroDivisionError):
        run_niced(lambda: 1 / 0)
