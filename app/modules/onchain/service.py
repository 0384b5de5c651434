"""On-chain domain operations behind the router: labels, ingestion, analytics, providers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.jobs import JobRunner
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.modules.onchain import (
    chainstore,
    flows,
    ingest_jobs,
    label_store,
    labels,
    miners,
    utxo_metrics,
    whales,
)
from app.modules.onchain.addresses import EVM_CHAINS, Chain, normalize_address
from app.modules.onchain.alerts import alert_out
from app.modules.onchain.buckets import Interval, paginate
from app.modules.onchain.config import current_onchain_settings
from app.modules.onchain.errors import (
    InvalidAddress,
    LabelFileInvalid,
    LabelNotFound,
    NothingIngested,
)
from app.modules.onchain.models import OnchainAlert, OnchainBlock
from app.modules.onchain.schemas import (
    OnchainChainStatus,
    OnchainIngestAccepted,
    OnchainIngestRequest,
    OnchainLabelImportResult,
    OnchainLabelLookup,
    OnchainStatus,
)
from app.modules.onchain.specs import (
    OnchainAccountTransfer,
    OnchainAlertOut,
    OnchainFlowRow,
    OnchainHoldersReport,
    OnchainLabelOut,
    OnchainMinersReport,
    OnchainUtxoReport,
    OnchainWhaleAddressPoint,
    OnchainWhaleTransfer,
)


def checked_address(chain: Chain, address: str, field: str = "path.address") -> str:
    normalised = normalize_address(chain, address)
    if normalised is None:
        raise InvalidAddress(chain, address, field)
    return normalised


async def import_label_file(
    session: AsyncSession,
    content: bytes,
    fmt: labels.LabelFormat,
    label: str | None,
    source: str | None,
) -> OnchainLabelImportResult:
    try:
        report = labels.parse(content, fmt, label)
    except ValueError as exc:
        raise LabelFileInvalid(f"{fmt}: {exc}", field="body") from None
    if not report.labels and not report.rejected:
        raise LabelFileInvalid(f"{fmt}: the file holds no labels", field="body")
    name = source or (f"{fmt}:{label}" if label else str(fmt))
    counts = await label_store.import_labels(session, report, name)
    return OnchainLabelImportResult(
        format=fmt, source=name, parsed=counts.parsed, inserted=counts.inserted,
        updated=counts.updated, unchanged=counts.unchanged, rejected=counts.rejected,
    )  # fmt: skip


async def list_labels(
    session: AsyncSession,
    page: PageRequest,
    chain: Chain | None,
    entity: str | None,
    category: str | None,
    search: str | None,
) -> tuple[Sequence[OnchainLabelOut], str | None]:
    return await label_store.list_labels(
        session, page, chain=chain, entity=entity, category=category, search=search
    )


async def label_of(session: AsyncSession, chain: Chain, address: str) -> OnchainLabelLookup:
    normalised = checked_address(chain, address)
    found = await label_store.lookup(session, chain, [normalised])
    if normalised not in found:
        raise LabelNotFound(f"no label for {chain} address {normalised}")
    return OnchainLabelLookup(chain=chain, address=normalised, label=found[normalised])


async def submit_ingest(
    jobs: JobRunner, body: OnchainIngestRequest, owner_id: int, api_prefix: str
) -> OnchainIngestAccepted:
    job = await ingest_jobs.submit(jobs, body.chain, body.start, body.end, owner_id)
    return OnchainIngestAccepted(
        job_id=job.id, chain=body.chain, start=job.params["start"], end=job.params["end"],
        status_url=f"{api_prefix}/jobs/{job.id}",
    )  # fmt: skip


async def status(session: AsyncSession) -> OnchainStatus:
    chains = []
    for chain in (Chain.eth, Chain.btc):
        count_query = select(func.count(), func.min(OnchainBlock.number)).where(
            col(OnchainBlock.chain) == chain
        )
        count, lowest = (await session.execute(count_query)).one()
        top = await chainstore.tip(session, chain)
        chains.append(
            OnchainChainStatus(
                chain=chain, blocks=int(count), lowest=lowest,
                tip=top.number if top else None, tip_hash=top.hash if top else None,
                tip_time=top.ts if top else None,
            )
        )  # fmt: skip
    return OnchainStatus(chains=chains)


async def exchange_flows(
    session: AsyncSession, chain: Chain, *, source: str, asset: str | None,
    exchange: str | None, start: datetime | None, end: datetime | None, interval: Interval,
) -> list[OnchainFlowRow]:  # fmt: skip
    settings = current_onchain_settings()
    if source != "node":
        from app.modules.onchain import provider_views

        return await provider_views.flows(
            settings, source, chain, asset=asset, exchange=exchange, start=start, end=end,
            interval=interval,
        )  # fmt: skip
    if chain is Chain.btc:
        return await flows.btc_flows(
            session, settings, exchange=exchange, start=start, end=end, interval=interval
        )
    return await flows.evm_flows(
        session, settings, chain, asset=asset, exchange=exchange, start=start, end=end,
        interval=interval,
    )  # fmt: skip


def flow_page(
    rows: list[OnchainFlowRow], page: PageRequest
) -> tuple[list[OnchainFlowRow], str | None]:
    return paginate([(r.bucket, f"{r.exchange}/{r.token or r.asset}", r) for r in rows], page)


async def utxo_report(session: AsyncSession, source: str, at: datetime | None) -> OnchainUtxoReport:
    settings = current_onchain_settings()
    if source == "glassnode":
        from app.modules.onchain import provider_views

        return await provider_views.hodl_waves(settings, at)
    top = await chainstore.tip(session, Chain.btc)
    if top is None:
        raise NothingIngested("no bitcoin blocks ingested yet; POST /onchain/ingest first")
    moment = min(at, top.ts) if at else top.ts
    bands = await utxo_metrics.hodl_waves(session, moment)
    return OnchainUtxoReport(
        source="node", at=moment, height=top.number,
        total_count=sum(b.count or 0 for b in bands),
        total_value_btc=sum(b.value_btc or 0.0 for b in bands), bands=bands,
    )  # fmt: skip


async def miners_report(
    session: AsyncSession, source: str, *, start: datetime | None, end: datetime | None,
    interval: Interval, limit: int, miner: str | None,
) -> OnchainMinersReport:  # fmt: skip
    if source != "node":
        from app.modules.onchain import provider_views

        return await provider_views.miners(
            current_onchain_settings(), source, start=start, end=end, interval=interval,
            miner=miner,
        )  # fmt: skip
    return await miners.miners_report(session, start=start, end=end, interval=interval, limit=limit)


async def whale_transfers(
    session: AsyncSession, chain: Chain, page: PageRequest, *, asset: str | None,
    min_amount: float | None, start: datetime | None, end: datetime | None,
) -> tuple[list[OnchainWhaleTransfer], str | None]:  # fmt: skip
    return await whales.whale_transfers(
        session, current_onchain_settings(), chain, page, asset=asset, min_amount=min_amount,
        start=start, end=end,
    )  # fmt: skip


async def whale_addresses(
    start: datetime | None, end: datetime | None, interval: Interval
) -> list[OnchainWhaleAddressPoint]:
    from app.modules.onchain import provider_views

    return await provider_views.whale_addresses(current_onchain_settings(), start, end, interval)


async def account_transfers(
    chain: Chain, address: str, *, tokens: bool, page: int, offset: int,
    start_block: int | None, end_block: int | None,
) -> list[OnchainAccountTransfer]:  # fmt: skip
    if chain not in EVM_CHAINS:
        raise InvalidAddress(chain, address, "path.chain")
    normalised = checked_address(chain, address)
    from app.modules.onchain import provider_views

    return await provider_views.account_transfers(
        current_onchain_settings(), chain, normalised, tokens=tokens, page=page, offset=offset,
        start_block=start_block, end_block=end_block,
    )  # fmt: skip


async def list_alerts(
    session: AsyncSession, page: PageRequest, chain: Chain | None, kind: str | None,
    start: datetime | None, end: datetime | None,
) -> tuple[list[OnchainAlertOut], str | None]:  # fmt: skip
    query = select(OnchainAlert)
    if chain:
        query = query.where(col(OnchainAlert.chain) == chain)
    if kind:
        query = query.where(col(OnchainAlert.kind) == kind)
    if start:
        query = query.where(col(OnchainAlert.ts) >= start)
    if end:
        query = query.where(col(OnchainAlert.ts) < end)
    query = newest_first(query, col(OnchainAlert.created_at), col(OnchainAlert.id), page)
    rows = list((await session.execute(query)).scalars())
    cursor = next_cursor_of(rows, page.limit, lambda r: (r.created_at, int(r.id or 0)))
    return [alert_out(row) for row in rows[: page.limit]], cursor


async def holders(
    session: AsyncSession, chain: Chain, *, asset: str | None, start: datetime | None,
    end: datetime | None, limit: int, min_balance: float | None,
) -> OnchainHoldersReport:  # fmt: skip
    top = await chainstore.tip(session, chain)
    if top is None:
        raise NothingIngested(f"no {chain} blocks ingested yet; POST /onchain/ingest first")
    after_tip = top.ts + timedelta(microseconds=1)  # the end is exclusive: include the tip
    moment = min(end, after_tip) if end else after_tip
    return await whales.holders(
        session, current_onchain_settings(), chain, asset=asset, start=start, end=moment,
        limit=limit, min_balance=min_balance,
    )  # fmt: skip
