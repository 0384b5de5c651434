"""Monte Carlo bootstrap of a finished backtest.

``trades``: resample closed trades' returns on equity with replacement and compound them.
``bars``: resample the strategy's per-bar returns, in blocks of ``block_size`` consecutive bars
(moving-block bootstrap, so volatility clustering survives; 1 = plain i.i.d. bootstrap).
A seeded ``numpy.random.Generator`` makes every run reproducible; paths are generated in
batches so memory stays bounded, keeping only band checkpoints and per-path summaries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.modules.backtest.errors import BacktestError
from app.modules.backtest.specs import BacktestResult, MonteCarloResult, MonteCarloSpec

if TYPE_CHECKING:
    import numpy as np

PERCENTILES = (5, 25, 50, 75, 95)
_BATCH_CELLS = 4_000_000  # paths × steps simulated at once


def _samples(result: BacktestResult, spec: MonteCarloSpec) -> np.ndarray:
    import numpy as np

    from app.modules.backtest.metrics import bar_returns

    if spec.method == "trades":
        values = [t.equity_return for t in result.trades if t.status != "open"]
        if len(values) < 2:
            raise BacktestError("Monte Carlo over trades needs at least 2 closed trades")
        return np.asarray(values, dtype=np.float64)
    equity = np.asarray(result.equity_curve.equity, dtype=np.float64)
    if equity.size < 2:
        raise BacktestError("Monte Carlo over bars needs at least 2 bars")
    return bar_returns(equity, result.initial_capital)[:, 0]


def _draw(rng: np.random.Generator, steps: int, paths: int, block: int) -> np.ndarray:
    """Indices of resampled returns, shape (paths, steps)."""
    import numpy as np

    if block <= 1:
        return rng.integers(0, steps, size=(paths, steps))
    block = min(block, steps)
    starts = rng.integers(0, steps - block + 1, size=(paths, -(-steps // block)))
    return (starts[:, :, None] + np.arange(block)).reshape(paths, -1)[:, :steps]


def _summary(values: np.ndarray) -> dict[str, float]:
    import numpy as np

    out = {"mean": float(values.mean()), "std": float(values.std(ddof=1))}
    for q, v in zip(PERCENTILES, np.percentile(values, PERCENTILES), strict=True):
        out[f"p{q}"] = float(v)
    return out


def monte_carlo(result: BacktestResult, spec: MonteCarloSpec) -> MonteCarloResult:
    import numpy as np

    samples = _samples(result, spec)
    steps = samples.size
    capital = result.initial_capital
    seed = (
        spec.seed if spec.seed is not None else int(np.random.SeedSequence().generate_state(1)[0])
    )
    rng = np.random.default_rng(seed)
    growth = np.maximum(1.0 + samples, 0.0)  # a loss beyond -100% wipes the account out
    checkpoints = np.unique(np.linspace(0, steps - 1, min(spec.band_points, steps)).round())
    checkpoints = checkpoints.astype(np.int64)
    finals = np.empty(spec.n_paths)
    drawdowns = np.empty(spec.n_paths)
    troughs = np.empty(spec.n_paths)
    bands = np.empty((spec.n_paths, checkpoints.size))
    batch = max(1, _BATCH_CELLS // steps)
    for start in range(0, spec.n_paths, batch):
        stop = min(start + batch, spec.n_paths)
        paths = capital * np.cumprod(
            growth[_draw(rng, steps, stop - start, spec.block_size)], axis=1
        )
        peak = np.maximum(np.maximum.accumulate(paths, axis=1), capital)
        drawdowns[start:stop] = (paths / peak - 1.0).min(axis=1)
        finals[start:stop] = paths[:, -1]
        troughs[start:stop] = paths.min(axis=1)
        bands[start:stop] = paths[:, checkpoints]
    final_returns = finals / capital - 1.0
    counts, edges = np.histogram(final_returns, bins=30)
    band_values = np.percentile(bands, PERCENTILES, axis=0)
    return MonteCarloResult(
        method=spec.method,
        n_paths=spec.n_paths,
        steps=steps,
        seed=seed,
        initial_capital=capital,
        band_steps=[0, *(checkpoints + 1).tolist()],
        bands={
            f"p{q}": [capital, *row.tolist()]
            for q, row in zip(PERCENTILES, band_values, strict=True)
        },
        final_return=_summary(final_returns),
        max_drawdown=_summary(drawdowns),
        final_return_histogram={"edges": edges.tolist(), "counts": counts.astype(float).tolist()},
        probability_of_loss=float((finals < capital).mean()),
        probability_of_ruin=float((troughs <= capital * (1.0 - spec.ruin_threshold)).mean()),
        ruin_threshold=spec.ruin_threshold,
    )
