"""Backtest runs: checking and queueing requests, their persisted state, and the data they need
(candles from the store, stored signals).

Runs are rows of ``backtest_runs``; the work itself is a core job (see ``jobs``). A run's live
status and progress come from its job until the run row records the outcome. No FastAPI here:
the router parses and shapes, this module decides.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict, NotFound, field_error, invalid
from app.core.jobs import FINISHED, Job, JobRunner
from app.core.pagination import PageRequest, decode_cursor, next_cursor_of
from app.core.timeutil import utcnow
from app.modules.backtest.errors import located
from app.modules.backtest.metrics import bar_timedelta
from app.modules.backtest.models import BacktestRun
from app.modules.backtest.optimize import check_spec
from app.modules.backtest.rules import check_spec_policy
from app.modules.backtest.schemas import (
    FINAL_STATUSES,
    RESULT_MODELS,
    RUN_MODELS,
    BacktestMonteCarloRequest,
    BacktestOptimizeRequest,
    BacktestRunRequest,
    BacktestRunSummary,
    BacktestWalkForwardRequest,
    ResultView,
    RunKind,
)
from app.modules.backtest.specs import BacktestSpec
from app.modules.backtest.strategies import validate_params
from app.modules.database.public import CandleOut, load_candles, load_signals

JOB_KINDS: dict[str, str] = {
    "run": "backtest.run",
    "optimize": "backtest.optimize",
    "walkforward": "backtest.walkforward",
    "montecarlo": "backtest.montecarlo",
}
MIN_BARS = 3
_OMITTED = ("candles", "signals")


# ---------------------------------------------------------------- candles and signals


def inclusive_end(end: datetime | None) -> datetime | None:
    """The store's ``end`` is exclusive; a spec's ``end`` includes the bar opening at it."""
    return None if end is None else end + timedelta(milliseconds=1)  # ms: the store's resolution


def _window(start: datetime | None, end: datetime | None) -> str:
    return f"between {start.isoformat() if start else 'the first bar'} and " + (
        end.isoformat() if end else "the last bar"
    )


async def check_candles(
    session: AsyncSession,
    exchange: str,
    symbols: Sequence[str],
    timeframe: str,
    start: datetime | None,
    end: datetime | None,
    *,
    owner_id: int,
    field: str = "body.symbols",
) -> None:
    """404 naming the symbol when the caller's view of the store (the shared candles with the
    caller's own uploads over them) has fewer than three bars of it in the window."""
    for symbol in symbols:
        rows = await load_candles(
            session, exchange, symbol, timeframe, start, inclusive_end(end), limit=MIN_BARS,
            user_id=owner_id,
        )  # fmt: skip
        if len(rows) < MIN_BARS:
            message = (
                f"no {exchange} {symbol} {timeframe} candles stored {_window(start, end)} "
                f"({len(rows)} found, {MIN_BARS} needed); import them with POST "
                "/api/v1/candles/import or send inline candles"
            )
            raise NotFound(
                message, errors=[field_error(field, message, "no_candles")], symbol=symbol
            )


async def load_symbol_candles(
    session: AsyncSession,
    exchange: str,
    symbols: Sequence[str],
    timeframe: str,
    start: datetime | None,
    end: datetime | None,
    *,
    owner_id: int,
) -> dict[str, list[CandleOut]]:
    """``owner_id``'s view of the store: shared candles with the owner's uploads over them."""
    return {
        symbol: await load_candles(
            session, exchange, symbol, timeframe, start, inclusive_end(end), user_id=owner_id
        )
        for symbol in symbols
    }


async def stored_signals(
    session: AsyncSession,
    owner_id: int,
    symbols: Sequence[str],
    timeframe: str,
    start: datetime | None,
    end: datetime | None,
    strategy: str | None,
) -> list[dict[str, Any]]:
    """The caller's stored signals for ``symbols`` in the window, oldest first, in the shape of
    the backtest's ``BacktestSignalIn``. A signal may arrive until the last bar closes."""
    until = None if end is None else end + bar_timedelta(timeframe)
    only = symbols[0] if len(symbols) == 1 else None
    rows = await load_signals(session, owner_id, only, start, until, strategy)
    wanted = set(symbols)
    signals = [
        {
            "timestamp": row.timestamp,
            "side": row.side,
            "symbol": row.symbol,
            "stop_loss": row.stop_loss,
            "take_profit": row.take_profit,
            "confidence": row.confidence,
        }
        for row in rows
        if row.symbol in wanted
    ]
    if not signals:
        which = f" of strategy {strategy!r}" if strategy else ""
        message = (
            f"no stored signals{which} for {', '.join(symbols)} {_window(start, end)}; save "
            "some with POST /api/v1/signals/save or pass signals inline"
        )
        raise invalid("body.signals", message, type="signals")
    return signals


