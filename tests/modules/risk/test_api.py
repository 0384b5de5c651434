"""Risk endpoints over HTTP, on the caller's paper account where they use one."""

from __future__ import annotations

from datetime import timedelta

import empyrical
import httpx
import numpy as np
import pytest
from scipy import stats

from app.modules.exchanges.public import OrderBookSnapshot
from app.modules.exchanges.types import Source
from app.modules.portfolio import public as portfolio
from app.modules.portfolio.specs import PortfolioFill
from tests.conftest import assert_problem
from tests.modules.risk.conftest import PricedSource

API = "/api/v1/risk"


async def _uid(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    return int((await client.get("/api/v1/auth/validate", headers=headers)).json()["sub"])


async def test_var_endpoint(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    rng = np.random.default_rng(7)
    r = rng.standard_t(4, 1500) * 0.02
    body = (
        await client.post(
            f"{API}/var", headers=alice, json={"returns": r.tolist(), "confidence": 0.99}
        )
    ).json()
    assert body["var"] == pytest.approx(-empyrical.value_at_risk(r, 0.01))
    assert body["cvar"] == pytest.approx(-empyrical.conditional_value_at_risk(r, 0.01))
    prices = 100 * np.cumprod(np.r_[1.0, 1 + r])
    g = (
        await client.post(
            f"{API}/var",
            headers=alice,
            json={
                "prices": prices.tolist(),
                "method": "gaussian",
                "confidence": 0.95,
                "horizon": 5,
            },
        )
    ).json()
    z = stats.norm.ppf(0.95)
    assert g["var"] == pytest.approx(z * r.std(ddof=1) * np.sqrt(5) - 5 * r.mean(), rel=1e-8)
    bt = (
        await client.post(
            f"{API}/var",
            headers=alice,
            json={
                "returns": r.tolist(),
                "method": "gaussian",
                "confidence": 0.95,
                "backtest_window": 250,
            },
        )
    ).json()["backtest"]
    assert bt["observations"] == 1250
    mc = (
        await client.post(
            f"{API}/var",
            headers=alice,
            json={
                "assets": {"BTC/USDT": r.tolist(), "ETH/USDT": (r * 1.5).tolist()},
                "weights": {"BTC/USDT": 0.5, "ETH/USDT": 0.5},
                "method": "monte_carlo",
                "paths": 20_000,
            },
        )
    ).json()
    assert mc["var"] > 0 and mc["details"]["paths"] == 20_000


async def test_var_bad_input(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    for body in [
        {"returns": [0.01, 0.02], "confidence": 1.5},
        {"returns": [0.01, 0.02], "prices": [1, 2, 3]},
        {"prices": [1, 0, 2]},
        {"returns": [0.01, -1.5, 0.0]},
        {"assets": {"A/B": [0.1, 0.2]}, "weights": {"C/D": 1.0}},
        {"returns": [0.01] * 30, "backtest_window": 40},
    ]:
        assert_problem(await client.post(f"{API}/var", headers=alice, json=body), 422)
    assert_problem(
        await client.post(
            f"{API}/var",
            headers=alice,
            json={"returns": [1e308, -0.5, 1e308], "method": "gaussian"},
        ),
        422,
    )
    assert_problem(await client.post(f"{API}/var", json={"returns": [0.1, 0.2]}), 401)


async def test_position_size(
    client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    # the personal cap in the user's settings (default 1×) binds before the 3× white-hat cap
    one = (
        await client.post(
            f"{API}/position_size", headers=alice, json={"entry_price": 100, "stop_loss": 99.9}
        )
    ).json()
    assert (one["bound"], one["fraction"], one["leverage_cap"]) == ("leverage_cap", 1.0, 1.0)
    personal = assert_problem(
        await client.post(
            f"{API}/position_size",
            headers=alice,
            json={"entry_price": 100, "stop_loss": 95, "leverage": 2},
        ),
        422,
    )
    assert personal["rule"] == "personal-max-leverage"
    saved = await client.put(
        "/api/v1/settings", headers=alice, json={"max_leverage": 3, "risk_per_trade": 0.02}
    )
    assert saved.status_code == 200, saved.text
    user_risk = (
        await client.post(
            f"{API}/position_size", headers=alice, json={"entry_price": 100, "stop_loss": 95}
        )
    ).json()
    assert user_risk["quantity"] == pytest.approx(10_000 * 0.02 / 5)
    ff = (
        await client.post(
            f"{API}/position_size",
            headers=alice,
            json={"entry_price": 100, "stop_loss": 95, "risk_per_trade": 0.01},
        )
    ).json()
    assert ff["equity"] == 10_000 and ff["quantity"] == pytest.approx(20.0)
    kelly = (
        await client.post(
            f"{API}/position_size",
            headers=alice,
            json={"method": "kelly", "entry_price": 100, "win_rate": 0.6, "payoff_ratio": 1.5},
        )
    ).json()
    assert kelly["kelly_fraction"] == pytest.approx(0.6 - 0.4 / 1.5)
    assert kelly["fraction"] == pytest.approx((0.6 - 0.4 / 1.5) / 2)
    capped = (
        await client.post(
            f"{API}/position_size",
            headers=alice,
            json={"entry_price": 100, "stop_loss": 99.9, "leverage": 3},
        )
    ).json()
    assert (capped["bound"], capped["fraction"]) == ("leverage_cap", pytest.approx(3.0))
    margin = (
        await client.post(
            f"{API}/position_size", headers=alice, json={"entry_price": 100, "stop_loss": 99.9}
        )
    ).json()
    assert margin["bound"] == "free_margin" and margin["fraction"] == pytest.approx(1.0)
    vol = (
        await client.post(
            f"{API}/position_size",
            headers=alice,
            json={
                "method": "volatility_target",
                "entry_price": 100,
                "target_volatility": 0.01,
                "atr": 4.0,
            },
        )
    ).json()
    assert vol["fraction"] == pytest.approx(0.25)
    assert_problem(
        await client.post(f"{API}/position_size", headers=alice, json={"entry_price": 100}), 422
    )
    body = assert_problem(
        await client.post(
            f"{API}/position_size",
            headers=alice,
            json={"entry_price": 100, "stop_loss": 95, "leverage": 5},
        ),
        422,
    )
    assert body["rule"] == "max-leverage"


async def test_stop_loss_with_exchange_book(
    client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    market.books["BTC/USDT"] = OrderBookSnapshot(
        "binance",
        "BTC/USDT",
        Source.REPLAY,
        None,
        bids=((99.0, 1.0), (98.0, 1.0), (97.0, 10.0)),
        asks=((101.0, 5.0),),
    )
    body = (
        await client.post(
            f"{API}/stop_loss",
            headers=alice,
            json={
                "side": "long",
                "entry_price": 100,
                "quantity": 2,
                "atr": 2,
                "fee_rate": 0,
                "exchange": "binance",
                "symbol": "BTC/USDT",
            },
        )
    ).json()
    slip = 98.5 / 99 - 1
    assert body["level"] == pytest.approx(96.0)
    assert body["expected_fill"] == pytest.approx(96 * (1 + slip))
    assert body["book_source"] == "replay" and body["levels_used"] == 2
    candles = [{"high": 101 + i % 3, "low": 99 - i % 2, "close": 100} for i in range(30)]
    swing = (
        await client.post(
            f"{API}/stop_loss",
            headers=alice,
            json={
                "side": "long",
                "entry_price": 100,
                "quantity": 1,
                "candles": candles,
                "basis": "swing",
                "swing_buffer_atr": 0,
            },
        )
    ).json()
    assert swing["level"] == 98 and swing["atr"] > 0
    assert_problem(
        await client.post(
            f"{API}/stop_loss",
            headers=alice,
            json={"side": "long", "entry_price": 100, "quantity": 1},
        ),
        422,
    )


async def test_heat_and_check_order(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    market.prices = {"BTC/USDT": 100.0, "ETH/USDT": 50.0}
    uid = await _uid(client, alice)
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        await portfolio.apply_fill(
            session,
            uid,
            PortfolioFill(symbol="BTC/USDT", side="BUY", quantity=10, price=100, stop_loss=97),
        )
        await portfolio.apply_fill(
            session,
            uid,
            PortfolioFill(symbol="ETH/USDT", side="SELL", quantity=20, price=50, stop_loss=51),
        )
    heat = (await client.get(f"{API}/portfolio_heat", headers=alice)).json()
    market.books["BTC/USDT"] = OrderBookSnapshot(
        "binance",
        "BTC/USDT",
        Source.REPLAY,
        None,
        bids=((99.0, 4.0), (98.0, 6.0)),
        asks=((101.0, 5.0),),
    )
    market.books["ETH/USDT"] = OrderBookSnapshot(
        "binance", "ETH/USDT", Source.REPLAY, None, bids=((49.0, 50.0),), asks=((51.0, 20.0),)
    )
    slipped = (
        await client.get(f"{API}/portfolio_heat", headers=alice, params={"slippage": "true"})
    ).json()
    btc_slip = 1 - (4 * 99 + 6 * 98) / 10 / 99  # selling 10 BTC into the bids
    assert slipped["total_risk"] == pytest.approx(50 + 10 * 97 * btc_slip)
    assert heat["total_risk"] == pytest.approx(10 * 3 + 20 * 1)
    assert heat["total_fraction"] == pytest.approx(50 / 10_000)
    ok = await client.post(
        f"{API}/check_order",
        headers=alice,
        json={
            "symbol": "BTC/USDT",
            "side": "BUY",
            "quantity": 1,
            "price": 100,
            "stop_loss": 98,
            "confidence": 0.8,
        },
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["heat_after"] == pytest.approx((11 * 2 + 20) / 10_000)
    too_hot = await client.post(
        f"{API}/check_order",
        headers=alice,
        json={
            "symbol": "SOL/USDT",
            "side": "BUY",
            "quantity": 80,
            "price": 10,
            "stop_loss": 8.5,
            "confidence": 0.8,
        },
    )
    assert assert_problem(too_hot, 422)["rule"] == "max-risk-per-trade"


async def test_protection_trips_survives_and_blocks(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    from app.core.timeutil import utcnow

    market.prices = {"BTC/USDT": 100.0}
    rules = {"max_consecutive_losses": 2, "cooldown_minutes": 30}
    assert (await client.put(f"{API}/protections", headers=alice, json=rules)).status_code == 200
    uid = await _uid(client, alice)
    t = utcnow() - timedelta(minutes=5)
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for i, (side, price) in enumerate([("BUY", 100), ("SELL", 95), ("BUY", 100), ("SELL", 96)]):
            await portfolio.apply_fill(
                session,
                uid,
                PortfolioFill(
                    symbol="BTC/USDT",
                    side=side,
                    quantity=1,
                    price=price,
                    stop_loss=90,
                    ts=t + timedelta(seconds=i),
                ),
            )
    tripped = (await client.post(f"{API}/protections/evaluate", headers=alice)).json()
    assert tripped["active"]["rule"] == "max-consecutive-losses"
    # state is in the database: a fresh read (any process, after a restart) sees it
    status = (await client.get(f"{API}/protections", headers=alice)).json()
    assert status["active"]["rule"] == "max-consecutive-losses"
    blocked = await client.post(
        f"{API}/check_order",
        headers=alice,
        json={
            "symbol": "BTC/USDT",
            "side": "BUY",
            "quantity": 0.1,
            "price": 100,
            "stop_loss": 98,
            "confidence": 0.8,
        },
    )
    assert assert_problem(blocked, 423)["rule"] == "max-consecutive-losses"
    # after the cooldown the same streak does not re-trip
    from app.modules.risk import service

    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        later = utcnow() + timedelta(minutes=31)
        after = await service.evaluate(session, uid, now=later)
    assert after.active is None
