"""``synthetic.public.stress_scenarios``: what the risk module consumes, replayed by its stress
engine on real crash candles."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.principals import Principal
from app.modules.synthetic.public import CRISIS_NAMES, stress_scenarios

ROWS = 1_500


@pytest.fixture(scope="module")
def btc_csv(shared_data) -> bytes:
    lines = (shared_data / "ohlcv/binance_spot/Binance_BTCUSDT_1h.csv").read_text().splitlines()
    return "\n".join(lines[: ROWS + 1]).encode()


async def test_historical_crises_from_the_callers_store(app, client, alice, bob, btc_csv) -> None:
    response = await client.post(
        "/api/v1/candles/import", files={"file": ("btc.csv", btc_csv)},
        data={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"}, headers=alice,
    )  # fmt: skip
    assert response.status_code == 200, response.text
    me = (await client.get("/api/v1/auth/validate", headers=alice)).json()
    user = Principal(int(me["sub"]), "alice@example.com", ["user"], ["read", "trade"], "jwt")
    other = (await client.get("/api/v1/auth/validate", headers=bob)).json()
    stranger = Principal(int(other["sub"]), "bob@example.com", ["user"], ["read"], "jwt")
    async with app.state.db.session() as session:
        found = await stress_scenarios(session, app.state.jobs, user, "binance", "BTC/USDT")
        unseen = await stress_scenarios(session, app.state.jobs, stranger, "binance", "BTC/USDT")
    assert [s.name for s in found] == ["may_2021_crash"] and "may_2021_crash" in CRISIS_NAMES
    assert unseen == []  # alice's upload is hers: bob's store view has no such bars
    crash = found[0]
    closes = np.array(crash.close)
    # The relative path is the candles over the first open: −30 % intraday on 19 May 2021.
    assert crash.open[0] == 1.0 and min(crash.low) < 0.75
    assert crash.worst_drawdown == pytest.approx(
        (1 - np.r_[1, closes] / np.maximum.accumulate(np.r_[1, closes])).max()
    )

    from app.modules.risk.stress import RelativePath, StressPosition, run_scenario

    path = RelativePath(*(np.array(getattr(crash, k)) for k in ("open", "low", "high", "close")))
    short = StressPosition("BTC/USDT", -0.5, 40_000.0, stop_loss=50_000.0)
    outcome = run_scenario([short], {"BTC/USDT": path}, equity=50_000.0)
    assert not outcome.positions[0].stopped
    assert outcome.pnl == pytest.approx(-0.5 * 40_000.0 * (closes[-1] - 1.0))
