"""Ethereum ingester: blocks and native transfers from ``eth_getBlockByNumber`` (full
transactions), ERC-20 ``Transfer`` logs from ``eth_getLogs``, stored per block, resumable from
the stored tip and reorg-aware (see ``chainstore``).

A ``Transfer(address indexed from, address indexed to, uint256 value)`` log has topic 0 =
keccak-256 of that signature, the two addresses left-padded in topics 1 and 2, and the value
as one 32-byte word of data. Logs with a fourth topic are ERC-721 (the token id is indexed) and
are not ERC-20 transfers; logs flagged ``removed`` were reorganised away.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import Database
from app.modules.onchain import chainstore, tokens
from app.modules.onchain.addresses import keccak256
from app.modules.onchain.errors import BlockRangeInvalid, ProviderBadResponse
from app.modules.onchain.ingest_common import (
    CancelCheck,
    IngestReport,
    Progress,
    from_unix,
    hex_int,
    need,
)
from app.modules.onchain.models import OnchainBlock, OnchainTransfer, table_of
from app.modules.onchain.rpc import JsonRpcClient

TRANSFER_TOPIC = "0x" + keccak256(b"Transfer(address,address,uint256)").hex()
NATIVE = "native"
WEI = 18


@dataclass(frozen=True, slots=True)
class DecodedTransfer:
    tx_hash: str
    log_index: int
    token: str
    from_address: str
    to_address: str
    value: int


_PAD = "0x" + "0" * 24


def _topic_address(topic: Any) -> str | None:
    if type(topic) is not str or len(topic) != 66 or not topic.startswith(_PAD):
        return None
    return "0x" + topic[26:].lower()


def decode_transfer_log(log: dict[str, Any]) -> DecodedTransfer | None:
    """The ERC-20 transfer a log records, or None when it is not one."""
    topics = log.get("topics") or []
    if len(topics) != 3 or str(topics[0]).lower() != TRANSFER_TOPIC or log.get("removed"):
        return None
    sender, receiver = _topic_address(topics[1]), _topic_address(topics[2])
    data = log.get("data")
    if sender is None or receiver is None or not isinstance(data, str) or len(data) != 66:
        return None
    try:
        value = int(data, 16)
        log_index = int(log["logIndex"], 16)
    except (KeyError, TypeError, ValueError):
        return None
    return DecodedTransfer(
        str(log["transactionHash"]).lower(), log_index, str(log["address"]).lower(),
        sender, receiver, value,
    )  # fmt: skip


def units(raw: int, decimals: int | None) -> float | None:
    return None if decimals is None else float(Decimal(raw).scaleb(-decimals))


class EthIngester:
    provider = "eth-node"

    def __init__(self, db: Database, rpc: JsonRpcClient, *, logs_span: int, reorg_depth: int):
        self.db = db
        self.rpc = rpc
        self.logs_span = logs_span
        self.reorg_depth = reorg_depth
        self.on_stored: list[Any] = []  # callbacks(session, blocks, transfers) before commit

    async def node_tip(self) -> int:
        return hex_int(await self.rpc.call("eth_blockNumber"), self.provider, "eth_blockNumber")

    async def _node_hash(self, number: int) -> str:
        block = await self.rpc.call("eth_getBlockByNumber", hex(number), False)
        return str(need(block, "hash", self.provider, f"block {number}")).lower()

    async def _fetch(self, first: int, last: int) -> tuple[list[dict[str, Any]], list[Any]]:
        calls = [("eth_getBlockByNumber", [hex(n), True]) for n in range(first, last + 1)]
        blocks = await self.rpc.batch(calls)
        logs = await self.rpc.call(
            "eth_getLogs",
            {"fromBlock": hex(first), "toBlock": hex(last), "topics": [TRANSFER_TOPIC]},
        )
        if not isinstance(logs, list):
            raise ProviderBadResponse(self.provider, "eth_getLogs did not answer a list")
        for number, block in zip(range(first, last + 1), blocks, strict=True):
            if block is None:
                raise BlockRangeInvalid(f"eth: the node has no block {number}")
            if (
                hex_int(need(block, "number", self.provider, "block"), self.provider, "number")
                != number
            ):
                raise ProviderBadResponse(self.provider, f"asked for block {number}, got another")
        return blocks, logs

    async def run(
        self, start: int, end: int, progress: Progress, check_cancelled: CancelCheck
    ) -> IngestReport:
        report = IngestReport("eth", start, end)
        height = start
        unlinked = 0
        while height <= end:
            await check_cancelled()
            last = min(end, height + self.logs_span - 1)
            blocks, logs = await self._fetch(height, last)
            async with self.db.session() as session:
                parent = await chainstore.hash_at(session, "eth", height - 1)
                first_parent = str(need(blocks[0], "parentHash", self.provider, "block")).lower()
                if parent is not None and parent != first_parent:
                    fork = await chainstore.find_fork(
                        session, "eth", height - 1, self._node_hash, self.reorg_depth
                    )
                    undone = await chainstore.rollback(session, "eth", fork)
                    await session.commit()
                    report.reorgs.append(
                        {"fork_height": fork, "blocks_removed": undone.blocks_removed}
                    )
                    height = fork + 1
                    continue
                if not self._linked(blocks, logs):
                    unlinked += 1  # the node reorganised between our two calls: fetch again
                    if unlinked > 3:
                        raise ProviderBadResponse(
                            self.provider, f"blocks {height}-{last} and their logs never agree"
                        )
                    continue
                unlinked = 0
                stored = await self._store(session, blocks, logs, report)
                for callback in self.on_stored:
                    await callback(session, *stored)
                await session.commit()
            report.blocks += len(blocks)
            await progress((last - start + 1) / (end - start + 1))
            height = last + 1
        return report

    def _linked(self, blocks: list[dict[str, Any]], logs: list[Any]) -> bool:
        hashes = {}
        for index, block in enumerate(blocks):
            hashes[hex_int(block["number"], self.provider, "number")] = str(block["hash"]).lower()
            if index and str(block["parentHash"]).lower() != str(blocks[index - 1]["hash"]).lower():
                return False
        for log in logs:
            if not isinstance(log, dict):
                raise ProviderBadResponse(self.provider, "a log is not an object")
            number = log.get("blockNumber")
            if (
                isinstance(number, str)
                and log.get("blockHash")
                and hashes.get(int(number, 16)) != str(log["blockHash"]).lower()
            ):
                return False
        return True

    async def _store(
        self, session: AsyncSession, blocks: list[dict[str, Any]], logs: list[Any],
        report: IngestReport,
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:  # fmt: skip
        block_rows: list[dict[str, Any]] = []
        times: dict[int, Any] = {}
        transfers: list[dict[str, Any]] = []
        for block in blocks:
            number = hex_int(block["number"], self.provider, "number")
            moment = from_unix(hex_int(need(block, "timestamp", self.provider, "block"),
                                       self.provider, "timestamp"))  # fmt: skip
            times[number] = moment
            txs = block.get("transactions") or []
            block_rows.append({
                "chain": "eth", "number": number, "hash": str(block["hash"]).lower(),
                "parent_hash": str(block["parentHash"]).lower(), "ts": moment,
                "tx_count": len(txs), "miner": (block.get("miner") or "").lower() or None,
            })  # fmt: skip
            for tx in txs:
                if not isinstance(tx, dict):
                    raise ProviderBadResponse(self.provider, "block without full transactions")
                value = hex_int(tx.get("value", "0x0"), self.provider, "value")
                if value == 0 or not tx.get("to"):
                    continue  # contract calls move tokens through logs; creations have no "to"
                transfers.append({
                    "chain": "eth", "block_number": number, "ts": moment,
                    "tx_hash": str(tx["hash"]).lower(), "kind": NATIVE,
                    "position": hex_int(tx["transactionIndex"], self.provider, "index"),
                    "token": NATIVE, "from_address": str(tx["from"]).lower(),
                    "to_address": str(tx["to"]).lower(), "amount_raw": str(value),
                    "amount": units(value, WEI),
                })  # fmt: skip
        decoded = []
        for log in logs:
            item = decode_transfer_log(log)
            number = log.get("blockNumber")
            if item is not None and isinstance(number, str):
                decoded.append((int(number, 16), item))
        infos = await tokens.resolve(session, self.rpc, "eth", {i.token for _, i in decoded})
        for number, item in decoded:
            transfers.append({
                "chain": "eth", "block_number": number, "ts": times[number],
                "tx_hash": item.tx_hash, "kind": "erc20", "position": item.log_index,
                "token": item.token, "from_address": item.from_address,
                "to_address": item.to_address, "amount_raw": str(item.value),
                "amount": units(item.value, infos[item.token].decimals),
            })  # fmt: skip
        await session.execute(insert(table_of(OnchainBlock)), block_rows)
        if transfers:
            await session.execute(insert(table_of(OnchainTransfer)), transfers)
        report.transfers += len(transfers)
        return block_rows, transfers
