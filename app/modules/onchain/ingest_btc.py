"""Bitcoin ingester: ``getblockhash`` + ``getblock <hash> 2`` (verbosity 2: decoded
transactions) per height, stored per block, resumable and reorg-aware (see ``chainstore``).

Every output becomes a row of the output set with its creation height and time (coinbase
outputs flagged: they identify miner payouts); every input marks the output it spends with the
spending tx, height and time. Verbosity 2 does not carry the spent output itself, so an input
is resolved against the stored set (verbosity 3's ``prevout`` is not needed); an input whose
output was created before the first ingested block is counted as ``unknown_inputs``.
Amounts arrive as decimal BTC and are stored as integer satoshis, exactly.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, bindparam, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.db import Database
from app.modules.onchain import chainstore
from app.modules.onchain.errors import BlockRangeInvalid, ProviderBadResponse
from app.modules.onchain.ingest_common import CancelCheck, IngestReport, Progress, from_unix, need
from app.modules.onchain.models import OnchainBlock, OnchainUtxo, table_of
from app.modules.onchain.rpc import JsonRpcClient, RpcCallError

SATS = Decimal(100_000_000)
UTXO_TABLE = table_of(OnchainUtxo)


def sats(value: Any, provider: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ProviderBadResponse(provider, f"output value {value!r} is not a number")
    amount = Decimal(str(value)) * SATS
    if amount != amount.to_integral_value() or amount < 0:
        raise ProviderBadResponse(provider, f"output value {value!r} is not whole satoshis")
    return int(amount)


def output_address(script: Any) -> str | None:
    """Core ≥ 22 gives ``address``; older versions an ``addresses`` list (kept: first)."""
    if not isinstance(script, dict):
        return None
    if isinstance(script.get("address"), str):
        return str(script["address"])
    addresses = script.get("addresses")
    if isinstance(addresses, list) and addresses and isinstance(addresses[0], str):
        return addresses[0]
    return None


class BtcIngester:
    provider = "btc-node"

    def __init__(self, db: Database, rpc: JsonRpcClient, *, batch: int, reorg_depth: int):
        self.db = db
        self.rpc = rpc
        self.batch_size = batch
        self.reorg_depth = reorg_depth
        self.on_stored: list[Any] = []

    async def node_tip(self) -> int:
        value = await self.rpc.call("getblockcount")
        if not isinstance(value, int):
            raise ProviderBadResponse(self.provider, "getblockcount did not answer a number")
        return value

    async def _node_hash(self, height: int) -> str:
        value = await self.rpc.call("getblockhash", height)
        if not isinstance(value, str):
            raise ProviderBadResponse(self.provider, "getblockhash did not answer a hash")
        return value

    async def _fetch(self, first: int, last: int) -> list[dict[str, Any]]:
        try:
            hashes = await self.rpc.batch([("getblockhash", [h]) for h in range(first, last + 1)])
        except RpcCallError as exc:
            if exc.code == -8:  # "Block height out of range"
                raise BlockRangeInvalid(f"btc: {exc.rpc_message}") from None
            raise
        if not all(isinstance(h, str) for h in hashes):
            raise ProviderBadResponse(self.provider, "getblockhash did not answer hashes")
        blocks = await self.rpc.batch([("getblock", [h, 2]) for h in hashes])
        for height, block_hash, block in zip(range(first, last + 1), hashes, blocks, strict=True):
            if not isinstance(block, dict) or block.get("hash") != block_hash:
                raise ProviderBadResponse(self.provider, f"getblock {block_hash}: wrong block")
            if need(block, "height", self.provider, "block") != height:
                raise ProviderBadResponse(self.provider, f"block {block_hash} is not at {height}")
            if not isinstance(block.get("tx"), list):
                raise ProviderBadResponse(self.provider, f"block {height} has no tx list")
        return blocks

    async def run(
        self, start: int, end: int, progress: Progress, check_cancelled: CancelCheck
    ) -> IngestReport:
        report = IngestReport("btc", start, end)
        height = start
        while height <= end:
            await check_cancelled()
            last = min(end, height + self.batch_size - 1)
            blocks = await self._fetch(height, last)
            async with self.db.session() as session:
                parent = await chainstore.hash_at(session, "btc", height - 1)
                if parent is not None and blocks[0].get("previousblockhash") != parent:
                    fork = await chainstore.find_fork(
                        session, "btc", height - 1, self._node_hash, self.reorg_depth
                    )
                    undone = await chainstore.rollback(session, "btc", fork)
                    await session.commit()
                    report.reorgs.append(
                        {"fork_height": fork, "blocks_removed": undone.blocks_removed}
                    )
                    height = fork + 1
                    continue
                for index in range(1, len(blocks)):
                    if blocks[index].get("previousblockhash") != blocks[index - 1]["hash"]:
                        raise ProviderBadResponse(self.provider, "the node's blocks do not link")
                for block in blocks:
                    created = await self._store_block(session, block, report)
                    for callback in self.on_stored:
                        await callback(session, block, created)
                await session.commit()
            report.blocks += len(blocks)
            await progress((last - start + 1) / (end - start + 1))
            height = last + 1
        return report

    async def _store_block(
        self, session: AsyncSession, block: dict[str, Any], report: IngestReport
    ) -> list[dict[str, Any]]:
        height = int(block["height"])
        moment: datetime = from_unix(int(need(block, "time", self.provider, "block")))
        session.add(
            OnchainBlock(
                chain="btc", number=height, hash=block["hash"],
                parent_hash=block.get("previousblockhash") or "0" * 64, ts=moment,
                tx_count=len(block["tx"]),
            )
        )  # fmt: skip
        created: dict[tuple[str, int], dict[str, Any]] = {}
        spends: list[tuple[str, int, str]] = []
        for tx in block["tx"]:
            txid = need(tx, "txid", self.provider, "transaction")
            vin = tx.get("vin") or []
            coinbase = bool(vin) and "coinbase" in vin[0]
            if not coinbase:
                for item in vin:
                    spent = (str(need(item, "txid", self.provider, "input")), int(item["vout"]))
                    if spent in created:  # spent within this block
                        created[spent].update(spent_txid=txid, spent_height=height, spent_ts=moment)
                    else:
                        spends.append((*spent, txid))
            for output in tx.get("vout") or []:
                created[(txid, int(output["n"]))] = {
                    "txid": txid, "vout": int(output["n"]),
                    "address": output_address(output.get("scriptPubKey")),
                    "value_sats": sats(output.get("value"), self.provider), "height": height,
                    "ts": moment, "coinbase": coinbase, "spent_txid": None,
                    "spent_height": None, "spent_ts": None,
                }  # fmt: skip
        if created:
            await session.execute(insert(UTXO_TABLE), list(created.values()))
        known = await self._known_unspent(session, [(t, v) for t, v, _ in spends])
        updates = [
            {"t": t, "v": v, "by": by, "h": height, "at": moment}
            for t, v, by in spends
            if (t, v) in known
        ]
        if updates:
            # Core executemany on the table (an ORM bulk update would match by primary key).
            table = UTXO_TABLE
            await session.execute(
                update(table)
                .where(table.c.txid == bindparam("t"), table.c.vout == bindparam("v"))
                .values(spent_txid=bindparam("by"), spent_height=bindparam("h"),
                        spent_ts=bindparam("at")),
                updates,
            )  # fmt: skip
        report.outputs += len(created)
        report.spends += len(updates) + sum(1 for row in created.values() if row["spent_txid"])
        report.unknown_inputs += len(spends) - len(updates)
        return list(created.values())

    async def _known_unspent(
        self, session: AsyncSession, keys: list[tuple[str, int]]
    ) -> set[tuple[str, int]]:
        found: set[tuple[str, int]] = set()
        for start in range(0, len(keys), 300):
            chunk = keys[start : start + 300]
            txid, vout = col(OnchainUtxo.txid), col(OnchainUtxo.vout)
            query = select(txid, vout).where(
                or_(*(and_(txid == t, vout == v) for t, v in chunk)),
                col(OnchainUtxo.spent_txid).is_(None),
            )
            found.update((t, v) for t, v in (await session.execute(query)).all())
        return found