# ---------------------------------------------------------------- runs


def public_request(spec: dict[str, Any]) -> dict[str, Any]:
    """The stored request without bulky inline candles and signals (also inside ``base``)."""
    out = {key: value for key, value in spec.items() if key not in _OMITTED}
    if isinstance(out.get("base"), dict):
        out["base"] = public_request(out["base"])
    return out


async def create_run(
    session: AsyncSession,
    jobs: JobRunner,
    *,
    owner_id: int,
    kind: RunKind,
    spec: dict[str, Any],
    strategy: str | None,
    symbols: list[str],
    timeframe: str | None,
    exchange: str | None,
    parent_id: str | None = None,
) -> BacktestRun:
    """Record the run, then queue its job (the job reads the run, so the row comes first)."""
    run = BacktestRun(
        id=uuid.uuid4().hex,
        owner_id=owner_id,
        kind=kind,
        spec=spec,
        strategy=strategy,
        symbols=symbols,
        timeframe=timeframe,
        exchange=exchange,
        parent_id=parent_id,
    )
    session.add(run)
    await session.commit()
    try:
        job = await jobs.submit(JOB_KINDS[kind], {"run_id": run.id}, owner_id)
    except Exception:
        await session.execute(delete(BacktestRun).where(BacktestRun.id == run.id))  # type: ignore[arg-type]
        await session.commit()
        raise
    run.job_id = job.id
    session.add(run)
    await session.commit()
    return run


async def get_run(session: AsyncSession, owner_id: int, run_id: str) -> BacktestRun:
    run = await session.scalar(
        select(BacktestRun).where(BacktestRun.id == run_id, BacktestRun.owner_id == owner_id)  # type: ignore[arg-type]
    )
    if run is None:
        raise NotFound(f"backtest result {run_id} not found")
    return run


async def _jobs_of(session: AsyncSession, runs: Sequence[BacktestRun]) -> dict[str, Job]:
    ids = [run.job_id for run in runs if run.job_id and run.status not in FINAL_STATUSES]
    if not ids:
        return {}
    rows = await session.scalars(select(Job).where(Job.id.in_(ids)))  # type: ignore[attr-defined]
    return {job.id: job for job in rows}


def _state(run: BacktestRun, job: Job | None) -> dict[str, Any]:
    """Status, progress, message and error: the run row's once final, else its job's."""
    if run.status in FINAL_STATUSES:
        progress = 1.0 if run.status == "succeeded" else (job.progress if job else 0.0)
        return {"status": run.status, "progress": progress, "message": None, "error": run.error}
    if job is None:
        if run.job_id is None:
            return {"status": run.status, "progress": 0.0, "message": None, "error": None}
        return {
            "status": "failed",
            "progress": 0.0,
            "message": None,
            "error": "the run's job record no longer exists",
        }
    status = job.status if job.status in FINISHED else run.status
    if job.status == "running" and run.status == "queued":
        status = "running"
    if status == "succeeded":
        # Success is the run row's to record (it carries the result); until then, still running.
        status = "running"
    return {
        "status": status,
        "progress": job.progress,
        "message": job.message,
        "error": job.error if job.status in ("failed", "cancelled") else None,
    }


async def _heal(session: AsyncSession, run: BacktestRun, state: dict[str, Any]) -> None:
    """Persist an outcome only the job knew (cancelled while queued, process died, ...)."""
    if run.status not in FINAL_STATUSES and state["status"] in FINAL_STATUSES:
        await session.execute(
            update(BacktestRun)
            .where(BacktestRun.id == run.id, BacktestRun.status == run.status)  # type: ignore[arg-type]
            .values(status=state["status"], error=state["error"], finished_at=utcnow())
        )
        await session.commit()


def _fields(run: BacktestRun, state: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": run.id,
        "kind": run.kind,
        "job_id": run.job_id,
        "parent_id": run.parent_id,
        "strategy": run.strategy,
        "symbols": run.symbols,
        "timeframe": run.timeframe,
        "exchange": run.exchange,
        "summary": run.summary,
        "created_at": run.created_at,
        "finished_at": run.finished_at,
        **state,
    }


async def current_state(session: AsyncSession, run: BacktestRun) -> dict[str, Any]:
    jobs = await _jobs_of(session, [run])
    state = _state(run, jobs.get(run.job_id or ""))
    await _heal(session, run, state)
    return state


