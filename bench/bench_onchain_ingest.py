"""ERC-20 transfer ingestion rate vs a bare parse of the same JSON.

    .venv/bin/python bench/bench_onchain_ingest.py [--blocks 100] [--database-url URL]

A local JSON-RPC node (the tests' replay node, uvicorn on loopback) serves ``--blocks`` linked
blocks, each carrying the 291 real ERC-20 ``Transfer`` logs of mainnet blocks 17173049-17173050
(from ``../shared/data/onchain/ethereum_etl_samples``) under fresh transaction hashes. Measured in
the same run, in transfers per second:

- ingest: ``EthIngester.run`` end to end — ``eth_getBlockByNumber`` batches and ``eth_getLogs``
  over HTTP, decoding, token decimals (cached after the first block), one insert per batch,
  commit — into a freshly migrated database;
- fetch + parse: the same ``eth_getLogs`` requests over the same HTTP client, ``json.loads`` and
  the three fields decoded to integers (no validation, no database);
- bare parse: ``json.loads`` of the same response bodies, already in memory, and the decode;
- module decode: the ingester's own JSON parse and ``decode_transfer_log`` on the same bodies
  (no HTTP, no database), to separate decoding from storage.

Goal (issue 13): ingest ≥ 50 % of the bare parse.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import httpx
import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.cli import migrate
from app.core.db import Database
from app.modules.onchain.ingest_eth import TRANSFER_TOPIC, EthIngester, decode_transfer_log
from app.modules.onchain.rpc import JsonRpcClient
from tests.local_servers import serve
from tests.modules.onchain.conftest import SAMPLE_TOKENS
from tests.modules.onchain.nodes import EthNode

FIRST = 17173049
PROFILE = False


def build_node(blocks: int) -> EthNode:
    folder = ROOT.parent / "shared" / "data" / "onchain" / "ethereum_etl_samples"
    real = EthNode.from_etl(folder, SAMPLE_TOKENS)
    template = [dict(log) for log in real.logs]
    node = EthNode(SAMPLE_TOKENS)
    parent = real.blocks[FIRST]["parentHash"]
    for i in range(blocks):
        number = FIRST + i
        block_hash = "0x" + f"{number:064x}"
        node.blocks[number] = {
            "number": hex(number), "hash": block_hash, "parentHash": parent,
            "timestamp": hex(1683029999 + 12 * i), "miner": real.blocks[FIRST]["miner"],
            "transactions": [],
        }  # fmt: skip
        for index, log in enumerate(template):
            node.logs.append(log | {
                "blockNumber": hex(number), "blockHash": block_hash,
                "transactionHash": "0x" + f"{number:032x}{index:032x}", "logIndex": hex(index),
            })  # fmt: skip
        parent = block_hash
    return node


def bare_decode(body: bytes) -> int:
    count = 0
    for log in json.loads(body)["result"]:
        topics = log["topics"]
        if len(topics) == 3 and topics[0] == TRANSFER_TOPIC:
            _ = ("0x" + topics[1][26:], "0x" + topics[2][26:], int(log["data"], 16))
            count += 1
    return count


async def main(blocks: int, span: int, database_url: str | None) -> None:
    node = build_node(blocks)
    transfers = 291 * blocks
    async with serve(node.app) as url:
        requests = [
            {"jsonrpc": "2.0", "id": n, "method": "eth_getLogs",
             "params": [{"fromBlock": hex(a), "toBlock": hex(min(a + span - 1, FIRST + blocks - 1)),
                         "topics": [TRANSFER_TOPIC]}]}
            for n, a in enumerate(range(FIRST, FIRST + blocks, span))
        ]  # fmt: skip
        async with httpx.AsyncClient(timeout=60) as http:
            began = time.perf_counter()
            bodies = [(await http.post(url, json=r)).content for r in requests]
            decoded = sum(bare_decode(b) for b in bodies)
            fetch_parse = time.perf_counter() - began
        assert decoded == transfers, (decoded, transfers)
        began = time.perf_counter()
        for _ in range(3):
            for body in bodies:
                bare_decode(body)
        bare = (time.perf_counter() - began) / 3
        began = time.perf_counter()
        for _ in range(3):
            for body in bodies:
                for log in orjson.loads(body)["result"]:
                    decode_transfer_log(log)
        module_decode = (time.perf_counter() - began) / 3
        with tempfile.TemporaryDirectory() as tmp:
            target = database_url or f"sqlite+aiosqlite:///{tmp}/bench.db"
            await asyncio.to_thread(migrate, target)
            db = Database(target)
            rpc = JsonRpcClient(url, "eth-node")

            async def nothing(*_: object) -> None:
                return None

            ingester = EthIngester(db, rpc, logs_span=span, reorg_depth=10)
            began = time.perf_counter()
            if PROFILE:
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
            report = await ingester.run(FIRST, FIRST + blocks - 1, nothing, nothing)
            if PROFILE:
                profiler.disable()
                profiler.dump_stats("/tmp/onchain_ingest.prof")
            ingest = time.perf_counter() - began
            await rpc.close()
            await db.dispose()
        assert report.transfers == transfers
    rate = {name: transfers / seconds for name, seconds in
            (("ingest", ingest), ("fetch + parse", fetch_parse), ("bare parse", bare),
             ("module decode", module_decode))}  # fmt: skip
    backend = "sqlite" if database_url is None else database_url.split(":")[0]
    print(f"{blocks} blocks x 291 ERC-20 transfers = {transfers}; span {span}; {backend}")
    for name, value in rate.items():
        print(f"  {name:14s} {value:12,.0f} transfers/s")
    print(f"  ingest / bare parse    {rate['ingest'] / rate['bare parse']:.3f}  (goal >= 0.50)")
    print(f"  ingest / fetch + parse {rate['ingest'] / rate['fetch + parse']:.3f}")
    print(f"  module decode / bare parse {rate['module decode'] / rate['bare parse']:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=100)
    parser.add_argument("--span", type=int, default=50, help="blocks per eth_getLogs")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    asyncio.run(main(args.blocks, args.span, args.database_url))
