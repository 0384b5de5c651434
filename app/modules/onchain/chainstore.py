"""The stored chain per ``chain``: its tip, hashes by height, and rollback after a reorg.

A block is stored only when its parent hash equals the stored hash one height below, so the
stored chain is always linked. When the node's next block does not link, the ingester walks down
comparing the node's hashes with the stored ones; the first height where they agree is the fork
point, and everything above it is rolled back: blocks, EVM transfers, alerts, and on Bitcoin the
outputs created above it (deleted) and the spends recorded above it (undone: those outputs are
unspent again).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.modules.onchain.errors import ReorgTooDeep
from app.modules.onchain.models import (
    OnchainAlert,
    OnchainBlock,
    OnchainTransfer,
    OnchainUtxo,
)


@dataclass(frozen=True, slots=True)
class Rollback:
    fork_height: int
    blocks_removed: int


async def tip(session: AsyncSession, chain: str) -> OnchainBlock | None:
    query = (
        select(OnchainBlock)
        .where(col(OnchainBlock.chain) == chain)
        .order_by(col(OnchainBlock.number).desc())
        .limit(1)
    )
    return (await session.execute(query)).scalars().first()


async def lowest(session: AsyncSession, chain: str) -> int | None:
    query = select(func.min(OnchainBlock.number)).where(col(OnchainBlock.chain) == chain)
    value = (await session.execute(query)).scalar_one_or_none()
    return int(value) if value is not None else None


async def hash_at(session: AsyncSession, chain: str, number: int) -> str | None:
    query = select(col(OnchainBlock.hash)).where(
        col(OnchainBlock.chain) == chain, col(OnchainBlock.number) == number
    )
    return (await session.execute(query)).scalar_one_or_none()


async def find_fork(
    session: AsyncSession,
    chain: str,
    below: int,
    node_hash: Callable[[int], Awaitable[str]],
    max_depth: int,
) -> int:
    """The highest stored height ≤ ``below`` whose hash the node agrees with (the fork point);
    ``lowest - 1`` when even the lowest stored block was replaced."""
    floor = await lowest(session, chain)
    height = below
    while floor is not None and height >= floor:
        if below - height >= max_depth:
            raise ReorgTooDeep(
                f"{chain}: the node's chain differs from the stored one for more than "
                f"{max_depth} blocks below {below + 1}"
            )
        stored = await hash_at(session, chain, height)
        if stored is not None and stored == await node_hash(height):
            return height
        height -= 1
    return (floor if floor is not None else below + 1) - 1


async def rollback(session: AsyncSession, chain: str, fork_height: int) -> Rollback:
    """Remove everything above ``fork_height`` (the caller commits)."""
    removed = await session.execute(
        delete(OnchainBlock).where(
            col(OnchainBlock.chain) == chain, col(OnchainBlock.number) > fork_height
        )
    )
    await session.execute(
        delete(OnchainAlert).where(
            col(OnchainAlert.chain) == chain, col(OnchainAlert.block_number) > fork_height
        )
    )
    if chain == "btc":
        await session.execute(delete(OnchainUtxo).where(col(OnchainUtxo.height) > fork_height))
        await session.execute(
            update(OnchainUtxo)
            .where(col(OnchainUtxo.spent_height) > fork_height)
            .values(spent_txid=None, spent_height=None, spent_ts=None)
        )
    else:
        await session.execute(
            delete(OnchainTransfer).where(
                col(OnchainTransfer.chain) == chain,
                col(OnchainTransfer.block_number) > fork_height,
            )
        )
    count = getattr(removed, "rowcount", 0) or 0
    return Rollback(fork_height=fork_height, blocks_removed=int(count))
