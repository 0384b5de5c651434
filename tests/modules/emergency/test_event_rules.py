"""News and on-chain alerts on the core bus act through each user's event rules: halt, alert,
per asset and severity, once per rule and alert, never for another user's private news."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from app.core.events import publish_alert
from tests.conftest import assert_problem

RULES = "/api/v1/emergency/event-rules"
ACTIONS = "/api/v1/emergency/event-actions"
STATUS = "/api/v1/emergency/status"


def news(alert_id: int, symbol: str = "ETH/USDT", direction: str = "negative") -> dict:
    """An alert as the news module publishes it (NewsAlertEvent plus its event name)."""
    return {
        "event": "news.critical",
        "alert_id": alert_id,
        "article_id": alert_id,
        "scope_id": 0,
        "symbol": symbol,
        "event_type": "hack",
        "sentiment": "bearish" if direction == "negative" else "bullish",
        "confidence": 0.93,
        "importance": 0.9,
        "direction": direction,
        "title": f"Exchange hacked, {symbol} drained ({alert_id})",
        "url": f"https://outlet.example/{alert_id}",
        "published_at": "2024-03-01T12:00:00Z",
    }


def chain(alert_id: int, severity: str, asset: str = "BTC") -> dict:
    """An alert as the on-chain module publishes it (OnchainAlertOut plus its event name)."""
    return {
        "event": "onchain.whale_transfer",
        "id": alert_id,
        "source": "onchain",
        "chain": "btc",
        "kind": "whale_transfer",
        "severity": severity,
        "block_number": 800_000,
        "ts": "2024-03-01T12:00:00Z",
        "asset": asset,
        "amount": 1200.0,
        "amount_usd": 8.0e7,
        "tx_hash": "ab" * 32,
        "entity": "binance",
        "message": f"1,200 BTC paid to an exchange ({alert_id})",
        "data": {},
        "created_at": "2024-03-01T12:00:05Z",
    }


async def deliver(app: Any, source: str, alert: dict, user_id: int | None = None) -> int:
    """One bus message straight to the listener's handler; how many rules acted."""
    listener = app.state.emergency_event_listener
    return await listener.handle(
        {"kind": "alert", "source": source, "user_id": user_id, "alert": alert}
    )


