"""Search spaces: how a trial samples a signal-model configuration or strategy parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.modules.automl.errors import InvalidAutoMLInput
from app.modules.automl.signal_model import MLPParams
from app.modules.automl.specs import ParamSchema, SignalModelTarget

if TYPE_CHECKING:
    import optuna

ACTIVATIONS = ("relu", "tanh", "gelu", "silu")
BATCH_SIZES = (64, 128, 256)  # smaller batches cost more time than they gain here


def suggest_mlp_params(trial: optuna.Trial, cfg: SignalModelTarget) -> MLPParams:
    """Architecture (depth, width, dropout, activation) and training (lr, weight decay, batch
    size, epochs). Width and rates are log-scaled: their effect is multiplicative."""
    return MLPParams(
        n_layers=trial.suggest_int("n_layers", 1, 3),
        width=trial.suggest_int("width", 8, 64, log=True),
        dropout=trial.suggest_float("dropout", 0.0, 0.5),
        activation=trial.suggest_categorical("activation", ACTIVATIONS),
        lr=trial.suggest_float("lr", 1e-4, 3e-2, log=True),
        weight_decay=trial.suggest_float("weight_decay", 1e-6, 1e-2, log=True),
        batch_size=trial.suggest_categorical("batch_size", BATCH_SIZES),
        epochs=trial.suggest_int("epochs", min(2, cfg.max_epochs), cfg.max_epochs),
    )


def suggest_strategy_params(trial: optuna.Trial, schema: list[ParamSchema]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for p in schema:
        if p.type == "int":
            assert p.min is not None and p.max is not None  # checked by ParamSchema
            step = int(p.step) if p.step and not p.log else 1
            params[p.name] = trial.suggest_int(p.name, int(p.min), int(p.max), step=step, log=p.log)
        elif p.type == "float":
            assert p.min is not None and p.max is not None
            if p.min == p.max:
                params[p.name] = float(p.min)
                continue
            float_step = None if p.log else p.step
            params[p.name] = trial.suggest_float(p.name, p.min, p.max, step=float_step, log=p.log)
        elif p.type == "bool":
            params[p.name] = trial.suggest_categorical(p.name, (False, True))
        else:
            assert p.choices
            params[p.name] = trial.suggest_categorical(p.name, tuple(p.choices))
    return params


def strategy_param_schema(strategy: str, given: list[ParamSchema]) -> list[ParamSchema]:
    """The search space for ``strategy``: the given schema, else the backtest module's own
    (``list_strategies()``). Unbounded numeric parameters keep their defaults (not tuned)."""
    if given:
        return given
    try:
        from app.modules.backtest.public import list_strategies
    except ImportError as exc:
        raise InvalidAutoMLInput(
            "no parameter schema given and the backtest module is not available"
        ) from exc
    info = next((_as_dict(s) for s in list_strategies() if _as_dict(s)["name"] == strategy), None)
    if info is None:
        raise InvalidAutoMLInput(f"unknown strategy {strategy!r}")
    schema = [
        ParamSchema.model_validate(p)
        for p in map(_as_dict, info.get("params", []))
        if p["type"] == "bool" or (p.get("min") is not None and p.get("max") is not None)
    ]
    tunable = [p for p in schema if p.type in ("bool", "choice") or p.min != p.max]
    if not info.get("optimisable", True) or not tunable:
        raise InvalidAutoMLInput(f"strategy {strategy!r} has no tunable parameters")
    return schema


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else value.model_dump()
