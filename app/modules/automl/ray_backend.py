"""Ray Tune backend (``APP_AUTOML_BACKEND=ray``): a study's trials on a Ray cluster.

The search space is the study's own: Ray Tune's ``OptunaSearch`` gets a define-by-run function
that makes exactly the suggestions the objective makes (``suggest_space``), with the study's
sampler. Each Ray trial replays the objective on ``optuna.trial.FixedTrial(config)`` (same
code path and metrics as the Optuna backend; no pruning, which Ray's searcher drives itself),
and the driver writes every finished trial — parameters, distributions, values, metrics,
errors — into the same Optuna study. So status, best_params and deploy do not care which
backend ran. Ray is an optional extra (``pip install 'kalkan[ray]'``), imported only here.
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.modules.automl.errors import BackendUnavailable, InvalidAutoMLInput
from app.modules.automl.families import suggest_family
from app.modules.automl.objectives import Objective
from app.modules.automl.search_spaces import strategy_param_schema, suggest_strategy_params
from app.modules.automl.specs import StudySpec
from app.modules.automl.studies import (
    ERROR_ATTR,
    WORKER_ATTR,
    RunReport,
    StopReason,
    _load,
    load_spec,
    make_sampler,
)

if TYPE_CHECKING:
    import optuna
    from optuna.storages import BaseStorage


def ray_installed() -> bool:
    return importlib.util.find_spec("ray") is not None


def require_ray() -> None:
    if not ray_installed():
        raise BackendUnavailable(
            "APP_AUTOML_BACKEND=ray needs Ray Tune installed: pip install 'kalkan[ray]' "
            "(or unset APP_AUTOML_BACKEND to use the Optuna workers)"
        )


class SearchSpace:
    """The suggestions the study's objective makes, without training anything (a plain class,
    so Ray Tune can pickle it when it checkpoints its searcher)."""

    def __init__(self, spec: StudySpec) -> None:
        self.spec = spec
        self.schema = None
        if spec.target == "strategy":
            assert spec.strategy is not None
            self.schema = strategy_param_schema(spec.strategy.strategy, spec.strategy.params)

    def __call__(self, trial: optuna.Trial) -> None:
        if self.schema is not None:
            suggest_strategy_params(trial, self.schema)
            return
        assert self.spec.signal_model is not None
        suggest_family(trial, self.spec.families, self.spec.signal_model)


def suggest_space(spec: StudySpec) -> Callable[[optuna.Trial], None]:
    return SearchSpace(spec)


def _evaluate(objective: Objective, config: dict[str, Any]) -> dict[str, Any]:
    """One Ray trial: the objective on the sampled parameters (runs on a Ray worker)."""
    import optuna

    trial = optuna.trial.FixedTrial(config)
    value = objective(trial)  # type: ignore[arg-type]  # FixedTrial quacks like a Trial
    values = value if isinstance(value, list) else [value]
    out: dict[str, Any] = {f"objective_{i}": float(v) for i, v in enumerate(values)}
    out["user_attrs"] = json.dumps(trial.user_attrs)
    out["constraints"] = json.dumps(trial.constraints or [])
    return out


def run_study_ray(
    storage: BaseStorage,
    study_id: str,
    objective: Objective,
    *,
    n_trials: int,
    timeout: float | None = None,
    address: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    max_concurrent: int | None = None,
) -> RunReport:
    """Run the study's remaining trials (up to ``n_trials`` finished in all) through Ray Tune
    and record each in the Optuna study as it finishes."""
    require_ray()
    import optuna
    import ray
    from ray import tune
    from ray.tune.search.optuna import OptunaSearch

    spec = load_spec(storage, study_id)
    study = _load(storage, study_id, spec)
    finished_states = (
        optuna.trial.TrialState.COMPLETE,
        optuna.trial.TrialState.PRUNED,
        optuna.trial.TrialState.FAIL,
    )
    already = len(study.get_trials(deepcopy=False, states=finished_states))
    started = time.monotonic()
    worker = f"ray:{address or 'local'}"
    to_run = n_trials - already
    if to_run <= 0:
        return RunReport(
            study_id=study_id, worker=worker, trials_run=0, complete=0, pruned=0, failed=0,
            stopped_by="budget_reached", elapsed_seconds=0.0,
        )  # fmt: skip
    if not ray.is_initialized():
        try:
            ray.init(address=address, log_to_driver=False, include_dashboard=False)
        except Exception as exc:  # connection errors come in many types
            raise BackendUnavailable(f"cannot reach the Ray cluster {address!r}: {exc}") from exc

    space = suggest_space(spec)
    # Enqueued trials (a family study's default configurations) run first, as with Optuna:
    # each is taken from the queue here and told its Ray result when that arrives.
    pending: dict[str, optuna.Trial] = {}
    waiting = study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.WAITING,))
    for _ in waiting[:to_run]:
        asked = study.ask()
        space(asked)
        pending[_key(asked.params)] = asked
    states: list[str] = []
    errors: list[str] = []
    cancelled = {"flag": False}

    def distributions_of(config: dict[str, Any]) -> dict[str, Any]:
        fixed = optuna.trial.FixedTrial(config)
        space(fixed)  # type: ignore[arg-type]
        return fixed.distributions

    def record(config: dict[str, Any], result: dict[str, Any] | None, error: str | None) -> None:
        params = {k: v for k, v in config.items() if not k.startswith("_")}
        attrs: dict[str, Any] = {WORKER_ATTR: worker}
        queued = pending.pop(_key(params), None)
        if queued is not None:
            tell(queued, result, error, attrs)
            return
        if result is not None and error is None:
            attrs |= json.loads(result.get("user_attrs", "{}"))
            values = [float(result[f"objective_{i}"]) for i in range(len(spec.objectives))]
            constraints = json.loads(result.get("constraints", "[]"))
            system = {"constraints": constraints} if constraints else {}
            frozen = optuna.trial.create_trial(
                params=params, distributions=distributions_of(params), values=values,
                user_attrs=attrs, system_attrs=system,
            )  # fmt: skip
            states.append("COMPLETE")
        else:
            attrs[ERROR_ATTR] = (error or "the Ray trial failed")[:500]
            frozen = optuna.trial.create_trial(
                params=params, distributions=distributions_of(params), user_attrs=attrs,
                state=optuna.trial.TrialState.FAIL,
            )  # fmt: skip
            states.append("FAIL")
            errors.append(attrs[ERROR_ATTR])
        study.add_trial(frozen)
        if on_progress is not None:
            on_progress(min(already + len(states), n_trials), n_trials)

    def tell(
        trial: optuna.Trial, result: dict[str, Any] | None, error: str | None,
        attrs: dict[str, Any],
    ) -> None:  # fmt: skip
        if result is not None and error is None:
            attrs |= json.loads(result.get("user_attrs", "{}"))
            for name, value in attrs.items():
                trial.set_user_attr(name, value)
            values = [float(result[f"objective_{i}"]) for i in range(len(spec.objectives))]
            study.tell(trial, values)
            states.append("COMPLETE")
        else:
            message = (error or "the Ray trial did not run")[:500]
            trial.set_user_attr(WORKER_ATTR, worker)
            trial.set_user_attr(ERROR_ATTR, message)
            study.tell(trial, state=optuna.trial.TrialState.FAIL)
            states.append("FAIL")
            errors.append(message)
        if on_progress is not None:
            on_progress(min(already + len(states), n_trials), n_trials)

    class Recorder(tune.Callback):
        def on_trial_complete(
            self, iteration: int, trials: list[Any], trial: Any, **info: Any
        ) -> None:
            record(dict(trial.config), dict(trial.last_result or {}), None)

        def on_trial_error(
            self, iteration: int, trials: list[Any], trial: Any, **info: Any
        ) -> None:
            record(dict(trial.config), None, str(getattr(trial, "error_file", None) or "error"))

    class CancelStopper(tune.Stopper):
        def __call__(self, trial_id: str, result: dict[str, Any]) -> bool:
            return False

        def stop_all(self) -> bool:
            if should_cancel is not None and should_cancel():
                cancelled["flag"] = True
            return cancelled["flag"]

    searcher = OptunaSearch(
        space=space,
        metric=[f"objective_{i}" for i in range(len(spec.objectives))]
        if spec.multi_objective
        else "objective_0",
        mode=[d[:3] for d in spec.directions] if spec.multi_objective else spec.directions[0][:3],
        sampler=make_sampler(spec),
        points_to_evaluate=[dict(t.params) for t in pending.values()] or None,
    )

    def trainable(config: dict[str, Any]) -> dict[str, Any]:
        return _evaluate(objective, config)

    with tempfile.TemporaryDirectory(prefix="kalkan-ray-") as results_dir:
        tuner = tune.Tuner(
            trainable,
            tune_config=tune.TuneConfig(
                search_alg=searcher,
                num_samples=to_run,
                max_concurrent_trials=max_concurrent,
                time_budget_s=timeout,
            ),
            run_config=tune.RunConfig(
                callbacks=[Recorder()],
                stop=CancelStopper(),
                verbose=0,
                storage_path=results_dir,
            ),
        )
        try:
            tuner.fit()
        except Exception as exc:
            raise InvalidAutoMLInput(f"the Ray Tune run failed: {exc}") from exc
    for leftover in list(pending.values()):  # cancelled or timed out before they ran
        tell(leftover, None, "the run stopped before this trial ran", {})
    pending.clear()
    elapsed = time.monotonic() - started
    reason: StopReason
    if cancelled["flag"]:
        reason = "cancelled"
    elif timeout is not None and elapsed >= timeout and len(states) < to_run:
        reason = "timeout"
    else:
        reason = "n_trials"
    return RunReport(
        study_id=study_id,
        worker=worker,
        trials_run=len(states),
        complete=states.count("COMPLETE"),
        pruned=0,
        failed=states.count("FAIL"),
        stopped_by=reason,
        elapsed_seconds=elapsed,
        last_error=errors[-1] if errors else None,
    )


def _key(params: dict[str, Any]) -> str:
    return json.dumps(params, sort_keys=True, default=str)
