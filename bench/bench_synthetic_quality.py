"""TimeGAN vs the stationary bootstrap vs GARCH(1,1)-t on the same real data and the same
metrics (the quality report a trained model carries), the held-out real windows as the floor.

Trains the bundle the ``/gan/train`` job trains, on the newest ``--bars`` BTC/USDT 1h bars of the
shared data (80 % train, 20 % held out), and prints each generator's scores (lower is better)
and the verdict.

    .venv/bin/python bench/bench_synthetic_quality.py [--bars 4000] [--epochs 20] [--hidden 16]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from app.modules.database.candle_parsing import parse_candle_file
from app.modules.synthetic import quality, training

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ohlcv" / "binance_spot"


def main(bars: int, epochs: int, hidden: int, layers: int, window: int) -> None:
    rows = parse_candle_file((DATA / "Binance_BTCUSDT_1h.csv").read_bytes(), "1h").rows[-bars:]

    def column(name: str) -> np.ndarray:
        return np.array([getattr(r, name) for r in rows], dtype="float64")

    market = training.MarketArrays(
        np.array([r.ts for r in rows], dtype="int64"), 3_600_000,
        {"BTC/USDT": (column("high"), column("low"), column("close"), column("volume"))},
    )  # fmt: skip
    spec = {"window": window, "seed": 0, "hidden": hidden, "layers": layers,
            "embedding_epochs": epochs, "supervised_epochs": epochs, "joint_epochs": epochs,
            "batch_size": 128, "learning_rate": 1e-3, "bootstrap_block": 24.0}  # fmt: skip
    started = time.perf_counter()
    out = training.train_bundle(market, spec)
    q = out["quality"]
    print(f"{bars} bars, window {window}, hidden {hidden}×{layers}, {epochs} epochs per phase, "
          f"{time.perf_counter() - started:.0f} s; eval windows {q['windows']}")  # fmt: skip
    names = ["real_holdout", *q["generators"]]
    table = {"real_holdout": q["real_holdout"], **q["generators"]}
    metrics = [*quality.LOWER_IS_BETTER, "predictive_ratio", "std_ratio"]
    print(f"{'metric':<24}" + "".join(f"{n:>14}" for n in names))
    for m in metrics:
        cells = "".join(f"{table[n][m]:>14.4f}" if table[n][m] is not None else f"{'—':>14}"
                        for n in names)  # fmt: skip
        print(f"{m:<24}{cells}")
    print("regime match (chance 0.25):", {k: round(v, 2) for k, v in q["regime_match"].items()})
    print("best:", q["best"])
    print("verdict:", q["verdict"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--bars", type=int, default=4_000)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--hidden", type=int, default=16)
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--window", type=int, default=24)
    args = parser.parse_args()
    main(args.bars, args.epochs, args.hidden, args.layers, args.window)
