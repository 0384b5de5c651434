"""TimeGAN (Yoon, Jarrett & van der Schaar, NeurIPS 2019) in torch, small enough for a CPU.

Imports torch at module level: only the training/generation worker process imports this file
(``training.py`` does it inside its functions), never the web process.

Five GRU networks over windows of features min-max scaled to [0, 1]:

- embedder  E: features → latent h (sigmoid);     recovery R: h → features (sigmoid);
- generator G: noise z ~ U[0, 1) ⊕ regime → latent ê;
- supervisor S: latent ⊕ regime → the next step's latent (teaches G the step-to-step dynamics);
- discriminator D: latent ⊕ regime → real/fake logit per step.

Three phases, as in the paper: (1) autoencoder E/R on reconstruction, (2) S on the supervised
next-step loss over real latents, (3) joint: per iteration two G/S steps (adversarial loss on
S(G(z)) and on G(z), √supervised loss ×100, first- and second-moment loss ×100 — taken per
regime, see ``_moment_loss`` — our one change to the paper) each with an E/R
step (reconstruction + 0.1·supervised), then a D step when its loss is above 0.15.

The regime (``regimes.py``) is a one-hot condition appended to the inputs of G, S and D, so
``generate`` can be asked for a regime. Seeded and single-threaded: the same seed gives the same
weights and the same paths.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn

PHASES = ("embedding", "supervised", "joint")


@dataclass(frozen=True)
class TimeGANConfig:
    hidden: int = 24
    layers: int = 2
    embedding_epochs: int = 10
    supervised_epochs: int = 10
    joint_epochs: int = 10
    batch_size: int = 128
    learning_rate: float = 1e-3
    gamma: float = 1.0
    seed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Rnn(nn.Module):
    def __init__(self, n_in: int, hidden: int, n_out: int, layers: int, squash: bool) -> None:
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, n_out)
        self.squash = squash

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.out(self.rnn(x)[0])
        return torch.sigmoid(y) if self.squash else y


class TimeGAN(nn.Module):
    def __init__(self, n_features: int, n_conditions: int, hidden: int, layers: int) -> None:
        super().__init__()
        self.n_features, self.n_conditions = n_features, n_conditions
        self.embedder = _Rnn(n_features, hidden, hidden, layers, True)
        self.recovery = _Rnn(hidden, hidden, n_features, layers, True)
        self.generator = _Rnn(n_features + n_conditions, hidden, hidden, layers, True)
        self.supervisor = _Rnn(hidden + n_conditions, hidden, hidden, max(layers - 1, 1), True)
        self.discriminator = _Rnn(hidden + n_conditions, hidden, 1, layers, False)

    def supervise(self, h: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        return self.supervisor(torch.cat([h, c], dim=-1))

    def discriminate(self, h: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        return self.discriminator(torch.cat([h, c], dim=-1))

    def generate_latent(self, z: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        return self.generator(torch.cat([z, c], dim=-1))


@dataclass
class Scaler:
    low: np.ndarray
    high: np.ndarray

    @classmethod
    def fit(cls, windows: np.ndarray) -> Scaler:
        flat = windows.reshape(-1, windows.shape[-1])
        return cls(flat.min(axis=0), flat.max(axis=0))

    def scale(self, x: np.ndarray) -> np.ndarray:
        return (x - self.low) / np.where(self.high > self.low, self.high - self.low, 1.0)

    def unscale(self, x: np.ndarray) -> np.ndarray:
        return x * np.where(self.high > self.low, self.high - self.low, 1.0) + self.low


@dataclass
class Trained:
    model: TimeGAN
    scaler: Scaler
    config: TimeGANConfig
    history: list[dict[str, Any]] = field(default_factory=list)


class Cancelled(Exception):
    """Training was asked to stop."""


EpochCallback = Callable[[str, int, dict[str, float]], None]


def _seed(seed: int) -> None:
    torch.manual_seed(seed)
    np.random.seed(seed % 2**32)
    torch.use_deterministic_algorithms(True)


def _condition(labels: np.ndarray, n_conditions: int, length: int) -> torch.Tensor:
    c = np.zeros((len(labels), n_conditions), dtype="float32")
    c[np.arange(len(labels)), labels] = 1.0
    return torch.from_numpy(c)[:, None, :].expand(-1, length, -1)


def _moment_loss(x_hat: torch.Tensor, x: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """The paper's moment loss (|Δ std| + |Δ mean| over the batch, per step and feature),
    taken within each regime of the batch and weighted by its share: generated and real
    windows of the same condition are compared, so the generator learns each regime's drift
    and volatility, not only the pooled ones."""
    total = x.new_zeros(())
    for label in torch.unique(labels):
        mask = labels == label
        if int(mask.sum()) < 2:
            continue
        a, b = x_hat[mask], x[mask]
        share = mask.float().mean()
        moments = (a.std(dim=0) - b.std(dim=0)).abs().mean() + (
            a.mean(dim=0) - b.mean(dim=0)
        ).abs().mean()
        total = total + share * moments
    return total


def train(
    windows: np.ndarray,
    labels: np.ndarray,
    n_conditions: int,
    config: TimeGANConfig,
    on_epoch: EpochCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Trained:
    """Train on ``windows`` (n, length, features) with regime ``labels`` (n,)."""
    torch.set_num_threads(1)
    _seed(config.seed)
    scaler = Scaler.fit(windows)
    x_all = torch.from_numpy(scaler.scale(windows).astype("float32"))
    n, length, n_features = x_all.shape
    c_all = _condition(labels, n_conditions, length)
    labels_all = torch.from_numpy(np.asarray(labels, dtype="int64"))
    model = TimeGAN(n_features, n_conditions, config.hidden, config.layers)
    mse, bce = nn.MSELoss(), nn.BCEWithLogitsLoss()
    lr = config.learning_rate
    er_params = [*model.embedder.parameters(), *model.recovery.parameters()]
    opt_e = torch.optim.Adam(er_params, lr=lr)
    opt_s = torch.optim.Adam(model.supervisor.parameters(), lr=lr)
    opt_g = torch.optim.Adam([*model.generator.parameters(), *model.supervisor.parameters()], lr=lr)
    opt_d = torch.optim.Adam(model.discriminator.parameters(), lr=lr)
    shuffler = torch.Generator().manual_seed(config.seed)
    batch = max(1, min(config.batch_size, n))
    history: list[dict[str, Any]] = []

    def batches() -> list[torch.Tensor]:
        order = torch.randperm(n, generator=shuffler)
        return [order[i : i + batch] for i in range(0, n, batch)]

    def noise(size: int) -> torch.Tensor:
        return torch.rand(size, length, n_features, generator=shuffler)

    def supervised_loss(h: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        return mse(model.supervise(h, c)[:, :-1], h[:, 1:])

    def epoch_done(phase: str, epoch: int, sums: dict[str, float], count: int) -> None:
        losses = {k: v / max(count, 1) for k, v in sums.items()}
        history.append({"phase": phase, "epoch": epoch, **losses})
        if on_epoch is not None:
            on_epoch(phase, epoch, losses)
        if should_cancel is not None and should_cancel():
            raise Cancelled

    for epoch in range(1, config.embedding_epochs + 1):
        sums, count = {"reconstruction": 0.0}, 0
        for idx in batches():
            x = x_all[idx]
            loss = mse(model.recovery(model.embedder(x)), x)
            opt_e.zero_grad()
            (10 * torch.sqrt(loss)).backward()
            opt_e.step()
            sums["reconstruction"] += loss.item()
            count += 1
        epoch_done("embedding", epoch, sums, count)

    for epoch in range(1, config.supervised_epochs + 1):
        sums, count = {"supervised": 0.0}, 0
        for idx in batches():
            with torch.no_grad():
                h = model.embedder(x_all[idx])
            loss = supervised_loss(h, c_all[idx])
            opt_s.zero_grad()
            loss.backward()
            opt_s.step()
            sums["supervised"] += loss.item()
            count += 1
        epoch_done("supervised", epoch, sums, count)

    for epoch in range(1, config.joint_epochs + 1):
        sums = dict.fromkeys(
            ("generator", "supervised", "moments", "reconstruction", "discriminator"), 0.0
        )
        count = 0
        for idx in batches():
            x, c = x_all[idx], c_all[idx]
            for _ in range(2):
                # generator + supervisor
                h = model.embedder(x).detach()
                e_hat = model.generate_latent(noise(len(idx)), c)
                h_hat = model.supervise(e_hat, c)
                x_hat = model.recovery(h_hat)
                y_fake = model.discriminate(h_hat, c)
                y_fake_e = model.discriminate(e_hat, c)
                loss_u = bce(y_fake, torch.ones_like(y_fake))
                loss_u_e = bce(y_fake_e, torch.ones_like(y_fake_e))
                loss_s = supervised_loss(h, c)
                loss_v = _moment_loss(x_hat, x, labels_all[idx])
                loss_g = loss_u + config.gamma * loss_u_e + 100 * torch.sqrt(loss_s) + 100 * loss_v
                opt_g.zero_grad()
                loss_g.backward()
                opt_g.step()
                # embedder + recovery
                h = model.embedder(x)
                loss_r = mse(model.recovery(h), x)
                loss_e = 10 * torch.sqrt(loss_r) + 0.1 * supervised_loss(h, c)
                opt_e.zero_grad()
                loss_e.backward()
                opt_e.step()
            # discriminator
            with torch.no_grad():
                h = model.embedder(x)
                e_hat = model.generate_latent(noise(len(idx)), c)
                h_hat = model.supervise(e_hat, c)
            y_real = model.discriminate(h, c)
            y_fake = model.discriminate(h_hat, c)
            y_fake_e = model.discriminate(e_hat, c)
            loss_d = (
                bce(y_real, torch.ones_like(y_real))
                + bce(y_fake, torch.zeros_like(y_fake))
                + config.gamma * bce(y_fake_e, torch.zeros_like(y_fake_e))
            )
            if loss_d.item() > 0.15:
                opt_d.zero_grad()
                loss_d.backward()
                opt_d.step()
            sums["generator"] += loss_u.item()
            sums["supervised"] += loss_s.item()
            sums["moments"] += loss_v.item()
            sums["reconstruction"] += loss_r.item()
            sums["discriminator"] += loss_d.item()
            count += 1
        epoch_done("joint", epoch, sums, count)

    model.eval()
    return Trained(model, scaler, config, history)


def generate(
    trained: Trained,
    n_paths: int,
    length: int,
    regime: int | np.ndarray | None,
    seed: int,
    weights: np.ndarray | None = None,
) -> np.ndarray:
    """(n_paths, length, features) in feature units. ``regime``: one regime for every path, an
    array of one per path, or None to draw each path's regime from ``weights`` (uniform when
    omitted) with the seeded generator."""
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(seed)
    model = trained.model
    if regime is None:
        p = torch.full((model.n_conditions,), 1.0) if weights is None else torch.tensor(weights)
        labels = torch.multinomial(p.double(), n_paths, replacement=True, generator=gen).numpy()
    elif isinstance(regime, np.ndarray):
        labels = regime
    else:
        labels = np.full(n_paths, regime)
    c = _condition(labels, model.n_conditions, length)
    z = torch.rand(n_paths, length, model.n_features, generator=gen)
    with torch.no_grad():
        x = model.recovery(model.supervise(model.generate_latent(z, c), c)).numpy()
    return trained.scaler.unscale(x.astype("float64"))


# ---------------------------------------------------------------- (de)serialisation


def dumps(trained: Trained, extra: dict[str, Any]) -> bytes:
    """Weights, scaler and config as a torch file of tensors and plain values only (loadable
    with ``weights_only=True``: no pickled code)."""
    buffer = io.BytesIO()
    torch.save(
        {
            "state": trained.model.state_dict(),
            "scaler_low": torch.from_numpy(trained.scaler.low.copy()),
            "scaler_high": torch.from_numpy(trained.scaler.high.copy()),
            "config": trained.config.as_dict(),
            "shape": [trained.model.n_features, trained.model.n_conditions],
            "extra": extra,
        },
        buffer,
    )
    return buffer.getvalue()


def loads(blob: bytes) -> tuple[Trained, dict[str, Any]]:
    """The inverse of ``dumps``; ``weights_only=True`` refuses anything but tensors and plain
    containers, so a foreign file cannot run code."""
    data = torch.load(io.BytesIO(blob), map_location="cpu", weights_only=True)
    config = TimeGANConfig(**data["config"])
    n_features, n_conditions = data["shape"]
    model = TimeGAN(int(n_features), int(n_conditions), config.hidden, config.layers)
    model.load_state_dict(data["state"])
    model.eval()
    scaler = Scaler(data["scaler_low"].numpy(), data["scaler_high"].numpy())
    return Trained(model, scaler, config), data["extra"]


def parameter_count(trained: Trained) -> int:
    return sum(p.numel() for p in trained.model.parameters())


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
