"""POST /portfolio/rebalance: drift band, lot sizes, minimum notional, stops on new exposure."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import assert_problem
from tests.modules.portfolio.conftest import PricedSource

API = "/api/v1/portfolio/rebalance"


async def test_rebalance_given_holding(
    client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    market.prices = {"SOL/USDT": 20.0}
    body = {
        "equity": 10_000,
        "holdings": {"BTC/USDT": 0.1, "ETH/USDT": 2.0},
        "prices": {"BTC/USDT": 50_000, "ETH/USDT": 2_000},
        "target_weights": {"BTC/USDT": 0.4, "ETH/USDT": 0.41, "SOL/USDT": 0.1},
        "drift_band": 0.02,
        "lot_size": {"BTC/USDT": 0.001},
        "fee_rate": 0.001,
    }
    response = await client.post(API, headers=alice, json=body)
    assert response.status_code == 200, response.text
    result = response.json()
    trades = {t["symbol"]: t for t in result["trades"]}
    # BTC 50 % → 40 %: sell 1,000 / 50,000 = 0.02 BTC (a multiple of the 0.001 lot)
    assert trades["BTC/USDT"]["side"] == "SELL"
    assert trades["BTC/USDT"]["quantity"] == pytest.approx(0.02)
    assert trades["BTC/USDT"]["stop_loss"] is None
    # ETH 40 % → 41 % is inside the 2 % band
    assert [s["symbol"] for s in result["skipped"]] == ["ETH/USDT"]
    # SOL is new: 1,000 / 20 = 50, priced from the exchange, with a 5 % stop below
    assert trades["SOL/USDT"]["quantity"] == pytest.approx(50.0)
    assert trades["SOL/USDT"]["stop_loss"] == pytest.approx(19.0)
    assert result["fees"] == pytest.approx(0.001 * (1_000 + 1_000))
    assert result["turnover"] == pytest.approx(0.2)


async def test_rebalance_rules(
    client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    base = {"equity": 1_000, "holdings": {}, "prices": {"BTC/USDT": 50_000}}
    small = (
        await client.post(
            API,
            headers=alice,
            json={**base, "target_weights": {"BTC/USDT": 0.005}, "drift_band": 0},
        )
    ).json()
    assert small["trades"] == [] and "minimum notional" in small["skipped"][0]["reason"]
    body = assert_problem(
        await client.post(API, headers=alice, json={**base, "target_weights": {"BTC/USDT": 4.0}}),
        422,
    )
    assert body["rule"] == "max-leverage"
    assert_problem(await client.post(API, headers=alice, json={"holdings": {}}), 422)
