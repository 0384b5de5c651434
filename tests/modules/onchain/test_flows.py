"""Exchange flows of the shared mainnet blocks against a pandas computation from the raw
ethereum-etl files and the labels CSV (independent of the module's code)."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import orjson
import pandas as pd
import pytest

from app.modules.database.public import import_candle_file
from tests.conftest import assert_problem
from tests.local_servers import serve
from tests.modules.onchain.conftest import SAMPLE_TOKENS, import_labels, run_ingest
from tests.modules.onchain.nodes import EthNode

ETH_CLOSE = 1865.25  # the test's own candle for 2023-05-02 12:00 UTC (the blocks' hour)


def reference_flows(folder: Path, labels_csv: Path) -> pd.DataFrame:
    """inflow/outflow per (exchange, token) in raw base units, by pandas."""
    labels = pd.read_csv(labels_csv)
    entity = dict(zip(labels.address, labels.labels.str.split(";").str[0], strict=True))
    erc20 = pd.DataFrame(
        [
            json.loads(line)
            for line in (folder / "blocks_17173049_17173050_token_transfers.json").open()
        ]
    )
    erc20 = erc20.rename(columns={"token_address": "token"})[
        ["token", "from_address", "to_address", "value"]
    ]
    with (folder / "blocks_with_withdrawals_transactions.csv").open() as handle:
        txs = pd.DataFrame(list(csv.DictReader(handle)))
    txs["value"] = txs.value.map(int)
    native = txs[(txs.value > 0) & (txs.to_address != "")].assign(token="native")
    moves = pd.concat([erc20, native[["token", "from_address", "to_address", "value"]]])
    moves["value"] = moves.value.map(int).astype(object)
    moves["from_e"] = moves.from_address.map(entity)
    moves["to_e"] = moves.to_address.map(entity)
    moves = moves[(moves.from_e.notna() | moves.to_e.notna()) & (moves.from_e != moves.to_e)]
    inflow = moves[moves.to_e.notna()].groupby(["to_e", "token"]).value.agg(["sum", "count"])
    outflow = moves[moves.from_e.notna()].groupby(["from_e", "token"]).value.agg(["sum", "count"])
    inflow.index.names = outflow.index.names = ["exchange", "token"]
    table = inflow.join(outflow, how="outer", lsuffix="_in", rsuffix="_out")
    return table.fillna(0)


@pytest.fixture
async def ingested(client, app, admin, onchain_data, onchain_settings):
    folder = onchain_data / "ethereum_etl_samples"
    labels_csv = onchain_data / "etherscan_labels" / "exchange_addresses_etherscan_derived.csv"
    await import_labels(client, admin, labels_csv, "etherscan_exchanges")
    candle = orjson.dumps([[1683028800000, 1860.0, 1870.0, 1855.0, ETH_CLOSE, 1000.0]])
    async with app.state.db.session() as session:
        await import_candle_file(session, None, candle, "binance", "ETH/USDT", "1h")
        await session.commit()
    node = EthNode.from_etl(folder, SAMPLE_TOKENS)
    async with serve(node.app) as url:
        onchain_settings(eth_rpc_url=url, whale_eth=5.0, whale_usd=1e12)
        result = await run_ingest(client, app, admin, chain="eth", start=17173049, end=17173050)
    return folder, labels_csv, result


async def test_flows_match_pandas(ingested, client: httpx.AsyncClient, alice) -> None:
    folder, labels_csv, _ = ingested
    reference = reference_flows(folder, labels_csv)
    # The raw files: 33 transactions touch a labelled exchange address, 20 of the ERC-20 moves.
    with (folder / "blocks_with_withdrawals_transactions.csv").open() as handle:
        addresses = set(pd.read_csv(labels_csv).address)
        touching = [
            t
            for t in csv.DictReader(handle)
            if t["from_address"] in addresses or t["to_address"] in addresses
        ]
    assert len(touching) == 33
    response = await client.get(
        "/api/v1/onchain/flow",
        params={"chain": "eth", "interval": "total", "limit": 1000},
        headers=alice,
    )
    assert response.status_code == 200, response.text
    rows = {(r["exchange"], r["token"]): r for r in response.json()["items"]}
    assert set(rows) == set(reference.index)
    for (exchange, token), expected in reference.iterrows():
        row = rows[(exchange, token)]
        assert row["source"] == "node"
        assert int(row["inflow_raw"]) == int(expected["sum_in"])
        assert int(row["outflow_raw"]) == int(expected["sum_out"])
        assert row["transfers"] == int(expected["count_in"] + expected["count_out"])
        decimals = 18 if token == "native" else SAMPLE_TOKENS.get(token, (None,))[0]
        if decimals is None:
            assert row["inflow"] is None and row["netflow"] is None
            continue
        inflow, outflow = (
            int(expected["sum_in"]) / 10**decimals,
            int(expected["sum_out"]) / 10**decimals,
        )
        assert row["inflow"] == pytest.approx(inflow, rel=1e-12)
        assert row["netflow"] == pytest.approx(inflow - outflow, rel=1e-9, abs=1e-12)
        price = {
            "native": ETH_CLOSE,
            "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2": ETH_CLOSE,
            "0xdac17f958d2ee523a2206206994597c13d831ec7": 1.0,
            "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": 1.0,
            "0x6b175474e89094c44da98b954eedeac495271d0f": 1.0,
        }.get(token)
        if price is None:  # LINK: no LINK/USDT candle stored, so no USD value for its moves
            assert (row["inflow_usd"] is None) == (expected["count_in"] > 0)
            assert (row["outflow_usd"] is None) == (expected["count_out"] > 0)
            assert row["netflow_usd"] is None
        else:
            assert row["inflow_usd"] == pytest.approx(inflow * price, rel=1e-9, abs=1e-9)
            assert row["netflow_usd"] == pytest.approx(
                (inflow - outflow) * price, rel=1e-9, abs=1e-6
            )
    # One exchange only, and pagination over the same rows.
    binance = await client.get(
        "/api/v1/onchain/flow",
        params={"chain": "eth", "interval": "total", "exchange": "binance", "limit": 2},
        headers=alice,
    )
    items = binance.json()["items"]
    cursor = binance.json()["next_cursor"]
    while cursor:
        more = await client.get(
            "/api/v1/onchain/flow",
            params={
                "chain": "eth",
                "interval": "total",
                "exchange": "binance",
                "limit": 2,
                "cursor": cursor,
            },
            headers=alice,
        )
        items += more.json()["items"]
        cursor = more.json()["next_cursor"]
    assert {(r["exchange"], r["token"]) for r in items} == {k for k in rows if k[0] == "binance"}
    chart = await client.get(
        "/api/v1/onchain/flow/chart", params={"interval": "total"}, headers=alice
    )
    assert chart.status_code == 200 and len(chart.json()["data"]) == len(rows)
    # A time range before the blocks holds nothing.
    empty = await client.get(
        "/api/v1/onchain/flow",
        params={"end": datetime(2023, 5, 1, tzinfo=UTC).isoformat()},
        headers=alice,
    )
    assert empty.json()["items"] == []
    assert_problem(
        await client.get("/api/v1/onchain/flow", params={"cursor": "zz"}, headers=alice), 422
    )


async def test_whales_and_alerts(ingested, client: httpx.AsyncClient, alice) -> None:
    folder, _, result = ingested
    erc20 = [
        json.loads(line)
        for line in (folder / "blocks_17173049_17173050_token_transfers.json").open()
    ]
    with (folder / "blocks_with_withdrawals_transactions.csv").open() as handle:
        native = [t for t in csv.DictReader(handle) if int(t["value"]) > 0 and t["to_address"]]
    weth = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"
    expected = sorted(
        [int(t["value"]) for t in erc20 if t["token_address"] == weth and t["value"] >= 5 * 10**18]
        + [int(t["value"]) for t in native if int(t["value"]) >= 5 * 10**18]
    )
    response = await client.get("/api/v1/onchain/whales", params={"min_amount": 5}, headers=alice)
    items = response.json()["items"]
    assert sorted(i["amount"] for i in items) == pytest.approx([v / 10**18 for v in expected])
    assert all(i["amount_usd"] == pytest.approx(i["amount"] * ETH_CLOSE) for i in items)
    # The same threshold (whale_eth=5) raised one alert per whale transfer during ingestion.
    alerts = await client.get(
        "/api/v1/onchain/alerts", params={"kind": "whale_transfer"}, headers=alice
    )
    assert len(alerts.json()["items"]) == len(expected) == result["alerts"]


async def test_largest_net_changes_of_a_token(ingested, client: httpx.AsyncClient, alice) -> None:
    folder, _, _ = ingested
    raw = [
        json.loads(line)
        for line in (folder / "blocks_17173049_17173050_token_transfers.json").open()
    ]
    usdt = "0xdac17f958d2ee523a2206206994597c13d831ec7"
    net: dict[str, int] = {}
    for item in raw:
        if item["token_address"] == usdt:
            net[item["from_address"]] = net.get(item["from_address"], 0) - item["value"]
            net[item["to_address"]] = net.get(item["to_address"], 0) + item["value"]
    expected = sorted(net.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:5]
    body = (
        await client.get(
            "/api/v1/onchain/whales/holders",
            params={"chain": "eth", "asset": "USDT", "limit": 5},
            headers=alice,
        )
    ).json()
    assert body["asset"] == "USDT"
    assert [h["address"] for h in body["items"]] == [a for a, _ in expected]
    assert [h["net_change"] for h in body["items"]] == pytest.approx([v / 1e6 for _, v in expected])
