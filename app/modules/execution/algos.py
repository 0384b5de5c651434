"""TWAP, VWAP and iceberg as core jobs (``execution.algo``) over persistent ``exec_algos`` rows.

The row holds the parameters and the run's state (schedule, next slice, paused time, tape
watermark), written after every child, so a restarted process resumes the run where it stopped
(``resume_interrupted`` at start-up resubmits each running or paused algorithm whose job died
with the old process); nothing vanishes silently: a run that cannot go on ends ``failed`` with
its error, keeping what filled. Every child goes through ``service.place_order`` (origin
``algo``): kill switch → risk gate → broker → ledger.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
import weakref
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.errors import AppError, invalid
from app.core.jobs import JobCancelled, JobContext, JobRunner, JobStatus, job_handler
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.core.timeutil import utcnow
from app.modules.exchanges.public import MarketDataError, check_exchange, get_source
from app.modules.execution import schedule, service
from app.modules.execution.book import EPS, on_step, slippage_bps, snap_down
from app.modules.execution.config import get_execution_settings
from app.modules.execution.errors import AlgoNotFound, AlgoStateConflict, MarketRuleViolation
from app.modules.execution.models import ExecAlgo, ExecOrder
from app.modules.execution.specs import (
    FINAL_ALGO_STATUSES,
    FINAL_STATUSES,
    ExecutionAlgoBase,
    ExecutionAlgoOut,
    ExecutionIcebergIn,
    ExecutionOrderIn,
    ExecutionTwapIn,
    ExecutionVwapIn,
)

log = logging.getLogger("kalkan.execution.algos")
JOB_KIND = "execution.algo"
_states: weakref.WeakKeyDictionary[JobRunner, Any] = weakref.WeakKeyDictionary()
_worker_state: Any = None


def bind_state(runner: JobRunner, state: Any) -> None:
    """Jobs run by ``runner`` in this process use the app's state (source, kill switch)."""
    _states[runner] = state


def _state_for(ctx: JobContext) -> Any:
    """The app state of this process, or (a separate worker) one built from its settings."""
    global _worker_state
    state = _states.get(ctx.runner)
    if state is not None:
        return state
    if _worker_state is None:
        from app.core.config import get_settings
        from app.core.events import create_event_bus
        from app.core.halt import KillSwitch
        from app.modules.exchanges.public import build_from_settings

        settings = get_settings()
        events = create_event_bus(settings.redis_url, settings.cache_namespace)
        _worker_state = SimpleNamespace(
            db=ctx.db,
            cache=ctx.cache,
            kill_switch=KillSwitch(ctx.db, ctx.cache, events),
            market_data=build_from_settings(settings),
        )
    return _worker_state


# --- submitting ------------------------------------------------------------------------------


def _check_bounds(body: ExecutionAlgoBase, duration: float, slices: int | None) -> None:
    settings = get_execution_settings()
    if duration < settings.min_algo_seconds or duration > settings.max_algo_seconds:
        raise invalid(
            "body.duration_seconds",
            f"duration must be between {settings.min_algo_seconds:g} s and "
            f"{settings.max_algo_seconds:g} s",
        )
    if slices is not None and slices > settings.max_slices:
        raise invalid("body.slices", f"at most {settings.max_slices} slices")
    if slices is not None and duration / slices < body.tick_seconds / 10:
        raise invalid("body.slices", "slices are closer together than the algorithm can look")


async def _arrival(state: Any, body: ExecutionAlgoBase) -> tuple[str, float]:
    source = get_source(state)
    exchange = check_exchange(source, body.exchange or source.exchanges[0])
    book = await service.fetch_book(
        source, exchange, body.symbol, get_execution_settings().book_depth
    )
    mid = service._mid(book)
    if mid is None:
        raise MarketRuleViolation("book-liquidity", f"the {exchange} {body.symbol} book is empty")
    return exchange, mid


