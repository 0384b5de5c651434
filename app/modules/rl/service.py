"""RL domain logic: the model registry, training jobs, prediction and evaluation.

The web process only reads candles, writes registry rows and hands the CPU work (training,
inference, evaluation: torch and stable-baselines3) to the job runner's process pool
(``tasks``). Models are files under ``APP_MODEL_DIR/rl/<owner>/<id>.zip``; a row records their
sha256, which every load checks.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core import policy
from app.core.artifacts import sha256_hex
from app.core.config import Settings
from app.core.errors import Forbidden
from app.core.jobs import JobRunner
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.core.principals import Principal
from app.core.timeframes import TIMEFRAME_MS
from app.core.timeutil import utcnow
from app.modules.database.public import load_candles
from app.modules.rl import tasks
from app.modules.rl.bars import Bars, check_enough, needed_bars, to_bars
from app.modules.rl.errors import InsufficientData, ModelNotFound, ModelNotReady, RLInputError
from app.modules.rl.models import RLModel
from app.modules.rl.safezip import validate_archive
from app.modules.rl.schemas import (
    RLPredictRequest,
    RLSaveModelRequest,
    RLTrainRequest,
)
from app.modules.rl.specs import AlgoSpec, CandleRange, EnvSpec

TRAIN_JOB = "rl.train"
MAX_TRAIN_BARS = 200_000
MIN_TRAIN_STEPS = 64  # bars after the warm-up for a training range
MIN_TEST_BARS = 8
RANDOM_AGENTS = 5
PREDICT_EXTRA_BARS = 50


# ---------------------------------------------------------------- files and visibility


def model_root(settings: Settings) -> Path:
    return Path(settings.model_dir).resolve() / "rl"


def model_path(settings: Settings, owner_id: int, model_id: str) -> Path:
    return model_root(settings) / str(owner_id) / f"{model_id}.zip"


def stored_path(settings: Settings, relative: str) -> Path:
    return model_root(settings).parent / relative


def relative_path(settings: Settings, path: Path) -> str:
    return str(path.relative_to(model_root(settings).parent))


async def get_visible(session: AsyncSession, user: Principal, model_id: str) -> RLModel:
    """The caller's model, a published one, or any model for an admin; else 404."""
    row = await session.get(RLModel, model_id)
    if row is None or not (row.owner_id == user.user_id or row.published or user.is_admin):
        raise ModelNotFound(f"RL model {model_id} not found")
    return row


async def get_owned(session: AsyncSession, user: Principal, model_id: str) -> RLModel:
    row = await session.get(RLModel, model_id)
    if row is None or row.owner_id != user.user_id:
        raise ModelNotFound(f"RL model {model_id} not found")
    return row


async def _next_version(session: AsyncSession, owner_id: int, name: str) -> int:
    query = select(func.max(RLModel.version)).where(
        col(RLModel.owner_id) == owner_id, col(RLModel.name) == name
    )
    return int((await session.execute(query)).scalar_one_or_none() or 0) + 1


async def list_models(
    session: AsyncSession, user: Principal, page: PageRequest, *, mine_only: bool
) -> tuple[list[RLModel], str | None]:
    query = select(RLModel)
    if mine_only:
        query = query.where(col(RLModel.owner_id) == user.user_id)
    else:
        query = query.where(
            or_(col(RLModel.owner_id) == user.user_id, col(RLModel.published).is_(True))
        )
    query = newest_first(query, col(RLModel.created_at), col(RLModel.id), page, int_key=False)
    rows = list((await session.execute(query)).scalars())
    return rows[: page.limit], next_cursor_of(rows, page.limit, lambda m: (m.created_at, m.id))


async def publish(session: AsyncSession, user: Principal, model_id: str, value: bool) -> RLModel:
    if not user.is_admin:
        raise Forbidden("only an admin publishes models")
    row = await get_visible(session, user, model_id)
    if value and row.status != "ready":
        raise ModelNotReady(f"model {model_id} is {row.status}; only ready models are published")
    row.published, row.updated_at = value, utcnow()
    await session.commit()
    await session.refresh(row)
    return row


async def delete_model(
    session: AsyncSession, settings: Settings, jobs: JobRunner, user: Principal, model_id: str
) -> None:
    row = await get_owned(session, user, model_id)
    if row.status == "training" and row.job_id:
        job = await jobs.get(row.job_id, row.owner_id)
        if job.status in ("queued", "running"):
            await jobs.cancel(row.job_id, row.owner_id)
    path = row.path
    await session.delete(row)
    await session.commit()
    if path:
        shared = await session.execute(select(func.count()).where(col(RLModel.path) == path))
        if int(shared.scalar_one()) == 0:
            await asyncio.to_thread(stored_path(settings, path).unlink, missing_ok=True)


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


