"""Performance statistics against an independent computation (pandas + empyrical)."""

from datetime import UTC, datetime, timedelta

import empyrical
import numpy as np
import pandas as pd
import pytest

from tests.conftest import assert_problem

TRACK = "/api/v1/performance/track"
STATS = "/api/v1/performance/stats"


def make_trades(count: int = 40, seed: int = 7):
    rng = np.random.default_rng(seed)
    start = datetime(2024, 3, 1, tzinfo=UTC)
    trades = []
    for index in range(count):
        entry_time = start + timedelta(hours=int(rng.integers(0, 24 * 30)))
        side = "BUY" if rng.random() < 0.6 else "SELL"
        entry = float(rng.uniform(20000, 40000))
        exit_ = entry * float(1 + rng.normal(0, 0.03))
        trades.append(
            {
                "bot_id": "bot-a" if index % 3 else "bot-b",
                "symbol": "BTC/USDT",
                "side": side,
                "entry_price": entry,
                "exit_price": exit_,
                "quantity": float(rng.uniform(0.01, 0.5)),
                "entry_time": entry_time.isoformat(),
                "exit_time": (entry_time + timedelta(hours=int(rng.integers(1, 72)))).isoformat(),
                "fees": float(rng.uniform(0, 5)),
            }
        )
    return trades


def reference(trades):
    frame = pd.DataFrame(trades)
    direction = np.where(frame.side == "BUY", 1.0, -1.0)
    frame["pnl"] = direction * (frame.exit_price - frame.entry_price) * frame.quantity - frame.fees
    frame["exit_time"] = pd.to_datetime(frame.exit_time, utc=True)
    frame = frame.sort_values("exit_time")
    equity = frame.pnl.cumsum()
    peak = np.maximum(equity.cummax(), 0.0)
    daily = frame.set_index("exit_time").pnl.resample("1D").sum()  # empty days count as 0
    wins, losses = frame.pnl[frame.pnl > 0], frame.pnl[frame.pnl < 0]
    return {
        "trades": len(frame),
        "win_rate": len(wins) / len(frame),
        "total_pnl": frame.pnl.sum(),
        "profit_factor": wins.sum() / -losses.sum(),
        "avg_win": wins.mean(),
        "avg_loss": losses.mean(),
        "max_drawdown": float((peak - equity).max()),
        "sharpe": empyrical.sharpe_ratio(daily, annualization=365),
        "days": len(daily),
        "weeks": daily.resample("W-MON", label="left", closed="left").sum(),
    }


async def test_stats_match_independent_reference(client, alice):
    trades = make_trades()
    for trade in trades:
        assert (await client.post(TRACK, json=trade, headers=alice)).status_code == 201
    stats = (await client.get(STATS, headers=alice)).json()
    expected = reference(trades)
    for key in (
        "trades",
        "win_rate",
        "total_pnl",
        "profit_factor",
        "avg_win",
        "avg_loss",
        "max_drawdown",
        "sharpe",
    ):
        assert stats[key] == pytest.approx(expected[key], rel=1e-9), key
    assert sum(bucket["trades"] for bucket in stats["daily"]) == 40
    assert sum(bucket["pnl"] for bucket in stats["weekly"]) == pytest.approx(expected["total_pnl"])
    # Weekly buckets start on Mondays and agree with pandas' weekly sums.
    nonzero = expected["weeks"][expected["weeks"] != 0]
    assert [bucket["pnl"] for bucket in stats["weekly"]] == pytest.approx(list(nonzero.values))


async def test_stats_filter_by_bot_and_time(client, alice, bob):
    trades = make_trades(12, seed=3)
    for trade in trades:
        await client.post(TRACK, json=trade, headers=alice)
    only_b = [trade for trade in trades if trade["bot_id"] == "bot-b"]
    stats = (await client.get(STATS, params={"bot_id": "bot-b"}, headers=alice)).json()
    assert stats["trades"] == len(only_b)
    assert stats["total_pnl"] == pytest.approx(reference(only_b)["total_pnl"])
    assert (await client.get(STATS, headers=bob)).json()["trades"] == 0
    empty = (
        await client.get(STATS, params={"start": "2030-01-01T00:00:00Z"}, headers=alice)
    ).json()
    assert empty["trades"] == 0 and empty["win_rate"] is None and empty["max_drawdown"] == 0


async def test_hand_checked_small_case(client, alice):
    base = {"symbol": "BTC/USDT", "quantity": 1, "fees": 0}
    rows = [
        ("BUY", 100, 110, "2024-01-01T10:00:00Z"),  # +10
        ("SELL", 100, 120, "2024-01-02T10:00:00Z"),  # -20
        ("BUY", 100, 105, "2024-01-03T10:00:00Z"),  # +5
    ]
    for side, entry, exit_, when in rows:
        trade = base | {
            "side": side,
            "entry_price": entry,
            "exit_price": exit_,
            "entry_time": "2024-01-01T00:00:00Z",
            "exit_time": when,
        }
        await client.post(TRACK, json=trade, headers=alice)
    stats = (await client.get(STATS, headers=alice)).json()
    assert stats["total_pnl"] == -5 and stats["win_rate"] == pytest.approx(2 / 3)
    assert stats["profit_factor"] == pytest.approx(15 / 20) and stats["max_drawdown"] == 20
    assert stats["avg_win"] == 7.5 and stats["avg_loss"] == -20


@pytest.mark.parametrize(
    "change",
    [
        {"exit_time": "2024-01-01T00:00:00Z"},
        {"entry_price": 0},
        {"quantity": -1},
        {"side": "LONG"},
        {"fees": "lots"},
    ],
)
async def test_bad_trades_are_422(client, alice, change):
    trade = make_trades(1)[0] | {
        "entry_time": "2024-01-01T01:00:00Z",
        "exit_time": "2024-01-02T00:00:00Z",
    }
    assert_problem(await client.post(TRACK, json=trade | change, headers=alice), 422)


async def test_settings_round_trip_per_user(client, alice, bob):
    defaults = (await client.get("/api/v1/settings", headers=alice)).json()
    assert defaults["risk_per_trade"] == 0.01 and defaults["paper_trading"] is True
    wanted = defaults | {
        "default_exchange": "kraken",
        "default_symbol": "eth-usdt",
        "risk_per_trade": 0.02,
        "notification_targets": [{"kind": "webhook", "target": "https://example.org/hook"}],
    }
    wanted.pop("updated_at")
    saved = (await client.put("/api/v1/settings", json=wanted, headers=alice)).json()
    assert saved["default_symbol"] == "ETH/USDT" and saved["updated_at"]
    assert (await client.get("/api/v1/settings", headers=alice)).json()[
        "default_exchange"
    ] == "kraken"
    assert (await client.get("/api/v1/settings", headers=bob)).json()[
        "default_exchange"
    ] == "binance"
    for bad in (
        {"max_leverage": 4},
        {"risk_per_trade": 0.5},
        {"unknown": 1},
        {"notification_targets": [{"kind": "webhook", "target": "ftp://x"}]},
    ):
        body = assert_problem(
            await client.put("/api/v1/settings", json=wanted | bad, headers=alice), 422
        )
        assert body["errors"]
