"""Range filters on stored candles are [start, end) to the bar, for shared and own datasets."""

from __future__ import annotations

import pytest

CSV = "unix,open,high,low,close,volume\n" + "\n".join(
    f"{1699999200 + i * 3600},{100 + i},{101 + i},{99 + i},{100.5 + i},{10 + i}" for i in range(10)
)


@pytest.mark.parametrize("dataset", ["own", "shared"])
async def test_start_is_inclusive_and_end_exclusive_to_the_bar(client, alice, admin, dataset):
    headers = admin if dataset == "shared" else alice
    form = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"}
    if dataset == "shared":
        form["dataset"] = "shared"
    imported = await client.post(
        "/api/v1/candles/import",
        files={"file": ("c.csv", CSV.encode())},
        data=form,
        headers=headers,
    )
    assert imported.status_code == 200, imported.text
    # Bars 2..5 exactly: 2023-11-15T00:00Z is bar 2; bar 6 opens at end.
    response = await client.get(
        "/api/v1/candles",
        params={
            "exchange": "binance",
            "symbol": "BTC-USDT",
            "timeframe": "1h",
            "start": "2023-11-15T00:00:00Z",
            "end": "2023-11-15T04:00:00Z",
        },
        headers=alice,
    )
    assert response.status_code == 200, response.text
    opens = [bar["open"] for bar in response.json()["items"]]
    assert opens == [102.0, 103.0, 104.0, 105.0]
