"""The ``onchain.ingest`` core job: one chain, a block range, from the configured node.

Submission checks the range against the stored tip and the node's (so a gap, an empty range or a
range of millions is a 422 before any work is queued) and refuses a second concurrent ingest of
the same chain (409). The job resumes at the stored tip + 1 and rolls back on a reorg.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import col

from app.core.db import Database
from app.core.events import EventBus
from app.core.jobs import ACTIVE, Job, JobContext, JobRunner, job_handler
from app.modules.onchain import alerts, chainstore
from app.modules.onchain.addresses import Chain
from app.modules.onchain.config import OnchainSettings, current_onchain_settings
from app.modules.onchain.errors import (
    BlockRangeInvalid,
    BlockRangeTooLarge,
    IngestRunning,
    NodeNotConfigured,
)
from app.modules.onchain.ingest_btc import BtcIngester
from app.modules.onchain.ingest_eth import EthIngester
from app.modules.onchain.nodes import node_client

KIND = "onchain.ingest"
_bus: list[EventBus] = []


def bind_event_bus(bus: EventBus | None) -> None:
    """The bus alerts go to from jobs run in this process (set at start-up)."""
    _bus.clear()
    if bus is not None:
        _bus.append(bus)


async def plan(
    db: Database, settings: OnchainSettings, chain: Chain, start: int | None, end: int | None
) -> tuple[int, int]:
    """The block range a job will cover, checked against the stored and the node's tips."""
    if chain not in (Chain.eth, Chain.btc):
        raise NodeNotConfigured(f"no ingester for {chain}: ingest eth or btc")
    async with db.session() as session:
        stored = await chainstore.tip(session, chain)
    async with node_client(settings, chain) as rpc:
        node_tip = await (
            EthIngester(db, rpc, logs_span=1, reorg_depth=1)
            if chain is Chain.eth
            else BtcIngester(db, rpc, batch=1, reorg_depth=1)
        ).node_tip()
    if stored is not None:
        resume = stored.number + 1
        if start is not None and start > resume:
            raise BlockRangeInvalid(
                f"{chain}: start {start} would leave a gap after the stored tip {stored.number}",
                field="body.start",
            )
        first = resume if start is None else max(start, resume)
    elif start is None:
        raise BlockRangeInvalid(f"{chain}: nothing stored yet; give start", field="body.start")
    else:
        first = start
    last = node_tip if end is None else end
    if last > node_tip:
        raise BlockRangeInvalid(
            f"{chain}: end {last} is beyond the node's tip {node_tip}", field="body.end"
        )
    if last < first:
        raise BlockRangeInvalid(
            f"{chain}: nothing to ingest ({first} > {last}; stored tip "
            f"{stored.number if stored else 'none'})",
            field="body.end",
        )
    if last - first + 1 > settings.max_blocks_per_job:
        raise BlockRangeTooLarge(
            f"{chain}: {last - first + 1} blocks in one job; at most "
            f"{settings.max_blocks_per_job} (APP_ONCHAIN_MAX_BLOCKS_PER_JOB)",
            field="body.end",
        )
    return first, last


async def submit(
    jobs: JobRunner, chain: Chain, start: int | None, end: int | None, owner_id: int
) -> Job:
    settings = current_onchain_settings()
    async with jobs.db.session() as session:
        running = (
            await session.execute(
                select(Job).where(col(Job.kind) == KIND, col(Job.status).in_(ACTIVE))
            )
        ).scalars()
        if any(job.params.get("chain") == chain for job in running):
            raise IngestRunning(f"an ingest of {chain} is already queued or running")
    first, last = await plan(jobs.db, settings, chain, start, end)
    return await jobs.submit(KIND, {"chain": str(chain), "start": first, "end": last}, owner_id)


@job_handler(KIND)
async def run_ingest(ctx: JobContext) -> dict[str, Any]:
    settings = current_onchain_settings()
    chain = Chain(ctx.params["chain"])
    start, end = int(ctx.params["start"]), int(ctx.params["end"])
    async with ctx.db.session() as session:
        stored = await chainstore.tip(session, chain)
    if stored is not None and stored.number + 1 > start:
        start = stored.number + 1  # resumed: another job got further meanwhile
    bus = _bus[0] if _bus else None
    detector = alerts.AlertDetector(settings, chain)
    async with node_client(settings, chain) as rpc:
        ingester: EthIngester | BtcIngester
        if chain is Chain.eth:
            ingester = EthIngester(
                ctx.db, rpc, logs_span=settings.eth_logs_block_span,
                reorg_depth=settings.reorg_depth,
            )  # fmt: skip
            ingester.on_stored.append(detector.on_eth_batch)
        else:
            ingester = BtcIngester(
                ctx.db, rpc, batch=settings.rpc_batch_size, reorg_depth=settings.reorg_depth
            )
            ingester.on_stored.append(detector.on_btc_block)
        if start > end:
            return {"chain": str(chain), "start": start, "end": end, "blocks": 0}
        report = await ingester.run(start, end, ctx.progress, ctx.check_cancelled)
    if bus is not None:
        report.alerts = await detector.publish(bus)
    else:  # a worker process (Redis job backend) has no app: publish through its own bus
        from app.core.config import get_settings
        from app.core.events import create_event_bus

        core = get_settings()
        own = create_event_bus(core.redis_url, core.cache_namespace)
        try:
            report.alerts = await detector.publish(own)
        finally:
            await own.close()
    return report.as_dict()
