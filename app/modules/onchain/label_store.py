"""Stored address labels: import (upsert by chain and address) and lookups."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.core.timeutil import utcnow
from app.modules.onchain.addresses import Chain
from app.modules.onchain.labels import EXCHANGE_CATEGORY, ParsedLabel, ParseReport
from app.modules.onchain.models import OnchainLabel
from app.modules.onchain.specs import OnchainLabelOut

CHUNK = 500


@dataclass(frozen=True, slots=True)
class ImportCounts:
    parsed: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int


def label_out(row: OnchainLabel) -> OnchainLabelOut:
    return OnchainLabelOut(
        chain=row.chain,
        address=row.address,
        name=row.name,
        entity=row.entity,
        category=row.category,
        tags=[tag for tag in (row.tags or "").split(",") if tag],
        source=row.source,
        imported_at=row.imported_at,
    )


def _keeps_existing(existing: OnchainLabel, new: ParsedLabel) -> bool:
    """An exchange attribution is never replaced by a list that only knows a generic tag."""
    return existing.category == EXCHANGE_CATEGORY and new.category != EXCHANGE_CATEGORY


async def import_labels(session: AsyncSession, report: ParseReport, source: str) -> ImportCounts:
    # One row per (chain, address): the last occurrence in the file wins, except that an
    # exchange attribution stays (the same rule as across imports).
    latest: dict[tuple[str, str], ParsedLabel] = {}
    for label in report.labels:
        key = (label.chain, label.address)
        seen = latest.get(key)
        if seen is None or seen.category != EXCHANGE_CATEGORY or label.category == seen.category:
            latest[key] = label
    inserted = updated = unchanged = 0
    items = list(latest.values())
    now = utcnow()
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        by_chain: dict[str, list[str]] = {}
        for label in chunk:
            by_chain.setdefault(label.chain, []).append(label.address)
        existing: dict[tuple[str, str], OnchainLabel] = {}
        for chain, addresses in by_chain.items():
            query = select(OnchainLabel).where(
                col(OnchainLabel.chain) == chain, col(OnchainLabel.address).in_(addresses)
            )
            for found in (await session.execute(query)).scalars():
                existing[(found.chain, found.address)] = found
        for label in chunk:
            tags = ",".join(label.tags) or None
            row = existing.get((label.chain, label.address))
            if row is None:
                session.add(
                    OnchainLabel(
                        chain=label.chain, address=label.address, name=label.name,
                        entity=label.entity, category=label.category, tags=tags,
                        source=source, imported_at=now,
                    )
                )  # fmt: skip
                inserted += 1
                continue
            if _keeps_existing(row, label):
                unchanged += 1
                continue
            values = (label.name, label.entity, label.category, tags, source)
            if (row.name, row.entity, row.category, row.tags, row.source) == values:
                unchanged += 1
                continue
            row.name, row.entity, row.category, row.tags, row.source = values
            row.imported_at = now
            updated += 1
        await session.flush()
    await session.commit()
    return ImportCounts(len(report.labels), inserted, updated, unchanged, report.rejected)


async def lookup(
    session: AsyncSession, chain: Chain, addresses: Iterable[str]
) -> dict[str, OnchainLabelOut]:
    """Labels of the given (normalised) addresses that have one."""
    wanted = sorted(set(addresses))
    found: dict[str, OnchainLabelOut] = {}
    for start in range(0, len(wanted), CHUNK):
        query = select(OnchainLabel).where(
            col(OnchainLabel.chain) == chain,
            col(OnchainLabel.address).in_(wanted[start : start + CHUNK]),
        )
        for row in (await session.execute(query)).scalars():
            found[row.address] = label_out(row)
    return found


async def exchange_map(session: AsyncSession, chain: Chain) -> dict[str, str]:
    """address → exchange slug for every exchange-labelled address of ``chain``."""
    query = select(col(OnchainLabel.address), col(OnchainLabel.entity)).where(
        col(OnchainLabel.chain) == chain,
        col(OnchainLabel.category) == EXCHANGE_CATEGORY,
        col(OnchainLabel.entity).is_not(None),
    )
    rows = (await session.execute(query)).all()
    return {address: entity for address, entity in rows if entity is not None}


async def list_labels(
    session: AsyncSession,
    page: PageRequest,
    *,
    chain: Chain | None,
    entity: str | None,
    category: str | None,
    search: str | None,
) -> tuple[Sequence[OnchainLabelOut], str | None]:
    """Labels newest import first (ties by id, descending)."""
    query = select(OnchainLabel)
    if chain:
        query = query.where(col(OnchainLabel.chain) == chain)
    if entity:
        query = query.where(col(OnchainLabel.entity) == entity)
    if category:
        query = query.where(col(OnchainLabel.category) == category)
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(
            or_(
                col(OnchainLabel.address).like(pattern),
                col(OnchainLabel.name).ilike(pattern),
                col(OnchainLabel.entity).like(pattern),
            )
        )
    query = newest_first(query, col(OnchainLabel.imported_at), col(OnchainLabel.id), page)
    rows = list((await session.execute(query)).scalars())
    cursor = next_cursor_of(rows, page.limit, lambda row: (row.imported_at, int(row.id or 0)))
    return [label_out(row) for row in rows[: page.limit]], cursor
