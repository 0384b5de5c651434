"""Glassnode, CryptoQuant, Etherscan and BscScan clients against local servers answering in
each provider's documented format, including their errors, rate limits and pagination."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.conftest import assert_problem
from tests.local_servers import serve

DAY1, DAY2 = 1683072000, 1683158400  # 2023-05-03 and -04, 00:00 UTC
ADDRESS = "0x28c6c06298d514db089934071355e5743bf21d60"


class Provider:
    """One fake provider: records requests, answers 429 ``throttle`` times first."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.params: list[dict[str, str]] = []
        self.throttle = 0
        self.burst_seen = False

    def limited(self, request: Request) -> Response | None:
        self.requests.append(request)
        self.params.append(dict(request.query_params))
        if self.throttle:
            self.throttle -= 1
            return Response("Too Many Requests", 429, headers={"Retry-After": "0"})
        return None


def glassnode_app(provider: Provider) -> Starlette:
    series = {
        "transactions/transfers_volume_to_exchanges_sum": [
            {"t": DAY1, "v": 1200.5},
            {"t": DAY2, "v": 900.25},
        ],
        "transactions/transfers_volume_from_exchanges_sum": [
            {"t": DAY1, "v": 1000.0},
            {"t": DAY2, "v": 1100.75},
        ],
        "transactions/transfers_volume_exchanges_net": [
            {"t": DAY1, "v": 200.5},
            {"t": DAY2, "v": -200.5},
        ],
        "transactions/transfers_volume_from_miners_sum": [
            {"t": DAY1, "v": 310.0},
            {"t": DAY2, "v": 250.0},
        ],
        "distribution/balance_miners_sum": [
            {"t": DAY1, "v": 1800000.0},
            {"t": DAY2, "v": 1799500.0},
        ],
        "addresses/min_1k_count": [{"t": DAY1, "v": 2012}, {"t": DAY2, "v": 2015}],
        "supply/hodl_waves": [
            {
                "t": DAY2,
                "o": {
                    "24h": 0.01,
                    "1d_1w": 0.02,
                    "1w_1m": 0.04,
                    "1m_3m": 0.05,
                    "3m_6m": 0.06,
                    "6m_12m": 0.1,
                    "1y_2y": 0.12,
                    "2y_3y": 0.1,
                    "3y_5y": 0.15,
                    "5y_7y": 0.1,
                    "7y_10y": 0.1,
                    "more_10y": 0.15,
                },
            }
        ],
    }

    async def metric(request: Request) -> Response:
        if (answer := provider.limited(request)) is not None:
            return answer
        if request.headers.get("x-api-key") != "gn-key":
            return JSONResponse({"message": "invalid api key"}, 401)
        path = request.path_params["path"]
        if path not in series:
            return Response("metric not found", 404)
        return JSONResponse(series[path])

    return Starlette(routes=[Route("/v1/metrics/{path:path}", metric)])


def cryptoquant_app(provider: Provider) -> Starlette:
    async def endpoint(request: Request) -> Response:
        if (answer := provider.limited(request)) is not None:
            return answer
        if request.headers.get("authorization") != "Bearer cq-key":
            return JSONResponse({"status": {"code": 401, "message": "Invalid Token"}}, 401)
        path = request.path_params["path"]
        field = path.rsplit("/", 1)[-1]
        column = "reserve" if field == "reserve" else f"{field}_total"
        values = {
            "inflow": (5.5, 7.25),
            "outflow": (4.0, 9.0),
            "netflow": (1.5, -1.75),
            "reserve": (1000.0, 990.0),
        }[field]
        data = [
            {"date": "2023-05-04", column: values[1]},
            {"date": "2023-05-03", column: values[0]},
        ]
        return JSONResponse(
            {
                "status": {"code": 200, "message": "success"},
                "result": {"window": request.query_params["window"], "data": data},
            }
        )

    return Starlette(routes=[Route("/v1/{path:path}", endpoint)])


