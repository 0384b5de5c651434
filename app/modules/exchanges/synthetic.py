"""Seeded synthetic market data for demos and tests, always labelled ``source="synthetic"``.

A ``SyntheticMarket`` is a geometric random walk for one (exchange, symbol): each ``step()``
moves the mid price and the clock; tickers, books and trades are drawn around the current mid.
Everything comes from one ``random.Random`` seeded from (seed, exchange, symbol), so the same
seed and the same sequence of calls give the same data on every run and machine.
"""

from __future__ import annotations

import math
import random
import time
import zlib
from dataclasses import dataclass, field
from typing import Literal

from app.modules.exchanges.candles import timeframe_ms
from app.modules.exchanges.types import Candle, OrderBookSnapshot, Source, Ticker, Trade

SYNTHETIC = Source.SYNTHETIC

# Plausible starting prices so demos look familiar; other bases start at 100.
_START_PRICES = {
    "BTC": 60_000.0,
    "ETH": 3_000.0,
    "BNB": 500.0,
    "SOL": 150.0,
    "XRP": 0.6,
    "ADA": 0.45,
    "DOGE": 0.12,
    "LTC": 80.0,
    "USDC": 1.0,
    "USDT": 1.0,
}


def derive_seed(*parts: object) -> int:
    """A stable seed from several parts (``hash()`` is randomised per process, crc32 is not)."""
    return zlib.crc32(":".join(map(str, parts)).encode())


def start_price(symbol: str) -> float:
    return _START_PRICES.get(symbol.split("/", 1)[0].upper(), 100.0)


def _tick_for(price: float) -> float:
    # About 1 bp of the price, rounded down to a power of ten: 60000 → 1, 3000 → 0.1, 0.6 → 1e-5.
    return 10.0 ** math.floor(math.log10(price * 1e-4)) if price > 0 else 1e-8


@dataclass
class SyntheticMarket:
    exchange: str
    symbol: str
    seed: int = 0
    price: float | None = None
    volatility: float = 0.0005
    """Standard deviation of the log return per step."""
    step_ms: int = 1_000
    start_ms: int | None = None
    rng: random.Random = field(init=False, repr=False)
    tick: float = field(init=False)
    timestamp: int = field(init=False)
    steps: int = field(init=False, default=0)
    _trade_id: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.rng = random.Random(derive_seed(self.seed, self.exchange, self.symbol))
        if self.price is None:
            self.price = start_price(self.symbol)
        self.tick = _tick_for(self.price)
        self.price = self._round(self.price)
        start = self.start_ms if self.start_ms is not None else int(time.time() * 1000)
        self.timestamp = start - start % self.step_ms

    def _round(self, price: float) -> float:
        return round(round(price / self.tick) * self.tick, 12)

    def step(self) -> float:
        """Advance one step of the walk; returns the new mid price."""
        assert self.price is not None
        moved = self.price * math.exp(self.rng.gauss(0.0, self.volatility))
        self.price = max(self.tick, self._round(moved))
        self.timestamp += self.step_ms
        self.steps += 1
        return self.price

    def _quotes(self) -> tuple[float, float]:
        assert self.price is not None
        half = self.rng.randint(1, 3) * self.tick / 2
        return self._round(self.price - half), self._round(self.price + half)

    def ticker(self) -> Ticker:
        bid, ask = self._quotes()
        return Ticker(
            exchange=self.exchange,
            symbol=self.symbol,
            source=SYNTHETIC,
            timestamp=self.timestamp,
            bid=bid,
            ask=ask,
            last=self.price,
            bid_size=round(self.rng.expovariate(1.0), 6),
            ask_size=round(self.rng.expovariate(1.0), 6),
        )

    def order_book(self, depth: int = 20) -> OrderBookSnapshot:
        bid, ask = self._quotes()
        rng = self.rng
        bids = tuple(
            (self._round(bid - i * self.tick), round(rng.expovariate(0.5) * (1 + i / 5), 6))
            for i in range(depth)
        )
        asks = tuple(
            (self._round(ask + i * self.tick), round(rng.expovariate(0.5) * (1 + i / 5), 6))
            for i in range(depth)
        )
        return OrderBookSnapshot(
            exchange=self.exchange,
            symbol=self.symbol,
            source=SYNTHETIC,
            timestamp=self.timestamp,
            bids=tuple(level for level in bids if level[0] > 0),
            asks=asks,
            sequence=self.steps,
        )

    def trades(self, count: int = 1) -> list[Trade]:
        bid, ask = self._quotes()
        out = []
        for i in range(count):
            side: Literal["buy", "sell"] = "buy" if self.rng.random() < 0.5 else "sell"
            self._trade_id += 1
            out.append(
                Trade(
                    exchange=self.exchange,
                    symbol=self.symbol,
                    source=SYNTHETIC,
                    timestamp=self.timestamp + i,
                    price=ask if side == "buy" else bid,
                    amount=round(self.rng.expovariate(2.0) + 1e-4, 6),
                    side=side,
                    id=f"syn-{self._trade_id}",
                )
            )
        return out


def synthetic_candles(
    exchange: str,
    symbol: str,
    timeframe: str,
    *,
    since: int,
    limit: int,
    seed: int = 0,
    volatility: float = 0.002,
    substeps: int = 12,
) -> list[Candle]:
    """``limit`` consecutive candles from ``since`` (aligned down to the timeframe).

    Each candle is a short random walk of ``substeps`` moves, so high ≥ max(open, close) and
    low ≤ min(open, close) hold by construction.
    """
    tf = timeframe_ms(timeframe)
    start = since - since % tf
    rng = random.Random(derive_seed(seed, exchange, symbol, timeframe, start))
    price = start_price(symbol)
    sigma = volatility / math.sqrt(substeps)
    candles = []
    for i in range(limit):
        o = price
        high = low = o
        for _ in range(substeps):
            price *= math.exp(rng.gauss(0.0, sigma))
            high = max(high, price)
            low = min(low, price)
        candles.append(
            Candle(
                exchange=exchange,
                symbol=symbol,
                source=SYNTHETIC,
                timeframe=timeframe,
                timestamp=start + i * tf,
                open=o,
                high=high,
                low=low,
                close=price,
                volume=round(rng.lognormvariate(3.0, 0.8), 6),
            )
        )
    return candles
