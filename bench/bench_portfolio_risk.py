"""Portfolio and risk benchmark (run, don't import).

    python bench/bench_portfolio_risk.py [--repeat 7]

1. ``POST /portfolio/allocate`` (HRP and max-Sharpe; 14 assets × ~1,600 daily closes loaded
   from the candles store, through the ASGI app) vs the bare riskfolio call on the same returns
   (goal ≤ 1.3×);
2. Monte Carlo VaR, 1,000,000 multivariate Student-t paths × 14 assets (``risk.var``) vs a bare
   numpy baseline drawing the same distribution (goal < 1 s);
3. ``risk.public.check_order`` p50/p99 with a 20-position context (goal p99 < 1 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("APP_LOG_LEVEL", "WARNING")

DATA = Path(os.environ.get("KALKAN_SHARED_DATA", ROOT.parent / "shared" / "data"))
DAILY = DATA / "ohlcv" / "daily_usd"
COINS = [
    "ADA",
    "AVAX",
    "BNB",
    "BTC",
    "DOGE",
    "DOT",
    "ETH",
    "LINK",
    "LTC",
    "MATIC",
    "SOL",
    "USDC",
    "USDT",
    "XRP",
]
START, END = "2020-09-22T00:00:00Z", "2025-02-12T00:00:00Z"


def median_times(functions: dict, repeat: int) -> dict[str, float]:
    """Median wall time per function, run round-robin after one warm-up each."""
    for function in functions.values():
        function()
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


async def bench_allocate(repeat: int) -> None:
    import httpx
    import pandas as pd
    import riskfolio as rp
    from asgi_lifespan import LifespanManager

    from app.cli import migrate
    from app.core.config import Settings
    from app.main import create_app
    from app.modules.database.public import import_candle_file

    tmp = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{tmp / 'bench.db'}"
    await asyncio.to_thread(migrate, url)  # Alembic's env runs its own event loop
    settings = Settings(
        env="test",
        database_url=url,
        secret_key="x" * 40,
        rate_limit_default="1000000/minute",
        market_data="synthetic",
        log_level="WARNING",
    )
    app = create_app(settings)
    async with LifespanManager(app, startup_timeout=60):
        async with app.state.db.session() as session:
            for coin in COINS:
                content = (DAILY / f"{coin}-USD_1d.csv").read_bytes()
                await import_candle_file(session, None, content, "yahoo", f"{coin}/USD", "1d")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://b") as client:
            await client.post(
                "/api/v1/auth/register",
                json={"email": "b@example.com", "password": "Correct-Horse-9"},
            )
            token = (
                await client.post(
                    "/api/v1/auth/login",
                    data={"username": "b@example.com", "password": "Correct-Horse-9"},
                )
            ).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            base = {
                "exchange": "yahoo",
                "symbols": [f"{c}/USD" for c in COINS],
                "timeframe": "1d",
                "start": START,
                "end": END,
            }
            frames = {}
            for coin in COINS:
                raw = pd.read_csv(DAILY / f"{coin}-USD_1d.csv", parse_dates=[0], index_col=0)
                frames[f"{coin}/USD"] = raw["Close"]
            closes = pd.DataFrame(frames).dropna().loc["2020-09-22":"2025-02-11"]
            returns = closes.pct_change().iloc[1:]
            print(f"allocate: {returns.shape[1]} assets × {len(closes)} closes")

            def bare_hrp() -> object:
                hc = rp.HCPortfolio(returns=returns)
                return hc.optimization(
                    model="HRP", codependence="pearson", rm="MV", linkage="ward", leaf_order=True
                )

            def bare_sharpe() -> object:
                port = rp.Portfolio(returns=returns)
                port.assets_stats(method_mu="hist", method_cov="hist")
                return port.optimization(model="Classic", rm="MV", obj="Sharpe", rf=0, hist=True)

            for name, body, bare in [
                ("hrp", {"method": "hrp"}, bare_hrp),
                ("max_sharpe", {"method": "mean_variance", "objective": "max_sharpe"}, bare_sharpe),
            ]:
                api_times, bare_times = [], []
                for i in range(repeat + 1):
                    start = time.perf_counter()
                    response = await client.post(
                        "/api/v1/portfolio/allocate", headers=headers, json={**base, **body}
                    )
                    elapsed = time.perf_counter() - start
                    assert response.status_code == 200, response.text
                    start = time.perf_counter()
                    with contextlib.redirect_stdout(io.StringIO()):
                        bare()
                    bare_elapsed = time.perf_counter() - start
                    if i:  # first round is the warm-up
                        api_times.append(elapsed)
                        bare_times.append(bare_elapsed)
                api, raw_t = statistics.median(api_times), statistics.median(bare_times)
                print(
                    f"  {name:10s} API {api * 1e3:8.1f} ms   bare riskfolio "
                    f"{raw_t * 1e3:8.1f} ms   ratio {api / raw_t:5.2f}x (goal ≤ 1.3x)"
                )


def bench_monte_carlo(repeat: int) -> None:
    import pandas as pd

    from app.modules.risk.var import monte_carlo

    frame = pd.read_csv(DAILY / "derived_daily_close_matrix_14coins_aligned.csv", index_col=0)
    x = frame.pct_change().iloc[1:].to_numpy()
    w = np.full(x.shape[1], 1 / x.shape[1])
    paths, nu = 1_000_000, 5.0

    def ours() -> float:
        return monte_carlo(x, w, 0.99, paths=paths, dof=nu).var

    def bare() -> float:
        rng = np.random.default_rng(0)
        mean, cov = x.mean(axis=0), np.cov(x, rowvar=False) * (nu - 2) / nu
        chol = np.linalg.cholesky(cov)
        z = rng.standard_normal((paths, x.shape[1])) @ chol.T
        z /= np.sqrt(rng.chisquare(nu, paths) / nu)[:, None]
        pnl = (z + mean) @ w
        return -float(np.quantile(pnl, 0.01))

    times = median_times({"ours": ours, "bare": bare}, repeat)
    print(
        f"monte carlo VaR: {paths:,} paths × {x.shape[1]} assets: ours "
        f"{times['ours'] * 1e3:.0f} ms, bare numpy {times['bare'] * 1e3:.0f} ms, ratio "
        f"{times['ours'] / times['bare']:.2f}x (goal < 1 s); VaR99 ours {ours():.5f} "
        f"bare {bare():.5f}"
    )


def bench_check_order(calls: int) -> None:
    from app.modules.risk.public import GateContext, GateOrder, GatePosition, check_order

    positions = [
        GatePosition(symbol=f"C{i}/USDT", quantity=1.0 + i, price=10.0 + i, stop_loss=9.0 + i)
        for i in range(20)
    ]
    ctx = GateContext(
        equity=1_000_000.0, positions=positions, max_risk_per_trade=0.01, max_heat=0.5
    )
    order = GateOrder(
        symbol="BTC/USDT",
        side="BUY",
        quantity=0.1,
        price=50_000.0,
        stop_loss=49_000.0,
        confidence=0.8,
    )
    for _ in range(1000):
        check_order(order, ctx)
    samples = np.empty(calls)
    clock = time.perf_counter_ns
    for i in range(calls):
        start = clock()
        check_order(order, ctx)
        samples[i] = clock() - start
    p50, p99 = np.percentile(samples, [50, 99]) / 1000
    print(
        f"check_order ({calls:,} calls, 20 positions): p50 {p50:.1f} µs, p99 {p99:.1f} µs "
        f"(goal p99 < 1000 µs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--calls", type=int, default=100_000)
    args = parser.parse_args()
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {platform.node()} · "
        f"{platform.processor() or platform.machine()} · {os.cpu_count()} CPUs · Python "
        f"{platform.python_version()}"
    )
    bench_check_order(args.calls)
    bench_monte_carlo(max(3, args.repeat // 2))
    asyncio.run(bench_allocate(args.repeat))


if __name__ == "__main__":
    main()
