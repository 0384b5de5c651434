"""Signals: the white-hat rules, batches, pagination and isolation between users."""

import pytest

from tests.conftest import assert_problem

SAVE = "/api/v1/signals/save"
HISTORY = "/api/v1/signals/history"


def signal(**overrides):
    base = {
        "symbol": "BTC/USDT",
        "side": "BUY",
        "price": 30000.0,
        "confidence": 0.8,
        "stop_loss": 29000.0,
        "take_profit": 33000.0,
        "leverage": 2,
        "strategy": "sma",
    }
    base.update(overrides)
    return base


async def test_save_one_signal(client, alice):
    response = await client.post(
        SAVE, json=signal(symbol="eth/usdt", metadata={"note": "x"}), headers=alice
    )
    assert response.status_code == 201, response.text
    [saved] = response.json()
    assert saved["id"] > 0 and saved["symbol"] == "ETH/USDT" and saved["metadata"] == {"note": "x"}
    assert saved["timestamp"].endswith(("Z", "+00:00")) and saved["actionable"] is True


@pytest.mark.parametrize(
    ("overrides", "rule"),
    [
        ({"confidence": 0.6499}, "min-confidence"),
        ({"stop_loss": None}, "stop-loss-required"),
        ({"stop_loss": 31000.0}, "stop-loss-side"),
        ({"side": "SELL", "stop_loss": 29000.0}, "stop-loss-side"),
        ({"leverage": 3.01}, "max-leverage"),
    ],
)
async def test_white_hat_rules_are_422_naming_the_rule(client, alice, overrides, rule):
    body = assert_problem(await client.post(SAVE, json=signal(**overrides), headers=alice), 422)
    assert body["rule"] == rule
    assert (await client.get(HISTORY, headers=alice)).json()["items"] == []


async def test_hold_needs_no_stop_and_edge_values_pass(client, alice):
    ok = [
        signal(side="HOLD", confidence=0.1, stop_loss=None),
        signal(confidence=0.65, leverage=3),
        signal(side="SELL", stop_loss=31000.0),
    ]
    assert (await client.post(SAVE, json=ok, headers=alice)).status_code == 201


async def test_batch_is_all_or_nothing_and_names_failed_items(client, alice):
    batch = [signal(), signal(confidence=0.2), signal(), signal(leverage=5)]
    body = assert_problem(await client.post(SAVE, json=batch, headers=alice), 422)
    assert body["failed_items"] == [1, 3]
    assert {error["field"] for error in body["errors"]} == {"body.1", "body.3"}
    assert (await client.get(HISTORY, headers=alice)).json()["items"] == []


@pytest.mark.parametrize(
    "payload",
    [
        {"symbol": "BTC/USDT"},
        signal(price="abc"),
        signal(price=-1),
        signal(price=1e300),
        signal(confidence=1.5),
        signal(side="MOON"),
        signal(symbol="not a symbol!"),
        signal(timeframe="7m"),
        signal(symbol="BTC-USDT"),
        [],
        "text",
    ],
)
async def test_malformed_signals_are_422(client, alice, payload):
    assert_problem(await client.post(SAVE, json=payload, headers=alice), 422)


async def test_batch_limit(client, alice):
    too_many = [signal()] * 10_001
    assert_problem(await client.post(SAVE, json=too_many, headers=alice), 422)


async def test_history_filters_and_cursor_pagination(client, alice):
    batch = [
        signal(
            timestamp=f"2024-01-01T00:{minute:02d}:00Z",
            symbol="BTC/USDT" if minute % 2 else "ETH/USDT",
        )
        for minute in range(25)
    ]
    saved = (await client.post(SAVE, json=batch, headers=alice)).json()
    assert len(saved) == 25
    seen, cursor = [], None
    while True:
        params = {"limit": 10, "symbol": "BTC-USDT"} | ({"cursor": cursor} if cursor else {})
        page = (await client.get(HISTORY, params=params, headers=alice)).json()
        seen += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    stamps = [item["timestamp"] for item in seen]
    assert len(seen) == 12 and all(item["symbol"] == "BTC/USDT" for item in seen)
    assert stamps == sorted(stamps, reverse=True)
    windowed = await client.get(
        HISTORY,
        params={"start": "2024-01-01T00:10:00Z", "end": "2024-01-01T00:20:00Z"},
        headers=alice,
    )
    assert len(windowed.json()["items"]) == 10
    assert_problem(await client.get(HISTORY, params={"cursor": "bogus"}, headers=alice), 422)


