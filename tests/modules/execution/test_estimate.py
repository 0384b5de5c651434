"""Pre-trade estimate on a real Binance BTC/USDT book and real 1 h candles, checked against
numbers computed here (numpy), and the impact model's Y recalibrated on recorded trades."""

from __future__ import annotations

import csv
import itertools
import json
import math
from pathlib import Path

import httpx
import numpy as np
import pytest

from app.modules.exchanges.public import OrderBookSnapshot
from app.modules.exchanges.types import Source
from tests.conftest import assert_problem
from tests.modules.execution.conftest import ScriptedSource

GOCRYPTO = "orderbook_trades/gocryptotrader"


def ms(value: str) -> int:
    stamp = int(float(value))
    return stamp * 1000 if stamp < 1e12 else stamp


def csv_rows(data: Path) -> list[dict]:
    rows = list(csv.DictReader((data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv").open()))
    return sorted(rows, key=lambda r: ms(r["unix"]))


def binance_book(data: Path) -> tuple[OrderBookSnapshot, list[list[float]]]:
    raw = json.loads((data / GOCRYPTO / "binance_api_v3_depth__0.json").read_text())["data"]
    bids = tuple((float(p), float(q)) for p, q in raw["bids"])
    asks = tuple((float(p), float(q)) for p, q in raw["asks"])
    return OrderBookSnapshot("binance", "BTC/USDT", Source.REPLAY, 1, bids, asks), [
        [float(p), float(q)] for p, q in raw["asks"]
    ]


async def test_estimate_against_hand_computed_figures(
    client: httpx.AsyncClient, alice: dict, app: object, market: ScriptedSource, shared_data: Path
) -> None:
    from app.modules.database.public import import_candle_file

    rows = csv_rows(shared_data)[-24 * 30 :]  # the newest 30 days of the export
    header = "unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount"
    lines = [header] + [",".join(r[k] for k in header.split(",")) for r in reversed(rows)]
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        await import_candle_file(
            session, None, "\n".join(lines).encode(), "binance", "BTC/USDT", "1h"
        )
    book, asks = binance_book(shared_data)
    market.put_book(book)
    quantity = 0.5
    response = await client.get(
        "/api/v1/execute/estimate",
        params={"symbol": "BTC-USDT", "exchange": "binance", "side": "buy", "quantity": quantity},
        headers=alice,
    )
    assert response.status_code == 200, response.text
    est = response.json()
    mid = (book.bids[0][0] + book.asks[0][0]) / 2
    left, cost = quantity, 0.0
    for price, size in asks:
        take = min(left, size)
        cost += take * price
        left -= take
        if left <= 0:
            break
    walk = cost / quantity
    assert est["book_average_price"] == pytest.approx(walk, rel=1e-12)
    assert est["book_slippage_bps"] == pytest.approx((walk - mid) / mid * 1e4, rel=1e-9)
    closes = np.array([float(r["close"]) for r in rows])
    sigma = np.std(np.diff(np.log(closes)), ddof=1) * math.sqrt(24)
    volume = np.mean([float(r["Volume BTC"]) for r in rows]) * 24
    assert est["candles"] == 720 and est["candles_source"] == "db"
    assert est["sigma_daily"] == pytest.approx(sigma, rel=1e-4)
    assert est["daily_volume"] == pytest.approx(volume, rel=1e-4)
    assert est["impact_bps"] == pytest.approx(
        0.995 * sigma * math.sqrt(quantity / volume) * 1e4, rel=1e-4
    )
    spread = (book.asks[0][0] - book.bids[0][0]) / mid * 1e4
    assert est["spread_bps"] == pytest.approx(spread)
    assert est["fee_bps"] == pytest.approx(10.0)
    worst = max(est["impact_bps"], est["book_slippage_bps"])
    assert est["expected_cost_bps"] == pytest.approx(spread / 2 + 10.0 + worst)
    assert est["suggested_algorithm"] == "market"  # the best ask holds 2.05 BTC
    big = await client.get(
        "/api/v1/execute/estimate",
        params={"symbol": "BTC/USDT", "exchange": "binance", "side": "SELL", "quantity": 500},
        headers=alice,
    )
    big_est = big.json()
    assert big_est["book_fillable"] < 500  # 28 recorded levels cannot hold it
    # 500 BTC at ≤ 10 % of the hourly volume takes 500 / (0.1 · V/24) hours
    hours = 500 / (0.1 * volume / 24)
    assert big_est["suggested_horizon_seconds"] == pytest.approx(
        min(max(hours * 3600, 300), 86400), rel=1e-4
    )
    assert big_est["suggested_algorithm"] == ("vwap" if hours >= 4 else "twap")


async def test_estimate_bad_input(
    client: httpx.AsyncClient, alice: dict, market: ScriptedSource
) -> None:
    base = {"symbol": "COMP/USDT", "exchange": "binanceus", "side": "BUY"}
    assert_problem(await client.get("/api/v1/execute/estimate", params=base, headers=alice), 422)
    both = {**base, "quantity": 1, "notional": 5}
    assert_problem(await client.get("/api/v1/execute/estimate", params=both, headers=alice), 422)
    unknown = {**base, "symbol": "NOPE/USDT", "quantity": 1}
    problem = assert_problem(
        await client.get("/api/v1/execute/estimate", params=unknown, headers=alice), 422
    )
    assert problem["rule"] == "unknown-symbol"
    ok = await client.get("/api/v1/execute/estimate", params={**base, "quantity": 1}, headers=alice)
    assert ok.status_code == 200 and ok.json()["impact_bps"] is None  # no candles stored


def test_impact_y_recalibrates_on_recorded_trades(shared_data: Path) -> None:
    from app.modules.execution.config import ExecutionSettings
    from app.modules.execution.estimate import calibrate_y, tape_runs, volatility_and_volume

    raw = json.loads((shared_data / GOCRYPTO / "binance_api_v3_aggTrades__10.json").read_text())[
        "data"
    ]
    raw.sort(key=lambda t: t["a"])
    trades = [(float(t["p"]), float(t["q"]), "sell" if t["m"] else "buy") for t in raw]
    t0 = raw[0]["T"]
    rows = [r for r in csv_rows(shared_data) if t0 - 30 * 86_400_000 <= ms(r["unix"]) < t0]
    sigma, volume = volatility_and_volume(
        [float(r["close"]) for r in rows], [float(r["Volume BTC"]) for r in rows], 24
    )
    y = calibrate_y(tape_runs(trades), sigma, volume)
    # the same fit done independently: runs by itertools.groupby, slope by numpy lstsq
    xs, ys, previous = [], [], None
    for side, group in itertools.groupby(trades, key=lambda t: t[2]):
        run = list(group)
        if previous is not None:
            sign = 1 if side == "buy" else -1
            xs.append(sigma * math.sqrt(sum(t[1] for t in run) / volume))
            ys.append(sign * math.log(run[-1][0] / previous))
        previous = run[-1][0]
    slope = np.linalg.lstsq(np.array(xs)[:, None], np.array(ys), rcond=None)[0][0]
    assert y == pytest.approx(slope, rel=1e-9)
    assert ExecutionSettings().impact_y == pytest.approx(round(y, 3))