async def run_out(session: AsyncSession, run: BacktestRun, view: ResultView = "full") -> Any:
    """The run as its kind's response model, with the result once it succeeded (``full``) or
    only its headline numbers (``summary``)."""
    state = await current_state(session, run)
    model = RUN_MODELS[run.kind]
    full = view == "full" and state["status"] == "succeeded"
    return model.model_validate(
        {
            **_fields(run, state),
            "request": public_request(run.spec),
            "result": run.result if full else None,
            "view": view,
        }
    )


async def summary_out(session: AsyncSession, run: BacktestRun) -> BacktestRunSummary:
    jobs = await _jobs_of(session, [run])
    return BacktestRunSummary.model_validate(_fields(run, _state(run, jobs.get(run.job_id or ""))))


_SUMMARY_COLUMNS = (
    BacktestRun.id,
    BacktestRun.owner_id,
    BacktestRun.kind,
    BacktestRun.status,
    BacktestRun.job_id,
    BacktestRun.parent_id,
    BacktestRun.strategy,
    BacktestRun.symbols,
    BacktestRun.timeframe,
    BacktestRun.exchange,
    BacktestRun.summary,
    BacktestRun.error,
    BacktestRun.created_at,
    BacktestRun.finished_at,
)


async def history(
    session: AsyncSession,
    owner_id: int,
    *,
    kind: str | None,
    strategy: str | None,
    status: str | None,
    start: datetime | None,
    end: datetime | None,
    page: PageRequest,
) -> tuple[list[BacktestRunSummary], str | None]:
    """The caller's runs, newest first (keyset-paginated; specs and results are not loaded)."""
    query = select(*_SUMMARY_COLUMNS).where(BacktestRun.owner_id == owner_id)
    for column, value in (
        (BacktestRun.kind, kind),
        (BacktestRun.strategy, strategy),
        (BacktestRun.status, status),
    ):
        if value is not None:
            query = query.where(column == value)
    if start is not None:
        query = query.where(BacktestRun.created_at >= start)  # type: ignore[arg-type,operator]
    if end is not None:
        query = query.where(BacktestRun.created_at < end)  # type: ignore[arg-type,operator]
    if page.cursor:
        moment, run_id = decode_cursor(page.cursor)
        query = query.where(
            or_(
                BacktestRun.created_at < moment,  # type: ignore[arg-type,operator]
                and_(BacktestRun.created_at == moment, BacktestRun.id < run_id),  # type: ignore[arg-type]
            )
        )
    query = query.order_by(BacktestRun.created_at.desc(), BacktestRun.id.desc()).limit(
        page.limit + 1
    )
    rows = [BacktestRun(**row._mapping) for row in await session.execute(query)]
    next_cursor = next_cursor_of(rows, page.limit, lambda run: (run.created_at, run.id))
    rows = rows[: page.limit]
    jobs = await _jobs_of(session, rows)
    items = [
        BacktestRunSummary.model_validate(_fields(run, _state(run, jobs.get(run.job_id or ""))))
        for run in rows
    ]
    return items, next_cursor


async def delete_run(
    session: AsyncSession, jobs: JobRunner, owner_id: int, run_id: str
) -> BacktestRunSummary:
    """Delete one of the caller's runs, cancelling its job first if it is still going."""
    run = await get_run(session, owner_id, run_id)
    out = await summary_out(session, run)
    if run.job_id and out.status not in FINAL_STATUSES:
        with contextlib.suppress(Conflict, NotFound):  # finished or expired meanwhile
            await jobs.cancel(run.job_id, owner_id)
    await session.execute(delete(BacktestRun).where(BacktestRun.id == run.id))  # type: ignore[arg-type]
    await session.commit()
    return out


async def finished_backtest(session: AsyncSession, owner_id: int, run_id: str) -> BacktestRun:
    """One of the caller's succeeded runs of kind ``run`` (the input of a Monte Carlo run)."""
    run = await get_run(session, owner_id, run_id)
    if run.kind != "run":
        raise Conflict(f"{run_id} is a {run.kind} run; this needs a backtest (kind run)")
    return await _succeeded(session, run)


async def finished_run(session: AsyncSession, owner_id: int, run_id: str) -> BacktestRun:
    """One of the caller's succeeded runs of any kind (charts)."""
    return await _succeeded(session, await get_run(session, owner_id, run_id))


