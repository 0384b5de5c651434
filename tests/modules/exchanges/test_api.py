"""Aggregator endpoints over replayed recordings, the synthetic source and a counting source.

Expected quotes and books are recomputed from the raw recordings with plain loops (the
market-maker test helpers' independent Binance parser), not with the replay source itself.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import ccxt
import pytest

from app.modules.exchanges.errors import ExchangeUnavailable, SymbolNotFound
from app.modules.exchanges.synthetic_source import SyntheticSource
from tests.conftest import assert_problem
from tests.market_data import final_book
from tests.modules.marketmaker.conftest import load_binance_stream

API = "/api/v1/exchanges"
CRYPTOFEED = Path("orderbook_trades") / "cryptofeed"


def recordings(shared_data: Path, *venues: str) -> list[str]:
    base = shared_data / CRYPTOFEED
    return [str(base / f"{v}.{kind}") for v in venues for kind in ("ws.1.0", "http.0.0")]


class CountingSource(SyntheticSource):
    """Synthetic data with a call counter, an artificial venue latency and a failure switch."""

    def __init__(self, *args, delay: float = 0.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.delay = delay
        self.ticker_calls = 0
        self.book_calls = 0
        self.failing: set[str] = set()

    def _maybe_fail(self, exchange: str) -> None:
        if exchange in self.failing:
            raise ExchangeUnavailable(exchange, "connection refused (test)")

    async def fetch_ticker(self, exchange, symbol):
        self.ticker_calls += 1
        await asyncio.sleep(self.delay)
        self._maybe_fail(exchange)
        return await super().fetch_ticker(exchange, symbol)

    async def fetch_order_book(self, exchange, symbol, limit=None):
        self.book_calls += 1
        await asyncio.sleep(self.delay)
        self._maybe_fail(exchange)
        return await super().fetch_order_book(exchange, symbol, limit)


def last_book_ticker(shared_data: Path, stream: str) -> dict:
    last = None
    for line in (shared_data / CRYPTOFEED / "BINANCE.ws.1.0").read_text().splitlines():
        _, _, payload = line.partition(": ")
        if payload.startswith("{") and f'"{stream}@bookTicker"' in payload:
            last = json.loads(payload)["data"]
    assert last is not None
    return last


# --------------------------------------------------------------------------- replay


class TestReplayQuotes:
    @pytest.fixture
    def settings_overrides(self, shared_data):
        return {
            "market_data": "replay",
            "market_replay_speed": 0,
            "market_replay_paths": recordings(shared_data, "BINANCE", "BINANCE_FUTURES"),
        }

    async def test_list_reports_recorded_markets_and_ccxt_features(self, client, alice):
        response = await client.get(f"{API}/list", headers=alice)
        assert response.status_code == 200, response.text
        by_id = {item["id"]: item for item in response.json()["items"]}
        assert set(by_id) == {"binance", "binanceusdm"}
        spot, perp = by_id["binance"], by_id["binanceusdm"]
        # NKN/USDT, BLZ/ETH, LRC/BTC, RUNE/EUR and the four USDⓈ-M perps are recorded
        assert spot["markets"] == 4 and perp["markets"] == 4
        assert spot["source"] == perp["source"] == "replay"
        reference = ccxt.binanceusdm().describe()
        assert perp["taker_fee"] == reference["fees"]["trading"]["taker"]
        assert perp["name"] == reference["name"]
        assert perp["features"]["websocket"] is True
        assert perp["order_book_depth"] == {"max": 1000, "allowed": [5, 10, 20, 50, 100, 500, 1000]}
        assert spot["order_book_depth"] == {"max": 5000, "allowed": None}

    async def test_price_is_the_last_recorded_book_ticker(self, client, alice, shared_data):
        last = last_book_ticker(shared_data, "nknusdt")
        response = await client.get(
            f"{API}/binance/price", params={"symbol": "NKN-USDT"}, headers=alice
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert (body["exchange"], body["symbol"], body["source"]) == (
            "binance",
            "NKN/USDT",
            "replay",
        )
        assert body["bid"] == float(last["b"]) and body["ask"] == float(last["a"])
        assert body["mid"] == pytest.approx((float(last["b"]) + float(last["a"])) / 2)
        assert body["stale"] is False and body["age_seconds"] >= 0
        assert body["timestamp"].startswith("2021-10-12")

    async def test_orderbook_matches_an_independent_replay(self, client, alice, shared_data):
        stream = load_binance_stream(shared_data / CRYPTOFEED, "BINANCE", "NKNUSDT")
        bids, asks = final_book(stream)
        response = await client.get(
            f"{API}/binance/orderbook", params={"symbol": "NKN/USDT", "depth": 7}, headers=alice
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["bids"] == [list(level) for level in bids[:7]]
        assert body["asks"] == [list(level) for level in asks[:7]]
        assert body["depth"] == 7 and body["sequence"] == 499870179
        assert body["spread"] == pytest.approx(asks[0][0] - bids[0][0])
        assert (body["exchange"], body["source"]) == ("binance", "replay")

    async def test_prices_side_by_side_report_failures_per_exchange(self, client, alice):
        response = await client.get(f"{API}/prices", params={"symbol": "NKN-USDT"}, headers=alice)
        assert response.status_code == 200, response.text
        body = response.json()
        by_id = {item["exchange"]: item for item in body["prices"]}
        assert by_id["binance"]["ok"] and by_id["binance"]["price"]["source"] == "replay"
        missing = by_id["binanceusdm"]
        assert not missing["ok"] and missing["error"]["status"] == 404
        assert "NKN/USDT" in missing["error"]["detail"]
        assert body["best_bid"]["exchange"] == body["best_ask"]["exchange"] == "binance"
        bid, ask = by_id["binance"]["price"]["bid"], by_id["binance"]["price"]["ask"]
        assert body["cross_spread_bps"] == pytest.approx((bid - ask) / ask * 1e4)

    async def test_unknown_exchange_symbol_and_bad_input(self, client, alice):
        body = assert_problem(
            await client.get(f"{API}/kraken/price", params={"symbol": "BTC-USD"}, headers=alice),
            404,
        )
        assert body["exchange"] == "kraken" and "kraken" in body["detail"]
        body = assert_problem(
            await client.get(f"{API}/binance/price", params={"symbol": "DOGE-USDT"}, headers=alice),
            404,
        )
        assert "DOGE/USDT" in body["detail"] and body["exchange"] == "binance"
        body = assert_problem(
            await client.get(f"{API}/binance/price", params={"symbol": "NKNUSDT"}, headers=alice),
            422,
        )
        assert body["errors"][0]["field"] == "query.symbol"
        body = assert_problem(
            await client.get(
                f"{API}/binance/orderbook",
                params={"symbol": "NKN-USDT", "depth": 0},
                headers=alice,
            ),
            422,
        )
        assert body["errors"][0]["field"] == "query.depth"
        assert_problem(await client.get(f"{API}/BIN%20ANCE/price?symbol=A-B", headers=alice), 422)
        assert_problem(await client.get(f"{API}/binance/price?symbol=NKN-USDT"), 401)


# --------------------------------------------------------------------------- synthetic


class TestSyntheticQuotes:
    @pytest.fixture
    def settings_overrides(self):
        return {"market_data": "synthetic", "market_exchanges": ["binance", "okx", "kraken"]}

    async def test_price_and_book_say_they_are_synthetic(self, client, alice):
        price = (await client.get(f"{API}/okx/price?symbol=ETH-USDT", headers=alice)).json()
        assert (price["exchange"], price["symbol"], price["source"]) == (
            "okx",
            "ETH/USDT",
            "synthetic",
        )
        assert price["bid"] < price["ask"]
        book = (
            await client.get(f"{API}/kraken/orderbook?symbol=BTC-USD&depth=15", headers=alice)
        ).json()
        assert len(book["bids"]) == len(book["asks"]) == 15
        assert book["bids"][0][0] < book["asks"][0][0] and book["source"] == "synthetic"
        prices = (await client.get(f"{API}/prices?symbol=BTC-USDT", headers=alice)).json()
        assert [p["exchange"] for p in prices["prices"]] == ["binance", "okx", "kraken"]
        assert all(p["ok"] and p["price"]["source"] == "synthetic" for p in prices["prices"])


class TestLiveListingOffline:
    """The default live source: listing works with no network and reports unknowns as null."""

    async def test_list_does_not_touch_the_network(self, client, alice, app):
        response = await client.get(f"{API}/list", headers=alice)
        assert response.status_code == 200, response.text
        assert response.json()["next_cursor"] is None
        items = response.json()["items"]
        assert [i["id"] for i in items] == ["binance", "bybit", "okx", "bitget", "kraken"]
        assert all(i["markets"] is None and i["status"] == "unknown" for i in items)
        assert all(i["source"] == "live" for i in items)
        by_id = {i["id"]: i for i in items}
        assert by_id["kraken"]["taker_fee"] == ccxt.kraken().describe()["fees"]["trading"]["taker"]
        assert by_id["bitget"]["taker_fee"] == ccxt.bitget().describe()["fees"]["spot"]["taker"]
        assert by_id["okx"]["order_book_depth"]["max"] == 400
        assert app.state.market_data._clients == {}  # no ccxt client was created

    async def test_list_pages_with_limit_and_cursor(self, client, alice):
        seen, cursor = [], None
        for _ in range(5):
            params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
            page = (await client.get(f"{API}/list", params=params, headers=alice)).json()
            seen += [item["id"] for item in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert seen == ["binance", "bybit", "okx", "bitget", "kraken"]
        body = assert_problem(
            await client.get(f"{API}/list", params={"cursor": "%%%"}, headers=alice), 422
        )
        assert body["errors"][0]["field"] == "query.cursor"

    async def test_depth_beyond_a_venue_limit_is_rejected_before_any_call(self, client, alice):
        body = assert_problem(
            await client.get(
                f"{API}/okx/orderbook", params={"symbol": "BTC-USDT", "depth": 401}, headers=alice
            ),
            422,
        )
        assert body["errors"][0]["field"] == "query.depth" and "okx" in body["detail"]


# --------------------------------------------------------------------------- caching


class TestCoalescingAndStale:
    @pytest.fixture
    def settings_overrides(self):
        return {
            "market_data": "synthetic",
            "market_exchanges": ["binance", "okx"],
            "market_cache_ttl_seconds": 30,
        }

    @pytest.fixture
    def counting(self, app) -> CountingSource:
        source = CountingSource(["binance", "okx"], delay=0.05)
        app.state.market_data = source
        return source

    async def test_a_thousand_concurrent_requests_make_one_upstream_call(
        self, client, alice, counting
    ):
        url = f"{API}/binance/price?symbol=BTC-USDT"
        responses = await asyncio.gather(*(client.get(url, headers=alice) for _ in range(1000)))
        assert {r.status_code for r in responses} == {200}
        assert counting.ticker_calls == 1
        assert len({(r.json()["bid"], r.json()["fetched_at"]) for r in responses}) == 1
        books = await asyncio.gather(
            *(client.get(f"{API}/okx/orderbook?symbol=BTC-USDT", headers=alice) for _ in range(200))
        )
        assert {r.status_code for r in books} == {200} and counting.book_calls == 1

    async def test_unreachable_exchange_is_503_naming_it(self, client, alice, counting):
        counting.failing.add("okx")
        body = assert_problem(
            await client.get(f"{API}/okx/price?symbol=BTC-USDT", headers=alice), 503
        )
        assert body["exchange"] == "okx" and "okx" in body["detail"]
        prices = (await client.get(f"{API}/prices?symbol=BTC-USDT", headers=alice)).json()
        by_id = {p["exchange"]: p for p in prices["prices"]}
        assert by_id["binance"]["ok"] and by_id["okx"]["error"]["status"] == 503
        assert prices["best_bid"]["exchange"] == "binance"


class TestStaleServing:
    @pytest.fixture
    def settings_overrides(self):
        return {
            "market_data": "synthetic",
            "market_exchanges": ["binance"],
            "market_cache_ttl_seconds": 0,
        }

    async def test_last_good_value_is_served_marked_stale(self, client, alice, app):
        source = CountingSource(["binance"])
        app.state.market_data = source
        url = f"{API}/binance/price?symbol=BTC-USDT"
        good = (await client.get(url, headers=alice)).json()
        assert good["stale"] is False
        await asyncio.sleep(0.05)
        source.failing.add("binance")

        assert_problem(await client.get(url, headers=alice), 503)
        stale = await client.get(f"{url}&allow_stale=true", headers=alice)
        assert stale.status_code == 200, stale.text
        body = stale.json()
        assert body["stale"] is True
        assert (body["bid"], body["ask"], body["fetched_at"]) == (
            good["bid"],
            good["ask"],
            good["fetched_at"],
        )
        assert body["age_seconds"] >= 0.05
        assert source.ticker_calls == 3  # ttl 0: every request tried the venue

        book_url = f"{API}/binance/orderbook?symbol=ETH-USDT&allow_stale=true"
        assert_problem(await client.get(book_url, headers=alice), 503)  # nothing good to serve
        source.failing.clear()
        fresh = (await client.get(book_url, headers=alice)).json()
        source.failing.add("binance")
        await asyncio.sleep(0.01)
        stale_book = (await client.get(book_url, headers=alice)).json()
        assert stale_book["stale"] and stale_book["bids"] == fresh["bids"]

    async def test_stale_never_hides_a_bad_request(self, client, alice, app):
        class Missing(CountingSource):
            async def fetch_ticker(self, exchange, symbol):
                raise SymbolNotFound(exchange, symbol)

        app.state.market_data = Missing(["binance"])
        url = f"{API}/binance/price?symbol=XYZ-USDT&allow_stale=true"
        assert_problem(await client.get(url, headers=alice), 404)