async def submit(
    state: Any,
    user_id: int,
    kind: str,
    body: ExecutionTwapIn | ExecutionVwapIn | ExecutionIcebergIn,
) -> ExecutionAlgoOut:
    settings = get_execution_settings()
    slices = None if isinstance(body, ExecutionIcebergIn) else body.slices
    _check_bounds(body, body.duration_seconds, slices)
    await state.kill_switch.check(user_id)
    exchange, arrival = await _arrival(state, body)
    rule = settings.rule_for(exchange, body.symbol)
    if not on_step(body.quantity, rule.step) or body.quantity + EPS < rule.min_qty:
        raise MarketRuleViolation(
            "lot-step" if body.quantity >= rule.min_qty else "min-quantity",
            f"{body.quantity:g} is off the lot step {rule.step:g} or below the minimum "
            f"{rule.min_qty:g} of {body.symbol}",
            field="body.quantity",
        )
    params = body.model_dump(mode="json")
    params["exchange"] = exchange
    plan: list[list[float]] = []
    if isinstance(body, ExecutionTwapIn):
        plan = [
            [s.at, s.quantity]
            for s in schedule.twap(
                body.quantity,
                body.duration_seconds,
                body.slices,
                randomize=body.randomize,
                seed=body.seed,
                step=rule.step,
            )
        ]
    elif isinstance(body, ExecutionVwapIn):
        profile = await _profile(state, exchange, body)
        params["profile"] = profile
        plan = [
            [s.at, s.quantity]
            for s in schedule.vwap(
                body.quantity, body.duration_seconds, body.slices, utcnow(), profile, step=rule.step
            )
        ]
    else:
        if abs(body.price / arrival - 1) > settings.max_limit_deviation:
            raise MarketRuleViolation(
                "price-band",
                f"price {body.price:g} is more than {settings.max_limit_deviation:.0%} from the "
                f"book mid {arrival:g}",
                field="body.price",
            )
        if body.visible_quantity + EPS < rule.min_qty:
            raise MarketRuleViolation(
                "min-quantity",
                "visible_quantity is below the market minimum",
                field="body.visible_quantity",
            )
    algo = ExecAlgo(
        id=uuid.uuid4().hex,
        user_id=user_id,
        kind=kind,
        status="running",
        params=params,
        state={
            "plan": plan,
            "next": 0,
            "arrival": arrival,
            "started": time.time(),
            "paused_total": 0.0,
            "paused_at": None,
            "mids": [],
            "tape_volume": 0.0,
            "tape_cost": 0.0,
            "resumes": 0,
            "max_visible": 0.0,
        },
    )
    async with state.db.session() as session:
        session.add(algo)
        await session.commit()
    job = await state.jobs.submit(JOB_KIND, {"algo_id": algo.id}, user_id)
    async with state.db.session() as session:
        row = await session.get(ExecAlgo, algo.id)
        assert row is not None
        row.job_id = job.id
        await session.commit()
        return await algo_out(session, row)


async def _profile(state: Any, exchange: str, body: ExecutionVwapIn) -> list[float]:
    """Hour-of-day volume shares from the candles store (the user's view)."""
    from app.modules.database.public import load_candles

    end = utcnow()
    async with state.db.session() as session:
        bars = await load_candles(
            session,
            exchange,
            body.symbol,
            body.profile_timeframe,
            end - timedelta(days=body.lookback_days),
            end,
        )
        if len(bars) < 24:  # nothing recent: the whole history the store has
            bars = await load_candles(session, exchange, body.symbol, body.profile_timeframe)
    if len(bars) < 24:
        raise MarketRuleViolation(
            "vwap-profile",
            f"the candles store has {len(bars)} {body.profile_timeframe} bars of {body.symbol} "
            f"on {exchange}; a volume profile needs at least a day",
            field="body.symbol",
        )
    return schedule.hour_profile([(b.ts, b.volume) for b in bars])


# --- reading and controlling -----------------------------------------------------------------


async def _children(session: AsyncSession, algo_id: str) -> list[ExecOrder]:
    query = select(ExecOrder).where(col(ExecOrder.parent_id) == algo_id).order_by(col(ExecOrder.id))
    return list((await session.execute(query)).scalars())


