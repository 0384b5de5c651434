"""A synthetic Bitcoin chain built here, where every answer is known by construction: UTXO
age bands (HODL waves), miner flows, exchange flows with change netted, and a reorg."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from app.modules.onchain.models import OnchainUtxo
from tests.local_servers import serve
from tests.modules.onchain.conftest import LABELS_IMPORT, run_ingest
from tests.modules.onchain.nodes import BtcNode

TIP = datetime(2024, 1, 1, tzinfo=UTC)
MINER = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
EX1, EX2 = "1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ", "1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ"
AGES_DAYS = [4000, 400, 40, 10, 3, 0]  # block h is this many days before the tip


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _tx(name: str, spends: list[tuple[str, int]], pays: list[tuple[str, float]]) -> dict:
    vin = (
        [{"coinbase": "04ffff001d0104", "sequence": 4294967295}]
        if not spends
        else [
            {"txid": txid, "vout": vout, "scriptSig": {"asm": "", "hex": ""}, "sequence": 1}
            for txid, vout in spends
        ]
    )
    vout = [
        {
            "value": value,
            "n": n,
            "scriptPubKey": {"type": "pubkeyhash", "addresses": [address], "asm": "", "hex": ""},
        }
        for n, (address, value) in enumerate(pays)
    ]
    return {"txid": _hash(name), "hash": _hash(name), "vin": vin, "vout": vout}


def txid(name: str) -> str:
    return _hash(name)


def build_chain(fork: bool = False) -> list[dict]:
    """Heights 0-5 (and 6 on the fork, where block 5 is replaced)."""
    txs: dict[int, list[dict]] = {h: [_tx(f"cb{h}", [], [(MINER, 50.0)])] for h in range(6)}
    # block 3: the coinbase of block 1 pays 30 to the exchange and 20 to a wallet
    txs[3].append(_tx("t3", [(txid("cb1"), 0)], [(EX1, 30.0), ("wallet-y", 20.0)]))
    # block 4: the wallet moves its 20 on
    txs[4].append(_tx("t4", [(txid("t3"), 1)], [("wallet-z", 20.0)]))
    # block 5: cb4 -> d, and d is spent again within the block; the exchange pays 25 out and
    # keeps 5 as change on another of its addresses
    txs[5] += [
        _tx("d", [(txid("cb4"), 0)], [("wallet-w", 50.0)]),
        _tx("e", [(txid("d"), 0)], [("wallet-v", 50.0)]),
        _tx("f", [(txid("t3"), 0)], [("wallet-q", 25.0), (EX2, 5.0)]),
    ]
    heights = list(range(6))
    if fork:
        txs[5] = [_tx("cb5-fork", [], [("other-miner", 50.0)])]
        txs[6] = [_tx("cb6-fork", [], [("other-miner", 50.0)])]
        heights.append(6)
    blocks, previous = [], None
    for height in heights:
        moment = TIP - timedelta(days=AGES_DAYS[height]) if height < 6 else TIP + timedelta(hours=1)
        label = f"block{height}" + ("-fork" if fork and height >= 5 else "")
        block = {
            "hash": _hash(label),
            "height": height,
            "time": int(moment.timestamp()),
            "tx": txs[height],
        }
        if previous:
            block["previousblockhash"] = previous
        blocks.append(block)
        previous = block["hash"]
    return blocks


@pytest.fixture
async def chain(client, app, admin, onchain_settings):
    labels = f"address,entity,entity_type_guess\n{EX1},testex,cex\n{EX2},testex,cex\n"
    response = await client.post(
        LABELS_IMPORT, params={"format": "defillama_btc"}, content=labels.encode(), headers=admin
    )
    assert response.json()["inserted"] == 2
    node = BtcNode()
    for block in build_chain():
        node.add_block(block)
    async with serve(node.app) as url:
        onchain_settings(btc_rpc_url=url, rpc_batch_size=2, whale_btc=25.0, whale_usd=1e12)
        result = await run_ingest(client, app, admin, chain="btc", start=0)
        yield node, result, url


async def test_hodl_waves_by_count_and_value(chain, client: httpx.AsyncClient, alice) -> None:
    _, result, _ = chain
    assert result["blocks"] == 6 and result["unknown_inputs"] == 0
    assert result["spends"] == 5  # cb1, t3:1, cb4, d (inside its block), t3:0
    body = (await client.get("/api/v1/onchain/utxo", headers=alice)).json()
    bands = {b["band"]: b for b in body["bands"]}
    # By construction: more_10y cb0; 1m_3m cb2; 1w_1m cb3; 1d_1w wallet-z; 24h cb5, v, q, EX2.
    expected = {
        "more_10y": (1, 50),
        "1m_3m": (1, 50),
        "1w_1m": (1, 50),
        "1d_1w": (1, 20),
        "24h": (4, 130),
    }
    for name, band in bands.items():
        count, value = expected.get(name, (0, 0))
        assert (band["count"], band["value_btc"]) == (count, value), name
        assert band["share_value"] == pytest.approx(value / 300)
    assert (body["total_count"], body["total_value_btc"], body["height"]) == (8, 300, 5)
    # At an earlier moment (the day after block 3) the set is what existed then.
    at = (TIP - timedelta(days=9)).isoformat()
    earlier = (await client.get("/api/v1/onchain/utxo", params={"at": at}, headers=alice)).json()
    assert earlier["total_value_btc"] == 200  # cb0, cb2, cb3 + 30 + 20 (cb1 spent by then)
    assert earlier["total_count"] == 5


async def test_miners_and_exchange_flows(chain, client: httpx.AsyncClient, alice) -> None:
    report = (await client.get("/api/v1/onchain/miners", headers=alice)).json()
    assert (report["blocks"], report["mined_btc"], report["spent_btc"]) == (6, 300, 100)
    # cb1's spend paid 30 of 50 to the exchange; cb4's spend (tx d) paid none of its 50.
    assert report["spent_to_exchanges_btc"] == 30
    assert report["exchange_share"] == pytest.approx(30 / 100)
    assert report["balance_change_btc"] == 200
    (miner,) = report["addresses"]
    assert (miner["address"], miner["blocks"], miner["balance_btc"]) == (MINER, 6, 200)
    flows = (
        await client.get(
            "/api/v1/onchain/flow", params={"chain": "btc", "interval": "total"}, headers=alice
        )
    ).json()["items"]
    (row,) = flows
    # In: 30 in t3. Out: f spent 30 and returned 5 to the exchange: a net outflow of 25.
    assert (row["exchange"], row["inflow"], row["outflow"], row["netflow"]) == ("testex", 30, 25, 5)
    assert row["transfers"] == 2
    whales = (
        await client.get("/api/v1/onchain/whales", params={"chain": "btc"}, headers=alice)
    ).json()
    assert sorted(w["amount"] for w in whales["items"]) == [25, 30, 50, 50]  # >= 25, no coinbase


async def test_reorg_rolls_back_the_orphaned_block(chain, client, app, admin, alice) -> None:
    node, _, _ = chain
    for block in build_chain(fork=True)[5:]:
        node.add_block(block)  # block 5 replaced, block 6 on top of it
    result = await run_ingest(client, app, admin, chain="btc")
    assert result["reorgs"] == [{"fork_height": 4, "blocks_removed": 1}]
    assert result["blocks"] == 2  # 5' and 6'
    async with app.state.db.session() as session:
        rows = {(u.txid, u.vout): u for u in (await session.execute(select(OnchainUtxo))).scalars()}
    # The orphaned block's outputs are gone; what it spent is unspent again.
    for name in ("cb5", "d", "e", "f"):
        assert (txid(name), 0) not in rows
    assert rows[(txid("cb4"), 0)].spent_txid is None
    assert rows[(txid("t3"), 0)].spent_txid is None
    assert rows[(txid("t3"), 1)].spent_txid == txid("t4")  # block 4 is untouched
    assert (txid("cb6-fork"), 0) in rows
    status = (await client.get("/api/v1/onchain/status", headers=alice)).json()
    btc = next(c for c in status["chains"] if c["chain"] == "btc")
    assert (btc["tip"], btc["blocks"], btc["tip_hash"]) == (6, 7, _hash("block6-fork"))
    flows = (
        await client.get(
            "/api/v1/onchain/flow", params={"chain": "btc", "interval": "total"}, headers=alice
        )
    ).json()["items"]
    assert [(r["inflow"], r["outflow"]) for r in flows] == [(30, 0)]


async def test_reorg_deeper_than_allowed_fails_the_job(
    chain, client, app, admin, alice, onchain_settings
) -> None:
    node, _, url = chain
    previous = None
    for height in range(7):  # a node whose whole chain differs from the stored one
        block = {
            "hash": _hash(f"other{height}"),
            "height": height,
            "tx": [],
            "time": int((TIP + timedelta(minutes=height)).timestamp()),
        }
        if previous:
            block["previousblockhash"] = previous
        node.add_block(block)
        previous = block["hash"]
    onchain_settings(btc_rpc_url=url, reorg_depth=3)
    response = await client.post("/api/v1/onchain/ingest", json={"chain": "btc"}, headers=admin)
    job = await app.state.jobs.wait(response.json()["job_id"], 60)
    assert job.status == "failed"
    assert "differs from the stored one for more than 3 blocks" in job.error
    status = (await client.get("/api/v1/onchain/status", headers=alice)).json()
    btc = next(c for c in status["chains"] if c["chain"] == "btc")
    assert (btc["tip"], btc["tip_hash"]) == (5, _hash("block5"))  # nothing was rolled back


async def test_whale_alerts_reach_the_event_bus(
    client, app, admin, alice, onchain_settings
) -> None:
    import asyncio

    labels = f"address,entity,entity_type_guess\n{EX1},testex,cex\n"
    await client.post(
        LABELS_IMPORT, params={"format": "defillama_btc"}, content=labels.encode(), headers=admin
    )
    # alice's emergency rule: on-chain alerts from warning up notify her (the breaker listens).
    rule = {"source": "onchain", "action": "alert", "min_severity": "warning"}
    made = await client.post("/api/v1/emergency/event-rules", json=rule, headers=alice)
    assert made.status_code == 201, made.text
    envelopes: list[dict] = []
    subscribed = asyncio.Event()

    async def listen() -> None:
        stream = app.state.events.subscribe("alerts")
        first = asyncio.ensure_future(stream.__anext__())
        await asyncio.sleep(0.3)  # the subscription is registered on the first read
        subscribed.set()
        envelopes.append(await first)
        async for message in stream:
            envelopes.append(message)

    listener = asyncio.create_task(listen())
    await subscribed.wait()
    node = BtcNode()
    for block in build_chain():
        node.add_block(block)
    try:
        async with serve(node.app) as url:
            onchain_settings(btc_rpc_url=url, whale_btc=25.0, whale_usd=1e12)
            result = await run_ingest(client, app, admin, chain="btc", start=0)
        for _ in range(100):
            if len(envelopes) >= 4:
                break
            await asyncio.sleep(0.05)
    finally:
        listener.cancel()
    # Non-coinbase outputs of at least 25 BTC: 30 to the exchange, w 50, v 50, q 25.
    assert result["alerts"] == 4
    # Chain alerts concern every user: the core envelope with no user_id.
    assert {(m["kind"], m["source"], m["user_id"]) for m in envelopes} == {
        ("alert", "onchain", None)
    }
    received = [m["alert"] for m in envelopes]
    assert {m["event"] for m in received} == {"onchain.whale_transfer"}
    assert sorted(m["amount"] for m in received) == [25, 30, 50, 50]
    (exchange,) = [m for m in received if m["entity"]]
    assert (exchange["entity"], exchange["kind"], exchange["tx_hash"]) == (
        "testex",
        "whale_transfer",
        txid("t3"),
    )
    stored = (
        await client.get("/api/v1/onchain/alerts", params={"chain": "btc"}, headers=alice)
    ).json()
    assert sorted(a["id"] for a in stored["items"]) == sorted(m["id"] for m in received)
    acted: list[dict] = []
    for _ in range(200):
        page = await client.get("/api/v1/emergency/event-actions", headers=alice)
        acted = page.json()["items"]
        if len(acted) == 4:
            break
        await asyncio.sleep(0.05)
    assert sorted(a["alert"]["id"] for a in acted) == sorted(m["id"] for m in received)
    assert {a["action"] for a in acted} == {"alert"}


async def test_top_holders_and_new_large_wallets(chain, client: httpx.AsyncClient, alice) -> None:
    start = (TIP - timedelta(days=9)).isoformat()
    body = (
        await client.get("/api/v1/onchain/whales/holders", params={"start": start}, headers=alice)
    ).json()
    rows = [(h["address"], h["balance_start"], h["balance_end"], h["net_change"], h["new_large"])
            for h in body["items"]]  # fmt: skip
    # Nine days before the tip: the miner held cb0+cb2+cb3, the exchange 30, wallet-y 20.
    assert rows == [
        (MINER, 150, 200, 50, False),
        ("wallet-v", 0, 50, 50, True),
        ("wallet-q", 0, 25, 25, True),  # exactly the 25 BTC threshold
        ("wallet-z", 0, 20, 20, False),
        (EX2, 0, 5, 5, False),
    ]
    assert body["items"][4]["label"] == "testex" and body["min_balance"] == 25