def etherscan_app(provider: Provider) -> Starlette:
    txs = [
        {
            "blockNumber": str(17173050 - i),
            "timeStamp": str(1683030011 - 12 * i),
            "hash": f"0x{i:064x}",
            "from": ADDRESS,
            "to": f"0x{i + 1:040x}",
            "value": str((i + 1) * 10**17),
            "contractAddress": "",
            "isError": "0",
        }
        for i in range(5)
    ]
    token = [
        {
            "blockNumber": "17173049",
            "timeStamp": "1683029999",
            "hash": "0x" + "aa" * 32,
            "from": ADDRESS,
            "to": "0xcc782d8b7863acf80e3a4fafc0e04d445f5bf711",
            "value": "497570000000000000000",
            "contractAddress": "0x3472A5A71965499acd81997a54BBA8D852C6E53d",
            "tokenName": "Badger",
            "tokenSymbol": "BADGER",
            "tokenDecimal": "18",
        }
    ]

    async def api(request: Request) -> Response:
        if (answer := provider.limited(request)) is not None:
            return answer
        q = request.query_params
        if q.get("apikey") != "es-key":
            return JSONResponse({"status": "0", "message": "NOTOK", "result": "Invalid API Key"})
        if q.get("address") == "0x" + "00" * 20:
            return JSONResponse({"status": "0", "message": "No transactions found", "result": []})
        if q.get("address") == "0x" + "11" * 20 and not provider.burst_seen:
            provider.burst_seen = True  # rate-limited once, then fine
            reason = "Max rate limit reached, please use API Key for higher rate limit"
            return JSONResponse({"status": "0", "message": "NOTOK", "result": reason})
        rows = token if q["action"] == "tokentx" else txs
        page, offset = int(q["page"]), int(q["offset"])
        return JSONResponse(
            {"status": "1", "message": "OK", "result": rows[(page - 1) * offset : page * offset]}
        )

    return Starlette(routes=[Route("/v2/api", api)])


async def test_glassnode_flows_miners_hodl_waves_and_whales(
    client, alice, onchain_settings
) -> None:
    provider = Provider()
    async with serve(glassnode_app(provider)) as url:
        onchain_settings(
            glassnode_base_url=url, glassnode_api_key="gn-key", provider_retry_base_delay=0
        )
        provider.throttle = 1  # one 429 first: retried
        response = await client.get(
            "/api/v1/onchain/flow",
            params={
                "chain": "btc",
                "source": "glassnode",
                "exchange": "binance",
                "start": "2023-05-03T00:00:00Z",
                "end": "2023-05-05T00:00:00Z",
            },
            headers=alice,
        )
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        assert [
            (i["bucket"], i["inflow"], i["outflow"], i["netflow"], i["source"]) for i in items
        ] == [
            ("2023-05-04T00:00:00Z", 900.25, 1100.75, -200.5, "glassnode"),
            ("2023-05-03T00:00:00Z", 1200.5, 1000.0, 200.5, "glassnode"),
        ]
        sent = provider.params[-1]
        assert (sent["a"], sent["e"], sent["i"], sent["s"], sent["u"]) == (
            "BTC",
            "binance",
            "24h",
            str(DAY1),
            str(DAY1 + 2 * 86400),
        )
        assert "api_key" not in sent  # the key travels in X-Api-Key, not the URL
        waves = (
            await client.get("/api/v1/onchain/utxo", params={"source": "glassnode"}, headers=alice)
        ).json()
        assert waves["source"] == "glassnode" and waves["at"] == "2023-05-04T00:00:00Z"
        shares = {b["band"]: b["share_value"] for b in waves["bands"]}
        assert shares["more_10y"] == 0.15 and sum(shares.values()) == pytest.approx(1.0)
        miners = (
            await client.get(
                "/api/v1/onchain/miners", params={"source": "glassnode"}, headers=alice
            )
        ).json()
        assert miners["spent_btc"] == 560.0 and miners["balance_change_btc"] == -500.0
        assert [p["balance_change_btc"] for p in miners["series"]] == [-500.0, None]
        whales = (await client.get("/api/v1/onchain/whales/addresses", headers=alice)).json()
        assert [(p["t"], p["count"]) for p in whales["items"]] == [
            ("2023-05-04T00:00:00Z", 2015),
            ("2023-05-03T00:00:00Z", 2012),
        ]
        # A wrong key is a 502 naming the provider; a provider that keeps throttling a 503.
        onchain_settings(glassnode_base_url=url, glassnode_api_key="wrong")
        body = assert_problem(
            await client.get("/api/v1/onchain/flow", params={"source": "glassnode"}, headers=alice),
            502,
        )
        assert body["provider"] == "glassnode" and "key rejected" in body["detail"]
        onchain_settings(
            glassnode_base_url=url,
            glassnode_api_key="gn-key",
            provider_max_retries=2,
            provider_retry_base_delay=0,
        )
        provider.throttle = 10
        response = await client.get(
            "/api/v1/onchain/flow", params={"source": "glassnode"}, headers=alice
        )
        body = assert_problem(response, 503)
        assert (
            body["type"].endswith("onchain-provider-rate-limited")
            and response.headers["retry-after"]
        )
        assert provider.throttle == 7  # the first try and two retries
    onchain_settings()  # no key at all: the request must pick another source
    body = assert_problem(
        await client.get("/api/v1/onchain/utxo", params={"source": "glassnode"}, headers=alice), 422
    )
    assert "APP_ONCHAIN_GLASSNODE_API_KEY" in body["detail"]
    assert body["errors"][0]["field"] == "query.source" and body["provider"] == "glassnode"
    onchain_settings(
        glassnode_base_url="http://127.0.0.1:9", glassnode_api_key="k", provider_max_retries=0
    )
    body = assert_problem(
        await client.get("/api/v1/onchain/utxo", params={"source": "glassnode"}, headers=alice), 503
    )
    assert body["type"].endswith("onchain-provider-unavailable")


