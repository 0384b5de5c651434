"""Real recorded market data for the market-maker tests, parsed straight from the recordings.

Binance depth streams are rebuilt the documented way: take the REST snapshot
(``lastUpdateId``), drop diffs that end before it, and check the sequence (``pu`` chaining on
futures, ``U == previous u + 1`` on spot) so a gap fails loudly instead of corrupting the book.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest


@dataclass(frozen=True)
class RecordedStream:
    exchange: str
    symbol: str
    snapshot_ts: float
    bids: list[tuple[float, float]]
    asks: list[tuple[float, float]]
    updates: list[tuple[float, str, float, float]]  # (ts, side, price, new_qty)
    trades: list[tuple[float, str, float, float]]  # (ts, aggressor side, price, qty)


def _ws_messages(path: Path):
    for line in path.read_text().splitlines():
        ts, sep, payload = line.partition(": ")
        if not sep or not payload.startswith("{"):
            continue
        yield float(ts), json.loads(payload)


@cache
def load_binance_stream(cryptofeed_dir: Path, venue: str, symbol: str) -> RecordedStream:
    """Snapshot + sequenced depth diffs + aggTrades for one symbol of a Binance recording."""
    snap = None
    for line in (cryptofeed_dir / f"{venue}.http.0.0").read_text().splitlines():
        url, _, rest = line.partition(" -> ")
        if f"symbol={symbol}&" in url:
            ts, _, payload = rest.partition(": ")
            snap = (float(ts), json.loads(payload))
    assert snap is not None, f"no REST snapshot for {symbol}"
    snap_ts, body = snap
    last_id = body["lastUpdateId"]
    bids = [(float(p), float(q)) for p, q in body["bids"]]
    asks = [(float(p), float(q)) for p, q in body["asks"]]

    updates: list[tuple[float, str, float, float]] = []
    trades: list[tuple[float, str, float, float]] = []
    prev_u = None
    stream = symbol.lower()
    for ts, msg in _ws_messages(cryptofeed_dir / f"{venue}.ws.1.0"):
        name, data = msg.get("stream", ""), msg.get("data", {})
        if name == f"{stream}@aggTrade":
            # m = buyer is the maker, so the aggressor sold
            side = "sell" if data["m"] else "buy"
            trades.append((ts, side, float(data["p"]), float(data["q"])))
        elif name.startswith(f"{stream}@depth"):
            if data["u"] < last_id:
                continue
            if prev_u is None:
                assert data["U"] <= last_id + 1 <= data["u"] + 1, (
                    "first diff does not cover snapshot"
                )
            elif "pu" in data:
                assert data["pu"] == prev_u, "futures depth stream has a gap"
            else:
                assert data["U"] == prev_u + 1, "spot depth stream has a gap"
            prev_u = data["u"]
            updates += [(ts, "bid", float(p), float(q)) for p, q in data["b"]]
            updates += [(ts, "ask", float(p), float(q)) for p, q in data["a"]]
    return RecordedStream(venue, symbol, snap_ts, bids, asks, updates, trades)


@cache
def load_snapshots(path: Path) -> dict[tuple[str, str], dict]:
    return {(s["exchange"], s["symbol"]): s for s in json.loads(path.read_text())}


@cache
def load_trade_tape(path: Path) -> list[dict]:
    with path.open() as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def cryptofeed_dir(shared_data: Path) -> Path:
    return shared_data / "orderbook_trades" / "cryptofeed"


@pytest.fixture(scope="session")
def gocryptotrader_dir(shared_data: Path) -> Path:
    return shared_data / "orderbook_trades" / "gocryptotrader"


@pytest.fixture(scope="session")
def sushi_stream(cryptofeed_dir: Path) -> RecordedStream:
    """Binance USDT-M futures SUSHIUSDT: ~30 s of 100 ms depth diffs and 40 aggTrades."""
    return load_binance_stream(cryptofeed_dir, "BINANCE_FUTURES", "SUSHIUSDT")


@pytest.fixture(scope="session")
def snapshots(cryptofeed_dir: Path) -> dict[tuple[str, str], dict]:
    return load_snapshots(cryptofeed_dir / "derived_l2_snapshots.json")
