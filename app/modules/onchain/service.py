"""On-chain domain operations behind the router: labels, ingestion, analytics, providers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import PageRequest
from app.modules.onchain import label_store, labels
from app.modules.onchain.addresses import Chain, normalize_address
from app.modules.onchain.errors import InvalidAddress, LabelFileInvalid, LabelNotFound
from app.modules.onchain.schemas import OnchainLabelImportResult, OnchainLabelLookup
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