async def algo_out(session: AsyncSession, row: ExecAlgo) -> ExecutionAlgoOut:
    children = await _children(session, row.id)
    filled = sum(c.filled_quantity for c in children)
    cost = sum((c.average_price or 0.0) * c.filled_quantity for c in children)
    average = cost / filled if filled > EPS else None
    p, st = row.params, row.state
    arrival = st.get("arrival")
    if st.get("tape_volume", 0.0) > EPS:
        benchmark, bench_price = "vwap", st["tape_cost"] / st["tape_volume"]
    elif st.get("mids"):
        benchmark, bench_price = "twap", sum(st["mids"]) / len(st["mids"])
    else:
        benchmark, bench_price = None, None
    plan = st.get("plan") or []
    return ExecutionAlgoOut(
        id=row.id,
        kind=row.kind,
        status=row.status,
        job_id=row.job_id,
        symbol=p["symbol"],
        exchange=p.get("exchange"),
        side=p["side"],
        quantity=p["quantity"],
        filled_quantity=filled,
        filled_pct=filled / p["quantity"] * 100,
        average_price=average,
        fees=sum(c.fees for c in children),
        arrival_price=arrival,
        benchmark=benchmark,
        benchmark_price=bench_price,
        slippage_vs_arrival_bps=slippage_bps(p["side"], average, arrival),
        slippage_vs_benchmark_bps=slippage_bps(p["side"], average, bench_price),
        slices_planned=len(plan) if plan else None,
        plan=[(float(a), float(q)) for a, q in plan] if plan else None,
        slices_done=int(st.get("next", 0)) if plan else len(children),
        children=len(children),
        max_visible=st.get("max_visible") if row.kind == "iceberg" else None,
        resumes=int(st.get("resumes", 0)),
        error=row.error,
        params={k: v for k, v in p.items() if k != "profile"},
        report=row.report,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def _own(session: AsyncSession, user_id: int, algo_id: str) -> ExecAlgo:
    row = await session.get(ExecAlgo, algo_id)
    if row is None or row.user_id != user_id:
        raise AlgoNotFound(f"algorithm {algo_id} not found")
    return row


async def get_algo(session: AsyncSession, user_id: int, algo_id: str) -> ExecutionAlgoOut:
    return await algo_out(session, await _own(session, user_id, algo_id))


async def list_algos(
    session: AsyncSession, user_id: int, page: PageRequest, kind: str | None = None
) -> tuple[list[ExecutionAlgoOut], str | None]:
    query = select(ExecAlgo).where(col(ExecAlgo.user_id) == user_id)
    if kind:
        query = query.where(col(ExecAlgo.kind) == kind)
    query = newest_first(query, col(ExecAlgo.created_at), col(ExecAlgo.id), page, int_key=False)
    rows = list((await session.execute(query)).scalars())
    cursor = next_cursor_of(rows, page.limit, lambda r: (r.created_at, r.id))
    return [await algo_out(session, r) for r in rows[: page.limit]], cursor


async def pause(state: Any, user_id: int, algo_id: str) -> ExecutionAlgoOut:
    async with state.db.session() as session:
        row = await _own(session, user_id, algo_id)
        if row.status != "running":
            raise AlgoStateConflict(f"algorithm {algo_id} is {row.status}, not running")
        row.status = "paused"
        row.state = {**row.state, "paused_at": time.time()}
        row.updated_at = utcnow()
        await session.commit()
        return await algo_out(session, row)


async def resume(state: Any, user_id: int, algo_id: str) -> ExecutionAlgoOut:
    async with state.db.session() as session:
        row = await _own(session, user_id, algo_id)
        if row.status != "paused":
            raise AlgoStateConflict(f"algorithm {algo_id} is {row.status}, not paused")
        paused_at = row.state.get("paused_at") or time.time()
        row.state = {
            **row.state,
            "paused_at": None,
            "paused_total": row.state.get("paused_total", 0.0) + time.time() - paused_at,
        }
        row.status = "running"
        row.updated_at = utcnow()
        await session.commit()
        return await algo_out(session, row)


async def cancel(state: Any, user_id: int, algo_id: str) -> ExecutionAlgoOut:
    async with state.db.session() as session:
        row = await _own(session, user_id, algo_id)
        if row.status in FINAL_ALGO_STATUSES:
            raise AlgoStateConflict(f"algorithm {algo_id} is already {row.status}")
        job_id = row.job_id
    if job_id is not None:
        # the job may have ended already (e.g. interrupted); the row decides
        with contextlib.suppress(AppError):
            await state.jobs.cancel(job_id, user_id)
    await _finish(state, algo_id, "cancelled", "cancelled by the user")
    async with state.db.session() as session:
        return await algo_out(session, await _own(session, user_id, algo_id))


async def _finish(
    state: Any, algo_id: str, status: str, error: str | None = None
) -> dict[str, Any]:
    """Cancel open children, set the final status and write the execution report."""
    async with state.db.session() as session:
        row = await session.get(ExecAlgo, algo_id)
        assert row is not None
        user_id = row.user_id
        open_children = [
            c.id for c in await _children(session, algo_id) if c.status not in FINAL_STATUSES
        ]
    for child_id in open_children:
        assert child_id is not None
        with contextlib.suppress(AppError):
            await service.cancel_order(state, user_id, child_id, reason="parent algorithm ended")
    async with state.db.session() as session:
        row = await session.get(ExecAlgo, algo_id)
        assert row is not None
        if row.status in FINAL_ALGO_STATUSES:
            return row.report or {}
        out = await algo_out(session, row)
        row.status = status
        row.error = error
        report = out.model_dump(mode="json", exclude={"report", "params", "status", "error"})
        report["status"] = status
        report["error"] = error
        report["finished_at"] = utcnow().isoformat()
        row.report = report
        row.updated_at = utcnow()
        await session.commit()
        return report


# --- running ---------------------------------------------------------------------------------


class _Run:
    def __init__(self, state: Any, ctx: JobContext, algo_id: str) -> None:
        self.state, self.ctx, self.algo_id = state, ctx, algo_id

    async def load(self) -> ExecAlgo:
        async with self.state.db.session() as session:
            row = await session.get(ExecAlgo, self.algo_id)
        if row is None:
            raise AlgoNotFound(f"algorithm {self.algo_id} vanished")
        return row

    async def save(self, **changes: Any) -> None:
        async with self.state.db.session() as session:
            row = await session.get(ExecAlgo, self.algo_id)
            assert row is not None
            row.state = {**row.state, **changes}
            row.updated_at = utcnow()
            await session.commit()

    async def filled(self) -> float:
        async with self.state.db.session() as session:
            return sum(c.filled_quantity for c in await _children(session, self.algo_id))

    async def wait_running(self, tick: float) -> ExecAlgo | None:
        """The row once it is running (None when it ended); sleeps while paused."""
        while True:
            await self.ctx.check_cancelled()
            row = await self.load()
            if row.status in FINAL_ALGO_STATUSES:
                return None
            if row.status == "running":
                return row
            await asyncio.sleep(tick)

    def elapsed(self, row: ExecAlgo) -> float:
        st = row.state
        return time.time() - st["started"] - st.get("paused_total", 0.0)

    async def child(self, row: ExecAlgo, order: ExecutionOrderIn) -> Any:
        """Place one child with retries of transient failures (market data, broker)."""
        retries = int(row.params.get("max_retries", 3))
        for attempt in range(retries + 1):
            try:
                return await service.place_order(
                    self.state, row.user_id, order, origin="algo", parent_id=self.algo_id
                )
            except MarketDataError:
                if attempt >= retries:
                    raise
                await asyncio.sleep(min(2.0, 0.1 * 2**attempt))
        raise AssertionError("unreachable")

    def order(self, row: ExecAlgo, quantity: float, **extra: Any) -> ExecutionOrderIn:
        p = row.params
        return ExecutionOrderIn.model_validate(
            {
                "symbol": p["symbol"],
                "exchange": p["exchange"],
                "account": p["account"],
                "side": p["side"],
                "quantity": quantity,
                "leverage": p["leverage"],
                "stop_loss": p.get("stop_loss"),
                "take_profit": p.get("take_profit"),
                "confidence": p["confidence"],
                **extra,
            }
        )

    async def tape(self, row: ExecAlgo) -> tuple[float, float]:
        """(volume, quote) traded on the tape since the last look."""
        p = row.params
        source = get_source(self.state)
        mark = row.state.get("tape_mark")
        try:
            trades = await source.fetch_trades(p["exchange"], p["symbol"], since=mark)
        except (MarketDataError, AttributeError):
            return 0.0, 0.0
        fresh = [t for t in trades if mark is None or t.timestamp > mark]
        if trades:
            await self.save(tape_mark=trades[-1].timestamp)
        if mark is None:
            return 0.0, 0.0  # history before the run started
        return sum(t.amount for t in fresh), sum(t.amount * t.price for t in fresh)

    async def run_sliced(self) -> dict[str, Any]:
        row = await self.load()
        p = row.params
        tick = float(p["tick_seconds"])
        rule = get_execution_settings().rule_for(p["exchange"], p["symbol"])
        await self.tape(row)  # set the tape watermark
        filled = await self.filled()  # from the children: what a previous process did counts
        mids: list[float] = list(row.state.get("mids", []))
        while True:
            running = await self.wait_running(tick)
            if running is None:
                break
            row = running
            st, plan = row.state, row.state["plan"]
            i = int(st["next"])
            if i >= len(plan):
                break
            due = plan[i][0]
            wait = due - self.elapsed(row)
            if wait > 0:
                await asyncio.sleep(min(tick, wait))
                continue
            target_before = sum(q for _, q in plan[:i])
            remaining = p["quantity"] - filled
            if i == len(plan) - 1:
                quantity = remaining
            else:
                quantity = min(
                    schedule.catch_up(plan[i][1], target_before - filled, float(p["catch_up"])),
                    remaining,
                )
            volume, quote = await self.tape(row)
            cap = p.get("participation_cap")
            if cap is not None and volume > 0:
                quantity = min(quantity, cap * volume)
            if i == len(plan) - 1 and rule.step > 0:  # the rest, to the nearest lot
                quantity = round(quantity / rule.step) * rule.step
            else:
                quantity = snap_down(quantity, rule.step)
            # The slice counts as taken before its child goes out: a crash in between loses
            # the slice (the next slices catch it up) rather than sending it twice.
            await self.save(
                next=i + 1,
                mids=mids,
                tape_volume=st["tape_volume"] + volume,
                tape_cost=st["tape_cost"] + quote,
                lateness=[*st.get("lateness", []), self.elapsed(row) - due],
            )
            if quantity > EPS and quantity + EPS >= rule.min_qty:
                guard = p.get("limit_price")
                extra: dict[str, Any] = (
                    {"type": "limit", "price": guard, "time_in_force": "IOC"} if guard else {}
                )
                out = await self.child(row, self.order(row, quantity, **extra))
                filled += out.filled_quantity
                if out.arrival_price is not None:
                    mids.append(out.arrival_price)
            await self.ctx.progress(filled / p["quantity"], f"slice {i + 1}/{len(plan)}")
        await self.save(mids=mids)
        return await self.conclude()

    async def run_iceberg(self) -> dict[str, Any]:
        row = await self.load()
        p = row.params
        tick = float(p["tick_seconds"])
        rule = get_execution_settings().rule_for(p["exchange"], p["symbol"])
        source = get_source(self.state)
        current: int | None = row.state.get("child")
        while True:
            running = await self.wait_running(tick)
            if running is None:
                break
            row = running
            if self.elapsed(row) >= p["duration_seconds"]:
                break
            await service.sweep(self.state)
            async with self.state.db.session() as session:
                child = await session.get(ExecOrder, current) if current else None
                filled = sum(c.filled_quantity for c in await _children(session, self.algo_id))
            remaining = p["quantity"] - filled
            if remaining <= EPS * max(1.0, p["quantity"]):
                break
            price = float(p["price"])
            if p.get("peg") == "best":
                book = await source.fetch_order_book(p["exchange"], p["symbol"], 5)
                own = book.bids if p["side"] == "BUY" else book.asks
                if own:
                    best = own[0][0]
                    price = min(best, price) if p["side"] == "BUY" else max(best, price)
            if child is not None and child.status not in FINAL_STATUSES:
                moved = child.price and abs(price / child.price - 1) > float(p["repeg_threshold"])
                if not (p.get("peg") == "best" and moved):
                    await asyncio.sleep(tick)
                    continue
                assert child.id is not None
                await service.cancel_order(self.state, row.user_id, child.id, reason="re-pegged")
                async with self.state.db.session() as session:
                    filled = sum(c.filled_quantity for c in await _children(session, self.algo_id))
                remaining = p["quantity"] - filled
            show = snap_down(min(float(p["visible_quantity"]), remaining), rule.step)
            if show <= EPS or show + EPS < rule.min_qty:
                break
            out = await self.child(
                row,
                self.order(row, show, type="limit", price=price, time_in_force="GTC"),
            )
            current = out.id
            await self.save(child=current, max_visible=max(row.state.get("max_visible", 0.0), show))
            await self.ctx.progress(
                (filled + out.filled_quantity) / p["quantity"], f"child {out.id} shows {show:g}"
            )
            await asyncio.sleep(tick)
        return await self.conclude()

    async def conclude(self) -> dict[str, Any]:
        row = await self.load()
        if row.status in FINAL_ALGO_STATUSES:
            return row.report or {}
        filled = await self.filled()
        done = filled >= row.params["quantity"] - EPS * max(1.0, row.params["quantity"])
        return await _finish(self.state, self.algo_id, "succeeded" if done else "partial")


@job_handler(JOB_KIND)
async def run_algo(ctx: JobContext) -> dict[str, Any]:
    state = _state_for(ctx)
    run = _Run(state, ctx, str(ctx.params["algo_id"]))
    try:
        row = await run.load()
        if row.kind == "iceberg":
            return await run.run_iceberg()
        return await run.run_sliced()
    except JobCancelled:
        await _finish(state, run.algo_id, "cancelled", "cancelled")
        raise
    except asyncio.CancelledError:
        # Cancelled by the user (the job's cancel flag) ends the run; otherwise the process is
        # stopping: the row stays running and the next start-up resumes it.
        if await ctx.cancelled():
            await asyncio.shield(_finish(state, run.algo_id, "cancelled", "cancelled"))
        raise
    except AppError as exc:
        await _finish(state, run.algo_id, "failed", exc.detail or exc.title)
        raise
    except Exception as exc:
        await _finish(state, run.algo_id, "failed", f"{type(exc).__name__}: {exc}")
        raise


async def resume_interrupted(state: Any) -> int:
    """Resubmit every running or paused algorithm whose job is gone (the process running it
    stopped); an algorithm that cannot be resubmitted ends ``failed`` with the reason."""
    from app.core.jobs import Job

    resumed = 0
    async with state.db.session() as session:
        rows = list(
            (
                await session.execute(
                    select(ExecAlgo).where(col(ExecAlgo.status).in_(["running", "paused"]))
                )
            ).scalars()
        )
        jobs = {
            j.id: j
            for j in (
                await session.execute(
                    select(Job).where(col(Job.id).in_([r.job_id for r in rows if r.job_id]))
                )
            ).scalars()
        }
    for row in rows:
        job = jobs.get(row.job_id or "")
        if job is not None and job.status in (JobStatus.queued, JobStatus.running):
            continue  # a worker process still runs it
        try:
            new = await state.jobs.submit(JOB_KIND, {"algo_id": row.id}, row.user_id)
        except AppError as exc:
            await _finish(state, row.id, "failed", f"interrupted by a restart: {exc.detail}")
            continue
        async with state.db.session() as session:
            fresh = await session.get(ExecAlgo, row.id)
            assert fresh is not None
            fresh.job_id = new.id
            fresh.state = {**fresh.state, "resumes": int(fresh.state.get("resumes", 0)) + 1}
            await session.commit()
        resumed += 1
    return resumed
