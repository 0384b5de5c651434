"""AutoML throughput: trials per minute of one study, in-process vs two worker processes.

Both runs optimise the same kind of study — the model-family search (logistic, random forest,
histogram gradient boosting, LightGBM) on a planted 1,200 + 400 row dataset, objective
accuracy — through Optuna's RDB storage (a SQLite file, or PostgreSQL with
``--database-url``). Baseline: one process runs ``--trials`` trials. Then two spawned
processes (like two ``kalkan worker``s) join a fresh study and run ``--trials / 2`` each; their
clock starts at a barrier once both have imported everything and opened the storage, as a
long-running worker would have. The ratio is the figure (goal >= 1.7x on two free cores;
CPU contention from other processes on the machine lowers it, so the load average is printed).

    .venv/bin/python bench/bench_automl_workers.py [--trials 40] [--database-url URL]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's app, also in spawned workers (they re-import)

FAMILIES = ["logistic", "random_forest", "hist_gb", "lightgbm"]


def _spec() -> Any:
    from app.modules.automl.specs import SignalModelTarget, StudySpec

    return StudySpec(
        target="signal_model",
        objectives=["accuracy"],
        seed=0,
        n_startup_trials=8,
        model_families=FAMILIES,  # type: ignore[arg-type]
        signal_model=SignalModelTarget(),
    )


def _dataset() -> Any:
    import numpy as np

    from app.modules.automl.features import SignalDataset

    rng = np.random.default_rng(0)
    x = rng.standard_normal((1600, 9)).astype(np.float32)
    y = ((np.floor(x[:, 0] * 1.5) + np.floor(x[:, 1] * 1.5)) % 2).astype(np.float32)
    ret = np.where(y > 0, 0.01, -0.01)
    return SignalDataset(
        x[:1200], y[:1200], x[1200:], y[1200:], ret[1200:], np.zeros(9), np.ones(9), 8760.0, 0
    )


def run_worker(url: str, study_id: str, n_trials: int, index: int, barrier: Any) -> None:
    import optuna

    from app.modules.automl.objectives import dataset_objective
    from app.modules.automl.storage import create_storage
    from app.modules.automl.studies import load_spec, run_study

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    storage = create_storage(url)
    spec = load_spec(storage, study_id)
    objective = dataset_objective(spec, _dataset())
    _warm_up(spec)
    if barrier is not None:
        barrier.wait(timeout=300)
    run_study(storage, study_id, objective, n_trials=n_trials, budget="worker", worker_index=index)


def _warm_up(spec: Any) -> None:
    """Fit each family once on a few rows: the lazy imports and first-call costs of sklearn and
    LightGBM happen here, as in a worker that has been running for a while."""
    from app.modules.automl.families import default_params, fit_family, split_params

    data = _dataset()
    for family in FAMILIES:
        _, params = split_params(default_params(family, spec.signal_model))  # type: ignore[arg-type]
        fit_family(family, params, data, seed=0)  # type: ignore[arg-type]


def _new_study(url: str) -> str:
    from app.modules.automl.storage import create_storage
    from app.modules.automl.studies import create_study

    return create_study(create_storage(url), _spec())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--ray", action="store_true", help="also time Ray Tune (report only)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-automl-"))
    url = args.database_url or f"sqlite+aiosqlite:///{folder / 'app.db'}"

    # in-process baseline (imports and storage warmed up first, like a running worker)
    study_id = _new_study(url)
    started = time.perf_counter()
    run_worker(url, study_id, args.trials, 0, None)
    one = time.perf_counter() - started

    # two worker processes on one study
    study_id = _new_study(url)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(3)
    procs = [
        ctx.Process(target=run_worker, args=(url, study_id, args.trials // 2, i, barrier))
        for i in range(2)
    ]
    for p in procs:
        p.start()
    barrier.wait(timeout=300)
    started = time.perf_counter()
    for p in procs:
        p.join()
    two = time.perf_counter() - started
    assert [p.exitcode for p in procs] == [0, 0]

    per_min_one = args.trials / one * 60
    per_min_two = 2 * (args.trials // 2) / two * 60
    print(f"storage: {url.split(':', 1)[0]}, {args.trials} trials, cpus {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"in-process:        {one:7.2f} s  {per_min_one:7.1f} trials/min")
    print(f"two processes:     {two:7.2f} s  {per_min_two:7.1f} trials/min")
    print(f"ratio (two / one): {per_min_two / per_min_one:.2f}x")
    if args.ray:
        _ray(url, args.trials, per_min_one)


def _ray(url: str, n_trials: int, per_min_one: float) -> None:
    """The same study through Ray Tune on a local two-CPU Ray instance (startup not timed)."""
    import ray

    from app.modules.automl.objectives import dataset_objective
    from app.modules.automl.ray_backend import run_study_ray
    from app.modules.automl.storage import create_storage
    from app.modules.automl.studies import load_spec

    root = str(ROOT)  # Ray workers import this checkout's app
    ray.init(
        num_cpus=2, include_dashboard=False, log_to_driver=False,
        runtime_env={"env_vars": {"PYTHONPATH": root}},
    )  # fmt: skip
    storage = create_storage(url)
    study_id = _new_study(url)
    objective = dataset_objective(load_spec(storage, study_id), _dataset())
    run_study_ray(storage, _new_study(url), objective, n_trials=2)  # warm the Ray workers
    started = time.perf_counter()
    run_study_ray(storage, study_id, objective, n_trials=n_trials)
    elapsed = time.perf_counter() - started
    ray.shutdown()
    per_min = n_trials / elapsed * 60
    print(f"ray tune (2 cpus): {elapsed:7.2f} s  {per_min:7.1f} trials/min  "
          f"({per_min / per_min_one:.2f}x in-process)")  # fmt: skip


if __name__ == "__main__":
    main()