# ---------------------------------------------------------------- candles


def _tf_delta(timeframe: str, bars: int) -> timedelta:
    return timedelta(milliseconds=TIMEFRAME_MS[timeframe] * bars)


async def load_bars(
    session: AsyncSession,
    user_id: int,
    data: CandleRange,
    *,
    field: str = "body.data",
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = MAX_TRAIN_BARS,
) -> Bars:
    candles = await load_candles(
        session, data.exchange, data.symbol, data.timeframe,
        start if start is not None else data.start, end if end is not None else data.end,
        limit=limit + 1, user_id=user_id,
    )  # fmt: skip
    if len(candles) > limit:
        raise RLInputError(
            f"more than {limit} candles in the range; narrow it", field=field, type="too_many"
        )
    if not candles:
        raise InsufficientData(
            f"no {data.timeframe} candles for {data.symbol} on {data.exchange} in the range",
            field=field,
            type="too_few_candles",
        )
    return to_bars(candles, field)


async def latest_bars(session: AsyncSession, user_id: int, data: CandleRange, count: int) -> Bars:
    """The last ``count`` bars before ``data.end`` (now by default), from ``data.start`` if
    given; the look-back widens ×8 until enough bars are found (stored data may be old)."""
    end = data.end or utcnow()
    if data.start is not None:
        return await load_bars(session, user_id, data, start=data.start, end=end)
    span = count
    while True:
        start = end - _tf_delta(data.timeframe, span)
        candles = await load_candles(
            session, data.exchange, data.symbol, data.timeframe, start, end,
            limit=MAX_TRAIN_BARS, user_id=user_id,
        )  # fmt: skip
        if len(candles) >= count or span > 10_000 * count:
            break
        span *= 8
    if not candles:
        raise InsufficientData(
            f"no {data.timeframe} candles for {data.symbol} on {data.exchange} before {end}",
            field="body.data",
            type="too_few_candles",
        )
    return to_bars(candles[-count:], "body.data")


# ---------------------------------------------------------------- training


def _default_name(body: RLTrainRequest) -> str:
    return f"{body.algo.algo}-{body.data.symbol.replace('/', '-')}-{body.data.timeframe}"


def check_training_range(bars: Bars, body: RLTrainRequest) -> None:
    n = len(bars["times"])
    test = int((n - needed_bars(body.env.window, 0)) * body.holdout_fraction)
    check_enough(bars, body.env.window, MIN_TRAIN_STEPS + test, "body.data")
    if body.holdout_fraction > 0 and test < MIN_TEST_BARS:
        raise InsufficientData(
            f"the held-back share leaves {test} bars; at least {MIN_TEST_BARS} are needed",
            field="body.holdout_fraction",
            type="too_few_candles",
        )


async def start_training(
    session: AsyncSession, jobs: JobRunner, user: Principal, body: RLTrainRequest
) -> tuple[RLModel, str]:
    bars = await load_bars(session, user.user_id, body.data)
    check_training_range(bars, body)
    name = body.name or _default_name(body)
    row = RLModel(
        id=uuid.uuid4().hex,
        owner_id=user.user_id,
        kind=body.algo.algo,
        name=name,
        version=await _next_version(session, user.user_id, name),
        status="training",
        source="trained",
        params={
            "env": body.env.model_dump(mode="json"),
            "algo": body.algo.model_dump(mode="json"),
            "holdout_fraction": body.holdout_fraction,
            "data": body.data.model_dump(mode="json"),
            "multi_agent": body.multi_agent.model_dump() if body.multi_agent else None,
        },
    )
    session.add(row)
    await session.commit()
    job = await jobs.submit(TRAIN_JOB, {"model_id": row.id}, user.user_id)
    row.job_id = job.id
    await session.commit()
    await session.refresh(row)
    return row, job.id


def data_range(bars: Bars, data: CandleRange, split: int) -> dict[str, Any]:
    times = bars["times"]

    def at(index: int) -> str:
        return datetime.fromtimestamp(int(times[index]) / 1000, tz=utcnow().tzinfo).isoformat()

    n = len(times)
    return {
        "exchange": data.exchange,
        "symbol": data.symbol,
        "timeframe": data.timeframe,
        "train_start": at(0),
        "train_end": at(split - 1),
        "test_start": at(split) if split < n else None,
        "test_end": at(n - 1) if split < n else None,
        "train_bars": split,
        "test_bars": n - split,
    }


# ---------------------------------------------------------------- agents for the pool


