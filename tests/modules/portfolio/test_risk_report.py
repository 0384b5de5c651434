"""GET /portfolio/risk against numpy / empyrical on the same returns."""

from __future__ import annotations

from pathlib import Path

import empyrical
import httpx
import numpy as np
import pandas as pd
import pytest

from app.modules.portfolio import public
from app.modules.portfolio.specs import PortfolioFill
from tests.conftest import assert_problem
from tests.modules.portfolio.conftest import PricedSource

API = "/api/v1/portfolio/risk"


async def test_risk_report(
    app: object,
    client: httpx.AsyncClient,
    alice: dict[str, str],
    market: PricedSource,
    shared_data: Path,
) -> None:
    from app.modules.database.public import import_candle_file

    market.prices = {"BTC/USD": 40_000.0, "ETH/USD": 2_000.0}
    uid = int((await client.get("/api/v1/auth/validate", headers=alice)).json()["sub"])
    closes = {}
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for coin in ("BTC", "ETH"):
            path = shared_data / f"ohlcv/daily_usd/{coin}-USD_1d.csv"
            await import_candle_file(session, None, path.read_bytes(), "yahoo", f"{coin}/USD", "1d")
            closes[f"{coin}/USD"] = pd.read_csv(path, parse_dates=[0], index_col=0)["Close"]
        await public.apply_fill(
            session,
            uid,
            PortfolioFill(
                symbol="BTC/USD", side="BUY", quantity=0.1, price=40_000, stop_loss=38_000
            ),
        )
        await public.apply_fill(
            session,
            uid,
            PortfolioFill(
                symbol="ETH/USD", side="SELL", quantity=1.0, price=2_000, stop_loss=2_100
            ),
        )
    response = await client.get(
        API,
        headers=alice,
        params={"exchange": "yahoo", "benchmark": "BTC/USD", "lookback": 120, "confidence": 0.95},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    w = np.array([4_000 / 10_000, -2_000 / 10_000])
    assert body["weights"] == {"BTC/USD": pytest.approx(w[0]), "ETH/USD": pytest.approx(w[1])}
    frame = pd.DataFrame(closes).dropna().iloc[-121:]
    returns = frame.pct_change().iloc[1:]
    port = returns[["BTC/USD", "ETH/USD"]].to_numpy() @ w
    assert body["observations"] == 120
    assert body["volatility"] == pytest.approx(port.std(ddof=1) * np.sqrt(365))
    assert body["var"] == pytest.approx(-empyrical.value_at_risk(port, 0.05))
    assert body["cvar"] == pytest.approx(-empyrical.conditional_value_at_risk(port, 0.05))
    slope = np.polyfit(returns["BTC/USD"].to_numpy(), port, 1)[0]
    assert body["beta"] == pytest.approx(slope)
    assert body["hhi"] == pytest.approx((4 / 6) ** 2 + (2 / 6) ** 2)
    assert body["heat"] == pytest.approx((0.1 * 2_000 + 1.0 * 100) / 10_000)
    rho = returns["BTC/USD"].corr(returns["ETH/USD"])
    assert body["correlation"]["BTC/USD"]["ETH/USD"] == pytest.approx(rho)
    assert 1.0 <= body["effective_bets"] <= 2.0
    assert_problem(await client.get(API, headers=alice, params={"exchange": "nowhere"}), 404)
