"""Execution benchmark (run, don't import).

    python bench/bench_execution_throughput.py [--orders 300] [--slices 40]

1. Paper order throughput through the full path — kill switch → ``risk.check_order`` (with its
   ``gate_context``) → paper broker → fills → ``portfolio.apply_fill`` (SQLite file database,
   in-process cache) — vs a bare book-walk function on the same real Bitstamp book (goal ≥ 30 %).
   Also the in-memory part of the path alone (gate + broker, no database).
2. TWAP child timing error vs its schedule: p50/p99 lateness of the children of one TWAP run
   through the job runner (goal p99 < 50 ms).
3. Slippage estimate error vs realised paper fills on replay: the walk of book ``t`` (what the
   estimate sees) vs the paper fill on book ``t+1`` (what the order meets), over the Binance
   USDT-M SUSHI books rebuilt from cryptofeed's depth diffs.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("APP_LOG_LEVEL", "WARNING")
os.environ["APP_EXECUTION_SWEEP_SECONDS"] = "0"
DATA = Path(os.environ.get("KALKAN_SHARED_DATA", ROOT.parent / "shared" / "data"))


def bitstamp_book():  # type: ignore[no-untyped-def]
    from app.modules.exchanges.public import OrderBookSnapshot
    from app.modules.exchanges.types import Source

    raw = json.loads(
        (
            DATA / "orderbook_trades/gocryptotrader/bitstamp_api_v2_order_book_btcusd__0.json"
        ).read_text()
    )["data"]
    cap = 200  # the far tail holds near-zero bids
    return OrderBookSnapshot(
        "bitstamp",
        "BTC/USD",
        Source.REPLAY,
        int(raw["timestamp"]) * 1000,
        tuple((float(p), float(q)) for p, q in raw["bids"][:cap]),
        tuple((float(p), float(q)) for p, q in raw["asks"][:cap]),
    )


@dataclass
class BookSource:
    book: object
    source: str = "replay"
    trades: list = field(default_factory=list)

    @property
    def exchanges(self) -> list[str]:
        return ["bitstamp"]

    async def fetch_order_book(self, exchange: str, symbol: str, limit: int | None = None):  # type: ignore[no-untyped-def]
        return self.book

    async def fetch_ticker(self, exchange: str, symbol: str):  # type: ignore[no-untyped-def]
        from app.modules.exchanges.public import Ticker
        from app.modules.exchanges.types import Source

        b = self.book
        return Ticker(exchange, symbol, Source.REPLAY, b.timestamp, last=b.mid)  # type: ignore[attr-defined]

    async def fetch_trades(self, exchange: str, symbol: str, since=None, limit=None):  # type: ignore[no-untyped-def]
        return []


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def bench(orders: int, slices: int) -> None:
    import httpx
    from asgi_lifespan import LifespanManager

    from app.cli import migrate
    from app.core.config import Settings
    from app.main import create_app
    from app.modules.execution import service
    from app.modules.execution.book import walk
    from app.modules.execution.paper import PaperBroker
    from app.modules.execution.specs import ExecutionOrderIn
    from app.modules.risk import public as risk

    tmp = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{tmp / 'bench.db'}"
    await asyncio.to_thread(migrate, url)
    settings = Settings(
        env="test",
        database_url=url,
        secret_key="bench-secret-key-that-is-long-enough-0123456789",
        market_data="synthetic",
        rate_limit_default="10000000/minute",
        rate_limit_auth="10000000/minute",
        rate_limit_anonymous="10000000/minute",
        log_level="WARNING",
    )
    app = create_app(settings)
    book = bitstamp_book()
    async with LifespanManager(app, startup_timeout=60):
        app.state.market_data = BookSource(book)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://b") as client:
            await client.post(
                "/api/v1/auth/register",
                json={"email": "bench@example.com", "password": "Correct-Horse-9"},
            )
        user_id = 1
        buy = ExecutionOrderIn(
            symbol="BTC/USD", exchange="bitstamp", side="BUY", quantity=0.1, stop_loss=8150.0
        )
        sell = ExecutionOrderIn(symbol="BTC/USD", exchange="bitstamp", side="SELL", quantity=0.1)
        await service.place_order(app.state, user_id, buy)  # warm-up
        await service.place_order(app.state, user_id, sell)
        start = time.perf_counter()
        for n in range(orders):
            await service.place_order(app.state, user_id, buy if n % 2 == 0 else sell)
        full = orders / (time.perf_counter() - start)

        # the in-memory part of the path: gate decision + broker walk (no database)
        async with app.state.db.session() as session:
            ctx = await risk.gate_context(session, app.state.market_data, app.state.cache, user_id)
        broker = PaperBroker(500)
        gate_order = risk.GateOrder(
            symbol="BTC/USD", side="BUY", quantity=0.1, price=8202.65, stop_loss=8150.0
        )
        loops = 20_000
        start = time.perf_counter()
        for _ in range(loops):
            risk.check_order(gate_order, ctx)
            broker.take("BUY", 0.1, None, "IOC", book.bids, book.asks)
        memory = loops / (time.perf_counter() - start)
        asks = list(book.asks)
        start = time.perf_counter()
        for _ in range(loops):
            walk(asks, 0.1, "BUY")
        bare = loops / (time.perf_counter() - start)

        # TWAP child timing vs schedule
        from app.modules.execution import algos
        from app.modules.execution.specs import ExecutionTwapIn

        twap = ExecutionTwapIn(
            symbol="BTC/USD",
            exchange="bitstamp",
            side="BUY",
            quantity=0.2 * slices / 10,
            slices=slices,
            duration_seconds=slices * 0.5,
            tick_seconds=0.01,
            randomize=0.2,
            stop_loss={"type": "fixed_pct", "value": 0.005},
        )
        await service.close_positions(app.state, user_id)
        out = await algos.submit(app.state, user_id, "twap", twap)
        assert out.job_id is not None
        await app.state.jobs.wait(out.job_id, 120)
        async with app.state.db.session() as session:
            from app.modules.execution.models import ExecAlgo

            row = await session.get(ExecAlgo, out.id)
            assert row is not None
            lateness_ms = [x * 1000 for x in row.state.get("lateness", [])]
            status = row.status

    # slippage estimate (book t) vs realised paper fill (book t+1) on replay
    from app.modules.exchanges.replay_source import ReplaySource
    from app.modules.execution.book import average_price

    base = DATA / "orderbook_trades/cryptofeed"
    replay = ReplaySource(
        [base / "BINANCE_FUTURES.ws.1.0", base / "BINANCE_FUTURES.http.0.0"], speed=0
    )
    books = [b async for b in replay.watch_order_book("binanceusdm", "SUSHI/USDT:USDT", 100)]
    errors: list[float] = []
    for size in (100.0, 500.0, 2000.0):
        for now, then in itertools.pairwise(books):
            mid = now.mid
            estimated = average_price(walk(list(now.asks), size, "BUY"))
            realised = average_price(
                PaperBroker(500).take("BUY", size, None, "IOC", then.bids, then.asks).fills
            )
            if estimated and realised and mid:
                errors.append(abs(realised - estimated) / mid * 1e4)

    print(f"machine: {platform.node()} {platform.machine()} python {platform.python_version()}")
    print(
        f"1. full path {full:,.0f} orders/s; bare book walk {bare:,.0f}/s; ratio {full / bare:.4f}"
    )
    print(f"   gate + broker in memory {memory:,.0f}/s; ratio to bare walk {memory / bare:.2f}")
    print(
        f"2. TWAP {slices} children ({status}): lateness p50 {pct(lateness_ms, 0.5):.1f} ms, "
        f"p99 {pct(lateness_ms, 0.99):.1f} ms, max {max(lateness_ms):.1f} ms"
    )
    print(
        f"3. estimate vs realised on replay ({len(errors)} pairs): mean |error| "
        f"{statistics.fmean(errors):.3f} bps, p99 {pct(errors, 0.99):.3f} bps"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--slices", type=int, default=40, help="children, 0.5 s apart")
    args = parser.parse_args()
    asyncio.run(bench(args.orders, args.slices))


if __name__ == "__main__":
    main()