async def test_other_users_signals_are_invisible(client, alice, bob):
    [saved] = (await client.post(SAVE, json=signal(), headers=alice)).json()
    assert (await client.get(HISTORY, headers=bob)).json()["items"] == []
    assert_problem(await client.get(f"/api/v1/signals/{saved['id']}", headers=bob), 404)
    assert_problem(await client.delete(f"/api/v1/signals/{saved['id']}", headers=bob), 404)
    assert (await client.get(f"/api/v1/signals/{saved['id']}", headers=alice)).status_code == 200
    assert (await client.delete(f"/api/v1/signals/{saved['id']}", headers=alice)).status_code == 200
    assert_problem(await client.get(f"/api/v1/signals/{saved['id']}", headers=alice), 404)


async def test_signals_need_authentication(client):
    assert_problem(await client.post(SAVE, json=signal()), 401)


async def test_audit_trail_records_changes_for_admins_only(client, alice, admin):
    await client.post(SAVE, json=[signal(), signal()], headers=alice)
    assert_problem(await client.get("/api/v1/audit", headers=alice), 403)
    events = (await client.get("/api/v1/audit", params={"entity": "signal"}, headers=admin)).json()[
        "items"
    ]
    assert (
        len(events) == 1 and events[0]["action"] == "create" and len(events[0]["entity_ids"]) == 2
    )


async def test_large_batch_round_trips_exactly(client, alice):
    # Large enough for the PostgreSQL COPY path; values must survive unchanged.
    batch = [
        signal(
            price=30000.0 + index,
            stop_loss=29000.0 + index,
            metadata={"i": index} if index % 2 else None,
            timestamp=f"2024-02-01T{index // 60 % 24:02d}:{index % 60:02d}:00Z",
        )
        for index in range(600)
    ]
    saved = (await client.post(SAVE, json=batch, headers=alice)).json()
    assert len(saved) == 600 and len({item["id"] for item in saved}) == 600
    fetched = {}
    cursor = None
    while True:
        page = (
            await client.get(
                HISTORY,
                params={"limit": 1000} | ({"cursor": cursor} if cursor else {}),
                headers=alice,
            )
        ).json()
        fetched |= {item["id"]: item for item in page["items"]}
        if not (cursor := page["next_cursor"]):
            break
    for item in saved:
        assert fetched[item["id"]] == item


async def test_offsets_become_utc_and_big_batches_are_audited_once(client, alice, admin):
    # 250 items: the COPY path on PostgreSQL (one transaction with its audit row).
    batch = [signal(timestamp="2024-03-01T12:00:00+02:00")] + [signal() for _ in range(249)]
    saved = (await client.post(SAVE, json=batch, headers=alice)).json()
    assert saved[0]["timestamp"] in ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00+00:00")
    assert list(saved[0]) == [
        "id",
        "symbol",
        "side",
        "price",
        "confidence",
        "stop_loss",
        "take_profit",
        "leverage",
        "timeframe",
        "strategy",
        "bot_id",
        "timestamp",
        "metadata",
        "actionable",
    ]
    events = (await client.get("/api/v1/audit", params={"entity": "signal"}, headers=admin)).json()[
        "items"
    ]
    ids = sorted(item["id"] for item in saved)
    assert len(events) == 1 and events[0]["details"]["count"] == 250
    assert events[0]["details"]["id_range"] == [ids[0], ids[-1]]
    assert len(events[0]["entity_ids"]) == 100
