"""GET /portfolio/performance: equity from the ledger at real closes, metrics vs empyrical,
attribution summing to the active return."""

from __future__ import annotations

from pathlib import Path

import empyrical
import httpx
import numpy as np
import pandas as pd
import pytest

from app.modules.portfolio import public
from app.modules.portfolio.performance import brinson
from app.modules.portfolio.specs import PortfolioFill
from tests.conftest import assert_problem

API = "/api/v1/portfolio/performance"
FILLS = [  # (ts, symbol, side, qty, price, fee)
    ("2021-01-04T12:00:00Z", "BTC/USD", "BUY", 0.1, 31_000.0, 3.1),
    ("2021-01-10T09:00:00Z", "ETH/USD", "BUY", 2.0, 1_200.0, 2.4),
    ("2021-01-20T15:00:00Z", "BTC/USD", "SELL", 0.05, 34_000.0, 1.7),
    ("2021-02-01T00:00:00Z", "ETH/USD", "SELL", 3.0, 1_300.0, 3.9),
]


def test_brinson_by_hand() -> None:
    rows, rp, rb = brinson(
        {"A": 0.6, "B": 0.3}, {"A": 0.5, "B": 0.5}, {"A": 0.10, "B": -0.02}, {"A": 0.08, "B": 0.01}
    )
    by = {r.symbol: r for r in rows}
    assert rp == pytest.approx(0.6 * 0.10 + 0.3 * -0.02)
    assert rb == pytest.approx(0.5 * 0.08 + 0.5 * 0.01)
    assert by["A"].allocation == pytest.approx(0.1 * (0.08 - 0.045))
    assert by["B"].selection == pytest.approx(0.5 * (-0.02 - 0.01))
    assert by["cash"].portfolio_weight == pytest.approx(0.1)
    total = sum(r.allocation + r.selection + r.interaction for r in rows)
    assert total == pytest.approx(rp - rb)


async def test_performance_from_ledger(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], shared_data: Path
) -> None:
    from app.modules.database.public import import_candle_file

    uid = int((await client.get("/api/v1/auth/validate", headers=alice)).json()["sub"])
    closes = {}
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for coin in ("BTC", "ETH"):
            path = shared_data / f"ohlcv/daily_usd/{coin}-USD_1d.csv"
            await import_candle_file(session, None, path.read_bytes(), "yahoo", f"{coin}/USD", "1d")
            raw = pd.read_csv(path, parse_dates=[0], index_col=0)["Close"]
            closes[f"{coin}/USD"] = raw.loc["2021-01-01":"2021-02-28"]
        for ts, symbol, side, qty, price, fee in FILLS:
            await public.apply_fill(
                session,
                uid,
                PortfolioFill(
                    symbol=symbol,
                    side=side,
                    quantity=qty,
                    price=price,
                    fee=fee,
                    stop_loss=price * 0.8 if side == "BUY" else price * 1.2,
                    ts=ts,
                ),
            )
    response = await client.get(
        API,
        headers=alice,
        params={
            "exchange": "yahoo",
            "start": "2021-01-01T00:00:00Z",
            "end": "2021-03-01T00:00:00Z",
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    frame = pd.DataFrame(closes)
    bar_close = frame.index.tz_localize("UTC") + pd.Timedelta(days=1)
    # total PnL of any fill sequence at a close = Σ signed qty × (close − fill price) − fees
    expected = []
    for t, (_, row) in zip(bar_close, frame.iterrows(), strict=True):
        value = 10_000.0
        for ts, symbol, side, qty, price, fee in FILLS:
            if pd.Timestamp(ts) <= t:
                signed = qty if side == "BUY" else -qty
                value += signed * (row[symbol] - price) - fee
        expected.append(value)
    expected = np.array(expected)
    first = int(np.argmax(bar_close >= pd.Timestamp(FILLS[0][0]))) - 1
    expected = expected[first:]
    got = np.array([p["equity"] for p in body["equity_curve"]])
    assert got == pytest.approx(expected)
    assert got[0] == 10_000.0
    returns = expected[1:] / expected[:-1] - 1
    assert body["time_weighted_return"] == pytest.approx(expected[-1] / expected[0] - 1)
    assert body["metrics"]["sharpe"] == pytest.approx(
        empyrical.sharpe_ratio(returns, annualization=365), rel=1e-9
    )
    assert body["metrics"]["max_drawdown"] == pytest.approx(empyrical.max_drawdown(returns))
    effects = body["allocation"] + body["selection"] + body["interaction"]
    assert effects == pytest.approx(body["active_return"], abs=1e-12)
    assert sum(body["contributions"].values()) == pytest.approx(body["time_weighted_return"])
    btc = (
        await client.get(
            API,
            headers=alice,
            params={"exchange": "yahoo", "benchmark": "BTC/USD", "end": "2021-03-01T00:00:00Z"},
        )
    ).json()
    assert btc["benchmark"] == "BTC/USD"
    assert btc["allocation"] + btc["selection"] + btc["interaction"] == pytest.approx(
        btc["active_return"], abs=1e-12
    )
    chart = (
        await client.get(
            f"{API}/chart",
            headers=alice,
            params={
                "exchange": "yahoo",
                "start": "2021-01-01T00:00:00Z",
                "end": "2021-03-01T00:00:00Z",
            },
        )
    ).json()
    assert chart["data"][0]["y"] == pytest.approx(list(got))


async def test_performance_bad_input(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    assert_problem(await client.get(API, headers=alice, params={"exchange": "yahoo"}), 422)
    assert_problem(await client.get(API, headers=alice), 422)
