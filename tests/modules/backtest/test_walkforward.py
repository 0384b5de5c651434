"""Walk-forward: window arithmetic and proof that out-of-sample folds never see later data."""

from __future__ import annotations

import numpy as np
import pytest

from app.modules.backtest.errors import BacktestError
from app.modules.backtest.public import walk_forward
from app.modules.backtest.specs import BacktestSpec, WalkForwardSpec
from app.modules.backtest.walkforward import fold_windows


@pytest.mark.parametrize("mode", ["rolling", "anchored"])
def test_fold_windows_never_overlap_or_leak(mode: str) -> None:
    windows = fold_windows(1_000, 300, 100, mode=mode)
    assert len(windows) == 7
    for k, (is_start, is_end, oos_start, oos_end) in enumerate(windows):
        assert 0 <= is_start < is_end == oos_start < oos_end <= 1_000
        assert is_start == (0 if mode == "anchored" else k * 100)
        assert is_end - is_start == (300 + k * 100 if mode == "anchored" else 300)
        assert oos_end - oos_start == 100
    oos = [set(range(w[2], w[3])) for w in windows]
    for a in range(len(oos)):
        for b in range(a + 1, len(oos)):
            assert not oos[a] & oos[b]  # OOS windows are disjoint
    assert windows[-1][3] == 1_000
    # A later fold's OOS bars never appear in an earlier fold's in-sample window, and vice versa
    # every in-sample bar precedes its own OOS window.
    for is_start, is_end, oos_start, _ in windows:
        assert max(range(is_start, is_end)) < oos_start


def test_fold_windows_reject_overlapping_steps_and_short_data() -> None:
    with pytest.raises(BacktestError, match="never overlap"):
        fold_windows(1_000, 300, 100, step=50)
    with pytest.raises(BacktestError, match="cannot hold one fold"):
        fold_windows(350, 300, 100)
    assert fold_windows(1_000, 300, 100, step=200, max_folds=2) == [
        (0, 300, 300, 400),
        (200, 500, 500, 600),
    ]


def _spec() -> WalkForwardSpec:
    base = BacktestSpec(
        strategy="sma_cross",
        symbols=["BTC/USDT"],
        stop_loss={"type": "atr", "multiplier": 3},
    )
    return WalkForwardSpec(
        base=base,
        param_space={"fast": {"values": [5, 10, 20]}, "slow": {"values": [40, 80]}},
        in_sample_bars=600,
        out_of_sample_bars=300,
    )


def test_out_of_sample_folds_do_not_depend_on_later_bars(btc_window) -> None:
    """Scrambling every bar from 1,500 on leaves folds whose OOS ends by 1,500 untouched."""
    spec = _spec()
    clean = walk_forward(spec, {"BTC/USDT": btc_window})
    damaged_frame = btc_window.copy()
    rng = np.random.default_rng(7)
    damaged_frame.iloc[1_500:] = damaged_frame.iloc[1_500:] * rng.uniform(0.7, 1.3, (500, 1))
    damaged_frame["high"] = damaged_frame[["open", "high", "low", "close"]].max(axis=1)
    damaged_frame["low"] = damaged_frame[["open", "high", "low", "close"]].min(axis=1)
    damaged = walk_forward(spec, {"BTC/USDT": damaged_frame})

    assert len(clean.folds) == 4  # OOS windows 600-900, 900-1200, 1200-1500, 1500-1800
    untouched = clean.folds[:3]
    assert [f.best_params for f in untouched] == [f.best_params for f in damaged.folds[:3]]
    assert [f.out_of_sample_return for f in untouched] == [
        f.out_of_sample_return for f in damaged.folds[:3]
    ]
    assert clean.equity_curve.equity[:900] == damaged.equity_curve.equity[:900]
    assert clean.folds[3].out_of_sample_return != damaged.folds[3].out_of_sample_return


def test_walk_forward_report(btc_window) -> None:
    result = walk_forward(_spec(), {"BTC/USDT": btc_window})
    assert len(result.equity_curve.equity) == 4 * 300
    assert result.equity_curve.timestamps[0] == btc_window.index[600]
    chained = np.prod([1 + f.out_of_sample_return for f in result.folds]) - 1
    assert result.out_of_sample.total_return == pytest.approx(chained, rel=1e-9)
    names = {s.name: s for s in result.param_stability}
    assert set(names) == {"fast", "slow"}
    assert names["fast"].values == [f.best_params["fast"] for f in result.folds]
    in_sample = [f.in_sample_cagr for f in result.folds]
    if np.mean(in_sample) > 0:
        expected = result.out_of_sample.cagr / np.mean(in_sample)
        assert result.walk_forward_efficiency == pytest.approx(expected)
