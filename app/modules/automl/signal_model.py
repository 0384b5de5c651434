"""A small torch MLP that predicts next-bar direction, trained deterministically on the CPU.

Training is seeded (weights, dropout masks and batch order) and single-threaded, so the same
hyperparameters on the same data give bit-identical weights: a deployment can retrain the exact
model a trial scored.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    import numpy as np
    import torch

    from app.modules.automl.features import SignalDataset

Activation = Literal["relu", "tanh", "gelu", "silu"]


class MLPParams(BaseModel):
    """Architecture and training hyperparameters: one point of the signal-model search space."""

    n_layers: int = Field(ge=1, le=3)
    width: int = Field(ge=4, le=256)
    dropout: float = Field(ge=0.0, lt=0.9)
    activation: Activation = "relu"
    lr: float = Field(gt=0.0, le=1.0)
    weight_decay: float = Field(ge=0.0, le=1.0)
    batch_size: int = Field(ge=8, le=4096)
    epochs: int = Field(ge=1, le=100)


@dataclass(frozen=True)
class EpochStats:
    epoch: int
    train_loss: float
    val_loss: float
    val_accuracy: float
    val_sharpe: float

    def metric(self, name: str) -> float:
        return {
            "accuracy": self.val_accuracy,
            "log_loss": self.val_loss,
            "sharpe": self.val_sharpe,
        }[name]

    def metrics(self) -> dict[str, float]:
        return {
            "accuracy": self.val_accuracy,
            "log_loss": self.val_loss,
            "sharpe": self.val_sharpe,
            "train_loss": self.train_loss,
        }


@dataclass
class TrainedModel:
    model: Any  # torch.nn.Sequential
    params: MLPParams
    n_features: int
    history: list[EpochStats] = field(default_factory=list)

    @property
    def final(self) -> EpochStats:
        return self.history[-1]


def build_mlp(n_features: int, params: MLPParams) -> torch.nn.Sequential:
    from torch import nn

    activations: dict[str, type[nn.Module]] = {
        "relu": nn.ReLU,
        "tanh": nn.Tanh,
        "gelu": nn.GELU,
        "silu": nn.SiLU,
    }
    layers: list[nn.Module] = []
    width_in = n_features
    for _ in range(params.n_layers):
        layers += [nn.Linear(width_in, params.width), activations[params.activation]()]
        if params.dropout > 0:
            layers.append(nn.Dropout(params.dropout))
        width_in = params.width
    layers.append(nn.Linear(width_in, 1))  # one logit: P(next close > this close)
    return nn.Sequential(*layers)


@contextmanager
def _single_thread() -> Iterator[None]:
    # Tiny matmuls are faster on one thread, and thread count can change float summation order.
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def train_mlp(
    data: SignalDataset,
    params: MLPParams,
    *,
    seed: int,
    on_epoch: Callable[[EpochStats], None] | None = None,
) -> TrainedModel:
    """Train with AdamW on the training split, evaluating on validation after every epoch.

    ``on_epoch`` may raise (e.g. ``optuna.TrialPruned``) to stop training early.
    """
    import torch

    with _single_thread():
        torch.manual_seed(seed)
        generator = torch.Generator().manual_seed(seed)
        model = build_mlp(data.n_features, params)
        optimizer = torch.optim.AdamW(
            model.parameters(), lr=params.lr, weight_decay=params.weight_decay
        )
        loss_fn = torch.nn.BCEWithLogitsLoss()
        x_train = torch.from_numpy(data.x_train)
        y_train = torch.from_numpy(data.y_train)
        trained = TrainedModel(model, params, data.n_features)
        for epoch in range(params.epochs):
            model.train()
            order = torch.randperm(x_train.shape[0], generator=generator)  # within train only
            total, count = 0.0, 0
            for start in range(0, x_train.shape[0], params.batch_size):
                idx = order[start : start + params.batch_size]
                optimizer.zero_grad()
                loss = loss_fn(model(x_train[idx]).squeeze(-1), y_train[idx])
                loss.backward()
                optimizer.step()
                total += loss.item() * idx.shape[0]
                count += idx.shape[0]
            stats = _evaluate(model, data, epoch, total / count)
            trained.history.append(stats)
            if on_epoch is not None:
                on_epoch(stats)
        model.eval()
        return trained


def _evaluate(model: Any, data: SignalDataset, epoch: int, train_loss: float) -> EpochStats:
    probs = predict_proba(model, data.x_val)
    scores = validation_scores(probs, data)
    return EpochStats(
        epoch=epoch,
        train_loss=train_loss,
        val_loss=scores["log_loss"],
        val_accuracy=scores["accuracy"],
        val_sharpe=scores["sharpe"],
    )


def validation_scores(probs: np.ndarray, data: SignalDataset) -> dict[str, float]:
    """Accuracy, log loss and the Sharpe of trading the predicted direction, on validation
    (the same numbers for every model family)."""
    return probability_scores(probs, data.y_val, data.next_returns_val, data.bars_per_year)


def probability_scores(
    probs: np.ndarray, labels: np.ndarray, next_returns: np.ndarray, bars_per_year: float
) -> dict[str, float]:
    import numpy as np

    y = labels.astype(np.float64)
    p = np.clip(probs, 1e-7, 1 - 1e-7)
    log_loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    accuracy = float(np.mean((probs > 0.5) == (y > 0.5)))
    position = np.where(probs > 0.5, 1.0, -1.0)
    sharpe = annualised_sharpe(position * next_returns, bars_per_year)
    return {"accuracy": accuracy, "log_loss": log_loss, "sharpe": sharpe}


def annualised_sharpe(returns: np.ndarray, periods_per_year: float) -> float:
    import numpy as np

    sd = float(np.std(returns, ddof=1)) if returns.shape[0] > 1 else 0.0
    if sd == 0.0 or not math.isfinite(sd):
        return 0.0
    return float(np.mean(returns) / sd * math.sqrt(periods_per_year))


def predict_proba(model: Any, x: np.ndarray) -> np.ndarray:
    """P(up) per row of standardised features."""
    import torch

    model.eval()
    with torch.no_grad(), _single_thread():
        logits = model(torch.from_numpy(x)).squeeze(-1)
        return torch.sigmoid(logits).double().numpy()


def model_from_state_dict(
    state_dict: Mapping[str, Any], n_features: int, params: MLPParams
) -> torch.nn.Sequential:
    """Rebuild the architecture and load trained weights (strict: shapes must match)."""
    model = build_mlp(n_features, params)
    model.load_state_dict(state_dict)
    model.eval()
    return model


def continue_training(
    model: Any, x: np.ndarray, y: np.ndarray, params: MLPParams, *, epochs: int, seed: int
) -> Any:
    """A copy of ``model`` trained ``epochs`` more epochs on ``(x, y)`` (online update): same
    optimiser and loss as ``train_mlp``, seeded, batches shuffled within the new rows only."""
    import copy

    import torch

    with _single_thread():
        torch.manual_seed(seed)
        generator = torch.Generator().manual_seed(seed)
        updated = copy.deepcopy(model)
        optimizer = torch.optim.AdamW(
            updated.parameters(), lr=params.lr, weight_decay=params.weight_decay
        )
        loss_fn = torch.nn.BCEWithLogitsLoss()
        x_t, y_t = torch.from_numpy(x), torch.from_numpy(y)
        for _ in range(epochs):
            updated.train()
            order = torch.randperm(x_t.shape[0], generator=generator)
            for start in range(0, x_t.shape[0], params.batch_size):
                idx = order[start : start + params.batch_size]
                optimizer.zero_grad()
                loss_fn(updated(x_t[idx]).squeeze(-1), y_t[idx]).backward()
                optimizer.step()
        updated.eval()
        return updated
