"""Ledger through portfolio.public, positions API, marks and stale marks."""

from __future__ import annotations

import httpx
import pytest

from app.modules.portfolio import public
from app.modules.portfolio.specs import PortfolioFill
from tests.conftest import assert_problem
from tests.modules.portfolio.conftest import PricedSource

API = "/api/v1/portfolio"


async def _user_id(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    response = await client.get("/api/v1/auth/validate", headers=headers)
    return int(response.json()["sub"])


async def test_fill_sequence_through_public(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    uid = await _user_id(client, alice)
    steps = [  # (side, qty, price, fee, stop): buy, add, partial sell, flip short, close
        ("BUY", 2.0, 100.0, 0.2, 90.0),
        ("BUY", 1.0, 130.0, 0.13, None),
        ("SELL", 1.5, 120.0, 0.18, None),
        ("SELL", 4.0, 90.0, 0.36, 99.0),
        ("BUY", 2.5, 80.0, 0.2, None),
    ]
    realised = []
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for i, (side, qty, price, fee, stop) in enumerate(steps):
            result = await public.apply_fill(
                session,
                uid,
                PortfolioFill(
                    symbol="ETH/USDT",
                    side=side,
                    quantity=qty,
                    price=price,
                    fee=fee,
                    stop_loss=stop,
                    fill_id=f"f{i}",
                ),
            )
            realised.append(result.realised_pnl)
            if i == 3:
                assert result.position is not None
                assert result.position.quantity == pytest.approx(-2.5)
                assert result.position.average_price == 90.0
                assert result.position.stop_loss == 99.0
        assert realised == pytest.approx([0, 0, 15.0, -30.0, 25.0])
        assert result.position is None  # closed
        again = await public.apply_fill(
            session,
            uid,
            PortfolioFill(
                symbol="ETH/USDT", side="BUY", quantity=2.5, price=80.0, fee=0.2, fill_id="f4"
            ),
        )
        assert again.duplicate
        account = await public.account(session, uid)
    assert account.realised_pnl == pytest.approx(10.0)
    assert account.fees == pytest.approx(1.07)
    assert account.cash == pytest.approx(10_000 + 10.0 - 1.07)
    ledger = (await client.get(f"{API}/ledger", headers=alice, params={"limit": 2})).json()
    assert [e["fill_id"] for e in ledger["items"]] == ["f4", "f3"]
    more = (
        await client.get(f"{API}/ledger", headers=alice, params={"cursor": ledger["next_cursor"]})
    ).json()
    assert [e["fill_id"] for e in more["items"]] == ["f2", "f1", "f0"]


async def test_opening_fill_needs_stop(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    from app.core.errors import PolicyViolation

    uid = await _user_id(client, alice)
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        with pytest.raises(PolicyViolation) as info:
            await public.apply_fill(
                session, uid, PortfolioFill(symbol="BTC/USDT", side="BUY", quantity=1, price=100.0)
            )
        assert info.value.extra["rule"] == "stop-loss-required"
        with pytest.raises(PolicyViolation):
            await public.apply_fill(
                session,
                uid,
                PortfolioFill(
                    symbol="BTC/USDT", side="BUY", quantity=1, price=100.0, stop_loss=90, leverage=4
                ),
            )


async def test_recorded_positions_marked(
    client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str], market: PricedSource
) -> None:
    market.prices = {"BTC/USDT": 110.0, "ETH/USDT": 45.0}
    a = await client.post(
        f"{API}/positions",
        headers=alice,
        json={"symbol": "BTC/USDT", "quantity": 2, "entry_price": 100, "stop_loss": 95},
    )
    assert a.status_code == 201, a.text
    b = await client.post(
        f"{API}/positions",
        headers=alice,
        json={
            "symbol": "eth/usdt",
            "quantity": -10,
            "entry_price": 50,
            "stop_loss": 55,
            "leverage": 2,
        },
    )
    assert b.status_code == 201, b.text
    dup = await client.post(
        f"{API}/positions",
        headers=alice,
        json={"symbol": "BTC/USDT", "quantity": 1, "entry_price": 100, "stop_loss": 95},
    )
    assert_problem(dup, 409)
    body = (await client.get(f"{API}/positions", headers=alice)).json()
    by = {p["symbol"]: p for p in body["items"]}
    assert by["BTC/USDT"]["unrealised_pnl"] == pytest.approx(20.0)
    assert by["ETH/USDT"]["unrealised_pnl"] == pytest.approx(50.0)
    assert by["BTC/USDT"]["source"] == "replay"
    assert by["BTC/USDT"]["stop_distance"] == pytest.approx((110 - 95) / 110)
    assert by["ETH/USDT"]["stop_distance"] == pytest.approx((55 - 45) / 45)
    totals = body["totals"]
    assert totals["equity"] == pytest.approx(10_070.0)
    assert totals["gross_exposure"] == pytest.approx(220 + 450)
    assert totals["margin_used"] == pytest.approx(220 + 225)
    assert by["ETH/USDT"]["weight"] == pytest.approx(-450 / 10_070)
    # exchange down: failing list, or the last known marks with ?stale_ok=true
    market.down = True
    assert_problem(await client.get(f"{API}/positions", headers=alice), 503)
    stale = (
        await client.get(f"{API}/positions", headers=alice, params={"stale_ok": "true"})
    ).json()
    assert all(p["stale"] and p["mark_price"] is not None for p in stale["items"])
    assert stale["totals"]["equity"] == pytest.approx(10_070.0)
    market.down = False
    pid = a.json()["id"]
    # move the stop up (still below the 110 mark); above the mark is refused
    moved = await client.patch(f"{API}/positions/{pid}", headers=alice, json={"stop_loss": 105})
    assert moved.status_code == 200 and moved.json()["stop_loss"] == 105
    wrong = await client.patch(f"{API}/positions/{pid}", headers=alice, json={"stop_loss": 111})
    assert assert_problem(wrong, 422)["rule"] == "stop-loss-side"
    # another user's position is invisible
    assert_problem(
        await client.patch(f"{API}/positions/{pid}", headers=bob, json={"stop_loss": 100}), 404
    )
    assert_problem(await client.delete(f"{API}/positions/{pid}", headers=bob), 404)
    assert (await client.get(f"{API}/positions", headers=bob)).json()["items"] == []
    assert (await client.delete(f"{API}/positions/{pid}", headers=alice)).status_code == 204
    left = (await client.get(f"{API}/positions", headers=alice)).json()["items"]
    assert [p["symbol"] for p in left] == ["ETH/USDT"]


async def test_bad_position_input(
    client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    cases = [
        {"symbol": "BTC/USDT", "quantity": 0, "entry_price": 100, "stop_loss": 95},
        {"symbol": "BTC/USDT", "quantity": 1, "entry_price": -1, "stop_loss": 95},
        {"symbol": "BTCUSDT", "quantity": 1, "entry_price": 100, "stop_loss": 95},
        {"symbol": "BTC/USDT", "quantity": 1, "entry_price": 100},
    ]
    for body in cases:
        assert_problem(await client.post(f"{API}/positions", headers=alice, json=body), 422)
    wrong_side = await client.post(
        f"{API}/positions",
        headers=alice,
        json={"symbol": "BTC/USDT", "quantity": 1, "entry_price": 100, "stop_loss": 105},
    )
    assert assert_problem(wrong_side, 422)["rule"] == "stop-loss-side"
    assert_problem(
        await client.get(f"{API}/positions", headers=alice, params={"account": "nope"}), 404
    )
    assert_problem(await client.get(f"{API}/positions"), 401)


async def test_projection_rebuilds_from_ledger(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], market: PricedSource
) -> None:
    from app.modules.portfolio import service

    uid = await _user_id(client, alice)
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for side, qty, price, stop in [
            ("BUY", 1, 100, 90),
            ("BUY", 3, 120, None),
            ("SELL", 5, 110, 120),
        ]:
            await public.apply_fill(
                session,
                uid,
                PortfolioFill(
                    symbol="SOL/USDT", side=side, quantity=qty, price=price, stop_loss=stop
                ),
            )
        acc, views = await service.list_positions(session, uid)
        rebuilt = service.rebuild_positions(await service.ledger_entries(session, acc.id))
    assert rebuilt == {"SOL/USDT": (pytest.approx(-1.0), pytest.approx(110.0))}
    assert (views[0].quantity, views[0].average_price) == (pytest.approx(-1.0), 110.0)