async def _succeeded(session: AsyncSession, run: BacktestRun) -> BacktestRun:
    run_id = run.id
    status = (await current_state(session, run))["status"]
    if status != "succeeded":
        raise Conflict(f"backtest {run_id} is {status}; it must have succeeded first")
    return run


# ---------------------------------------------------------------- requests → queued runs

WAIT_SECONDS = 5.0
SearchRequest = BacktestOptimizeRequest | BacktestWalkForwardRequest


async def _check_store(
    session: AsyncSession, owner_id: int, exchange: str, spec: BacktestSpec, field: str
) -> str:
    """The exchange the candles come from, after checking the store has them; '' if inline."""
    if spec.candles is not None:
        return ""
    await check_candles(
        session, exchange, spec.symbols, spec.timeframe, spec.start, spec.end,
        owner_id=owner_id, field=field,
    )  # fmt: skip
    return exchange


async def finish_or_pending(
    session: AsyncSession, jobs: JobRunner, run: BacktestRun, wait: bool
) -> tuple[Any, bool]:
    """The run's current state (waiting up to ``WAIT_SECONDS`` first with ``wait``) and whether
    it has finished."""
    if wait and run.job_id:
        await jobs.wait(run.job_id, WAIT_SECONDS)
        await session.refresh(run)
    out = await run_out(session, run)
    return out, out.status in FINAL_STATUSES


async def start_run(
    session: AsyncSession, jobs: JobRunner, owner_id: int, body: BacktestRunRequest
) -> BacktestRun:
    """Check a backtest request (white-hat rules, strategy, stored data) and queue it."""
    check_spec_policy(body, "body")
    signals = None
    if body.strategy == "signals" and not body.signals:
        signals = await stored_signals(
            session, owner_id, body.symbols, body.timeframe, body.start, body.end,
            body.signal_strategy,
        )  # fmt: skip
    spec = body.spec(signals)
    with located("body"):
        validate_params(spec.strategy, spec.params)
    exchange = await _check_store(session, owner_id, body.exchange, spec, "body.symbols")
    return await create_run(
        session,
        jobs,
        owner_id=owner_id,
        kind="run",
        spec=spec.model_dump(mode="json") | {"exchange": exchange},
        strategy=spec.strategy,
        symbols=spec.symbols,
        timeframe=spec.timeframe,
        exchange=exchange or None,
    )


async def start_search(
    session: AsyncSession,
    jobs: JobRunner,
    owner_id: int,
    body: SearchRequest,
    kind: Literal["optimize", "walkforward"],
) -> BacktestRun:
    """Check an optimisation or walk-forward request (rules, space, grid size) and queue it."""
    check_spec_policy(body.base, "body.base")
    with located("body.base", body.param_space, "body.param_space"):
        check_spec(body)
    exchange = await _check_store(session, owner_id, body.exchange, body.base, "body.base.symbols")
    return await create_run(
        session,
        jobs,
        owner_id=owner_id,
        kind=kind,
        spec=body.model_dump(mode="json", exclude={"exchange"}) | {"exchange": exchange},
        strategy=body.base.strategy,
        symbols=body.base.symbols,
        timeframe=body.base.timeframe,
        exchange=exchange or None,
    )


async def start_monte_carlo(
    session: AsyncSession, jobs: JobRunner, owner_id: int, body: BacktestMonteCarloRequest
) -> BacktestRun:
    """Queue a Monte Carlo resampling of one of the caller's finished backtests."""
    parent = await finished_backtest(session, owner_id, body.result_id)
    return await create_run(
        session,
        jobs,
        owner_id=owner_id,
        kind="montecarlo",
        spec=body.model_dump(mode="json"),
        strategy=parent.strategy,
        symbols=parent.symbols,
        timeframe=parent.timeframe,
        exchange=parent.exchange,
        parent_id=parent.id,
    )


async def chart(
    session: AsyncSession,
    owner_id: int,
    run_id: str,
    fmt: Literal["json", "html"],
    plotly_js_url: str,
) -> dict[str, Any] | str:
    """The Plotly figure of a finished run, or its HTML report loading plotly.js from
    ``plotly_js_url``."""
    from app.modules.backtest.charts import build_chart, chart_html

    run = await finished_run(session, owner_id, run_id)
    result = RESULT_MODELS[run.kind].model_validate(run.result)
    if fmt == "html":
        return await asyncio.to_thread(chart_html, result, plotly_js_url)  # type: ignore[arg-type]
    return await asyncio.to_thread(build_chart, result)  # type: ignore[arg-type]


def plotly_js() -> Path:
    from app.modules.backtest.charts import plotly_js_path

    return plotly_js_path()
