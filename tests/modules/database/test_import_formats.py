"""Candle files as users really have them: CryptoDataDownload banners, Binance public data dumps
(and trades dumps given by mistake), re-imports with corrected values, and hostile input."""

import json

import pytest

from tests.conftest import assert_problem

IMPORT = "/api/v1/candles/import"
CANDLES = "/api/v1/candles"
KLINES = "orderbook_trades/gocryptotrader/binance_api_v3_klines__5.json"  # 1,000 real 1h klines


async def upload(client, headers, content: bytes, name="c.csv", **form):
    data = {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"} | form
    return await client.post(IMPORT, files={"file": (name, content)}, data=data, headers=headers)


async def stored(client, headers, **params):
    query = {"exchange": "binance", "symbol": "BTC-USDT", "timeframe": "1h", "limit": 1000}
    return (await client.get(CANDLES, params=query | params, headers=headers)).json()["items"]


def recorded(shared_data, path=KLINES):
    return json.loads((shared_data / path).read_text())["data"]


def dump_csv(klines, scale=1) -> bytes:
    """A data.binance.vision kline CSV: no header, 12 columns, times in ms (µs with scale)."""
    lines = []
    for k in klines:
        row = [k[0] * scale, *k[1:6], k[6] * scale, *k[7:]]
        lines.append(",".join(str(cell) for cell in row))
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(
    "banner",
    [
        "https://www.CryptoDataDownload.com,Binance Futures,BTC/USDT hourly",
        '"https://www.CryptoDataDownload.com",free data',
        "Data from https://www.CryptoDataDownload.com, attribution required",
    ],
)
async def test_cryptodatadownload_banner_with_a_comma_is_skipped(
    client, alice, shared_data, banner
):
    real = (shared_data / "ohlcv/binance_futures/BTCUSDT_Binance_futures_data_hour.csv").read_text()
    lines = real.splitlines()
    assert lines[0].startswith("https://www.CryptoDataDownload.com")  # the real file's banner
    content = "\n".join([banner, *lines[1:400]]).encode()
    response = await upload(client, alice, content)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["format"] == "cryptodatadownload" and body["inserted"] == 398
    newest = lines[2].split(",")  # rows are newest first
    bars = await stored(client, alice)
    assert bars[-1]["close"] == pytest.approx(float(newest[6]))


@pytest.mark.parametrize("scale", [1, 1000], ids=["milliseconds", "microseconds"])
async def test_binance_kline_dump_without_header_imports(client, alice, shared_data, scale):
    klines = recorded(shared_data)
    response = await upload(client, alice, dump_csv(klines, scale), name="BTCUSDT-1h-2020-05.csv")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["format"] == "binance-klines" and body["inserted"] == len(klines) == 1000
    assert body["first"].startswith("2020-04-30T21:00")
    bars = await stored(client, alice)
    assert len(bars) == 1000
    assert bars[0]["open"] == float(klines[0][1]) and bars[0]["volume"] == float(klines[0][5])
    assert bars[-1]["close"] == float(klines[-1][4])


async def test_trades_and_aggtrades_dumps_are_named_not_candles(client, alice, shared_data):
    trades = recorded(shared_data, "orderbook_trades/gocryptotrader/binance_api_v3_trades__0.json")
    # data.binance.vision spot trades: id, price, qty, quoteQty, time, isBuyerMaker, isBestMatch
    # (booleans written True/False, as Python prints them).
    trades_csv = "\n".join(
        f"{t['id']},{t['price']},{t['qty']},{t['quoteQty']},{t['time']},"
        f"{t['isBuyerMaker']},{t['isBestMatch']}"
        for t in trades
    )
    aggs = recorded(
        shared_data, "orderbook_trades/gocryptotrader/binance_api_v3_aggTrades__10.json"
    )
    agg_csv = "\n".join(
        f"{a['a']},{a['p']},{a['q']},{a['f']},{a['l']},{a['T']},{a['m']},{a['M']}" for a in aggs
    )
    futures_header = (
        "id,price,qty,quote_qty,time,is_buyer_maker\n1,100.0,0.5,50.0,1700000000000,true"
    )
    cases = [
        (trades_csv.encode(), "trades"),
        (agg_csv.encode(), "aggTrades"),
        (futures_header.encode(), "trades"),
        (json.dumps(trades).encode(), "trades"),
        (json.dumps(aggs).encode(), "aggTrades"),
    ]
    for content, kind in cases:
        body = assert_problem(await upload(client, alice, content), 422)
        assert body["type"].endswith("/trades-not-candles"), body
        assert f"Binance {kind} dump" in body["detail"] and "not candles" in body["detail"]
        assert body["errors"][0]["field"] == "body.file"
    assert await stored(client, alice) == []


async def test_reimport_with_changed_values_skips_or_updates(client, alice, shared_data):
    klines = recorded(shared_data)[:200]
    first = (await upload(client, alice, dump_csv(klines))).json()
    assert (first["inserted"], first["updated"], first["unchanged"]) == (200, 0, 0)
    corrected = [list(k) for k in klines]
    for k in corrected[50:60]:  # ten bars with a corrected close (still inside high/low)
        k[4] = k[2] if k[4] != k[2] else k[3]
    skipped = (await upload(client, alice, dump_csv(corrected))).json()
    assert skipped["on_conflict"] == "skip"
    assert (skipped["inserted"], skipped["updated"], skipped["unchanged"]) == (0, 0, 200)
    assert [b["close"] for b in await stored(client, alice)][50:60] == [
        float(k[4]) for k in klines[50:60]
    ]
    updated = (await upload(client, alice, dump_csv(corrected), on_conflict="update")).json()
    assert (updated["inserted"], updated["updated"], updated["unchanged"]) == (0, 10, 190)
    bars = await stored(client, alice)
    assert [b["close"] for b in bars] == [float(k[4]) for k in corrected]
    again = (await upload(client, alice, dump_csv(corrected), on_conflict="update")).json()
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 200)
    bad = assert_problem(await upload(client, alice, dump_csv(klines), on_conflict="merge"), 422)
    assert bad["errors"][0]["field"] == "body.on_conflict"