async def test_cryptoquant_exchange_and_miner_flows(client, alice, onchain_settings) -> None:
    provider = Provider()
    async with serve(cryptoquant_app(provider)) as url:
        onchain_settings(cryptoquant_base_url=url, cryptoquant_api_key="cq-key")
        response = await client.get(
            "/api/v1/onchain/flow",
            params={
                "chain": "btc",
                "source": "cryptoquant",
                "exchange": "kraken",
                "start": "2023-05-03T00:00:00Z",
            },
            headers=alice,
        )
        items = response.json()["items"]
        assert [
            (i["bucket"], i["exchange"], i["inflow"], i["outflow"], i["netflow"]) for i in items
        ] == [
            ("2023-05-04T00:00:00Z", "kraken", 7.25, 9.0, -1.75),
            ("2023-05-03T00:00:00Z", "kraken", 5.5, 4.0, 1.5),
        ]
        assert provider.requests[0].url.path == "/v1/btc/exchange-flows/inflow"
        assert (
            provider.params[0]["window"],
            provider.params[0]["exchange"],
            provider.params[0]["from"],
        ) == ("day", "kraken", "20230503T000000")
        miners = (
            await client.get(
                "/api/v1/onchain/miners",
                params={"source": "cryptoquant", "miner": "f2pool"},
                headers=alice,
            )
        ).json()
        assert miners["spent_btc"] == 13.0 and miners["balance_change_btc"] == -10.0
        assert provider.params[-1]["miner"] == "f2pool"
        onchain_settings(cryptoquant_base_url=url, cryptoquant_api_key="bad")
        body = assert_problem(
            await client.get(
                "/api/v1/onchain/flow", params={"source": "cryptoquant"}, headers=alice
            ),
            502,
        )
        assert body["provider"] == "cryptoquant"


async def test_etherscan_and_bscscan_accounts(client, alice, onchain_settings) -> None:
    provider = Provider()
    async with serve(etherscan_app(provider)) as url:
        onchain_settings(
            etherscan_base_url=f"{url}/v2/api",
            etherscan_api_key="es-key",
            bscscan_base_url=f"{url}/v2/api",
            bscscan_api_key="es-key",
            provider_retry_base_delay=0,
        )
        path = f"/api/v1/onchain/accounts/eth/{ADDRESS}/transfers"
        first = (await client.get(path, params={"offset": 2}, headers=alice)).json()
        assert first["source"] == "etherscan" and first["next_page"] == 2
        assert [t["amount"] for t in first["items"]] == [0.1, 0.2]
        pages = [first]
        while pages[-1]["next_page"]:
            pages.append(
                (
                    await client.get(
                        path, params={"offset": 2, "page": pages[-1]["next_page"]}, headers=alice
                    )
                ).json()
            )
        assert [len(p["items"]) for p in pages] == [2, 2, 1]
        assert (
            provider.params[0]["chainid"],
            provider.params[0]["action"],
            provider.params[0]["page"],
        ) == ("1", "txlist", "1")
        tokens = (await client.get(path, params={"kind": "tokens"}, headers=alice)).json()
        (item,) = tokens["items"]
        assert (item["symbol"], item["amount"], item["token"]) == (
            "BADGER",
            497.57,
            "0x3472a5a71965499acd81997a54bba8d852c6e53d",
        )
        bsc = (
            await client.get(f"/api/v1/onchain/accounts/bsc/{ADDRESS}/transfers", headers=alice)
        ).json()
        assert bsc["source"] == "bscscan" and provider.params[-1]["chainid"] == "56"
        empty = (
            await client.get(f"/api/v1/onchain/accounts/eth/0x{'00' * 20}/transfers", headers=alice)
        ).json()
        assert empty["items"] == [] and empty["next_page"] is None
        # "Max rate limit reached" in the body is retried like a 429.
        burst = await client.get(
            f"/api/v1/onchain/accounts/eth/0x{'11' * 20}/transfers", headers=alice
        )
        assert burst.status_code == 200 and len(burst.json()["items"]) == 5
        assert_problem(
            await client.get("/api/v1/onchain/accounts/eth/0x1234/transfers", headers=alice), 422
        )
        assert_problem(
            await client.get(f"/api/v1/onchain/accounts/btc/{ADDRESS}/transfers", headers=alice),
            422,
        )
        onchain_settings(etherscan_base_url=f"{url}/v2/api", etherscan_api_key="nope")
        body = assert_problem(await client.get(path, headers=alice), 502)
        assert body["provider"] == "etherscan" and "Invalid API Key" in body["detail"]
