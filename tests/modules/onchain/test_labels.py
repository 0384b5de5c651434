"""Label imports from the shared lists and address lookups."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx

from tests.conftest import assert_problem
from tests.modules.onchain.conftest import LABELS_IMPORT, import_labels


async def test_exchange_list_imports_every_row_and_looks_up(
    client: httpx.AsyncClient, admin: dict[str, str], alice: dict[str, str], onchain_data: Path
) -> None:
    path = onchain_data / "etherscan_labels" / "exchange_addresses_etherscan_derived.csv"
    with path.open() as handle:
        rows = list(csv.DictReader(handle))
    result = await import_labels(client, admin, path, "etherscan_exchanges")
    assert result["parsed"] == len(rows) == 406
    assert (result["inserted"], result["updated"], result["rejected"]) == (406, 0, 0)

    again = await import_labels(client, admin, path, "etherscan_exchanges")
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 406)

    # A checksummed (EIP-55) spelling of Binance 14 finds the lower-case stored label.
    response = await client.get(
        "/api/v1/onchain/labels/eth/0x28C6c06298d514Db089934071355E5743bf21d60", headers=alice
    )
    assert response.status_code == 200, response.text
    label = response.json()["label"]
    assert label["name"] == "Binance 14"
    assert (label["entity"], label["category"]) == ("binance", "exchange")
    assert label["source"] == "etherscan_exchanges"

    page = await client.get(
        "/api/v1/onchain/labels", params={"entity": "kraken", "limit": 10}, headers=alice
    )
    kraken = [r for r in rows if "kraken" in r["labels"].split(";")]
    items = page.json()["items"]
    assert page.json()["next_cursor"] is not None and len(items) == 10
    second = await client.get(
        "/api/v1/onchain/labels",
        params={"entity": "kraken", "limit": 10, "cursor": page.json()["next_cursor"]},
        headers=alice,
    )
    seen = {i["address"] for i in items} | {i["address"] for i in second.json()["items"]}
    assert seen == {r["address"] for r in kraken} and second.json()["next_cursor"] is None


async def test_btc_entities_and_combined_json(
    client: httpx.AsyncClient, admin: dict[str, str], alice: dict[str, str], onchain_data: Path
) -> None:
    path = onchain_data / "btc_entity_addresses_defillama.csv"
    with path.open() as handle:
        rows = list(csv.DictReader(handle))
    result = await import_labels(client, admin, path, "defillama_btc")
    assert result["parsed"] == len(rows) == 1915 and result["rejected"] == 0
    # five addresses are listed twice; one of them (huobi, cex) also as another entity
    assert result["inserted"] == len({r["address"] for r in rows}) == 1910
    first = rows[0]
    response = await client.get(f"/api/v1/onchain/labels/btc/{first['address']}", headers=alice)
    label = response.json()["label"]
    assert label["entity"] == first["entity"].lower()
    assert label["category"] == ("exchange" if first["entity_type_guess"] == "cex" else "entity")
    cex = sum(1 for r in rows if r["entity_type_guess"] == "cex")
    page = await client.get(
        "/api/v1/onchain/labels",
        params={"chain": "btc", "category": "exchange", "limit": 1000},
        headers=alice,
    )
    more = await client.get(
        "/api/v1/onchain/labels",
        params={"chain": "btc", "category": "exchange", "limit": 1000,
                "cursor": page.json()["next_cursor"]},
        headers=alice,
    )  # fmt: skip
    assert len(page.json()["items"]) + len(more.json()["items"]) == cex

    combined = onchain_data / "etherscan_labels" / "combinedAccountLabels_etherscan.json"
    result = await import_labels(client, admin, combined, "etherscan_combined")
    assert result["parsed"] == 23288
    response = await client.get(
        "/api/v1/onchain/labels/eth/0x0e8ba001a821f3ce0734763d008c9d7c957f5852", headers=alice
    )
    label = response.json()["label"]
    assert label["name"] == "AmadeusRelay" and label["tags"] == ["0x-protocol-ecosystem", "dex"]


async def test_bad_addresses_files_and_rights(
    client: httpx.AsyncClient, admin: dict[str, str], alice: dict[str, str]
) -> None:
    for chain, address in [
        ("eth", "0x28C6c06298d514Db089934071355E5743bf21d61"),  # bad EIP-55 checksum
        ("eth", "0x1234"),
        ("btc", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"),  # base58 checksum broken
        ("btc", "bc1qsllhrk7w4e4kprc5qhqtqg9p6e83ektc2d7qmb"),  # bech32 checksum broken
        ("btc", "not-an-address"),
    ]:
        body = assert_problem(
            await client.get(f"/api/v1/onchain/labels/{chain}/{address}", headers=alice), 422
        )
        assert body["errors"][0]["field"] == "path.address"
    assert_problem(
        await client.get(
            "/api/v1/onchain/labels/btc/1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", headers=alice
        ),
        404,
    )
    assert_problem(await client.get("/api/v1/onchain/labels/doge/abc", headers=alice), 422)
    assert_problem(
        await client.post(
            LABELS_IMPORT, params={"format": "etherscan_exchanges"}, content=b"a,b\n1,2\n",
            headers=alice,
        ),
        403,
    )  # fmt: skip
    body = assert_problem(
        await client.post(
            LABELS_IMPORT, params={"format": "etherscan_exchanges"}, content=b"a,b\n1,2\n",
            headers=admin,
        ),
        422,
    )  # fmt: skip
    assert "missing column" in body["detail"]
    assert_problem(
        await client.post(
            LABELS_IMPORT, params={"format": "etherscan_combined"}, content=b"[1, 2",
            headers=admin,
        ),
        422,
    )  # fmt: skip
    # A file of non-addresses is counted, not stored.
    result = await client.post(
        LABELS_IMPORT, params={"format": "defillama_btc"},
        content=b"address,entity,entity_type_guess\nxyz,foo,cex\n", headers=admin,
    )  # fmt: skip
    assert result.status_code == 200 and result.json()["rejected"] == 1