async def actions(client: httpx.AsyncClient, headers: dict) -> list[dict]:
    response = await client.get(ACTIONS, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def user_id(client: httpx.AsyncClient, headers: dict) -> int:
    return int((await client.get("/api/v1/auth/validate", headers=headers)).json()["sub"])


async def test_negative_news_halts_the_user_whose_rule_matches(
    app: Any, client: httpx.AsyncClient, alice: dict, bob: dict
) -> None:
    made = await client.post(
        RULES, headers=alice, json={"source": "news", "action": "halt", "assets": ["eth"]}
    )
    assert made.status_code == 201, made.text
    assert made.json()["assets"] == ["ETH"]
    await client.post(RULES, headers=bob, json={"source": "news", "action": "alert"})

    # Positive news, and news about an asset alice's rule does not name: nothing for alice.
    await deliver(app, "news", news(1, direction="positive"))
    await deliver(app, "news", news(2, symbol="BTC/USDT"))
    assert await actions(client, alice) == []
    assert not (await client.get(STATUS, headers=alice)).json()["trading_halted"]
    assert [a["asset"] for a in await actions(client, bob)] == ["BTC"]  # bob's rule: any asset

    await deliver(app, "news", news(3))
    (acted,) = await actions(client, alice)
    assert (acted["source"], acted["asset"], acted["action"]) == ("news", "ETH", "halt")
    assert acted["alert"]["alert_id"] == 3 and acted["event"] == "news.critical"
    assert acted["outcome"]["halt"]["engaged"] is True
    status = (await client.get(STATUS, headers=alice)).json()
    assert status["trading_halted"] is True
    assert status["halts"][0]["source"] == "event:news"
    assert status["halts"][0]["reason"].startswith("news alert: Exchange hacked")
    # An order of alice's is now refused by the kill switch; bob was only alerted.
    assert not (await client.get(STATUS, headers=bob)).json()["trading_halted"]
    bob_actions = await actions(client, bob)
    assert [a["alert"]["alert_id"] for a in bob_actions] == [3, 2]
    assert bob_actions[0]["outcome"]["notifications"] == {"targets": 0}


async def test_each_rule_acts_once_per_alert_and_private_news_stays_private(
    app: Any, client: httpx.AsyncClient, alice: dict, bob: dict
) -> None:
    await client.post(RULES, headers=alice, json={"source": "news", "action": "alert"})
    await client.post(RULES, headers=bob, json={"source": "news", "action": "alert"})
    alice_id = await user_id(client, alice)

    # alice's own ingested item: published for alice only.
    assert await deliver(app, "news", news(7), user_id=alice_id) == 1
    assert [a["alert"]["alert_id"] for a in await actions(client, alice)] == [7]
    assert await actions(client, bob) == []
    # The same alert delivered again (another process, a replay) acts for no one again.
    assert await deliver(app, "news", news(7), user_id=alice_id) == 0
    assert len(await actions(client, alice)) == 1


async def test_onchain_alerts_match_from_the_rules_severity_up(
    app: Any, client: httpx.AsyncClient, alice: dict, bob: dict
) -> None:
    await client.post(
        RULES, headers=alice, json={"source": "onchain", "action": "halt", "assets": ["BTC"]}
    )
    await client.post(
        RULES,
        headers=bob,
        json={"source": "onchain", "action": "alert", "min_severity": "warning"},
    )
    await deliver(app, "onchain", chain(1, "info"))
    await deliver(app, "onchain", chain(2, "warning"))
    assert await actions(client, alice) == []  # alice's rule: critical only
    assert [a["alert"]["id"] for a in await actions(client, bob)] == [2]
    await deliver(app, "onchain", chain(3, "critical", asset="USDT"))
    assert await actions(client, alice) == []  # not BTC
    await deliver(app, "onchain", chain(4, "critical"))
    (acted,) = await actions(client, alice)
    assert (acted["event"], acted["title"]) == (
        "onchain.whale_transfer",
        "1,200 BTC paid to an exchange (4)",
    )
    assert (await client.get(STATUS, headers=alice)).json()["trading_halted"] is True
    assert [a["alert"]["id"] for a in await actions(client, bob)] == [4, 3, 2]


async def test_rules_are_validated_listed_and_deleted_per_user(
    client: httpx.AsyncClient, alice: dict, bob: dict
) -> None:
    for body, field in (
        ({"source": "twitter"}, "source"),
        ({"source": "news", "action": "liquidate"}, "action"),
        ({"source": "news", "assets": ["ETH/USDT"]}, "assets"),
        ({"source": "onchain", "min_severity": "info"}, "min_severity"),
        ({"source": "news", "extra": 1}, "extra"),
    ):
        problem = assert_problem(await client.post(RULES, headers=alice, json=body), 422)
        assert field in str(problem), problem
    made = (await client.post(RULES, headers=alice, json={"source": "news"})).json()
    assert (made["action"], made["assets"], made["min_severity"]) == ("alert", None, "critical")
    assert [r["id"] for r in (await client.get(RULES, headers=alice)).json()["items"]] == [
        made["id"]
    ]
    assert (await client.get(RULES, headers=bob)).json()["items"] == []
    assert_problem(await client.delete(f"{RULES}/{made['id']}", headers=bob), 404)
    assert (await client.delete(f"{RULES}/{made['id']}", headers=alice)).status_code == 204
    assert (await client.get(RULES, headers=alice)).json()["items"] == []
    assert_problem(await client.get(RULES), 401)


async def test_alerts_published_on_the_bus_reach_the_listener(
    app: Any, client: httpx.AsyncClient, alice: dict
) -> None:
    await client.post(RULES, headers=alice, json={"source": "news", "action": "halt"})
    # Published until the listener (subscribed at start-up) has acted: a repeat is a no-op.
    for _ in range(200):
        await publish_alert(app.state.events, source="news", user_id=None, alert=news(9))
        if await actions(client, alice):
            break
        await asyncio.sleep(0.05)
    (acted,) = await actions(client, alice)
    assert acted["alert"]["alert_id"] == 9
    assert (await client.get(STATUS, headers=alice)).json()["trading_halted"] is True
