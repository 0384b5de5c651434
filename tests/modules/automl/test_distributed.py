"""Two worker processes share one study through the RDB storage (SQLite file and PostgreSQL)."""

from __future__ import annotations

import multiprocessing

import optuna
import pytest

from app.modules.automl.storage import create_storage
from app.modules.automl.studies import best_results, create_study, study_status
from tests.modules.automl.planted import OPT_WINDOW, planted_spec, worker

N_PER_WORKER = 10


def _run_two_workers(app_url: str) -> None:
    storage = create_storage(app_url)  # the API process creates the study; workers join it
    study_id = create_study(storage, planted_spec(n_startup_trials=6))

    ctx = multiprocessing.get_context("spawn")  # fresh interpreters, like separate machines
    start = ctx.Barrier(2)
    procs = [
        ctx.Process(target=worker, args=(app_url, study_id, N_PER_WORKER, i, start))
        for i in range(2)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0, 0]

    study = optuna.load_study(study_name=study_id, storage=storage)
    trials = study.trials
    assert len(trials) == 2 * N_PER_WORKER
    assert sorted(t.number for t in trials) == list(range(2 * N_PER_WORKER))
    assert all(t.state == optuna.trial.TrialState.COMPLETE for t in trials)
    by_worker: dict[str, int] = {}
    for t in trials:
        by_worker[t.user_attrs["worker"]] = by_worker.get(t.user_attrs["worker"], 0) + 1
    assert len(by_worker) == 2 and set(by_worker.values()) == {N_PER_WORKER}
    assert {w.rsplit(":", 1)[1] for w in by_worker} == {"0", "1"}
    # They worked at the same time: both appear among the first half of the trial numbers.
    first_half = {t.user_attrs["worker"] for t in trials if t.number < N_PER_WORKER}
    assert first_half == set(by_worker)
    # Different seeds per worker: the two random start-up phases did not propose the same points.
    starts = {w: [t.params for t in trials if t.user_attrs["worker"] == w][:3] for w in by_worker}
    first, second = starts.values()
    assert first != second

    status = study_status(storage, study_id)
    assert status.trials.complete == 2 * N_PER_WORKER and status.trials.running == 0
    assert abs(best_results(storage, study_id).trials[0].params["window"] - OPT_WINDOW) <= 10


def test_two_processes_share_a_sqlite_study(sqlite_app_url: str) -> None:
    _run_two_workers(sqlite_app_url)


@pytest.mark.slow
def test_two_processes_share_a_postgres_study(pg_app_url: str) -> None:
    _run_two_workers(pg_app_url)
