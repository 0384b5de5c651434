"""TimeGAN training time per epoch on every BTC/USDT 1h bar of the shared data (~33k bars),
and generation rate, each against a baseline in the same run.

- Training: seconds per epoch of each phase (autoencoder, supervisor, joint) with the default
  architecture (hidden 24, 2 GRU layers, batch 128, windows of 24 bars, stride 1). Baseline:
  the autoencoder epoch (one GRU encoder/decoder pass per batch); the joint phase's ratio says
  what the adversarial machinery costs on top. Fitting the two baselines (GARCH(1,1)-t with
  ``arch``; the bootstrap has nothing to fit) is timed too.
- Generation: paths of 100 bars per second from TimeGAN vs the stationary bootstrap and the
  GARCH(1,1)-t simulation, in one process, single-threaded.

    .venv/bin/python bench/bench_synthetic_timegan.py [--epochs 1] [--paths 2000]
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import numpy as np

from app.modules.database.candle_parsing import parse_candle_file
from app.modules.synthetic import baselines, features, regimes, timegan, training

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ohlcv" / "binance_spot"


def load() -> training.MarketArrays:
    rows = parse_candle_file((DATA / "Binance_BTCUSDT_1h.csv").read_bytes(), "1h").rows

    def column(name: str) -> np.ndarray:
        return np.array([getattr(r, name) for r in rows], dtype="float64")

    arrays = (column("high"), column("low"), column("close"), column("volume"))
    ts = np.array([r.ts for r in rows], dtype="int64")
    return training.MarketArrays(ts, 3_600_000, {"BTC/USDT": arrays})


def main(epochs: int, n_paths: int) -> None:
    market = load()
    series = market.series()
    w = features.windows(series, 24)
    labels = regimes.label_windows(w, regimes.vol_threshold(w))
    print(f"{platform.machine()} python {platform.python_version()}, {len(market.ts)} bars, "
          f"{len(w)} windows of 24")  # fmt: skip
    times: dict[str, list[float]] = {}
    last = [time.perf_counter()]

    def on_epoch(phase: str, epoch: int, losses: dict[str, float]) -> None:
        now = time.perf_counter()
        times.setdefault(phase, []).append(now - last[0])
        last[0] = now

    config = timegan.TimeGANConfig(
        embedding_epochs=epochs, supervised_epochs=epochs, joint_epochs=epochs, seed=0
    )
    last[0] = time.perf_counter()
    trained = timegan.train(w, labels, regimes.N_REGIMES, config, on_epoch)
    base = float(np.mean(times["embedding"]))
    for phase in timegan.PHASES:
        per = float(np.mean(times[phase]))
        print(f"  {phase:<11} {per:8.2f} s/epoch   {per / base:5.2f} x autoencoder epoch")
    started = time.perf_counter()
    garch = baselines.fit_garch_t(series.values)
    print(f"  GARCH(1,1)-t fit (arch) on all bars: {time.perf_counter() - started:6.2f} s")

    rng = np.random.default_rng(0)
    rates = {}
    started = time.perf_counter()
    timegan.generate(trained, n_paths, 100, None, 0)
    rates["timegan"] = n_paths / (time.perf_counter() - started)
    started = time.perf_counter()
    baselines.stationary_bootstrap(series.values, series.segment, n_paths, 100, 24.0, rng)
    rates["bootstrap"] = n_paths / (time.perf_counter() - started)
    started = time.perf_counter()
    baselines.simulate_garch_t(garch, series.values, n_paths, 100, rng)
    rates["garch_t"] = n_paths / (time.perf_counter() - started)
    for name, rate in rates.items():
        print(f"  generate {name:<9} {rate:12,.0f} paths/s (100 bars)  "
              f"{rate / rates['bootstrap']:6.3f} x bootstrap")  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--paths", type=int, default=2_000)
    args = parser.parse_args()
    main(args.epochs, args.paths)
