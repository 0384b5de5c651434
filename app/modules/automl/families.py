"""Model families of the signal-model search: their search spaces, fitting and prediction.

Every family learns P(next bar closes up) from the same standardised features and is scored on
the same purged, time-ordered validation rows (``features.build_dataset``), so their scores
compare. A trial first picks a family (``family``, an Optuna categorical), then that family's
hyperparameters, named with the family's prefix (``rf_max_depth``, ``lgbm_num_leaves``, ...);
the torch MLP keeps its historical unprefixed names (``n_layers``, ``width``, ...). Optuna's
define-by-run API handles the conditional space; TPE models each parameter only on the trials
that sampled it.

Fits are deterministic (fixed seeds, one thread), so a deployment refits the exact model a
trial scored. sklearn and LightGBM are imported inside the functions (heavy libraries).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.modules.automl.signal_model import MLPParams, predict_proba, train_mlp
from app.modules.automl.specs import MODEL_FAMILIES, ModelFamily, SignalModelTarget

if TYPE_CHECKING:
    import numpy as np
    import optuna

    from app.modules.automl.features import SignalDataset

FAMILY_PARAM = "family"
PREFIX: dict[ModelFamily, str] = {
    "logistic": "logit_",
    "random_forest": "rf_",
    "hist_gb": "hgb_",
    "lightgbm": "lgbm_",
    "mlp": "",
}
# Families that update in place on new data (online learning); the rest refit on a window.
INCREMENTAL: frozenset[ModelFamily] = frozenset({"lightgbm", "mlp"})


def suggest_family(
    trial: optuna.Trial, families: list[ModelFamily], cfg: SignalModelTarget
) -> tuple[ModelFamily, dict[str, Any]]:
    """Sample a family and its hyperparameters; returns them without prefixes."""
    from app.modules.automl.search_spaces import suggest_mlp_params

    family: ModelFamily = trial.suggest_categorical(FAMILY_PARAM, tuple(families))  # type: ignore[assignment]
    if family == "mlp":
        return family, suggest_mlp_params(trial, cfg).model_dump()
    p = PREFIX[family]
    params: dict[str, Any]
    if family == "logistic":
        params = {"C": trial.suggest_float(p + "C", 1e-3, 1e2, log=True)}
    elif family == "random_forest":
        params = {
            "n_estimators": trial.suggest_int(p + "n_estimators", 10, 80, log=True),
            "max_depth": trial.suggest_int(p + "max_depth", 2, 12),
            "min_samples_leaf": trial.suggest_int(p + "min_samples_leaf", 1, 50, log=True),
            "max_features": trial.suggest_float(p + "max_features", 0.2, 1.0),
        }
    elif family == "hist_gb":
        params = {
            "learning_rate": trial.suggest_float(p + "learning_rate", 0.01, 0.3, log=True),
            "max_iter": trial.suggest_int(p + "max_iter", 20, 150, log=True),
            "max_leaf_nodes": trial.suggest_int(p + "max_leaf_nodes", 4, 63, log=True),
            "min_samples_leaf": trial.suggest_int(p + "min_samples_leaf", 5, 100, log=True),
            "l2_regularization": trial.suggest_float(p + "l2_regularization", 1e-6, 10.0, log=True),
        }
    else:
        params = {
            "n_estimators": trial.suggest_int(p + "n_estimators", 20, 150, log=True),
            "learning_rate": trial.suggest_float(p + "learning_rate", 0.01, 0.3, log=True),
            "num_leaves": trial.suggest_int(p + "num_leaves", 4, 63, log=True),
            "min_child_samples": trial.suggest_int(p + "min_child_samples", 5, 100, log=True),
            "reg_lambda": trial.suggest_float(p + "reg_lambda", 1e-6, 10.0, log=True),
        }
    return family, params


def default_params(family: ModelFamily, cfg: SignalModelTarget) -> dict[str, Any]:
    """A sensible starting configuration of ``family``, as a trial's stored parameters.

    A study over several families starts with one of these per family (enqueued trials, like
    auto-sklearn's and FLAML's initial points): otherwise TPE can settle on whichever family
    its first random draws happened to favour before a good configuration of another family
    was ever tried.
    """
    p = PREFIX[family]
    own: dict[str, Any]
    if family == "mlp":
        own = {
            "n_layers": 2, "width": 32, "dropout": 0.1, "activation": "relu", "lr": 1e-2,
            "weight_decay": 1e-4, "batch_size": 64, "epochs": cfg.max_epochs,
        }  # fmt: skip
    elif family == "logistic":
        own = {"C": 1.0}
    elif family == "random_forest":
        own = {"n_estimators": 50, "max_depth": 8, "min_samples_leaf": 5, "max_features": 0.5}
    elif family == "hist_gb":
        own = {
            "learning_rate": 0.1, "max_iter": 100, "max_leaf_nodes": 31, "min_samples_leaf": 20,
            "l2_regularization": 1e-3,
        }  # fmt: skip
    else:
        own = {
            "n_estimators": 100, "learning_rate": 0.1, "num_leaves": 31,
            "min_child_samples": 20, "reg_lambda": 1e-3,
        }  # fmt: skip
    return {FAMILY_PARAM: family, **{p + k: v for k, v in own.items()}}


def split_params(params: Mapping[str, Any]) -> tuple[ModelFamily, dict[str, Any]]:
    """A trial's stored parameters → (family, that family's unprefixed hyperparameters).
    Trials from before families existed have no ``family``: they are MLPs."""
    family = params.get(FAMILY_PARAM, "mlp")
    if family not in MODEL_FAMILIES:
        raise ValueError(f"unknown model family {family!r}")
    prefix = PREFIX[family]
    if family == "mlp":
        own = {k: v for k, v in params.items() if k in MLPParams.model_fields}
        return family, MLPParams.model_validate(own).model_dump()
    own = {k[len(prefix) :]: v for k, v in params.items() if k.startswith(prefix)}
    return family, own


@dataclass
class FittedModel:
    """One fitted model of any family, with P(up) predictions."""

    family: ModelFamily
    params: dict[str, Any]
    model: Any  # torch module | sklearn estimator | lightgbm.Booster
    train_loss: float | None = None

    def predict_up(self, x: np.ndarray) -> np.ndarray:
        return predict_up(self.family, self.model, x)


@contextmanager
def _one_thread() -> Iterator[None]:
    """OpenMP/BLAS on one thread: on a shared machine, spinning thread teams cost 50x on these
    small fits (HistGradientBoosting measured 0.2 s vs 10+ s); it also fixes summation order.
    threadpoolctl only reaches libraries already loaded, so import the estimators first."""
    import sklearn.ensemble  # noqa: F401  (loads sklearn's OpenMP runtime)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        yield


def predict_up(family: ModelFamily, model: Any, x: np.ndarray) -> np.ndarray:
    import numpy as np

    if family == "mlp":
        return predict_proba(model, x)
    if family == "lightgbm":
        return np.asarray(model.predict(x, num_threads=1), dtype=np.float64)
    with _one_thread():
        proba = model.predict_proba(x)
    classes = list(model.classes_)
    if 1.0 not in classes:  # only "down" was ever seen
        return np.zeros(x.shape[0])
    return np.asarray(proba[:, classes.index(1.0)], dtype=np.float64)


def lightgbm_params(params: Mapping[str, Any], seed: int) -> dict[str, Any]:
    return {
        "objective": "binary",
        "learning_rate": float(params["learning_rate"]),
        "num_leaves": int(params["num_leaves"]),
        "min_child_samples": int(params["min_child_samples"]),
        "reg_lambda": float(params["reg_lambda"]),
        "seed": seed,
        "deterministic": True,
        "force_col_wise": True,
        "num_threads": 1,
        "verbose": -1,
    }


def fit_family(
    family: ModelFamily,
    params: Mapping[str, Any],
    data: SignalDataset,
    *,
    seed: int,
    on_epoch: Any = None,
) -> FittedModel:
    """Fit ``family`` on the training rows of ``data`` (MLP: ``on_epoch`` as in ``train_mlp``)."""
    if family == "mlp":
        mlp = MLPParams.model_validate(params)
        trained = train_mlp(data, mlp, seed=seed, on_epoch=on_epoch)
        return FittedModel(family, mlp.model_dump(), trained.model, trained.final.train_loss)
    model = fit_arrays(family, params, data.x_train, data.y_train, seed=seed)
    fitted = FittedModel(family, dict(params), model)
    fitted.train_loss = _log_loss(fitted.predict_up(data.x_train), data.y_train)
    return fitted


def fit_arrays(
    family: ModelFamily,
    params: Mapping[str, Any],
    x: np.ndarray,
    y: np.ndarray,
    *,
    seed: int,
    init_model: Any = None,
) -> Any:
    """The sklearn / LightGBM model of ``family`` fitted on ``(x, y)``. LightGBM with
    ``init_model`` continues boosting from that booster (``n_estimators`` more rounds)."""
    import numpy as np

    if len(np.unique(y)) < 2:
        raise ValueError("the training labels have a single class")
    with _one_thread():
        return _fit(family, params, x, y, seed=seed, init_model=init_model)


def _fit(
    family: ModelFamily,
    params: Mapping[str, Any],
    x: np.ndarray,
    y: np.ndarray,
    *,
    seed: int,
    init_model: Any,
) -> Any:
    if family == "lightgbm":
        import lightgbm as lgb

        dataset = lgb.Dataset(x, label=y, params={"verbose": -1})
        return lgb.train(
            lightgbm_params(params, seed),
            dataset,
            num_boost_round=int(params["n_estimators"]),
            init_model=init_model,
        )
    if family == "logistic":
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=float(params["C"]), max_iter=1000).fit(x, y)
    if family == "random_forest":
        from sklearn.ensemble import RandomForestClassifier

        return RandomForestClassifier(
            n_estimators=int(params["n_estimators"]),
            max_depth=int(params["max_depth"]),
            min_samples_leaf=int(params["min_samples_leaf"]),
            max_features=float(params["max_features"]),
            random_state=seed,
            n_jobs=1,
        ).fit(x, y)
    if family == "hist_gb":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(
            learning_rate=float(params["learning_rate"]),
            max_iter=int(params["max_iter"]),
            max_leaf_nodes=int(params["max_leaf_nodes"]),
            min_samples_leaf=int(params["min_samples_leaf"]),
            l2_regularization=float(params["l2_regularization"]),
            early_stopping=False,
            random_state=seed,
        ).fit(x, y)
    raise ValueError(f"family {family!r} is not fitted on arrays")


def _log_loss(probs: np.ndarray, labels: np.ndarray) -> float:
    import numpy as np

    y = labels.astype(np.float64)
    p = np.clip(probs, 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
