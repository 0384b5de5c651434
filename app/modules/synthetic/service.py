"""The synthetic module's logic: the model registry, training jobs, generation, quality and
stress scenarios. Training and generation run in the job runner's process pool
(``training.py``): the web process never imports torch or arch.

Trust model of model files: a bundle is only ever read from the path its registry row names,
its sha256 is checked against the row before anything is deserialised, and it is deserialised
with ``torch.load(weights_only=True)`` (tensors and plain containers, no pickled code). There
is no upload of model files.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.artifacts import ArtifactInvalid, read_verified
from app.core.config import Settings
from app.core.jobs import JobRunner, JobStatus
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.core.principals import Principal
from app.core.timeframes import TIMEFRAME_MS
from app.core.timeutil import utcnow
from app.modules.synthetic import features, training
from app.modules.synthetic.config import get_synthetic_settings
from app.modules.synthetic.errors import (
    GenerationTooLarge,
    ModelFileInvalid,
    ModelNotFound,
    ModelNotReady,
    NotEnoughData,
    SyntheticInputError,
)
from app.modules.synthetic.market import load_market
from app.modules.synthetic.models import SynModel
from app.modules.synthetic.regimes import REGIMES
from app.modules.synthetic.schemas import (
    SyntheticDataRange,
    SyntheticGenerateRequest,
    SyntheticGenerateResult,
    SyntheticModelOut,
    SyntheticPathOut,
    SyntheticQualityReport,
    SyntheticRobustnessRequest,
    SyntheticTrainingEpoch,
    SyntheticTrainRequest,
)

JOB_KIND = "synthetic.train"
ROBUSTNESS_JOB_KIND = "synthetic.robustness"
SPEC_KEYS = (
    "window", "hidden", "layers", "embedding_epochs", "supervised_epochs", "joint_epochs",
    "batch_size", "learning_rate", "bootstrap_block", "seed",
)  # fmt: skip
HEADLINE = (
    "ks", "kurtosis_error", "acf_returns_error", "acf_abs_returns_error", "leverage_error",
    "discriminative", "predictive", "predictive_ratio",
)  # fmt: skip


# ---------------------------------------------------------------- registry


def _visible(user: Principal) -> Any:
    if user.is_admin:
        return true()
    return or_(col(SynModel.owner_id) == user.user_id, col(SynModel.published).is_(True))


async def get_model(session: AsyncSession, user: Principal, model_id: str) -> SynModel:
    """The model if the caller owns it, it is published, or the caller is an admin; else 404."""
    row = await session.get(SynModel, model_id)
    if row is None or not (user.is_admin or row.published or row.owner_id == user.user_id):
        raise ModelNotFound(f"synthetic model {model_id} not found")
    return row


async def own_model(session: AsyncSession, user: Principal, model_id: str) -> SynModel:
    """The caller's own model (admins: any) — for changes; a published model of someone else
    is 404 here too."""
    row = await session.get(SynModel, model_id)
    if row is None or not (user.is_admin or row.owner_id == user.user_id):
        raise ModelNotFound(f"synthetic model {model_id} not found")
    return row


async def list_models(
    session: AsyncSession,
    user: Principal,
    page: PageRequest,
    *,
    status: str | None = None,
    mine: bool = False,
    start: datetime | None = None,
    end: datetime | None = None,
) -> tuple[list[SynModel], str | None]:
    query = select(SynModel)
    query = (
        query.where(col(SynModel.owner_id) == user.user_id) if mine else query.where(_visible(user))
    )
    if status:
        query = query.where(col(SynModel.status) == status)
    if start:
        query = query.where(col(SynModel.created_at) >= start)
    if end:
        query = query.where(col(SynModel.created_at) < end)
    query = newest_first(query, col(SynModel.created_at), col(SynModel.id), page, int_key=False)
    rows = list((await session.execute(query)).scalars())
    return rows[: page.limit], next_cursor_of(rows, page.limit, lambda r: (r.created_at, r.id))


def _headline(report: dict[str, Any] | None) -> dict[str, Any] | None:
    if not report:
        return None
    return {
        "generators": {
            name: {key: row.get(key) for key in HEADLINE}
            for name, row in report["generators"].items()
        },
        "real_holdout": {key: report["real_holdout"].get(key) for key in HEADLINE},
        "best": report["best"],
        "verdict": report["verdict"],
    }


async def model_out(row: SynModel, jobs: JobRunner | None = None) -> SyntheticModelOut:
    progress = message = None
    if jobs is not None and row.job_id and row.status in ("queued", "training"):
        try:
            job = await jobs.get(row.job_id, None, admin=True)
            progress, message = job.progress, job.message
        except Exception:  # the job row is gone: the registry row still answers
            pass
    return SyntheticModelOut(
        id=row.id, module=row.module, kind=row.kind, name=row.name, version=row.version,
        status=row.status,
        published=row.published, owner_id=row.owner_id, params=row.params,
        data=SyntheticDataRange.model_validate(row.data), metrics=_headline(row.metrics),
        sha256=row.sha256, size_bytes=row.size_bytes, job_id=row.job_id,
        progress=progress if progress is not None else (1.0 if row.status == "ready" else None),
        message=message, error=row.error, created_at=row.created_at,
        finished_at=row.finished_at,
    )  # fmt: skip


async def publish(
    session: AsyncSession, model_id: str, published: bool, admin: Principal
) -> SynModel:
    row = await get_model(session, admin, model_id)
    if row.status != "ready" and published:
        raise ModelNotReady(model_id, row.status)
    row.published = published
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return row


async def delete_model(
    session: AsyncSession, jobs: JobRunner, user: Principal, model_id: str
) -> SynModel:
    row = await own_model(session, user, model_id)
    if row.job_id and row.status in ("queued", "training"):
        job = await jobs.get(row.job_id, None, admin=True)
        if job.status not in (JobStatus.succeeded, JobStatus.failed, JobStatus.cancelled):
            await jobs.cancel(row.job_id, None, admin=True)
    if row.path:
        await asyncio.to_thread(Path(row.path).unlink, missing_ok=True)
    await session.delete(row)
    await session.commit()
    return row


# ---------------------------------------------------------------- training


def model_path(model_dir: Path, owner_id: int, model_id: str) -> Path:
    return Path(model_dir) / "synthetic" / str(owner_id) / f"{model_id}.pt"


def _check_enough(market: training.MarketArrays, window: int) -> int:
    series = market.series()
    train_rows, test_rows = training.split_rows(series)
    n_train = len(features.windows(train_rows, window))
    n_test = len(features.windows(test_rows, window))
    needed = get_synthetic_settings().min_train_windows
    if n_train < needed or n_test < 2:
        raise NotEnoughData(
            "body.window",
            f"{len(market.ts)} bars give {n_train} training and {n_test} held-out windows of "
            f"{window} bars (gaps split windows); at least {needed} and 2 are needed: widen "
            "the range or shorten the window",
        )
    return n_train


async def start_training(
    session: AsyncSession,
    jobs: JobRunner,
    settings: Settings,
    owner_id: int,
    body: SyntheticTrainRequest,
) -> SynModel:
    """Validate the data (enough candles for the window, no NaN), register the model (its file
    will be ``APP_MODEL_DIR/synthetic/<owner>/<id>.pt``) and queue its training job."""
    limits = get_synthetic_settings()
    if body.start and body.end and body.end <= body.start:
        raise SyntheticInputError("body.end", "end must be after start", rule="time-range")
    market = await load_market(
        session, owner_id, body.exchange, body.symbols, body.timeframe, body.start, body.end,
        limits.max_train_bars,
    )  # fmt: skip
    _check_enough(market, body.window)
    latest = await session.execute(
        select(func.max(SynModel.version)).where(
            col(SynModel.owner_id) == owner_id, col(SynModel.name) == body.name
        )
    )
    version = int(latest.scalar() or 0) + 1
    stamps = market.ts
    row = SynModel(
        id=uuid.uuid4().hex, owner_id=owner_id, name=body.name, version=version,
        status="queued", params={key: getattr(body, key) for key in SPEC_KEYS},
        data={
            "exchange": body.exchange, "symbols": list(body.symbols),
            "timeframe": body.timeframe, "bars": len(stamps),
            "start": _iso(int(stamps[0])), "end": _iso(int(stamps[-1])),
            "request_start": body.start.isoformat() if body.start else None,
            "request_end": body.end.isoformat() if body.end else None,
        },
    )  # fmt: skip
    row.path = str(model_path(settings.model_dir, owner_id, row.id))
    session.add(row)
    await session.commit()
    job = await jobs.submit(JOB_KIND, {"model_id": row.id}, owner_id)
    row.job_id = job.id
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return row


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=utcnow().tzinfo).isoformat()


# ---------------------------------------------------------------- quality


async def quality_report(
    session: AsyncSession, user: Principal, model_id: str
) -> SyntheticQualityReport:
    row = await get_model(session, user, model_id)
    if row.status != "ready" or not row.metrics:
        raise ModelNotReady(model_id, row.status)
    history = [
        SyntheticTrainingEpoch(
            phase=h["phase"],
            epoch=h["epoch"],
            losses={k: v for k, v in h.items() if k not in ("phase", "epoch")},
        )
        for h in row.history or []
    ]
    return SyntheticQualityReport(model_id=row.id, history=history, **row.metrics)


# ---------------------------------------------------------------- generation


def read_bundle(row: SynModel) -> bytes:
    """The bundle's bytes, after its sha256 matched the registry's (422 otherwise)."""
    if not row.path or not row.sha256:
        raise ModelNotReady(row.id, row.status)
    try:
        return read_verified(row.path, row.sha256)
    except ArtifactInvalid as exc:
        problem = "the model file is missing" if exc.os_error is not None else None
        raise ModelFileInvalid(
            row.id, problem or "the file's sha256 does not match the registry"
        ) from None


def check_size(body: SyntheticGenerateRequest, n_symbols: int) -> None:
    limits = get_synthetic_settings()
    if body.n_paths > limits.max_paths:
        raise GenerationTooLarge("body.n_paths", f"at most {limits.max_paths} paths")
    if body.length > limits.max_length:
        raise GenerationTooLarge("body.length", f"at most {limits.max_length} bars per path")
    points = body.n_paths * body.length * n_symbols
    if points > limits.max_points:
        raise GenerationTooLarge(
            "body.n_paths",
            f"n_paths × length × symbols = {points} is above {limits.max_points}; ask for "
            "fewer or shorter paths",
        )


async def ready_model(session: AsyncSession, user: Principal, model_id: str) -> SynModel:
    try:
        row = await get_model(session, user, model_id)
    except ModelNotFound as exc:
        exc.errors = [_field("body.model_id", "no such model")]
        raise
    if row.status != "ready":
        raise ModelNotReady(model_id, row.status)
    return row


def _field(name: str, message: str) -> Any:
    from app.core.errors import field_error

    return field_error(name, message, "not-found")


async def generate(
    session: AsyncSession, jobs: JobRunner, user: Principal, body: SyntheticGenerateRequest
) -> SyntheticGenerateResult:
    check_size(body, 1)
    row = await ready_model(session, user, body.model_id)
    symbols = list(row.data["symbols"])
    check_size(body, len(symbols))
    if body.regime is not None and body.generator != "timegan":
        raise SyntheticInputError(
            "body.regime", "only TimeGAN is conditioned on regimes; the baselines are not",
            rule="regime-generator",
        )  # fmt: skip
    unknown = sorted(set(body.start_price or {}) - set(symbols))
    if unknown:
        raise SyntheticInputError(
            "body.start_price", f"the model has no {', '.join(unknown)}", rule="model-symbols"
        )
    blob = read_bundle(row)
    request = body.model_dump(include={"n_paths", "length", "seed", "generator", "regime"})
    request["start_price"] = body.start_price
    out = await jobs.run_in_process(training.generate_candles, blob, request)
    step = timedelta(milliseconds=TIMEFRAME_MS[row.data["timeframe"]])
    first = body.start_time or datetime.fromisoformat(row.data["end"]) + step
    labels = [REGIMES[int(i)] for i in out["labels"]]
    paths = [
        SyntheticPathOut(
            path=i,
            symbol=symbol,
            regime=labels[i],
            **{k: _floats(v[i]) for k, v in out["paths"][symbol].items()},
        )
        for i in range(body.n_paths)
        for symbol in symbols
    ]
    match = None
    if body.regime is not None:
        match = float(np.mean([label == body.regime for label in labels]))
    return SyntheticGenerateResult(
        model_id=row.id, generator=body.generator, regime=body.regime, seed=body.seed,
        timeframe=row.data["timeframe"], exchange=row.data["exchange"],
        ts=[first + step * k for k in range(body.length)], regime_match=match, paths=paths,
    )  # fmt: skip


def _floats(values: np.ndarray) -> list[float]:
    return [float(v) for v in values]


def to_csv(result: SyntheticGenerateResult) -> str:
    lines = ["path,symbol,regime,ts,open,high,low,close,volume"]
    stamps = [t.isoformat().replace("+00:00", "Z") for t in result.ts]
    for p in result.paths:
        for k, ts in enumerate(stamps):
            lines.append(
                f"{p.path},{p.symbol},{p.regime},{ts},{p.open[k]!r},{p.high[k]!r},"
                f"{p.low[k]!r},{p.close[k]!r},{p.volume[k]!r}"
            )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- robustness


async def start_robustness(
    session: AsyncSession, jobs: JobRunner, user: Principal, body: SyntheticRobustnessRequest
) -> str:
    """Check the model, the strategy and the white-hat rules here (422s), then queue the job;
    returns its id."""
    from app.modules.backtest.public import (
        BacktestSpec,
        StrategyError,
        check_spec_policy,
        validate_params,
    )

    row = await ready_model(session, user, body.model_id)
    if body.regime is not None and body.generator != "timegan":
        raise SyntheticInputError(
            "body.regime", "only TimeGAN is conditioned on regimes; the baselines are not",
            rule="regime-generator",
        )  # fmt: skip
    spec = body.backtest.model_dump(mode="json")
    try:
        spec["params"] = validate_params(body.backtest.strategy, body.backtest.params)
    except StrategyError as exc:
        raise SyntheticInputError("body.backtest.params", str(exc), rule="strategy") from None
    symbol = row.data["symbols"][0]
    check_spec_policy(
        BacktestSpec.model_validate(
            spec | {"symbols": [symbol], "timeframe": row.data["timeframe"]}
        ),
        "body.backtest",
    )
    step = TIMEFRAME_MS[row.data["timeframe"]]
    first = datetime.fromisoformat(row.data["end"]) + timedelta(milliseconds=step)
    request = body.model_dump(include={"n_paths", "length", "seed", "generator", "regime"})
    params = {
        "model_id": row.id, "request": request, "first_bar": first.isoformat(),
        "step_ms": step, "spec": spec | {"timeframe": row.data["timeframe"]},
    }  # fmt: skip
    job = await jobs.submit(ROBUSTNESS_JOB_KIND, params, user.user_id)
    return job.id
