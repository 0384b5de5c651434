"""POST /arbitrage/detect: explicit real books (derived_l2_snapshots.json) with hand-computed
VWAPs, triangular cycles by hand, fetched books on the synthetic source, and bad input."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import ccxt
import pytest

from tests.conftest import assert_problem
from tests.modules.exchanges.test_api import CountingSource

URL = "/api/v1/arbitrage/detect"


@cache
def _snapshots(path: Path) -> dict[tuple[str, str], dict]:
    return {(s["exchange"], s["symbol"]): s for s in json.loads(path.read_text())}


@pytest.fixture(scope="module")
def eth_usd(shared_data) -> dict:
    path = shared_data / "orderbook_trades" / "cryptofeed" / "derived_l2_snapshots.json"
    return _snapshots(path)["BITSTAMP", "ETHUSD"]


def rich_venue_body(eth_usd: dict, **extra) -> dict:
    """Real Bitstamp ETH/USD book vs a what-if venue bidding 3900 for 10 ETH."""
    return {
        "books": [
            {"exchange": "bitstamp", "symbol": "ETH/USD", "bids": eth_usd["bids"],
             "asks": eth_usd["asks"]},
            {"exchange": "kraken", "symbol": "ETH-USD", "bids": [[3900.0, 10.0]],
             "asks": [[3901.0, 1.0]]},
        ],
        "fees": {"bitstamp": 0.0025, "kraken": 0.001},
    } | extra  # fmt: skip


async def test_explicit_real_book_hand_computed_vwap(client, alice, eth_usd):
    (p1, q1), (p2, _q2) = eth_usd["asks"][:2]
    assert (p1, q1, p2) == (3805.47, 8.26964788, 3805.83)  # the recorded touch
    # 10 ETH: 8.26964788 @ 3805.47 + 1.73035212 @ 3805.83 = 38,055.322926763 USD
    buy = 8.26964788 * 3805.47 + 1.73035212 * 3805.83
    response = await client.post(URL, json=rich_venue_body(eth_usd), headers=alice)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["source"] == "request" and body["errors"] == []
    assert body["fees"] == {"bitstamp": 0.0025, "kraken": 0.001}
    (best,) = body["opportunities"]  # the reverse direction loses money and is left out
    assert (best["symbol"], best["buy_exchange"], best["sell_exchange"]) == (
        "ETH/USD",
        "bitstamp",
        "kraken",
    )
    assert best["size"] == pytest.approx(10.0)
    assert best["buy_notional"] == pytest.approx(buy)
    assert best["buy_vwap"] == pytest.approx(3805.5322926763, rel=1e-12)
    assert best["sell_vwap"] == pytest.approx(3900.0)
    assert best["buy_fee_quote"] == pytest.approx(buy * 0.0025)
    assert best["sell_fee_quote"] == pytest.approx(39.0)
    assert best["net_profit_quote"] == pytest.approx(39000 * 0.999 - buy * 1.0025)  # 849.19
    assert best["net_spread_bps"] == pytest.approx((39000 * 0.999 - buy * 1.0025) / buy * 1e4)
    assert best["limited_by"] == "sell_depth" and best["depth_limited"] and best["profitable"]
    assert (best["buy_levels_used"], best["sell_levels_used"]) == (2, 1)
    used = {(b["exchange"], b["symbol"]): b for b in body["books"]}
    assert used["bitstamp", "ETH/USD"]["ask_levels"] == len(eth_usd["asks"]) == 1971
    assert used["kraken", "ETH/USD"]["source"] == "request"


async def test_caps_withdrawal_fee_and_ranking_of_unprofitable_pairs(client, alice, eth_usd):
    body = rich_venue_body(
        eth_usd, max_notional=20_000, withdrawal_fees={"eth": 0.005}, include_unprofitable=True
    )
    result = (await client.post(URL, json=body, headers=alice)).json()
    best, reverse = result["opportunities"]
    size = 20_000 / 3805.47  # all of it at the touch: 5.2555... < 8.2697 ETH resting
    assert best["limited_by"] == "max_notional"
    assert best["size"] == pytest.approx(size) and best["buy_vwap"] == pytest.approx(3805.47)
    assert best["withdrawal_fee_base"] == 0.005
    assert best["withdrawal_fee_quote"] == pytest.approx(0.005 * 3900.0)
    gross = size * 3900.0 - 20_000
    net = gross - 20_000 * 0.0025 - size * 3900.0 * 0.001 - 19.5
    assert best["net_profit_quote"] == pytest.approx(net)
    # kraken asks 3901 vs bitstamp's best bid 3802.9: nothing executable, ranked last
    assert (reverse["buy_exchange"], reverse["size"], reverse["profitable"]) == ("kraken", 0, False)
    assert reverse["top_of_book_spread_bps"] == pytest.approx((3802.9 - 3901.0) / 3901.0 * 1e4)


async def test_real_book_against_itself_and_default_fees(client, alice, eth_usd):
    book = {"symbol": "ETH/USD", "bids": eth_usd["bids"], "asks": eth_usd["asks"]}
    body = {"books": [{"exchange": "bitstamp", **book}, {"exchange": "kraken", **book}]}
    result = (await client.post(URL, json=body, headers=alice)).json()
    assert result["opportunities"] == []
    for venue in ("bitstamp", "kraken"):  # documented default: ccxt's base-tier taker fee
        assert (
            result["fees"][venue] == getattr(ccxt, venue)().describe()["fees"]["trading"]["taker"]
        )


async def test_triangular_hand_computed_on_explicit_books(client, alice):
    books = [
        {"exchange": "binance", "symbol": "BTC/USDT", "bids": [[19990, 1], [19900, 2]],
         "asks": [[20000, 0.5], [20100, 1]]},
        {"exchange": "binance", "symbol": "ETH/BTC", "bids": [[0.0499, 10], [0.049, 10]],
         "asks": [[0.05, 10], [0.051, 10]]},
        {"exchange": "binance", "symbol": "ETH/USDT", "bids": [[1010, 5], [1005, 10]],
         "asks": [[1000, 10]]},
    ]  # fmt: skip
    body = {
        "books": books,
        "fees": {"binance": 0.001},
        "triangular": {
            "exchange": "binance",
            "start_currency": "usdt",
            "start_amount": 10_000,
            "symbols": ["BTC/USDT", "ETH-BTC", "ETH/USDT"],
        },
    }
    response = await client.post(URL, json=body, headers=alice)
    assert response.status_code == 200, response.text
    best, worst = response.json()["triangular"]
    # USDT→BTC: 10000 @ 20000 = 0.5 BTC, fee → 0.4995; BTC→ETH: 0.4995 / 0.05 = 9.99, fee →
    # 9.98001; ETH→USDT: 5 @ 1010 + 4.98001 @ 1005 = 10054.91005, fee → 10044.85513995
    assert best["path"] == ["USDT", "BTC", "ETH", "USDT"] and best["exchange"] == "binance"
    assert [leg["side"] for leg in best["legs"]] == ["buy", "buy", "sell"]
    assert best["legs"][2]["vwap"] == pytest.approx(10054.91005 / 9.98001)
    assert best["final_amount"] == pytest.approx(10044.85513995)
    assert best["profit_bps"] == pytest.approx(44.85513995) and best["profitable"]
    # USDT→ETH→BTC→USDT: 9.99 ETH → 0.498002499 BTC → 9945.11488505499 USDT
    assert worst["final_amount"] == pytest.approx(9945.11488505499) and not worst["profitable"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"fees": {"bitstamp": 0.5}}, "body.fees.bitstamp"),
        ({"max_notional": -1}, "body.max_notional"),
        ({"symbols": ["ETHUSD"]}, "body.symbols.0"),
        ({"symbols": ["BTC/USD"]}, "body.symbols"),
        ({"exchanges": ["bitstamp", "okx"]}, "body.exchanges"),
        ({"triangular": {"exchange": "bitstamp", "start_currency": "USD", "start_amount": 1,
                         "symbols": ["ETH/USD", "ETH/USD", "BTC/USD"]}},
         "body.triangular.symbols"),
    ],
)  # fmt: skip
async def test_bad_input_is_422_naming_the_field(client, alice, eth_usd, change, field):
    body = rich_venue_body(eth_usd) | change
    problem = assert_problem(await client.post(URL, json=body, headers=alice), 422)
    assert any(error["field"].startswith(field) for error in problem["errors"]), problem


async def test_malformed_books_and_bodies(client, alice, eth_usd):
    body = rich_venue_body(eth_usd)
    body["books"][1]["bids"] = [[-3900.0, 10.0]]
    problem = assert_problem(await client.post(URL, json=body, headers=alice), 422)
    assert problem["errors"][0]["field"] == "body.books.1.bids"
    body = rich_venue_body(eth_usd)
    body["books"].append(dict(body["books"][0]))
    assert (
        "twice" in assert_problem(await client.post(URL, json=body, headers=alice), 422)["detail"]
    )
    assert_problem(await client.post(URL, json={}, headers=alice), 422)
    assert_problem(
        await client.post(
            URL, content=b"{not json", headers={**alice, "content-type": "application/json"}
        ),
        422,
    )
    tri = {"exchange": "x1", "start_currency": "EUR", "start_amount": 5,
           "symbols": ["BTC/USDT", "ETH/BTC", "ETH/USDT"]}  # fmt: skip
    books = [{"exchange": "x1", "symbol": s, "bids": [[1, 1]], "asks": [[2, 1]]} for s in
             tri["symbols"]]  # fmt: skip
    problem = assert_problem(
        await client.post(URL, json={"books": books, "triangular": tri}, headers=alice), 422
    )
    assert problem["errors"][0]["field"] == "body.triangular.start_currency"


class TestFetchedBooks:
    @pytest.fixture
    def settings_overrides(self):
        return {"market_data": "synthetic", "market_exchanges": ["binance", "okx", "kraken"]}

    async def test_fetched_books_are_scanned_and_failures_reported(self, client, alice, app):
        source = CountingSource(["binance", "okx", "kraken"])
        source.failing.add("kraken")
        app.state.market_data = source
        body = {"symbols": ["BTC/USDT", "ETH/USDT"], "depth": 10, "include_unprofitable": True}
        response = await client.post(URL, json=body, headers=alice)
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["source"] == "synthetic"
        assert {(e["exchange"], e["status"]) for e in result["errors"]} == {("kraken", 503)}
        assert {(b["exchange"], b["bid_levels"]) for b in result["books"]} == {
            ("binance", 10),
            ("okx", 10),
        }
        assert len(result["opportunities"]) == 4  # 2 symbols x 2 ordered venue pairs
        for o in result["opportunities"]:
            fees = o["buy_fee_quote"] + o["sell_fee_quote"] + o["withdrawal_fee_quote"]
            assert o["net_profit_quote"] == pytest.approx(o["gross_spread_quote"] - fees)
        profits = [o["net_profit_quote"] for o in result["opportunities"]]
        assert profits == sorted(profits, reverse=True)
        assert result["fees"]["okx"] == ccxt.okx().describe()["fees"]["trading"]["taker"]

    async def test_unknown_exchange_is_404_naming_it(self, client, alice):
        body = {"symbols": ["BTC/USDT"], "exchanges": ["binance", "nope"]}
        problem = assert_problem(await client.post(URL, json=body, headers=alice), 404)
        assert problem["exchange"] == "nope" and "nope" in problem["detail"]
        tri = {"exchange": "bitfinex", "start_currency": "USDT", "start_amount": 100,
               "symbols": ["BTC/USDT", "ETH/BTC", "ETH/USDT"]}  # fmt: skip
        problem = assert_problem(
            await client.post(URL, json={"triangular": tri}, headers=alice), 404
        )
        assert problem["exchange"] == "bitfinex"