async def descriptor(
    session: AsyncSession, settings: Settings, user: Principal, row: RLModel
) -> dict[str, Any]:
    """What a pool process needs to rebuild the agent: files, hashes and specs."""
    if row.status != "ready":
        raise ModelNotReady(f"model {row.id} is {row.status}")
    members = [row]
    if row.kind == "ensemble":
        members = []
        for member_id in row.params["members"]:
            member = await session.get(RLModel, member_id)
            if member is None or member.status != "ready":
                raise ModelNotReady(f"ensemble member {member_id} is gone or not ready")
            members.append(member)
    return {
        "kind": row.kind,
        "env": row.params["env"],
        "members": [
            {
                "path": str(stored_path(settings, m.path or "")),
                "sha256": m.sha256,
                "env": m.params["env"],
                "algo": m.params["algo"],
            }
            for m in members
        ],
    }


def action_names(env: EnvSpec) -> list[str]:
    names = ["flat"]
    names += [f"long_{level:g}x" for level in env.leverage_levels]
    names += [f"short_{level:g}x" for level in env.leverage_levels]
    return names


# ---------------------------------------------------------------- predict


async def predict(
    session: AsyncSession, settings: Settings, jobs: JobRunner, user: Principal,
    body: RLPredictRequest,
) -> dict[str, Any]:  # fmt: skip
    row = await get_visible(session, user, body.model_id)
    agent = await descriptor(session, settings, user, row)
    env = EnvSpec.model_validate(agent["env"])
    need = needed_bars(env.window, 1)
    symbol: str | None
    if body.candles is not None:
        bars = to_bars(body.candles, "body.candles")
        symbol = body.symbol
    else:
        assert body.data is not None
        bars = await latest_bars(session, user.user_id, body.data, need + PREDICT_EXTRA_BARS)
        symbol = body.data.symbol
    check_enough(bars, env.window, 1, "body.candles" if body.candles else "body.data")
    bars = {key: values[-(need + PREDICT_EXTRA_BARS) :] for key, values in bars.items()}
    decided = await jobs.run_in_process(tasks.predict_work, agent, bars)
    return gate(row.id, symbol, env, decided)


def gate(
    model_id: str, symbol: str | None, env: EnvSpec, decided: dict[str, Any]
) -> dict[str, Any]:
    """The white-hat rules on the agent's decision: below the confidence floor it is HOLD;
    a position-opening action carries the env's stop and a leverage within the cap."""
    floor = policy.min_confidence()
    chosen = env.label(decided["action"])
    gated = decided["confidence"] < floor
    exposure = 0.0 if gated else float(decided["exposure"])
    side = "HOLD" if gated or exposure == 0 else ("BUY" if exposure > 0 else "SELL")
    stop = decided["stop_loss"] if side != "HOLD" else None
    if side != "HOLD":
        policy.check_leverage(abs(exposure))
        policy.check_signal(side, decided["price"], decided["confidence"], stop, abs(exposure))
    return {
        "model_id": model_id,
        "symbol": symbol,
        "time": datetime.fromtimestamp(decided["time_ms"] / 1000, tz=utcnow().tzinfo),
        "price": decided["price"],
        "policy_action": chosen,
        "action": "hold" if gated else chosen,
        "side": side,
        "target_exposure": exposure,
        "leverage": abs(exposure) if exposure else 1.0,
        "confidence": decided["confidence"],
        "min_confidence": floor,
        "gated": gated,
        "probabilities": dict(zip(action_names(env), decided["probabilities"], strict=True)),
        "stop_loss": stop,
    }


# ---------------------------------------------------------------- performance


