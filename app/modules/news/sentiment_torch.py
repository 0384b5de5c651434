"""The torch side of the sentiment classifier: the MiniLM encoder with a classification head,
its training on cached lower-layer states, temperature scaling and batched inference.

Imported only inside functions (training CLI, the job's pool process, first inference), never
when the web process starts: this file imports torch and transformers at the top.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from torch import nn
from transformers import AutoModel, AutoTokenizer

from app.modules.news.sentiment_spec import (
    LABELS,
    SentimentTrainConfig,
    encoder_dir,
    file_sha256,
)
from app.modules.news.textnorm import normalize_text

WEIGHTS_FILE = "weights.safetensors"
META_FILE = "meta.json"


class MiniLMClassifier(nn.Module):
    """Mean-pooled MiniLM states → dropout → linear layer over the three labels."""

    def __init__(self, encoder: Any, n_labels: int = len(LABELS), dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = int(encoder.config.hidden_size)
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, n_labels)

    @staticmethod
    def pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        weights = mask.unsqueeze(-1).to(states.dtype)
        return (states * weights).sum(1) / weights.sum(1).clamp(min=1e-9)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return self.head(self.dropout(self.pool(states, attention_mask)))

    def top_forward(self, hidden: torch.Tensor, mask: torch.Tensor, first: int) -> torch.Tensor:
        """Logits from the states entering layer ``first`` (the layers below are frozen)."""
        additive = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
        for layer in self.encoder.encoder.layer[first:]:
            out = layer(hidden, attention_mask=additive)
            hidden = out[0] if isinstance(out, tuple) else out
        return self.head(self.dropout(self.pool(hidden, mask)))


def load_tokenizer() -> Any:
    return AutoTokenizer.from_pretrained(str(encoder_dir()), local_files_only=True)


def load_encoder(attn: str = "sdpa") -> Any:
    return AutoModel.from_pretrained(
        str(encoder_dir()), local_files_only=True, attn_implementation=attn
    )


def _tokenize(tokenizer: Any, texts: Sequence[str], max_length: int) -> dict[str, torch.Tensor]:
    return dict(
        tokenizer(
            list(texts),
            padding=True,
            truncation=True,
            max_length=max_length,
            return_tensors="pt",
        )
    )


def _length_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (little padding)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def logits_of(
    model: MiniLMClassifier,
    tokenizer: Any,
    texts: Sequence[str],
    *,
    max_length: int,
    batch_size: int = 64,
) -> np.ndarray:
    """Raw logits for already-normalised ``texts``, in order, in length-sorted batches."""
    if not texts:
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    lengths = [len(t) for t in texts]
    out = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
    model.eval()
    with torch.inference_mode():
        for batch in _length_batches(lengths, batch_size):
            enc = _tokenize(tokenizer, [texts[i] for i in batch], max_length)
            logits = model(enc["input_ids"], enc["attention_mask"])
            out[batch] = logits.float().numpy()
    return out


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """Temperature scaling (Guo et al. 2017): the T > 0 minimising the NLL of softmax(z / T)."""
    z = torch.tensor(logits, dtype=torch.float64)
    y = torch.tensor(labels, dtype=torch.long)
    log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(z / log_t.exp(), y)
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(log_t.exp().item())


def train_classifier(
    texts: Sequence[str],
    labels: Sequence[int],
    calib_texts: Sequence[str],
    calib_labels: Sequence[int],
    config: SentimentTrainConfig,
    *,
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[MiniLMClassifier, Any, float, dict[str, Any]]:
    """Fine-tune the head and the top ``config.top_layers`` encoder layers; returns the model,
    its tokenizer, the fitted temperature and training facts. Lower layers stay frozen, so their
    output is computed once and cached: an epoch runs only the trainable top."""
    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    if config.threads:
        torch.set_num_threads(config.threads)
    started = time.perf_counter()
    tokenizer = load_tokenizer()
    model = MiniLMClassifier(load_encoder(attn="eager"), dropout=config.dropout)
    n_layers = len(model.encoder.encoder.layer)
    top = min(config.top_layers, n_layers)
    first = n_layers - top
    for param in model.encoder.parameters():
        param.requires_grad = False
    for layer in model.encoder.encoder.layer[first:]:
        for param in layer.parameters():
            param.requires_grad = True

    # Cache the frozen part: the states entering layer ``first`` for every training text.
    lengths = [len(t) for t in texts]
    batches = _length_batches(lengths, config.batch_size)
    cached: list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]] = []
    model.eval()
    y_all = torch.tensor(list(labels), dtype=torch.long)
    with torch.no_grad():  # not inference_mode: the cached states feed autograd later
        for done, batch in enumerate(batches):
            enc = _tokenize(tokenizer, [texts[i] for i in batch], config.max_length)
            out = model.encoder(
                input_ids=enc["input_ids"],
                attention_mask=enc["attention_mask"],
                output_hidden_states=True,
            )
            hidden = out.hidden_states[first].clone()
            cached.append((hidden, enc["attention_mask"].clone(), y_all[batch].clone()))
            if on_progress:
                on_progress(0.2 * (done + 1) / len(batches))
            if should_cancel and should_cancel():
                raise InterruptedError("cancelled")
    cache_seconds = time.perf_counter() - started

    counts = np.bincount(np.asarray(labels), minlength=len(LABELS)).astype(np.float64)
    if config.class_weighting:
        weights = 1.0 / np.maximum(counts, 1.0) ** config.class_weight_power
        weights = weights / weights.sum() * len(LABELS)
    else:
        weights = np.ones(len(LABELS))
    loss_fn = nn.CrossEntropyLoss(
        weight=torch.tensor(weights, dtype=torch.float32), label_smoothing=config.label_smoothing
    )
    head_params = list(model.head.parameters())
    enc_params = [p for layer in model.encoder.encoder.layer[first:] for p in layer.parameters()]
    groups: list[dict[str, Any]] = [{"params": head_params, "lr": config.lr_head}]
    if enc_params:
        groups.append({"params": enc_params, "lr": config.lr_encoder})
    optimizer = torch.optim.AdamW(groups, weight_decay=config.weight_decay)
    total_steps = max(1, config.epochs * len(cached))
    warmup = max(1, int(0.06 * total_steps))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda step: min(
            (step + 1) / warmup, max(0.0, (total_steps - step) / (total_steps - warmup + 1e-9))
        ),
    )
    step = 0
    losses: list[float] = []
    model.train()
    for _epoch in range(config.epochs):
        epoch_loss = 0.0
        for index in rng.permutation(len(cached)):
            hidden, mask, y = cached[int(index)]
            logits = model.top_forward(hidden, mask, first)
            loss = loss_fn(logits, y)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_([p for g in groups for p in g["params"]], 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            epoch_loss += float(loss.item()) * len(y)
            if on_progress:
                on_progress(0.2 + 0.7 * step / total_steps)
            if should_cancel and should_cancel():
                raise InterruptedError("cancelled")
        losses.append(epoch_loss / max(1, len(texts)))
    model.eval()
    temperature = 1.0
    if len(calib_texts) >= len(LABELS):
        calib_logits = logits_of(model, tokenizer, calib_texts, max_length=config.max_length)
        temperature = fit_temperature(calib_logits, np.asarray(calib_labels))
    if on_progress:
        on_progress(1.0)
    facts = {
        "trained_layers": top,
        "train_examples": len(texts),
        "calibration_examples": len(calib_texts),
        "epoch_losses": losses,
        "cache_seconds": round(cache_seconds, 2),
        "train_seconds": round(time.perf_counter() - started, 2),
    }
    return model, tokenizer, temperature, facts


def trained_state(model: MiniLMClassifier, top_layers: int) -> dict[str, torch.Tensor]:
    """Only what training changed: the top layers and the head (the rest is the package's)."""
    n_layers = len(model.encoder.encoder.layer)
    prefixes = tuple(f"encoder.encoder.layer.{i}." for i in range(n_layers - top_layers, n_layers))
    return {
        name: tensor.detach().contiguous()
        for name, tensor in model.state_dict().items()
        if name.startswith(("head.", *prefixes))
    }


def save_model(
    directory: Path, model: MiniLMClassifier, top_layers: int, meta: dict[str, Any]
) -> str:
    """Write weights and meta into ``directory``; returns the weights' sha256."""
    directory.mkdir(parents=True, exist_ok=True)
    weights = directory / WEIGHTS_FILE
    save_file(trained_state(model, top_layers), str(weights))
    digest = file_sha256(weights)
    (directory / META_FILE).write_text(json.dumps({**meta, "sha256": digest}, indent=2))
    return digest


def load_model(directory: Path, expected_sha256: str | None, dropout: float = 0.1) -> Any:
    """The classifier stored in ``directory``: the packaged encoder with the trained tensors
    loaded over it, after checking their hash."""
    weights = directory / WEIGHTS_FILE
    digest = file_sha256(weights)
    if expected_sha256 and digest != expected_sha256:
        raise ValueError(f"{weights} has sha256 {digest}, the registry expects {expected_sha256}")
    model = MiniLMClassifier(load_encoder(attn="sdpa"), dropout=dropout)
    state = load_file(str(weights))
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or any(name.startswith("head.") for name in missing):
        raise ValueError(f"{weights} does not fit the classifier (unexpected {unexpected[:3]})")
    model.eval()
    return model


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def config_dict(config: SentimentTrainConfig) -> dict[str, Any]:
    return {
        k: (v if not isinstance(v, float) or math.isfinite(v) else None)
        for k, v in asdict(config).items()
    }


def normalize_all(texts: Sequence[str]) -> list[str]:
    return [normalize_text(t) or "." for t in texts]
