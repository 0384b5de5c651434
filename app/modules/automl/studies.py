"""Create, run and inspect Optuna studies kept in the RDB storage.

A study's public id is its Optuna study name. Its ``StudySpec`` lives in the study's user
attributes, so any worker that can reach the storage can join: each calls ``run_study`` with an
objective built from that spec and its own ``worker_index`` (which offsets the sampler seed so
workers don't propose the same points). Optuna's RDB storage hands out trial numbers atomically
and TPE's constant liar accounts for trials other workers are still running.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from app.modules.automl.errors import (
    InvalidAutoMLInput,
    NoCompletedTrials,
    SamplerUnavailable,
    StudyNotFound,
    TrialNotFound,
)
from app.modules.automl.features import OHLCV, CandleLike, fingerprint, to_ohlcv
from app.modules.automl.objectives import (
    CURVE_ATTR,
    FOLDS_ATTR,
    INFEASIBLE_ATTR,
    METRICS_ATTR,
    Objective,
)
from app.modules.automl.specs import Direction, StudySpec, Target

if TYPE_CHECKING:
    from collections.abc import Sequence

    import optuna
    from optuna.storages import BaseStorage
    from optuna.trial import FrozenTrial

SPEC_ATTR = "kalkan_spec"
CREATED_ATTR = "kalkan_created_at"
WORKER_ATTR = "worker"
ERROR_ATTR = "error"
# Trials a worker catches and records as FAIL instead of aborting the whole run (a diverging
# learning rate, a backtest that rejects a parameter combination, ...).
TRIAL_ERRORS: tuple[type[Exception], ...] = (ValueError, ArithmeticError, RuntimeError)

StopReason = Literal["n_trials", "timeout", "cancelled", "failures", "budget_reached"]


class TrialCounts(BaseModel):
    complete: int = 0
    running: int = 0
    pruned: int = 0
    failed: int = 0
    waiting: int = 0
    infeasible: int = Field(0, description="complete trials whose parameters were rejected")

    @property
    def finished(self) -> int:
        return self.complete + self.pruned + self.failed


class StudyStatus(BaseModel):
    study_id: str
    target: Target
    objectives: list[str]
    directions: list[Direction]
    sampler: str
    pruner: str
    trials: TrialCounts
    best_value: float | None = Field(None, description="single objective: best value so far")
    pareto_size: int | None = Field(None, description="several objectives: Pareto set size")
    created_at: datetime | None = None
    started_at: datetime | None = None
    last_activity_at: datetime | None = None
    elapsed_seconds: float = 0.0


class TrialResult(BaseModel):
    number: int
    state: str
    values: list[float] | None
    params: dict[str, Any]
    metrics: dict[str, float] = Field(default_factory=dict)
    fold_metrics: list[dict[str, float]] | None = None
    train_loss_curve: list[float] | None = None
    duration_seconds: float | None = None
    worker: str | None = None
    infeasible: str | None = Field(None, description="why the parameters were rejected")
    error: str | None = Field(None, description="why a FAIL trial failed")


class BestResults(BaseModel):
    study_id: str
    target: Target
    objectives: list[str]
    directions: list[Direction]
    multi_objective: bool
    trials: list[TrialResult] = Field(
        description="the best trial, or the Pareto set (no member dominates another)"
    )


class RunReport(BaseModel):
    study_id: str
    worker: str
    trials_run: int
    complete: int
    pruned: int
    failed: int
    stopped_by: StopReason
    elapsed_seconds: float
    last_error: str | None = Field(None, description="why this worker's latest failed trial failed")


def new_study_id() -> str:
    return f"automl-{uuid.uuid4().hex[:16]}"


def create_study(
    storage: BaseStorage,
    spec: StudySpec,
    study_id: str | None = None,
    *,
    candles: OHLCV | Sequence[CandleLike] | None = None,
) -> str:
    """Create the study (or join it, if it exists with the same spec) and record its spec.

    For ``signal_model``, pass the candles: their fingerprint is stored so that every worker and a
    later deployment can check they train on the same window.
    """
    import optuna

    study_id = study_id or new_study_id()
    if spec.target == "signal_model" and candles is not None:
        assert spec.signal_model is not None
        ohlcv = candles if isinstance(candles, OHLCV) else to_ohlcv(candles)
        cfg = spec.signal_model.model_copy(update={"data_fingerprint": fingerprint(ohlcv)})
        spec = spec.model_copy(update={"signal_model": cfg})
    study = optuna.create_study(
        storage=storage, study_name=study_id, directions=spec.directions, load_if_exists=True
    )
    stored = study.user_attrs.get(SPEC_ATTR)
    if stored is None:
        study.set_user_attr(SPEC_ATTR, spec.model_dump(mode="json"))
        study.set_user_attr(CREATED_ATTR, datetime.now(UTC).isoformat())
        if spec.target == "signal_model" and spec.model_families is not None:
            from app.modules.automl.families import default_params

            assert spec.signal_model is not None  # StudySpec fills it in
            for family in spec.families:  # one default configuration per family first
                study.enqueue_trial(default_params(family, spec.signal_model))
    elif StudySpec.model_validate(stored) != spec:
        raise InvalidAutoMLInput(f"study {study_id!r} exists with a different specification")
    return study_id


def load_spec(storage: BaseStorage, study_id: str) -> StudySpec:
    return _spec_of(_load(storage, study_id))


def _spec_of(study: optuna.Study) -> StudySpec:
    raw = study.user_attrs.get(SPEC_ATTR)
    if raw is None:  # an Optuna study in the same storage that this module did not create
        raise StudyNotFound(f"study {study.study_name!r} is not an AutoML study")
    return StudySpec.model_validate(raw)


def delete_study(storage: BaseStorage, study_id: str) -> None:
    import optuna

    try:
        optuna.delete_study(study_name=study_id, storage=storage)
    except KeyError as exc:
        raise StudyNotFound(f"no study {study_id!r}") from exc


def list_study_ids(storage: BaseStorage) -> list[str]:
    import optuna

    return optuna.get_all_study_names(storage)


def make_sampler(spec: StudySpec, worker_index: int = 0) -> optuna.samplers.BaseSampler:
    import importlib.util

    import optuna

    # Distinct, reproducible seeds per worker; identical seeds would duplicate startup points.
    seed = (spec.seed + 7919 * worker_index) % (2**31)
    if spec.sampler == "tpe":
        return optuna.samplers.TPESampler(seed=seed, n_startup_trials=spec.n_startup_trials)
    if spec.sampler == "nsga2":
        return optuna.samplers.NSGAIISampler(seed=seed, population_size=spec.population_size)
    if importlib.util.find_spec("cmaes") is None:
        raise SamplerUnavailable("the CMA-ES sampler needs the 'cmaes' package installed")
    # Categorical parameters (activation, batch size) fall back to the independent sampler.
    return optuna.samplers.CmaEsSampler(
        seed=seed,
        n_startup_trials=min(spec.n_startup_trials, 5),
        warn_independent_sampling=False,
        independent_sampler=optuna.samplers.RandomSampler(seed=seed),
    )


def make_pruner(spec: StudySpec) -> optuna.pruners.BasePruner:
    import optuna

    if spec.pruner == "median":
        return optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=1)
    if spec.pruner == "successive_halving":
        return optuna.pruners.SuccessiveHalvingPruner(min_resource=1, reduction_factor=3)
    if spec.pruner == "hyperband":
        return optuna.pruners.HyperbandPruner(min_resource=1, reduction_factor=3)
    return optuna.pruners.NopPruner()


def _load(
    storage: BaseStorage, study_id: str, spec: StudySpec | None = None, worker_index: int = 0
) -> optuna.Study:
    import optuna

    sampler = make_sampler(spec, worker_index) if spec is not None else None
    pruner = make_pruner(spec) if spec is not None else None
    try:
        return optuna.load_study(
            study_name=study_id, storage=storage, sampler=sampler, pruner=pruner
        )
    except KeyError as exc:
        raise StudyNotFound(f"no study {study_id!r}") from exc


def run_study(
    storage: BaseStorage,
    study_id: str,
    objective: Objective,
    *,
    n_trials: int,
    timeout: float | None = None,
    budget: Literal["study", "worker"] = "study",
    worker_index: int = 0,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    max_consecutive_failures: int = 10,
) -> RunReport:
    """Run trials of ``study_id`` in this process until a stop condition holds.

    ``budget="study"``: stop once the study as a whole has ``n_trials`` finished trials (all
    workers together; with several workers it can end up to ``workers - 1`` over, since running
    trials are allowed to finish). ``budget="worker"``: this worker runs ``n_trials`` trials.
    ``on_progress(done, total)`` is called after every trial; ``should_cancel()`` is checked
    before the first and after every trial, and stops the run via ``study.stop()``.
    """
    import optuna

    if n_trials < 1:
        raise InvalidAutoMLInput("n_trials must be >= 1")
    if timeout is not None and timeout <= 0:
        raise InvalidAutoMLInput("timeout must be positive")
    spec = load_spec(storage, study_id)
    study = _load(storage, study_id, spec, worker_index)
    worker = f"{socket.gethostname()}:{os.getpid()}:{worker_index}"
    started = time.monotonic()
    mine: list[optuna.trial.TrialState] = []
    stop: dict[str, StopReason] = {}
    errors: list[str] = []

    def finished_in_study() -> int:
        states = (
            optuna.trial.TrialState.COMPLETE,
            optuna.trial.TrialState.PRUNED,
            optuna.trial.TrialState.FAIL,
        )
        return len(study.get_trials(deepcopy=False, states=states))

    def report_progress() -> None:
        if on_progress is not None:
            done = finished_in_study() if budget == "study" else len(mine)
            on_progress(min(done, n_trials), n_trials)

    to_run = n_trials - finished_in_study() if budget == "study" else n_trials
    if to_run <= 0:
        report_progress()
        return _report(study_id, worker, mine, "budget_reached", started)
    if should_cancel is not None and should_cancel():
        return _report(study_id, worker, mine, "cancelled", started)

    def tagged(trial: optuna.Trial) -> float | list[float]:
        trial.set_user_attr(WORKER_ATTR, worker)
        try:
            return objective(trial)
        except TRIAL_ERRORS as exc:  # Optuna only logs the reason; keep it with the trial
            trial.set_user_attr(ERROR_ATTR, f"{type(exc).__name__}: {exc}"[:500])
            raise

    def after_trial(st: optuna.Study, trial: FrozenTrial) -> None:
        mine.append(trial.state)
        if trial.state == optuna.trial.TrialState.FAIL:
            errors.append(trial.user_attrs.get(ERROR_ATTR, "objective returned no usable value"))
        report_progress()
        if budget == "study" and finished_in_study() >= n_trials:
            stop.setdefault("reason", "n_trials")
            st.stop()
        recent = mine[-max_consecutive_failures:]
        if len(recent) == max_consecutive_failures and all(
            s == optuna.trial.TrialState.FAIL for s in recent
        ):
            stop.setdefault("reason", "failures")
            st.stop()
        if should_cancel is not None and should_cancel():
            stop["reason"] = "cancelled"
            st.stop()

    lost = 0
    while True:
        remaining = to_run - len(mine) - lost
        left = None if timeout is None else timeout - (time.monotonic() - started)
        if remaining <= 0 or (left is not None and left <= 0) or "reason" in stop:
            break
        try:
            study.optimize(
                tagged, n_trials=remaining, timeout=left, callbacks=[after_trial],
                catch=TRIAL_ERRORS,
            )  # fmt: skip
            break
        except ValueError as exc:
            # SQLite ignores SELECT ... FOR UPDATE, so two workers can both take the same
            # enqueued (WAITING) trial; the one that reports second loses its result and
            # Optuna refuses the tell. That trial is done (by the other): carry on.
            if "Cannot tell a" not in str(exc):
                raise
            lost += 1
    reason = stop.get("reason")
    if reason is None:
        timed_out = timeout is not None and time.monotonic() - started >= timeout
        reason = "timeout" if timed_out and len(mine) < to_run else "n_trials"
    report = _report(study_id, worker, mine, reason, started)
    report.last_error = errors[-1] if errors else None
    return report


def _report(
    study_id: str,
    worker: str,
    states: list[Any],
    reason: StopReason,
    started: float,
) -> RunReport:
    names = [s.name for s in states]
    return RunReport(
        study_id=study_id,
        worker=worker,
        trials_run=len(states),
        complete=names.count("COMPLETE"),
        pruned=names.count("PRUNED"),
        failed=names.count("FAIL"),
        stopped_by=reason,
        elapsed_seconds=time.monotonic() - started,
    )


def study_status(storage: BaseStorage, study_id: str) -> StudyStatus:
    study = _load(storage, study_id)
    spec = _spec_of(study)
    trials = study.get_trials(deepcopy=False)
    counts = TrialCounts()
    for t in trials:
        field = {
            "COMPLETE": "complete",
            "RUNNING": "running",
            "PRUNED": "pruned",
            "FAIL": "failed",
            "WAITING": "waiting",
        }[t.state.name]
        setattr(counts, field, getattr(counts, field) + 1)
        if INFEASIBLE_ATTR in t.user_attrs:
            counts.infeasible += 1
    starts = [_from_local(t.datetime_start) for t in trials if t.datetime_start is not None]
    ends = [_from_local(t.datetime_complete) for t in trials if t.datetime_complete is not None]
    started_at = min(starts) if starts else None
    last = max(starts + ends) if starts else None
    elapsed = 0.0
    if started_at is not None:
        until = datetime.now(UTC) if counts.running else max(ends, default=started_at)
        elapsed = (until - started_at).total_seconds()
    status = StudyStatus(
        study_id=study_id,
        target=spec.target,
        objectives=spec.objectives,
        directions=spec.directions,
        sampler=spec.sampler,
        pruner=spec.pruner,
        trials=counts,
        created_at=_parse(study.user_attrs.get(CREATED_ATTR)),
        started_at=started_at,
        last_activity_at=last,
        elapsed_seconds=max(elapsed, 0.0),
    )
    best = _best(study, spec)
    if spec.multi_objective:
        status.pareto_size = len(best) if counts.complete else None
    elif best:
        status.best_value = best[0].value
    return status


def _best(study: optuna.Study, spec: StudySpec) -> list[FrozenTrial]:
    """Best feasible trial, or the feasible Pareto set; empty while there is none."""
    feasible = _feasible_complete(study)
    if not feasible:
        return []
    if spec.multi_objective:
        return sorted(study.best_trials, key=lambda t: t.number)
    return [study.best_trial]


def _feasible_complete(study: optuna.Study) -> list[FrozenTrial]:
    return [
        t
        for t in study.get_trials(deepcopy=False)
        if t.state.name == "COMPLETE" and INFEASIBLE_ATTR not in t.user_attrs
    ]


def best_results(storage: BaseStorage, study_id: str) -> BestResults:
    """The best trial (single objective) or the Pareto set, with their params and metrics."""
    study = _load(storage, study_id)
    spec = _spec_of(study)
    best = _best(study, spec)
    return BestResults(
        study_id=study_id,
        target=spec.target,
        objectives=spec.objectives,
        directions=spec.directions,
        multi_objective=spec.multi_objective,
        trials=[trial_result(t) for t in best],
    )


def top_trials(storage: BaseStorage, study_id: str, k: int) -> list[TrialResult]:
    """The ``k`` best completed trials: by value, or (several objectives) Pareto members ranked
    by the first objective."""
    if k < 1:
        raise InvalidAutoMLInput("k must be >= 1")
    study = _load(storage, study_id)
    spec = _spec_of(study)
    pool = _best(study, spec) if spec.multi_objective else _feasible_complete(study)
    if not pool:
        raise NoCompletedTrials(f"study {study_id!r} has no completed trials")
    sign = -1.0 if spec.directions[0] == "maximize" else 1.0
    ranked = sorted(pool, key=lambda t: (sign * t.values[0], t.number))
    return [trial_result(t) for t in ranked[:k]]


def get_trials(storage: BaseStorage, study_id: str, numbers: list[int]) -> list[TrialResult]:
    study = _load(storage, study_id)
    by_number = {t.number: t for t in study.get_trials(deepcopy=False)}
    out: list[TrialResult] = []
    for n in numbers:
        trial = by_number.get(n)
        if trial is None:
            raise TrialNotFound(f"study {study_id!r} has no trial {n}")
        if trial.state.name != "COMPLETE":
            raise InvalidAutoMLInput(f"trial {n} is {trial.state.name}, not COMPLETE")
        if INFEASIBLE_ATTR in trial.user_attrs:
            raise InvalidAutoMLInput(
                f"trial {n} is infeasible: {trial.user_attrs[INFEASIBLE_ATTR]}"
            )
        out.append(trial_result(trial))
    return out


def trial_result(trial: FrozenTrial) -> TrialResult:
    duration = trial.duration.total_seconds() if trial.duration is not None else None
    return TrialResult(
        number=trial.number,
        state=trial.state.name,
        values=list(trial.values) if trial.values is not None else None,
        params=dict(trial.params),
        metrics=trial.user_attrs.get(METRICS_ATTR, {}),
        fold_metrics=trial.user_attrs.get(FOLDS_ATTR),
        train_loss_curve=trial.user_attrs.get(CURVE_ATTR),
        duration_seconds=duration,
        worker=trial.user_attrs.get(WORKER_ATTR),
        infeasible=trial.user_attrs.get(INFEASIBLE_ATTR),
        error=trial.user_attrs.get(ERROR_ATTR),
    )


def _from_local(naive_local: datetime) -> datetime:
    # Optuna stamps trials with naive *local* time (datetime.now()): not core's naive = UTC.
    return naive_local.astimezone(UTC)


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
