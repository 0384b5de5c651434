"""Model robustness testing: one strategy backtested (through ``backtest.public``) on each of N
synthetic paths, giving the distribution of its Sharpe ratio, drawdown and return instead of
the single number one history gives. Runs in the worker process (vectorbt/numba load there)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from app.modules.synthetic import training

METRICS = ("sharpe", "max_drawdown", "total_return", "trade_count")
PERCENTILES = (5, 25, 50, 75, 95)


def summarise(values: list[float]) -> dict[str, float | None]:
    """Mean and percentiles of the finite values (a path without trades has no Sharpe)."""
    finite = np.array([v for v in values if v is not None and np.isfinite(v)], dtype="float64")
    if not finite.size:
        return {"mean": None, **{f"p{p}": None for p in PERCENTILES}, "n": 0}
    quantiles = np.percentile(finite, PERCENTILES)
    return {
        "mean": float(finite.mean()),
        **{f"p{p}": float(q) for p, q in zip(PERCENTILES, quantiles, strict=True)},
        "n": int(finite.size),
    }


def run(
    blob: bytes,
    request: dict[str, Any],
    spec: dict[str, Any],
    first_bar: str,
    step_ms: int,
    on_progress: Callable[[float], None],
    should_cancel: Callable[[], bool],
) -> dict[str, Any]:
    """Generate the paths, backtest ``spec`` on each one; per-path metrics and their spread."""
    import pandas as pd

    from app.modules.backtest.public import BacktestSpec, evaluate_params

    out = training.generate_candles(blob, request)
    symbol = out["symbols"][0]
    paths = out["paths"][symbol]
    base = BacktestSpec.model_validate(spec | {"symbols": [symbol]})
    start = datetime.fromisoformat(first_bar)
    index = pd.DatetimeIndex(
        [start + timedelta(milliseconds=step_ms * k) for k in range(int(request["length"]))],
        name="time",
    )
    per_path: dict[str, list[float]] = {m: [] for m in METRICS}
    n = len(paths["close"])
    for i in range(n):
        if should_cancel():
            raise training.TrainingStopped
        frame = pd.DataFrame(
            {k: paths[k][i] for k in ("open", "high", "low", "close", "volume")}, index=index
        )
        metrics = evaluate_params(base.strategy, base.params, frame, base)
        for m in METRICS:
            value = metrics.get(m)
            per_path[m].append(float(value) if value is not None else float("nan"))
        on_progress((i + 1) / n)
    return {
        "symbol": symbol,
        "n_paths": n,
        "per_path": {m: [v if np.isfinite(v) else None for v in vs] for m, vs in per_path.items()},
        "distribution": {m: summarise(vs) for m, vs in per_path.items()},
        "probability_of_loss": float(np.mean(np.array(per_path["total_return"]) < 0)),
    }
