"""What runs in the worker process: train a model bundle, generate from it, draw tail
scenarios. The web process only calls these through the job runner's process pool, so torch
and arch are imported here, inside the functions, never by the web process.

A bundle is one torch file (tensors and plain values only, loaded with ``weights_only=True``):
the TimeGAN's weights and scaler, the stationary bootstrap's source rows and the fitted
GARCH(1,1)-t, all fitted on the same training range, so every generator answers from the
same data and is measured on the same metrics.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import numpy as np

from app.core.artifacts import sha256_hex
from app.modules.synthetic import baselines, features, quality, regimes

T = TypeVar("T")
GENERATORS = ("timegan", "bootstrap", "garch_t")
TRAIN_SHARE = 0.8
EVAL_STRIDE_DIVISOR = 4


class TrainingStopped(Exception):
    """The job was cancelled between two epochs."""


@dataclass
class Board:
    """Progress shared with the job (a manager dict): ``fraction``, ``message``, ``stop``."""

    state: MutableMapping[str, Any]

    def report(self, fraction: float, message: str) -> None:
        self.state["fraction"] = float(fraction)
        self.state["message"] = message

    def should_cancel(self) -> bool:
        return bool(self.state.get("stop"))


@dataclass(frozen=True)
class MarketArrays:
    """Aligned candles of the assets: ``ts`` (bars,) epoch ms; per symbol high/low/close/volume."""

    ts: np.ndarray
    step_ms: int
    assets: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]

    def series(self) -> features.FeatureSeries:
        return features.feature_series(self.ts, self.step_ms, self.assets)


def split_rows(
    series: features.FeatureSeries,
) -> tuple[features.FeatureSeries, features.FeatureSeries]:
    """The first 80 % of rows to train on, the rest held out for the quality report."""
    cut = int(len(series.values) * TRAIN_SHARE)
    head = features.FeatureSeries(series.values[:cut], series.segment[:cut], series.symbols)
    tail = features.FeatureSeries(series.values[cut:], series.segment[cut:], series.symbols)
    return head, tail


TRAIN_NICENESS = 10


def run_niced(func: Callable[..., T], *args: Any, niceness: int = TRAIN_NICENESS) -> T:
    """``func(*args)`` on a thread of its own whose scheduling priority is lowered by
    ``niceness`` (Linux nice values are per thread), so a training yields the CPU to the web
    process on a busy machine. The pool process's own thread keeps its priority (an
    unprivileged process could not raise it back), so later pool work is unaffected. torch runs
    single-threaded here, so all its work happens on that thread."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            if niceness and hasattr(os, "setpriority"):
                tid = threading.get_native_id()
                os.setpriority(
                    os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + niceness
                )
            box["result"] = func(*args)
        except BaseException as exc:  # re-raised on the calling thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="synthetic-train")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return cast(T, box["result"])


def train_bundle_niced(
    market: MarketArrays, spec: dict[str, Any], board: Board | None = None
) -> dict[str, Any]:
    """``train_bundle`` at a lower CPU priority (what the training job runs)."""
    return run_niced(train_bundle, market, spec, board)


