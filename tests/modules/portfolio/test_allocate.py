"""POST /portfolio/allocate against riskfolio-lib called directly on the same returns."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import httpx
import numpy as np
import pandas as pd
import pytest

from tests.conftest import assert_problem

API = "/api/v1/portfolio/allocate"
COINS = ["BTC", "ETH", "BNB", "SOL", "XRP", "ADA"]


@pytest.fixture(scope="module")
def closes(shared_data: Path) -> pd.DataFrame:
    frame = pd.read_csv(
        shared_data / "ohlcv/daily_usd/derived_daily_close_matrix_14coins_aligned.csv",
        index_col=0,
        parse_dates=True,
    )
    return frame[COINS].iloc[-400:]


def _inline(closes: pd.DataFrame) -> dict[str, list[list[float]]]:
    ms = closes.index.as_unit("ms").astype("int64").to_numpy()
    return {
        f"{c}/USDT": [[float(t), float(p)] for t, p in zip(ms, closes[c], strict=True)]
        for c in closes.columns
    }


def _returns(closes: pd.DataFrame) -> pd.DataFrame:
    returns = closes.pct_change().iloc[1:]
    returns.columns = [f"{c}/USDT" for c in closes.columns]
    return returns


def _quiet(call):  # type: ignore[no-untyped-def]
    with contextlib.redirect_stdout(io.StringIO()):
        return call()


async def test_max_sharpe_and_min_risk_match_riskfolio(
    client: httpx.AsyncClient, alice: dict[str, str], closes: pd.DataFrame
) -> None:
    import riskfolio as rp

    returns = _returns(closes)
    for objective, cov, obj in [
        ("max_sharpe", "sample", "Sharpe"),
        ("min_risk", "ledoit_wolf", "MinRisk"),
    ]:
        response = await client.post(
            API,
            headers=alice,
            json={
                "prices": _inline(closes),
                "method": "mean_variance",
                "objective": objective,
                "covariance": cov,
            },
        )
        assert response.status_code == 200, response.text
        body = response.json()
        port = rp.Portfolio(returns=returns)
        port.assets_stats(method_mu="hist", method_cov="hist" if cov == "sample" else "ledoit")
        with contextlib.redirect_stdout(io.StringIO()):
            expected = port.optimization(model="Classic", rm="MV", obj=obj, rf=0, hist=True)
        expected = expected["weights"]
        for symbol, weight in expected.items():
            assert body["weights"][symbol] == pytest.approx(weight, abs=2e-4)
        w = expected.to_numpy()
        port_r = returns.to_numpy() @ w
        assert body["expected_return"] == pytest.approx(port_r.mean() * 365, rel=1e-3)
        assert body["volatility"] == pytest.approx(port_r.std(ddof=1) * np.sqrt(365), rel=1e-3)
        assert sum(body["risk_contributions"].values()) == pytest.approx(1.0)
        assert body["periods_per_year"] == 365


async def test_hierarchical_and_risk_parity_match_riskfolio(
    client: httpx.AsyncClient, alice: dict[str, str], closes: pd.DataFrame
) -> None:
    import riskfolio as rp

    returns = _returns(closes)
    hc = rp.HCPortfolio(returns=returns)
    hrp = _quiet(
        lambda: hc.optimization(
            model="HRP", codependence="pearson", rm="MV", linkage="single", leaf_order=True
        )
    )["weights"]
    body = (
        await client.post(
            API,
            headers=alice,
            json={"prices": _inline(closes), "method": "hrp", "linkage": "single"},
        )
    ).json()
    for symbol, weight in hrp.items():
        assert body["weights"][symbol] == pytest.approx(weight, abs=1e-9)
    port = rp.Portfolio(returns=returns)
    port.assets_stats(method_mu="hist", method_cov="hist")
    erc = _quiet(lambda: port.rp_optimization(model="Classic", rm="MV", hist=True))["weights"]
    body = (
        await client.post(
            API,
            headers=alice,
            json={"prices": _inline(closes), "method": "risk_parity", "risk_measure": "variance"},
        )
    ).json()
    for symbol, weight in erc.items():
        assert body["weights"][symbol] == pytest.approx(weight, abs=2e-4)
    # equal risk contribution: every asset carries 1/n of the variance
    assert all(
        c == pytest.approx(1 / len(COINS), abs=2e-3) for c in body["risk_contributions"].values()
    )


async def test_constraints(
    client: httpx.AsyncClient, alice: dict[str, str], closes: pd.DataFrame
) -> None:
    prices = _inline(closes)
    capped = (
        await client.post(
            API,
            headers=alice,
            json={"prices": prices, "method": "mean_variance", "max_weight": 0.3},
        )
    ).json()
    assert max(capped["weights"].values()) <= 0.3 + 1e-6
    assert sum(capped["weights"].values()) == pytest.approx(1.0, abs=1e-6)
    ls = (
        await client.post(
            API,
            headers=alice,
            json={
                "prices": prices,
                "long_only": False,
                "min_weight": -0.5,
                "max_weight": 1.0,
                "gross_leverage": 2.0,
            },
        )
    ).json()
    assert sum(ls["weights"].values()) == pytest.approx(1.0, abs=1e-5)
    assert sum(abs(w) for w in ls["weights"].values()) <= 2.0 + 1e-5
    cash = (
        await client.post(
            API, headers=alice, json={"prices": prices, "method": "hrp", "budget": 0.6}
        )
    ).json()
    assert sum(cash["weights"].values()) == pytest.approx(0.6)
    frontier = (
        await client.post(API, headers=alice, json={"prices": prices, "frontier_points": 5})
    ).json()["frontier"]
    vols = [p["volatility"] for p in frontier]
    assert len(frontier) == 5 and vols == sorted(vols)


async def test_bad_allocation_input(
    client: httpx.AsyncClient, alice: dict[str, str], closes: pd.DataFrame
) -> None:
    prices = _inline(closes)
    body = assert_problem(
        await client.post(
            API,
            headers=alice,
            json={"prices": prices, "objective": "target_return", "target_return": 50.0},
        ),
        422,
    )
    assert body["constraint"] == "target_return"
    body = assert_problem(
        await client.post(API, headers=alice, json={"prices": prices, "max_weight": 0.1}), 422
    )
    assert body["constraint"] == "max_weight"
    body = assert_problem(
        await client.post(
            API, headers=alice, json={"prices": prices, "long_only": False, "gross_leverage": 5}
        ),
        422,
    )
    assert body["rule"] == "max-leverage"
    short = {k: v[:4] for k, v in prices.items()}
    assert_problem(await client.post(API, headers=alice, json={"prices": short}), 422)
    bad = dict(prices)
    bad["BTC/USDT"] = [[0, -1.0], *prices["BTC/USDT"][1:]]
    assert_problem(await client.post(API, headers=alice, json={"prices": bad}), 422)
    flat = dict(prices)
    flat["ETH/USDT"] = [[t, 5.0] for t, _ in prices["ETH/USDT"]]
    assert_problem(await client.post(API, headers=alice, json={"prices": flat}), 422)
    huge = {f"C{i}/USDT": [[0, 1.0], [1, 2.0]] for i in range(101)}
    assert_problem(await client.post(API, headers=alice, json={"prices": huge}), 422)
    assert_problem(
        await client.post(
            API, headers=alice, json={"prices": prices, "method": "hrp", "long_only": False}
        ),
        422,
    )
    assert_problem(
        await client.post(
            API, headers=alice, json={"exchange": "binance", "symbols": ["BTC/USDT", "ETH/USDT"]}
        ),
        404,
    )
    assert_problem(await client.post(API, json={"prices": prices}), 401)


async def test_prices_from_the_candles_store(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], shared_data: Path
) -> None:
    import riskfolio as rp

    from app.modules.database.public import import_candle_file

    coins = ["BTC", "ETH", "SOL"]
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for coin in coins:
            content = (shared_data / f"ohlcv/daily_usd/{coin}-USD_1d.csv").read_bytes()
            await import_candle_file(session, None, content, "yahoo", f"{coin}/USD", "1d")
    response = await client.post(
        API,
        headers=alice,
        json={
            "exchange": "yahoo",
            "symbols": [f"{c}/USD" for c in coins],
            "timeframe": "1d",
            "start": "2022-01-01T00:00:00Z",
            "end": "2024-01-01T00:00:00Z",
            "method": "hrp",
        },
    )
    assert response.status_code == 200, response.text
    frames = {}
    for coin in coins:
        raw = pd.read_csv(
            shared_data / f"ohlcv/daily_usd/{coin}-USD_1d.csv", parse_dates=[0], index_col=0
        )
        frames[f"{coin}/USD"] = raw["Close"]
    closes = pd.DataFrame(frames).dropna().loc["2022-01-01":"2023-12-31"]
    returns = closes.pct_change().iloc[1:]
    hc = rp.HCPortfolio(returns=returns)
    expected = _quiet(
        lambda: hc.optimization(
            model="HRP", codependence="pearson", rm="MV", linkage="ward", leaf_order=True
        )
    )["weights"]
    body = response.json()
    assert body["observations"] == len(returns)
    for symbol, weight in expected.items():
        assert body["weights"][symbol] == pytest.approx(weight, rel=1e-6)


async def test_allocation_chart(
    client: httpx.AsyncClient, alice: dict[str, str], closes: pd.DataFrame
) -> None:
    body = {"prices": _inline(closes), "frontier_points": 4}
    figure = (await client.post(f"{API}/chart", headers=alice, json=body)).json()
    kinds = [trace["type"] for trace in figure["data"]]
    assert kinds[:2] == ["pie", "bar"] and "scatter" in kinds
    allocation = (await client.post(API, headers=alice, json=body)).json()
    pie = figure["data"][0]
    assert dict(zip(pie["labels"], pie["values"], strict=True)) == pytest.approx(
        {k: abs(v) for k, v in allocation["weights"].items()}
    )
    html = await client.post(f"{API}/chart", headers=alice, json=body, params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html") and "plotly" in html.text


async def test_store_prices_cache_follows_imports(
    app: object, client: httpx.AsyncClient, alice: dict[str, str], shared_data: Path
) -> None:
    from app.modules.database.public import import_candle_file

    coins = ["BTC", "ETH"]
    files = {c: (shared_data / f"ohlcv/daily_usd/{c}-USD_1d.csv").read_bytes() for c in coins}
    body = {
        "exchange": "yahoo",
        "symbols": [f"{c}/USD" for c in coins],
        "method": "hrp",
        "start": "2019-01-01T00:00:00Z",
        "end": "2021-01-01T00:00:00Z",
    }
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for coin in coins:  # the first year only
            lines = files[coin].decode().splitlines()
            head = [lines[0]] + [row for row in lines[1:] if row < "2020-01-01"]
            await import_candle_file(
                session, None, "\n".join(head).encode(), "yahoo", f"{coin}/USD", "1d"
            )
    first = (await client.post(API, headers=alice, json=body)).json()
    assert first["observations"] == 364
    async with app.state.db.session() as session:  # type: ignore[attr-defined]
        for coin in coins:
            await import_candle_file(session, None, files[coin], "yahoo", f"{coin}/USD", "1d")
    second = (await client.post(API, headers=alice, json=body)).json()
    assert second["observations"] == 730