async def test_hostile_candle_files_are_422_not_500(client, alice):
    header = b"timestamp,open,high,low,close,volume\n"
    huge_field = header + b"1700000000000," + b"1" * (129 * 1024) + b",2,0.5,1.5,10\n"
    body = assert_problem(await upload(client, alice, huge_field), 422)
    assert "128 KiB" in body["detail"]
    far_future = header + b"1e20,1,2,0.5,1.5,10\n"
    body = assert_problem(await upload(client, alice, far_future), 422)
    assert body["errors"][0]["field"] == "file.line.2" and "out of range" in body["detail"]
    for stamp in (b"0001-01-01T00:00:00+01:00", b"9999-12-31T23:00:00-05:00", b"-5"):
        content = header + stamp + b",1,2,0.5,1.5,10\n"
        assert_problem(await upload(client, alice, content), 422)
    nested = b"[" * 2000 + b"]" * 2000
    assert_problem(await upload(client, alice, nested, name="n.json"), 422)


async def test_upload_over_the_limit_is_413_while_streaming(app, client, alice):
    from app.modules.database.config import DatabaseSettings

    app.state.database_settings = DatabaseSettings(import_max_bytes=4096)
    row = b"1700000000000,1,2,0.5,1.5,10\n"
    content = b"timestamp,open,high,low,close,volume\n" + row * 1000
    body = assert_problem(await upload(client, alice, content), 413)
    assert body["type"].endswith("/upload-too-large")

    # A declared length over the limit is refused before the body is read.
    async def never_sent():
        raise AssertionError("the body was read")
        yield b""  # pragma: no cover

    headers = alice | {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": str(10 * 2**20),
    }
    response = await client.post(IMPORT, content=never_sent(), headers=headers)
    assert_problem(response, 413)


async def test_upload_is_described_for_sdk_generators(client):
    spec = (await client.get("/openapi.json")).json()
    body = spec["paths"]["/api/v1/candles/import"]["post"]["requestBody"]
    schema = body["content"]["multipart/form-data"]["schema"]
    assert schema["properties"]["file"] == {
        "type": "string",
        "format": "binary",
        "description": schema["properties"]["file"]["description"],
    }
    assert {"file", "exchange", "symbol", "timeframe"} <= set(schema["required"])
    assert {"on_conflict", "dataset", "skip_invalid"} <= set(schema["properties"])
    names = list(spec["components"]["schemas"])
    assert not [name for name in names if name.startswith("app__modules__database")]
    save = spec["paths"]["/api/v1/signals/save"]["post"]["requestBody"]
    assert "SignalSaveItem" in json.dumps(save)