async def performance(
    session: AsyncSession, settings: Settings, jobs: JobRunner, user: Principal,
    model_id: str, start: datetime | None, end: datetime | None,
) -> dict[str, Any]:  # fmt: skip
    from app.modules.rl.charts import equity_chart

    row = await get_visible(session, user, model_id)
    agent = await descriptor(session, settings, user, row)
    env = EnvSpec.model_validate(agent["env"])
    data_raw = (row.data or {}) | {}
    source = row.params.get("data") or {}
    if not source and not data_raw:
        raise RLInputError(
            "this model has no recorded data range; give start and end", field="query.start"
        )
    data = CandleRange.model_validate(
        {k: source.get(k) or data_raw.get(k) for k in ("exchange", "symbol", "timeframe")}
    )
    begin = start or (
        datetime.fromisoformat(data_raw["test_start"]) if data_raw.get("test_start") else None
    )
    if begin is None:
        raise RLInputError("the model has no held-back range; give start", field="query.start")
    stop = end or (
        datetime.fromisoformat(data_raw["test_end"]) + _tf_delta(data.timeframe, 1)
        if data_raw.get("test_end")
        else None
    )
    warmup = begin - _tf_delta(data.timeframe, needed_bars(env.window, 0) + 1)
    bars = await load_bars(session, user.user_id, data, field="query.start", start=warmup, end=stop)
    check_enough(bars, env.window, 3, "query.start")
    start_ms = int(begin.timestamp() * 1000)
    result = await jobs.run_in_process(
        tasks.performance_work, agent, bars, start_ms, data.timeframe, RANDOM_AGENTS
    )
    times = [datetime.fromtimestamp(t / 1000, tz=utcnow().tzinfo) for t in result["times_ms"]]
    agent_out, hold, rand = result["agent"], result["buy_and_hold"], result["random"]
    return {
        "model_id": row.id,
        "symbol": data.symbol,
        "timeframe": data.timeframe,
        "start": times[0],
        "end": times[-1],
        "bars": len(times) - 1,
        "agent": agent_out,
        "buy_and_hold": hold,
        "random": rand,
        "beats_buy_and_hold": agent_out["total_return"] > hold["total_return"],
        "beats_random": agent_out["total_return"] > rand["mean_total_return"],
        "chart": equity_chart(times, result["curves"], f"{row.name} v{row.version}"),
    }


# ---------------------------------------------------------------- save / load


async def save_model(session: AsyncSession, user: Principal, body: RLSaveModelRequest) -> RLModel:
    if body.model_id is not None:
        source = await get_visible(session, user, body.model_id)
        if source.status != "ready":
            raise ModelNotReady(f"model {source.id} is {source.status}")
        row = RLModel(
            id=uuid.uuid4().hex, owner_id=user.user_id, kind=source.kind, name=body.name,
            version=await _next_version(session, user.user_id, body.name), status="ready",
            source=source.source, params=dict(source.params), data=source.data,
            metrics=source.metrics, sha256=source.sha256, path=source.path,
            size_bytes=source.size_bytes,
        )  # fmt: skip
    else:
        assert body.members is not None
        if len(set(body.members)) != len(body.members):
            raise RLInputError("members repeat a model", field="body.members")
        members = [await get_visible(session, user, m) for m in body.members]
        env0 = members[0].params.get("env")
        for index, member in enumerate(members):
            if member.status != "ready" or member.kind == "ensemble":
                raise RLInputError(
                    f"member {member.id} is {member.status} {member.kind}; members are ready "
                    "single models",
                    field=f"body.members.{index}",
                )
            if member.params.get("env") != env0:
                raise RLInputError(
                    "ensemble members must share one environment spec (window, actions, costs)",
                    field=f"body.members.{index}",
                )
        row = RLModel(
            id=uuid.uuid4().hex, owner_id=user.user_id, kind="ensemble", name=body.name,
            version=await _next_version(session, user.user_id, body.name), status="ready",
            source="ensemble", params={"env": env0, "members": body.members},
            data=members[0].data,
        )  # fmt: skip
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return row


async def verify_model(
    session: AsyncSession, settings: Settings, jobs: JobRunner, user: Principal, model_id: str
) -> tuple[RLModel, int]:
    """Load a registry model in a pool process: hash checked, agent rebuilt from weights."""
    row = await get_visible(session, user, model_id)
    agent = await descriptor(session, settings, user, row)
    total = 0
    for member in agent["members"]:
        total += await jobs.run_in_process(
            tasks.verify_registered_work, member["path"], member["sha256"], member["env"],
            member["algo"],
        )  # fmt: skip
    return row, total


async def upload_model(
    session: AsyncSession, settings: Settings, jobs: JobRunner, user: Principal,
    content: bytes, name: str, env: EnvSpec, algo: AlgoSpec,
) -> tuple[RLModel, int]:  # fmt: skip
    validate_archive(content, "file")
    parameters = await jobs.run_in_process(
        tasks.check_upload_work, content, env.model_dump(mode="json"), algo.model_dump(mode="json")
    )
    model_id = uuid.uuid4().hex
    path = model_path(settings, user.user_id, model_id)
    await asyncio.to_thread(_write, path, content)
    row = RLModel(
        id=model_id, owner_id=user.user_id, kind=algo.algo, name=name,
        version=await _next_version(session, user.user_id, name), status="ready",
        source="uploaded",
        params={"env": env.model_dump(mode="json"), "algo": algo.model_dump(mode="json")},
        sha256=sha256_hex(content), path=relative_path(settings, path), size_bytes=len(content),
    )  # fmt: skip
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return row, parameters
