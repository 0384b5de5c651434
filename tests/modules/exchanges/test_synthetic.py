"""Synthetic source: deterministic per seed, internally consistent, labelled synthetic."""

from __future__ import annotations

import itertools

import pytest

from app.modules.exchanges.candles import aggregate_trades, timeframe_ms
from app.modules.exchanges.errors import BadMarketRequest, UnknownExchange
from app.modules.exchanges.source_factory import build_source
from app.modules.exchanges.source_protocol import MarketDataSource
from app.modules.exchanges.synthetic_source import SyntheticSource
from app.modules.exchanges.types import Source, Trade

START = 1_700_000_000_000


async def no_sleep(_: float) -> None:
    return None


async def sample(seed: int) -> dict:
    src = SyntheticSource(seed=seed, start_ms=START, sleep=no_sleep)
    out = {
        "ticker": await src.fetch_ticker("binance", "BTC/USDT"),
        "book": await src.fetch_order_book("binance", "BTC/USDT", 10),
        "trades": await src.fetch_trades("okx", "ETH/USDT", limit=20),
        "candles": await src.fetch_ohlcv("kraken", "BTC/USD", "1h", since=START, limit=48),
    }
    stream = src.watch_ticker("bybit", "SOL/USDT")
    out["stream"] = [await anext(stream) for _ in range(5)]
    await stream.aclose()
    return out


async def test_same_seed_same_data_other_seed_other_data() -> None:
    first, again, other = await sample(7), await sample(7), await sample(8)
    assert first == again
    assert first["ticker"] != other["ticker"]
    assert first["candles"] != other["candles"]


async def test_everything_is_labelled_synthetic() -> None:
    data = await sample(1)
    items = [
        data["ticker"],
        data["book"],
        *data["trades"],
        *data["candles"],
        *data["stream"],
    ]
    assert all(item.source is Source.SYNTHETIC for item in items)
    assert all(item.to_dict()["source"] == "synthetic" for item in items)


async def test_synthetic_values_are_consistent() -> None:
    data = await sample(3)
    book = data["book"]
    assert len(book.bids) == len(book.asks) == 10
    assert [p for p, _ in book.bids] == sorted((p for p, _ in book.bids), reverse=True)
    assert [p for p, _ in book.asks] == sorted(p for p, _ in book.asks)
    assert book.bids[0][0] < book.asks[0][0]
    ticker = data["ticker"]
    assert ticker.bid < ticker.ask and ticker.timestamp > START
    for c in data["candles"]:
        assert c.low <= min(c.open, c.close) <= max(c.open, c.close) <= c.high
        assert c.volume > 0
    stamps = [c.timestamp for c in data["candles"]]
    assert stamps[0] == START - START % timeframe_ms("1h")
    assert all(b - a == 3_600_000 for a, b in itertools.pairwise(stamps))
    trades = data["trades"]
    assert all(t.side in ("buy", "sell") and t.amount > 0 for t in trades)
    assert len({t.id for t in trades}) == len(trades)


async def test_source_protocol_and_errors() -> None:
    src = build_source("synthetic", seed=1)
    assert isinstance(src, MarketDataSource) and src.source is Source.SYNTHETIC
    with pytest.raises(UnknownExchange):
        await src.fetch_ticker("nasdaq", "BTC/USDT")
    with pytest.raises(BadMarketRequest):
        await src.fetch_ohlcv("binance", "BTC/USDT", "7x")
    with pytest.raises(ValueError):
        build_source("paper")


def test_trade_aggregation_matches_hand_computed_candles() -> None:
    def t(ts: int, price: float, amount: float) -> Trade:
        return Trade("x", "A/B", Source.REPLAY, ts, price, amount, "buy")

    trades = [t(60_500, 11.0, 2.0), t(1_000, 10.0, 1.0), t(59_999, 12.0, 1.0), t(30_000, 9.0, 3.0)]
    first, second = aggregate_trades(trades, "1m")
    assert (first.timestamp, first.open, first.high, first.low, first.close, first.volume) == (
        0,
        10.0,
        12.0,
        9.0,
        12.0,
        5.0,
    )
    assert (second.timestamp, second.open, second.close, second.volume) == (60_000, 11.0, 11.0, 2.0)
