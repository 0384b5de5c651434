"""Candle import of the real shared files, dedupe, bad rows, and retention removing old rows."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import assert_problem

IMPORT = "/api/v1/candles/import"


async def upload(client, headers, content: bytes, name="c.csv", **form):
    data = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"} | form
    return await client.post(IMPORT, files={"file": (name, content)}, data=data, headers=headers)


async def test_import_real_cryptodatadownload_file_and_dedupe(client, alice, shared_data):
    path = shared_data / "ohlcv/binance_spot/Binance_ADAUSDT_1h.csv"
    lines = path.read_text().splitlines()
    header, rows = lines[0], lines[1:]
    # Rows are newest first; take the first 1,500 data rows.
    first = await upload(
        client, alice, "\n".join([header, *rows[:1500]]).encode(), symbol="ADA/USDT"
    )
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["inserted"] == 1500 and body["duplicates"] == 0
    assert body["format"] == "cryptodatadownload"
    newest = rows[0].split(",")
    assert body["last"].startswith(newest[1].replace(" ", "T")[:16])

    # Overlapping re-import: only the 500 new rows land.
    again = (
        await upload(
            client, alice, "\n".join([header, *rows[1000:2000]]).encode(), symbol="ADA/USDT"
        )
    ).json()
    assert again["inserted"] == 500 and again["duplicates"] == 500

    stored = (
        await client.get(
            "/api/v1/candles",
            params={"exchange": "binance", "symbol": "ADA-USDT", "timeframe": "1h", "limit": 5},
            headers=alice,
        )
    ).json()
    assert stored["source"] == "db" and len(stored["items"]) == 5
    oldest = rows[1999].split(",")
    assert stored["items"][0]["open"] == pytest.approx(float(oldest[3]))
    assert stored["items"][0]["close"] == pytest.approx(float(oldest[6]))


async def test_import_whole_btc_file_with_banner_quirks(client, alice, shared_data):
    content = (
        shared_data / "ohlcv/binance_futures/BTCUSDT_Binance_futures_data_hour.csv"
    ).read_bytes()
    body = (await upload(client, alice, content)).json()
    data_rows = len(content.decode().strip().splitlines()) - 2  # banner + header
    assert body["inserted"] + body["duplicates"] == data_rows and body["inserted"] > 3500


async def test_import_binance_klines_and_ccxt_json(client, alice, shared_data):
    # The recorded REST response of GET /api/v3/klines?interval=1h (1,000 real Binance klines).
    recorded = json.loads(
        (shared_data / "orderbook_trades/gocryptotrader/binance_api_v3_klines__5.json").read_text()
    )
    assert "interval=1h" in recorded["queryString"]
    raw = recorded["data"]
    body = (await upload(client, alice, json.dumps(raw).encode(), name="k.json")).json()
    assert body["format"] == "binance-klines" and body["inserted"] == len(raw) == 1000
    assert body["first"].startswith("2020-04-30T21:00")
    ccxt_rows = [
        [1_699_999_980_000 + i * 60_000, 10 + i, 12 + i, 9 + i, 11 + i, 5] for i in range(3)
    ]
    body = (
        await upload(client, alice, json.dumps(ccxt_rows).encode(), name="o.json", timeframe="1m")
    ).json()
    assert body["format"] == "ccxt-ohlcv" and body["inserted"] == 3


async def test_garbage_is_rejected_with_line_numbers_and_nothing_lands(client, alice):
    content = b"\n".join(
        [
            b"unix,date,symbol,open,high,low,close,Volume BTC",
            b"1699999200000,x,BTC/USDT,10,12,9,11,1",
            b"1700002800000,x,BTC/USDT,10,9,8,11,1",  # high below close
            b"1700006400000,x,BTC/USDT,abc,12,9,11,1",  # not a number
            b"1700008200000,x,BTC/USDT,10,12,9,11,1",  # not on the hour
        ]
    )
    body = assert_problem(await upload(client, alice, content), 422)
    assert [error["field"] for error in body["errors"]] == [
        "file.line.3",
        "file.line.4",
        "file.line.5",
    ]
    stored = await client.get(
        "/api/v1/candles",
        params={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
        headers=alice,
    )
    assert stored.json()["items"] == []
    skipped = (await upload(client, alice, content, skip_invalid="true")).json()
    assert skipped["inserted"] == 1
    for bad in (b"", b"hello world", b"[1,2,3]", b"\xff\xfe"):
        assert_problem(await upload(client, alice, bad), 422)
    wrong_timeframe = assert_problem(await upload(client, alice, content, timeframe="7m"), 422)
    assert [e["field"] for e in wrong_timeframe["errors"]] == ["body.timeframe"]
    wrong_symbol = assert_problem(await upload(client, alice, content, symbol="BTCUSDT"), 422)
    assert [e["field"] for e in wrong_symbol["errors"]] == ["body.symbol"]
    assert_problem(await upload(client, alice, content, exchange="Bad Exchange!"), 422)


def test_candle_import_cli(shared_data, database_url):
    import os
    import subprocess
    import sys

    path = shared_data / "ohlcv/binance_spot/Binance_BNBUSDT_d.csv"
    command = [
        sys.executable,
        "-m",
        "app.cli",
        "import-candles",
        str(path),
        "--exchange",
        "binance",
        "--symbol",
        "BNB-USDT",
        "--timeframe",
        "1d",
    ]
    env = os.environ | {"APP_DATABASE_URL": database_url, "APP_LOG_LEVEL": "WARNING"}
    runs = [
        subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=120)
        for _ in range(2)
    ]
    first, second = (json.loads(run.stdout) for run in runs)
    assert first["inserted"] > 300 and second["inserted"] == 0
    assert second["duplicates"] == first["inserted"]
    bad = subprocess.run(
        [*command[:4], "/dev/null", *command[5:]],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "empty" in bad.stderr


class TestRetention:
    @pytest.fixture
    def settings_overrides(self):
        return {
            "retention_signals_days": 30,
            "retention_candles_1m_days": 7,
            "retention_audit_days": 0,
        }

    async def test_policies_are_visible(self, client, alice):
        report = (await client.get("/api/v1/retention", headers=alice)).json()
        by_key = {(item["table"], item["scope"]): item for item in report["policies"]}
        assert by_key[("database_signals", None)]["keep_days"] == 30
        assert by_key[("database_candles", "1m")]["keep_days"] == 7
        assert by_key[("database_candles", "1d")]["keep_days"] is None
        expected = "partitions" if report["backend"] == "postgresql" else "batched-delete"
        assert by_key[("database_signals", None)]["mechanism"] == expected

    async def test_retention_removes_only_old_rows(self, client, alice, admin):
        now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        old = [now - timedelta(days=days) for days in (400, 120, 45)]
        recent = [now - timedelta(days=days) for days in (10, 1)]
        signals = [
            {
                "symbol": "BTC/USDT",
                "side": "HOLD",
                "price": 1.0,
                "confidence": 0.5,
                "timestamp": t.isoformat(),
            }
            for t in old + recent
        ]
        assert (
            await client.post("/api/v1/signals/save", json=signals, headers=alice)
        ).status_code == 201
        minutes = "\n".join(
            ["timestamp,open,high,low,close,volume"]
            + [
                f"{int(t.timestamp() * 1000)},1,2,0.5,1.5,10"
                for t in (now - timedelta(days=20), now - timedelta(days=1))
            ]
        ).encode()
        await upload(client, alice, minutes, timeframe="1m")
        await upload(client, alice, minutes, timeframe="1h")

        assert_problem(await client.post("/api/v1/retention/run", headers=alice), 403)
        result = (await client.post("/api/v1/retention/run", headers=admin)).json()
        remaining = (await client.get("/api/v1/signals/history", headers=alice)).json()["items"]
        assert len(remaining) == 2
        dropped = result["dropped_partitions"]
        assert result["deleted"].get("database_signals", 0) + 3 * bool(dropped) >= 3 or dropped

        def count(tf):
            return client.get(
                "/api/v1/candles",
                params={"exchange": "binance", "symbol": "BTC/USDT", "timeframe": tf},
                headers=alice,
            )

        assert len((await count("1m")).json()["items"]) == 1
        assert len((await count("1h")).json()["items"]) == 2
