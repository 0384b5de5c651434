"""First backtest after installation, on a fresh data directory (run, don't import).

    python bench/bench_first_backtest.py

Each measurement is a new Python process with ``NUMBA_CACHE_DIR`` in a fresh temporary data
directory, timing import + the first ``run_backtest`` (2,000 BTC/USDT 1h bars, SMA cross with an
ATR stop; then a leveraged long/short run through the two-pass sizing path):

1. cold: nothing compiled yet (what a new install paid before ``kalkan warmup``);
2. ``kalkan warmup`` once (compiles every kernel into the cache);
3. warm: a new process on the same data directory (what every later process pays).
Goal: the first backtest after warm-up answers in under 5 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("KALKAN_SHARED_DATA", ROOT.parent / "shared" / "data"))
CHILD = f"""
import time
started = time.perf_counter()
import sys; sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from app.modules.backtest.public import BacktestSpec, candles_to_frame, run_backtest
from app.modules.database.candle_parsing import parse_candle_file
rows = parse_candle_file(
    Path({str(DATA)!r}, "ohlcv", "binance_spot", "Binance_BTCUSDT_1h.csv").read_bytes(), "1h"
).rows
frame = candles_to_frame(rows).iloc[-2000:]
loaded = time.perf_counter()
stop = {{"type": "atr", "multiplier": 2.0}}
spec = BacktestSpec(strategy="sma_cross", params={{"fast": 20, "slow": 50}},
                    symbols=["BTC/USDT"], stop_loss=stop)
run_backtest(spec, {{"BTC/USDT": frame}})
first = time.perf_counter()
both = spec.model_copy(update={{"leverage": 2.0, "direction": "both"}})
run_backtest(both, {{"BTC/USDT": frame}})
second = time.perf_counter()
print(f"{{loaded - started:.2f}} {{first - loaded:.2f}} {{second - first:.2f}}")
"""


def child(env: dict[str, str]) -> tuple[float, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    load, first, second = (float(x) for x in out.stdout.split()[-3:])
    return load, first, second


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        cache = str(Path(data_dir) / "numba-cache")
        env = os.environ | {"NUMBA_CACHE_DIR": cache, "APP_NUMBA_CACHE_DIR": cache}
        cold = child(env)
        # a second fresh directory for warm-up, so the cold run above does not seed it
        cache2 = str(Path(data_dir) / "numba-cache-2")
        env2 = os.environ | {"NUMBA_CACHE_DIR": cache2, "APP_NUMBA_CACHE_DIR": cache2}
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "app.cli", "warmup"], env=env2, cwd=ROOT, check=True,
            capture_output=True,
        )  # fmt: skip
        warmup = time.perf_counter() - started
        warm = child(env2)
    print("| step | load data | first backtest (1×, long) | then 2× long/short |")
    print("|---|---|---|---|")
    print(f"| cold data dir, no warm-up | {cold[0]:.2f} s | {cold[1]:.2f} s | {cold[2]:.2f} s |")
    print(f"| `kalkan warmup` (once) | — | {warmup:.2f} s total | — |")
    print(f"| new process after warm-up | {warm[0]:.2f} s | {warm[1]:.2f} s | {warm[2]:.2f} s |")
    print(f"first backtest: {cold[1] / warm[1]:.1f}× faster after warm-up (goal < 5 s: "
          f"{'met' if warm[1] < 5 else 'missed'})")  # fmt: skip


if __name__ == "__main__":
    main()
