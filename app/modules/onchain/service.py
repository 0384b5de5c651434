"""On-chain domain operations behind the router: labels, ingestion, analytics, providers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.jobs import JobRunner
from app.core.pagination import PageRequest
from app.modules.onchain import chainstore, ingest_jobs, label_store, labels
from app.modules.onchain.addresses import Chain, normalize_address
from app.modules.onchain.errors import InvalidAddress, LabelFileInvalid, LabelNotFound
from app.modules.onchain.models import OnchainBlock
from app.modules.onchain.schemas import (
    OnchainChainStatus,
    OnchainIngestAccepted,
    OnchainIngestRequest,
    OnchainLabelImportResult,
    OnchainLabelLookup,
    OnchainStatus,
)
from app.modules.onchain.specs import OnchainLabelOut


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
