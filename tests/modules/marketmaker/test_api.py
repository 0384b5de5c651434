"""Market-maker endpoints over the real Binance recordings replayed flat out (speed 0).

References are computed independently: the final book from the conftest's plain-dict Binance
parser, imbalance with plain sums, a spoof's evidence from the snapshots the test itself wrote,
Benford digits with string slicing.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.modules.exchanges.replay import Recorder
from app.modules.exchanges.replay_source import ReplaySource
from app.modules.exchanges.types import OrderBookSnapshot
from app.modules.marketmaker.activity import activity_report
from app.modules.marketmaker.book_metrics import book_metrics
from app.modules.marketmaker.events import diff_snapshots
from tests.conftest import assert_problem
from tests.market_data import final_book
from tests.modules.marketmaker.conftest import load_binance_stream

MM = "/api/v1/mm"
PERP = {"exchange": "binanceusdm", "symbol": "SUSHI-USDT:USDT"}


def cryptofeed(shared_data: Path) -> Path:
    return shared_data / "orderbook_trades" / "cryptofeed"


def epoch(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


async def replayed(files: list[Path], exchange: str, symbol: str, depth: int | None = None):
    source = ReplaySource(files, speed=0)
    books = [b async for b in source.watch_order_book(exchange, symbol, depth)]
    trades = [t async for t in source.watch_trades(exchange, symbol)]
    return books, trades


@pytest.fixture
def settings_overrides(shared_data):
    base = cryptofeed(shared_data)
    files = ["BINANCE_FUTURES.ws.1.0", "BINANCE_FUTURES.http.0.0", "BINANCE.ws.1.0",
             "BINANCE.http.0.0"]  # fmt: skip
    return {
        "market_data": "replay",
        "market_replay_speed": 0,
        "market_replay_paths": [str(base / name) for name in files],
    }


# --------------------------------------------------------------------------- imbalance


async def test_imbalance_equals_book_metrics_on_the_same_book(client, alice, shared_data):
    stream = load_binance_stream(cryptofeed(shared_data), "BINANCE_FUTURES", "SUSHIUSDT")
    bids, asks = final_book(stream)
    response = await client.get(f"{MM}/imbalance", params=PERP | {"levels": 5}, headers=alice)
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["exchange"], body["symbol"], body["source"]) == (
        "binanceusdm",
        "SUSHI/USDT:USDT",
        "replay",
    )
    assert body["complete"] and body["book_snapshots"] > 200 and body["trades_seen"] == 40
    assert (body["bid_levels"], body["ask_levels"]) == (len(bids), len(asks))
    # plain sums over the top five levels of the independently rebuilt book
    b5, a5 = sum(q for _, q in bids[:5]), sum(q for _, q in asks[:5])
    assert body["imbalance"] == pytest.approx((b5 - a5) / (b5 + a5), rel=1e-12)
    expected = book_metrics(bids, asks, 5)
    assert body["weighted_imbalance"] == pytest.approx(expected.weighted_imbalance, rel=1e-12)
    assert body["microprice"] == pytest.approx(expected.microprice, rel=1e-12)
    assert body["touch"]["best_bid"] == bids[0][0] and body["touch"]["best_ask"] == asks[0][0]
    for band, ref in zip(body["depth"], expected.depth, strict=True):
        assert band["bid_qty"] == pytest.approx(ref.bid_qty)
        assert band["ask_notional"] == pytest.approx(ref.ask_notional)

    wide = (
        await client.get(f"{MM}/imbalance", params=PERP | {"levels": 100}, headers=alice)
    ).json()
    b100, a100 = sum(q for _, q in bids[:100]), sum(q for _, q in asks[:100])
    assert wide["imbalance"] == pytest.approx((b100 - a100) / (b100 + a100), rel=1e-12)
    assert wide["observed_to"] == body["observed_to"]  # the same, fully replayed stream


async def test_imbalance_on_spot_replay_and_repeatability(client, alice, shared_data):
    stream = load_binance_stream(cryptofeed(shared_data), "BINANCE", "NKNUSDT")
    bids, asks = final_book(stream)
    params = {"exchange": "binance", "symbol": "NKN/USDT", "levels": 1}
    first = (await client.get(f"{MM}/imbalance", params=params, headers=alice)).json()
    second = (await client.get(f"{MM}/imbalance", params=params, headers=alice)).json()
    assert first == second
    (bp, bq), (ap, aq) = bids[0], asks[0]
    assert first["imbalance"] == pytest.approx((bq - aq) / (bq + aq))
    assert first["microprice"] == pytest.approx((bp * aq + ap * bq) / (bq + aq))


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"levels": 0}, "query.levels"),
        ({"levels": 101}, "query.levels"),
        ({"symbol": "SUSHIUSDT"}, "query.symbol"),
        ({"exchange": "Binance!"}, "query.exchange"),
        ({"wait": 31}, "query.wait"),
    ],
)
async def test_imbalance_validation(client, alice, params, field):
    problem = assert_problem(
        await client.get(f"{MM}/imbalance", params=PERP | params, headers=alice), 422
    )
    assert problem["errors"][0]["field"] == field


async def test_unknown_exchange_and_symbol_are_404(client, alice):
    problem = assert_problem(
        await client.get(f"{MM}/imbalance", params=PERP | {"exchange": "okx"}, headers=alice), 404
    )
    assert problem["exchange"] == "okx" and "okx" in problem["detail"]
    problem = assert_problem(
        await client.get(
            f"{MM}/spoofing", params=PERP | {"symbol": "BTC-USDT:USDT"}, headers=alice
        ),
        404,
    )
    assert "BTC/USDT:USDT" in problem["detail"] and problem["exchange"] == "binanceusdm"
    assert_problem(await client.get(f"{MM}/imbalance", params=PERP), 401)


# --------------------------------------------------------------------------- spoofing


async def test_untouched_real_stream_raises_no_alert(client, alice):
    response = await client.get(f"{MM}/spoofing", params=PERP | {"window": 60}, headers=alice)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["alerts"] == [] and body["trades"] == 40 and body["updates"] > 3000
    assert body["settings"]["size_multiple"] == 10.0 and body["window_s"] == 60
    assert body["observed_seconds"] == pytest.approx(
        epoch(body["observed_to"]) - epoch(body["observed_from"])
    )
    for params, field in (({"window": 0}, "query.window"), ({"window": 3601}, "query.window"),
                          ({"size_multiple": 1}, "query.size_multiple")):  # fmt: skip
        problem = assert_problem(
            await client.get(f"{MM}/spoofing", params=PERP | params, headers=alice), 422
        )
        assert problem["errors"][0]["field"] == field


PRICE, SIZE = 7.608, 40_000.0


def _with(book: OrderBookSnapshot, ts: int, extra: float) -> OrderBookSnapshot:
    bids = dict(book.bids)
    bids[PRICE] = bids.get(PRICE, 0.0) + extra
    if bids[PRICE] == 0:
        del bids[PRICE]
    return OrderBookSnapshot(
        book.exchange, book.symbol, book.source, ts, tuple(sorted(bids.items(), reverse=True)),
        book.asks, book.sequence,
    )  # fmt: skip


def _mid(book: OrderBookSnapshot) -> float:
    return (book.bids[0][0] + book.asks[0][0]) / 2


@pytest.fixture(scope="module")
def spoof_case(shared_data, tmp_path_factory) -> dict:
    """The real SUSHI perp stream (200 levels) with a 40,000 bid at 7.608 placed ~20 s in and
    pulled ~26.5 s in (venue time) as the price falls towards it, as a unified JSONL recording."""
    files = [cryptofeed(shared_data) / f for f in ("BINANCE_FUTURES.ws.1.0",
                                                    "BINANCE_FUTURES.http.0.0")]  # fmt: skip
    books, trades = asyncio.run(replayed(files, "binanceusdm", "SUSHI/USDT:USDT", 200))
    t0 = books[0].timestamp
    i = next(k for k, b in enumerate(books) if b.timestamp >= t0 + 20_000)
    j = next(k for k, b in enumerate(books) if b.timestamp >= t0 + 26_500)
    before, last_with = books[i - 1], books[j - 1]
    placed = _with(before, before.timestamp + 1, SIZE)
    pulled = _with(last_with, last_with.timestamp + 1, 0.0)
    assert placed.timestamp < books[i].timestamp and pulled.timestamp < books[j].timestamp
    spoofed = [
        *books[:i],
        placed,
        *(_with(b, b.timestamp, SIZE) for b in books[i:j]),
        pulled,
        *books[j:],
    ]
    path = tmp_path_factory.mktemp("spoof") / "sushi_spoof.jsonl"
    with Recorder(path) as recorder:
        for event in sorted([*spoofed, *trades], key=lambda e: e.timestamp):
            recorder.record_event(event, ts=event.timestamp / 1000)
    top = [(p, q) for p, q in before.bids[:21] if p != PRICE][:20]
    t_place, t_remove = placed.timestamp / 1000, pulled.timestamp / 1000
    return {
        "path": path,
        "t_place": t_place,
        "t_remove": t_remove,
        "mid_place": _mid(before),
        "mid_remove": _mid(last_with),
        "level_before": dict(before.bids).get(PRICE, 0.0),
        "typical": statistics.median(q for _, q in top),
        "behind": sum(1 for p, _ in top if p > PRICE),
        "through": sum(
            t.amount
            for t in trades
            if t_place <= t.timestamp / 1000 <= t_remove + 1.0 and t.price <= PRICE
        ),
    }


class TestInjectedSpoof:
    @pytest.fixture
    def settings_overrides(self, spoof_case):
        return {
            "market_data": "replay",
            "market_replay_speed": 0,
            "market_replay_paths": [str(spoof_case["path"])],
        }

    async def test_spoof_shows_up_with_its_evidence(self, client, alice, spoof_case):
        case = spoof_case
        response = await client.get(f"{MM}/spoofing", params=PERP | {"window": 60}, headers=alice)
        assert response.status_code == 200, response.text
        body = response.json()
        assert (body["exchange"], body["source"]) == ("binanceusdm", "replay")
        (alert,) = body["alerts"]
        assert body["large_orders"] == [alert] and body["large_orders_total"] == 1
        assert (alert["side"], alert["price"], alert["size"]) == ("bid", PRICE, SIZE)
        assert alert["level_qty_before"] == case["level_before"]
        assert epoch(alert["placed_at"]) == pytest.approx(case["t_place"], abs=1e-6)
        assert epoch(alert["removed_at"]) == pytest.approx(case["t_remove"], abs=1e-6)
        assert alert["lifetime_s"] == pytest.approx(case["t_remove"] - case["t_place"])
        assert alert["typical_size"] == pytest.approx(case["typical"])
        assert alert["size_vs_typical"] == pytest.approx(SIZE / case["typical"])
        assert alert["levels_behind_touch"] == case["behind"]
        mid_p, mid_r = case["mid_place"], case["mid_remove"]
        assert alert["mid_at_placement"] == pytest.approx(mid_p)
        assert alert["mid_at_removal"] == pytest.approx(mid_r)
        assert alert["distance_bps_at_placement"] == pytest.approx((mid_p - PRICE) / mid_p * 1e4)
        assert alert["distance_bps_at_removal"] == pytest.approx((mid_r - PRICE) / mid_r * 1e4)
        assert alert["approach_bps"] > 0.2 * alert["distance_bps_at_placement"]
        assert case["through"] == 0.0 and alert["filled_qty"] == 0.0
        assert (alert["outcome"], alert["cancelled_qty"], alert["reasons"]) == (
            "cancelled",
            SIZE,
            [],
        )
        # a window that starts after the placement does not track the order
        short = await client.get(f"{MM}/spoofing", params=PERP | {"window": 3}, headers=alice)
        assert short.json()["alerts"] == []


# --------------------------------------------------------------------------- activity


async def test_activity_matches_the_detector_on_the_same_stream(client, alice, shared_data):
    files = [cryptofeed(shared_data) / f for f in ("BINANCE_FUTURES.ws.1.0",
                                                    "BINANCE_FUTURES.http.0.0")]  # fmt: skip
    books, trades = await replayed(files, "binanceusdm", "SUSHI/USDT:USDT")
    updates = []
    for prev, book in itertools.pairwise(books):
        updates += diff_snapshots(prev.bids, prev.asks, book.bids, book.asks, book.timestamp / 1000)
    start = books[0].timestamp / 1000
    end = max(books[-1].timestamp, trades[-1].timestamp) / 1000
    reference = activity_report(
        updates, initial_bids=books[0].bids, initial_asks=books[0].asks, start_ts=start, end_ts=end
    )

    response = await client.get(
        f"{MM}/activity/SUSHI-USDT:USDT?exchange=binanceusdm", headers=alice
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["exchange"], body["source"], body["window_s"]) == ("binanceusdm", "replay", 60)
    stats = body["activity"]
    assert stats["states"] == reference.states and stats["updates"] == reference.updates
    assert stats["quote_refresh_rate"] == pytest.approx(reference.quote_refresh_rate)
    assert stats["two_sided_presence"] == pytest.approx(reference.two_sided_presence)
    assert stats["score"] == pytest.approx(reference.score)
    assert stats["label"] == "likely"  # a perp refreshed several times a second
    assert epoch(body["observed_from"]) == pytest.approx(start)
    assert epoch(body["observed_to"]) == pytest.approx(end)
    buys = [p for p in body["slippage"] if p["side"] == "buy"]
    assert [p["notional"] for p in buys] == [1000, 10_000, 100_000]
    best_ask = books[-1].asks[0][0]
    assert buys[0]["vwap"] >= best_ask and buys[0]["slippage_bps"] > 0
    assert body["resiliency"]["large_trades"] >= 1

    recent = await client.get(
        f"{MM}/activity/SUSHI-USDT:USDT",
        params={"exchange": "binanceusdm", "window": 10, "notionals": "500"},
        headers=alice,
    )
    recent_body = recent.json()
    assert recent_body["observed_seconds"] == pytest.approx(10.0)
    assert recent_body["activity"]["states"] < stats["states"]
    assert [p["notional"] for p in recent_body["slippage"]] == [500, 500]
    problem = assert_problem(
        await client.get(
            f"{MM}/activity/SUSHI-USDT:USDT",
            params={"exchange": "binanceusdm", "notionals": "1,-2"},
            headers=alice,
        ),
        422,
    )
    assert problem["errors"][0]["field"] == "query.notionals"


# --------------------------------------------------------------------------- wash trading


async def test_wash_on_recent_recorded_trades(client, alice, shared_data):
    stream = load_binance_stream(cryptofeed(shared_data), "BINANCE_FUTURES", "SUSHIUSDT")
    body = {"exchange": "binanceusdm", "symbol": "SUSHI/USDT:USDT"}
    response = await client.post(f"{MM}/wash", json=body, headers=alice)
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["exchange"], result["source"], result["n"]) == (
        "binanceusdm",
        "replay",
        len(stream.trades),
    )
    digits = [int(repr(q).lstrip("0.")[0]) for _, _, _, q in stream.trades]
    assert result["benford"]["counts"] == [digits.count(d) for d in range(1, 10)]
    assert result["benford"]["conformity"] == "insufficient data"  # 40 < 50 trades
    assert "benford" not in result["scores"]


async def test_wash_on_a_given_tape_finds_mirror_prints(client, alice):
    t0 = datetime(2024, 3, 1, 12, tzinfo=UTC).timestamp()
    tape = []
    for k in range(30):  # 30 distinct organic prints, 1 s apart
        tape.append({"timestamp": t0 + k, "side": "buy" if k % 3 else "sell",
                     "price": 100 + k / 100, "amount": 0.137 * (k + 1)})  # fmt: skip
    for k in range(5):  # 5 planted pairs: same price and size, opposite sides, 10 ms apart
        ts = t0 + 100 + k
        pair = {"price": 101.5, "amount": 2.5}
        tape += [{"timestamp": ts, "side": "buy", **pair},
                 {"timestamp": ts + 0.01, "side": "sell", **pair}]  # fmt: skip
    for row in tape:
        row["timestamp"] = datetime.fromtimestamp(row["timestamp"], UTC).isoformat()
    response = await client.post(f"{MM}/wash", json={"trades": tape}, headers=alice)
    assert response.status_code == 200, response.text
    result = response.json()
    mirror = result["mirror_prints"]
    assert (result["source"], result["n"]) == ("request", 40)
    assert (mirror["pairs"], mirror["trades_in_pairs"]) == (5, 10)
    assert mirror["share_of_trades"] == pytest.approx(10 / 40)
    volume = sum(r["price"] * r["amount"] for r in tape)
    assert mirror["share_of_volume"] == pytest.approx(5 * 2 * 101.5 * 2.5 / volume)
    assert mirror["score"] == 1.0 and result["scores"]["mirror_prints"] == 1.0
    assert result["first_trade_at"].startswith("2024-03-01T12:00:00")


async def test_wash_validation(client, alice):
    problem = assert_problem(await client.post(f"{MM}/wash", json={}, headers=alice), 422)
    assert "trades" in problem["detail"]
    bad = {"trades": [{"timestamp": "2024-01-01T00:00:00Z", "price": -1, "amount": 1}]}
    problem = assert_problem(await client.post(f"{MM}/wash", json=bad, headers=alice), 422)
    assert problem["errors"][0]["field"] == "body.trades.0.price"
    unknown = {"exchange": "kraken", "symbol": "BTC/USD"}
    assert (
        assert_problem(await client.post(f"{MM}/wash", json=unknown, headers=alice), 404)[
            "exchange"
        ]
        == "kraken"
    )
    empty = (await client.post(f"{MM}/wash", json={"trades": []}, headers=alice)).json()
    assert empty["n"] == 0 and empty["suspicion"] is None
    for stamp in ("9999-12-31T23:00:00-05:00", 1.5):  # out of UTC's range; a number
        bad = {"trades": [{"timestamp": stamp, "price": 1, "amount": 1}]}
        problem = assert_problem(await client.post(f"{MM}/wash", json=bad, headers=alice), 422)
        assert problem["errors"][0]["field"] == "body.trades.0.timestamp"
    naive = {"trades": [{"timestamp": "2024-01-01T00:00:00", "price": 1, "amount": 1}]}
    response = await client.post(f"{MM}/wash", json=naive, headers=alice)
    assert response.json()["first_trade_at"] == "2024-01-01T00:00:00Z"  # naive means UTC