def train_bundle(
    market: MarketArrays, spec: dict[str, Any], board: Board | None = None
) -> dict[str, Any]:
    """Fit TimeGAN and both baselines on the training rows, report quality on the held-out
    rows; returns the bundle bytes, its sha256 and the report."""
    import torch

    from app.modules.synthetic import timegan

    started = time.perf_counter()
    length = int(spec["window"])
    seed = int(spec["seed"])
    config = timegan.TimeGANConfig(
        hidden=int(spec["hidden"]),
        layers=int(spec["layers"]),
        embedding_epochs=int(spec["embedding_epochs"]),
        supervised_epochs=int(spec["supervised_epochs"]),
        joint_epochs=int(spec["joint_epochs"]),
        batch_size=int(spec["batch_size"]),
        learning_rate=float(spec["learning_rate"]),
        seed=seed,
    )
    series = market.series()
    train_rows, test_rows = split_rows(series)
    train_windows = features.windows(train_rows, length)
    threshold = regimes.vol_threshold(train_windows)
    labels = regimes.label_windows(train_windows, threshold)
    counts = np.bincount(labels, minlength=regimes.N_REGIMES)
    total_epochs = config.embedding_epochs + config.supervised_epochs + config.joint_epochs
    done = [0]

    def on_epoch(phase: str, epoch: int, losses: dict[str, float]) -> None:
        done[0] += 1
        if board is not None:
            text = ", ".join(f"{k} {v:.4g}" for k, v in losses.items())
            board.report(0.9 * done[0] / max(total_epochs, 1), f"{phase} epoch {epoch}: {text}")

    def cancelled() -> bool:
        return board is not None and board.should_cancel()

    try:
        trained = timegan.train(
            train_windows, labels, regimes.N_REGIMES, config, on_epoch, cancelled
        )
    except timegan.Cancelled:
        raise TrainingStopped from None
    train_seconds = time.perf_counter() - started
    if board is not None:
        board.report(0.92, "fitting GARCH(1,1)-t and measuring quality")
    garch = baselines.fit_garch_t(train_rows.values)
    weights = counts / counts.sum()
    block = float(spec["bootstrap_block"])

    stride = max(1, length // EVAL_STRIDE_DIVISOR)
    eval_train = features.windows(train_rows, length, stride)
    eval_test = features.windows(test_rows, length, stride)
    n_eval = len(eval_train)
    rng = np.random.default_rng(seed)
    generated = {
        "timegan": timegan.generate(trained, n_eval, length, None, seed + 1, weights),
        "bootstrap": baselines.stationary_bootstrap(
            train_rows.values, train_rows.segment, n_eval, length, block, rng
        ),
        "garch_t": baselines.simulate_garch_t(garch, train_rows.values, n_eval, length, rng),
    }
    report = quality.report(eval_train, eval_test, generated, seed)
    report["regime_match"] = _regime_match(trained, length, threshold, seed)
    report["chart"] = quality_chart(report)

    last_close = {s: float(a[2][-1]) for s, a in market.assets.items()}
    last_volume = {s: float(a[3][-1]) for s, a in market.assets.items()}
    meta = {
        "symbols": list(series.symbols),
        "features": list(features.FEATURES),
        "window": length,
        "vol_threshold": threshold,
        "regime_weights": [float(w) for w in weights],
        "regime_counts": {r: int(c) for r, c in zip(regimes.REGIMES, counts, strict=True)},
        "garch": garch.as_dict(),
        "bootstrap_block": block,
        "last_close": last_close,
        "last_volume": last_volume,
        "train_windows": len(train_windows),
        "parameters": timegan.parameter_count(trained),
    }
    timing = {
        "train_seconds": train_seconds,
        "seconds_per_epoch": train_seconds / max(total_epochs, 1),
    }
    extra = {
        "meta": meta,
        "bootstrap_rows": torch.from_numpy(np.ascontiguousarray(train_rows.values)),
        "bootstrap_segment": torch.from_numpy(np.ascontiguousarray(train_rows.segment)),
    }
    blob = timegan.dumps(trained, extra)
    if board is not None:
        board.report(1.0, "done")
    return {
        "blob": blob,
        "sha256": sha256_hex(blob),
        "history": trained.history,
        "quality": report,
        "meta": meta | timing,  # timings stay out of the file: same seed, same bytes
    }


def _regime_match(trained: Any, length: int, threshold: float, seed: int) -> dict[str, float]:
    """Share of generated paths whose realised regime is the one asked for, per regime (0.25
    is chance): how well the condition took."""
    from app.modules.synthetic import timegan

    out = {}
    for index, name in enumerate(regimes.REGIMES):
        paths = timegan.generate(trained, 200, length, index, seed + 100 + index)
        out[name] = float((regimes.label_windows(paths, threshold) == index).mean())
    return out


def quality_chart(report: dict[str, Any]) -> dict[str, Any]:
    """A plotly figure (data + layout, plain JSON): ACF of |r| and of r by lag, real vs each
    generator."""
    lags = list(range(1, len(report["real"]["acf_abs_returns"]) + 1))
    data: list[dict[str, Any]] = [
        {"type": "scatter", "name": "real |r| ACF", "x": lags,
         "y": report["real"]["acf_abs_returns"], "line": {"color": "black"}},
        {"type": "scatter", "name": "real r ACF", "x": lags, "y": report["real"]["acf_returns"],
         "line": {"color": "black", "dash": "dot"}, "xaxis": "x2", "yaxis": "y2"},
    ]  # fmt: skip
    for name, row in report["generators"].items():
        data.append({"type": "scatter", "name": f"{name} |r| ACF", "x": lags,
                     "y": row["facts"]["acf_abs_returns"]})  # fmt: skip
        data.append({"type": "scatter", "name": f"{name} r ACF", "x": lags,
                     "y": row["facts"]["acf_returns"], "xaxis": "x2", "yaxis": "y2"})  # fmt: skip
    return {
        "data": data,
        "layout": {
            "title": {"text": "Stylised facts: real vs synthetic returns"},
            "grid": {"rows": 1, "columns": 2, "pattern": "independent"},
            "xaxis": {"title": {"text": "lag (|r|: volatility clustering)"}},
            "xaxis2": {"title": {"text": "lag (r: no linear autocorrelation)"}},
        },
    }


# ---------------------------------------------------------------- generation


def load_bundle(blob: bytes) -> tuple[Any, dict[str, Any]]:
    from app.modules.synthetic import timegan

    return timegan.loads(blob)


def generate_features(blob: bytes, request: dict[str, Any]) -> dict[str, Any]:
    """Features (n_paths, length, columns) from one of the bundle's generators, with each path's
    regime label (by the model's own labelling rule)."""
    trained, extra = load_bundle(blob)
    meta = extra["meta"]
    n, length, seed = int(request["n_paths"]), int(request["length"]), int(request["seed"])
    generator = request["generator"]
    regime = request.get("regime")
    rng = np.random.default_rng(seed)
    rows = extra["bootstrap_rows"].numpy()
    if generator == "timegan":
        from app.modules.synthetic import timegan

        index = None if regime is None else regimes.regime_index(regime)
        values = timegan.generate(
            trained, n, length, index, seed, np.asarray(meta["regime_weights"])
        )
    elif generator == "bootstrap":
        segment = extra["bootstrap_segment"].numpy()
        values = baselines.stationary_bootstrap(
            rows, segment, n, length, float(meta["bootstrap_block"]), rng
        )
    else:
        values = baselines.simulate_garch_t(
            baselines.GarchT(**meta["garch"] | {"columns": int(meta["garch"]["columns"])}),
            rows, n, length, rng,
        )  # fmt: skip
    labels = regimes.label_windows(values, float(meta["vol_threshold"]))
    return {"values": values, "labels": labels, "meta": meta}


def generate_candles(blob: bytes, request: dict[str, Any]) -> dict[str, Any]:
    """OHLCV paths per symbol, rebuilt from generated features and the start prices."""
    out = generate_features(blob, request)
    meta = out["meta"]
    starts = request.get("start_price") or {}
    paths = {}
    for asset, symbol in enumerate(meta["symbols"]):
        candles = features.rebuild_ohlcv(
            out["values"],
            float(starts.get(symbol, meta["last_close"][symbol])),
            float(meta["last_volume"][symbol]),
            asset,
        )
        paths[symbol] = {
            name: getattr(candles, name) for name in ("open", "high", "low", "close", "volume")
        }
    return {"paths": paths, "labels": out["labels"], "symbols": meta["symbols"]}


def tail_scenarios(blob: bytes, request: dict[str, Any]) -> dict[str, Any]:
    """Rare events by selection: draw ``candidates`` paths (TimeGAN: of the crash regime
    ``bear_high_vol``; a baseline: unconditionally), keep the ``n`` with the largest drawdown of
    the first asset. Each kept path has probability 1/candidates under the (conditional) model;
    its ``exceedance`` is the share of candidates whose drawdown is at least as deep."""
    generator = request.get("generator", "timegan")
    regime = "bear_high_vol" if generator == "timegan" else None
    request = {**request, "generator": generator, "regime": regime,
               "n_paths": int(request["candidates"])}  # fmt: skip
    out = generate_candles(blob, request)
    first = out["paths"][out["symbols"][0]]
    close = first["close"]
    start = first["open"][:, :1]
    relative = np.concatenate([np.ones((len(close), 1)), close / start], axis=1)
    drawdown = (1 - relative / np.maximum.accumulate(relative, axis=1)).max(axis=1)
    order = np.argsort(-drawdown)[: int(request["n"])]
    candidates = len(close)
    return {
        "paths": {s: {k: v[order] for k, v in p.items()} for s, p in out["paths"].items()},
        "drawdown": drawdown[order],
        "probability": np.full(len(order), 1.0 / candidates),
        "exceedance": np.array([(drawdown >= drawdown[i]).mean() for i in order]),
        "candidates": candidates,
    }
