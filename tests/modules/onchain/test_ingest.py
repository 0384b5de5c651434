"""The ETH and BTC ingesters against local JSON-RPC nodes replaying the real samples."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import httpx
from sqlalchemy import func, select

from app.modules.onchain.models import OnchainBlock, OnchainTransfer, OnchainUtxo
from tests.conftest import assert_problem
from tests.local_servers import serve
from tests.modules.onchain.conftest import SAMPLE_TOKENS, run_ingest
from tests.modules.onchain.nodes import BtcNode, EthNode


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def test_eth_blocks_transfers_and_decimals(
    client: httpx.AsyncClient, app, admin, onchain_data: Path, onchain_settings
) -> None:
    folder = onchain_data / "ethereum_etl_samples"
    node = EthNode.from_etl(folder, SAMPLE_TOKENS)
    raw = _lines(folder / "blocks_17173049_17173050_token_transfers.json")
    with (folder / "blocks_with_withdrawals_transactions.csv").open() as handle:
        native = [t for t in csv.DictReader(handle) if int(t["value"]) > 0 and t["to_address"]]
    async with serve(node.app) as url:
        onchain_settings(eth_rpc_url=url, eth_logs_block_span=1)
        node.failures = 1  # one 429 first: retried after Retry-After
        result = await run_ingest(client, app, admin, chain="eth", start=17173049)
        assert (result["start"], result["end"], result["blocks"]) == (17173049, 17173050, 2)
        assert result["transfers"] == len(raw) + len(native) == 291 + len(native)
        # Resumable: nothing new on the node is a 422 naming the range, not a second copy.
        body = assert_problem(
            await client.post("/api/v1/onchain/ingest", json={"chain": "eth"}, headers=admin), 422
        )
        assert body["field"] == "body.end"
    async with app.state.db.session() as session:
        blocks = (
            await session.execute(select(OnchainBlock).order_by(OnchainBlock.number))
        ).scalars()
        expected = _lines(folder / "blocks_17173049_17173050_blocks.json")
        assert [
            (b.number, b.hash, b.parent_hash, b.tx_count, int(b.ts.timestamp())) for b in blocks
        ] == [
            (e["number"], e["hash"], e["parent_hash"], e["transaction_count"], e["timestamp"])
            for e in expected
        ]
        rows = (
            (await session.execute(select(OnchainTransfer).where(OnchainTransfer.kind == "erc20")))
            .scalars()
            .all()
        )
    assert len(rows) == 291
    by_key = {(r.tx_hash, r.position): r for r in rows}
    for item in raw:  # every raw value decoded exactly, in units by the token's real decimals
        row = by_key[(item["transaction_hash"], item["log_index"])]
        assert (row.token, row.from_address, row.to_address) == (
            item["token_address"],
            item["from_address"],
            item["to_address"],
        )
        assert row.amount_raw == str(item["value"])
        if item["token_address"] in SAMPLE_TOKENS:
            decimals = SAMPLE_TOKENS[item["token_address"]][0]
            assert row.amount == item["value"] / 10**decimals
        else:
            assert row.amount is None  # the node did not answer decimals()
    usdt = sum(i["value"] for i in raw if i["token_address"].startswith("0xdac17f95"))
    total = sum(r.amount for r in rows if r.token.startswith("0xdac17f95"))
    assert abs(total - usdt / 1e6) < 1e-6


async def test_btc_genesis_and_block_1(
    client: httpx.AsyncClient, app, admin, onchain_data: Path, onchain_settings
) -> None:
    folder = onchain_data / "bitcoin_etl_samples"
    node = BtcNode.from_etl([folder / "block_0", folder / "block_1"])
    async with serve(node.app) as url:
        onchain_settings(btc_rpc_url=url)
        result = await run_ingest(client, app, admin, chain="btc", start=0)
    assert (result["blocks"], result["outputs"], result["unknown_inputs"]) == (2, 2, 0)
    expected = _lines(folder / "block_0" / "expected_transactions.json") + _lines(
        folder / "block_1" / "expected_transactions.json"
    )
    async with app.state.db.session() as session:
        utxos = (
            (await session.execute(select(OnchainUtxo).order_by(OnchainUtxo.height)))
            .scalars()
            .all()
        )
    assert [
        (u.txid, u.vout, u.address, u.value_sats, u.coinbase, int(u.ts.timestamp())) for u in utxos
    ] == [
        (
            t["hash"],
            o["index"],
            o["addresses"][0],
            o["value"],
            t["is_coinbase"],
            t["block_timestamp"],
        )
        for t in expected
        for o in t["outputs"]
    ]


async def test_btc_50000_to_50002(
    client: httpx.AsyncClient, app, admin, onchain_data: Path, onchain_settings
) -> None:
    folder = onchain_data / "bitcoin_etl_samples"
    node = BtcNode.from_etl(
        [folder / "block_without_transactions", folder / "block_with_transactions"]
    )
    expected = _lines(
        folder / "block_without_transactions" / "expected_transactions.json"
    ) + _lines(folder / "block_with_transactions" / "expected_transactions.json")
    async with serve(node.app) as url:
        onchain_settings(btc_rpc_url=url, rpc_batch_size=2)
        assert_problem(
            await client.post("/api/v1/onchain/ingest", json={"chain": "btc"}, headers=admin), 422
        )  # nothing stored and no start
        result = await run_ingest(client, app, admin, chain="btc", start=50000)
    outputs = [(t["hash"], o["index"], o["value"]) for t in expected for o in t["outputs"]]
    inputs = [i for t in expected for i in t["inputs"]]
    assert result["blocks"] == 3 and result["outputs"] == len(outputs)
    # The inputs spend outputs from before block 50000, which this store never saw.
    assert result["unknown_inputs"] == len(inputs) == 3 and result["spends"] == 0
    async with app.state.db.session() as session:
        stored = (
            await session.execute(
                select(OnchainUtxo.txid, OnchainUtxo.vout, OnchainUtxo.value_sats)
            )
        ).all()
        blocks = (
            await session.execute(select(func.count()).select_from(OnchainBlock))
        ).scalar_one()
    assert sorted(stored) == sorted(outputs) and blocks == 3
    assert sum(v for _, _, v in outputs) == 50 * 10**8 * 3 + 100 * 10**8 + 50 * 10**8


async def test_node_errors_are_problems(
    client: httpx.AsyncClient, app, admin, alice, onchain_settings
) -> None:
    onchain_settings()  # no node configured
    body = assert_problem(
        await client.post(
            "/api/v1/onchain/ingest", json={"chain": "eth", "start": 1}, headers=admin
        ),
        503,
    )
    assert "APP_ONCHAIN_ETH_RPC_URL" in body["detail"]
    assert_problem(
        await client.post(
            "/api/v1/onchain/ingest", json={"chain": "eth", "start": 1}, headers=alice
        ),
        403,
    )
    assert_problem(
        await client.post("/api/v1/onchain/ingest", json={"chain": "doge"}, headers=admin), 422
    )
    node = BtcNode()
    node.add_block({"hash": "00" * 32, "height": 0, "time": 1, "tx": []})
    for h in range(1, 5):
        node.chain[h] = f"{h:064x}"
    async with serve(node.app) as url:
        onchain_settings(btc_rpc_url=url, max_blocks_per_job=3)
        body = assert_problem(
            await client.post(
                "/api/v1/onchain/ingest", json={"chain": "btc", "start": 0}, headers=admin
            ),
            422,
        )
        assert body["type"].endswith("onchain-block-range-too-large")
        body = assert_problem(
            await client.post(
                "/api/v1/onchain/ingest", json={"chain": "btc", "start": 0, "end": 9}, headers=admin
            ),
            422,
        )
        assert "beyond the node's tip 4" in body["detail"]
        node.failures = 100  # a node that only ever answers 429
        onchain_settings(btc_rpc_url=url, provider_max_retries=1)
        response = await client.post(
            "/api/v1/onchain/ingest", json={"chain": "btc", "start": 0, "end": 1}, headers=admin
        )
        body = assert_problem(response, 503)
        assert body["provider"] == "btc-node" and "Retry-After" in response.headers
    async with serve(_garbage_app()) as url:
        onchain_settings(eth_rpc_url=url, provider_max_retries=0)
        body = assert_problem(
            await client.post(
                "/api/v1/onchain/ingest", json={"chain": "eth", "start": 1}, headers=admin
            ),
            502,
        )
        assert body["provider"] == "eth-node"


def _garbage_app():
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def answer(request):
        return PlainTextResponse("<html>proxy error</html>")

    return Starlette(routes=[Route("/", answer, methods=["POST"])])


async def test_eth_reorg_replaces_the_orphaned_block(
    client: httpx.AsyncClient, app, admin, onchain_data: Path, onchain_settings
) -> None:
    folder = onchain_data / "ethereum_etl_samples"
    node = EthNode.from_etl(folder, SAMPLE_TOKENS)
    raw = _lines(folder / "blocks_17173049_17173050_token_transfers.json")
    async with serve(node.app) as url:
        onchain_settings(eth_rpc_url=url)
        await run_ingest(client, app, admin, chain="eth", start=17173049)
        # The node switches to a fork: 17173050 replaced by an empty block, 17173051 on top.
        old = node.blocks[17173050]
        fork = old | {"hash": "0x" + "ab" * 32, "transactions": []}
        node.blocks[17173050] = fork
        node.blocks[17173051] = fork | {
            "number": hex(17173051),
            "hash": "0x" + "cd" * 32,
            "parentHash": fork["hash"],
            "timestamp": hex(int(old["timestamp"], 16) + 12),
        }
        result = await run_ingest(client, app, admin, chain="eth")
    assert result["reorgs"] == [{"fork_height": 17173049, "blocks_removed": 1}]
    assert result["blocks"] == 2 and result["transfers"] == 0
    async with app.state.db.session() as session:
        numbers = set(
            (await session.execute(select(OnchainTransfer.block_number).distinct())).scalars()
        )
        erc20 = (
            await session.execute(select(func.count()).where(OnchainTransfer.kind == "erc20"))
        ).scalar_one()
        hashes = dict((await session.execute(select(OnchainBlock.number, OnchainBlock.hash))).all())
    assert numbers == {17173049}
    assert erc20 == sum(1 for item in raw if item["block_number"] == 17173049)
    assert hashes == {
        17173049: node.blocks[17173049]["hash"],
        17173050: "0x" + "ab" * 32,
        17173051: "0x" + "cd" * 32,
    }
