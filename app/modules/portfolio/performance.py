"""Equity curve from the ledger and historical closes, and Brinson-Fachler attribution.

Equity at each bar close = starting balance + realised PnL − fees + Σ qty × (close − average
entry), replaying ledger entries up to that close. The time-weighted return links the per-bar
returns; the paper ledger has no external cash flows (recorded holdings enter at their entry
price, so they move equity only by their PnL), so it equals the curve's total return.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from app.modules.portfolio import ledger
from app.modules.portfolio.specs import PortfolioLedgerEntryView


@dataclass(frozen=True, slots=True)
class Curve:
    times: list[datetime]
    equity: np.ndarray
    pnl: dict[str, float]
    """Each symbol's PnL (realised − fees + change in unrealised) from the first bar on."""
    exposure: dict[str, float]
    """Each symbol's average signed exposure over the bars."""


def equity_curve(
    entries: Sequence[PortfolioLedgerEntryView],
    starting_balance: float,
    times: Sequence[datetime],
    closes: dict[str, np.ndarray],
) -> Curve:
    states: dict[str, ledger.PositionState] = {}
    cash = starting_balance
    booked = {s: 0.0 for s in closes}
    unrealised_start: dict[str, float] = {}
    exposure_sum = {s: 0.0 for s in closes}
    equity = np.empty(len(times))
    i = 0
    for t, moment in enumerate(times):
        while i < len(entries) and entries[i].ts <= moment:
            e = entries[i]
            i += 1
            if e.kind == "fill":
                effect = ledger.apply(
                    states.get(e.symbol, ledger.PositionState()), e.quantity, e.price or 0.0, e.fee
                )
                states[e.symbol] = effect.state
                cash += effect.realised - e.fee
                if t > 0:
                    booked[e.symbol] = booked.get(e.symbol, 0.0) + effect.realised - e.fee
            elif e.kind == "record":
                states[e.symbol] = ledger.PositionState(e.quantity, e.price or 0.0)
            elif e.kind == "close_record":
                states.pop(e.symbol, None)
        unrealised = {}
        for symbol, state in states.items():
            price = closes[symbol][t]
            unrealised[symbol] = state.quantity * (price - state.average_price)
            exposure_sum[symbol] += state.quantity * price
        if t == 0:
            unrealised_start = dict(unrealised)
        equity[t] = cash + sum(unrealised.values())
    pnl = {
        s: booked.get(s, 0.0) + unrealised.get(s, 0.0) - unrealised_start.get(s, 0.0)
        for s in closes
    }
    bars = max(1, len(times) - 1)
    exposure = {s: exposure_sum[s] / bars for s in closes}
    return Curve(list(times), equity, pnl, exposure)


@dataclass(frozen=True, slots=True)
class Attribution:
    symbol: str
    portfolio_weight: float
    benchmark_weight: float
    portfolio_return: float
    benchmark_return: float
    allocation: float
    selection: float
    interaction: float


def brinson(
    weights: dict[str, float],
    bench_weights: dict[str, float],
    port_returns: dict[str, float],
    bench_returns: dict[str, float],
) -> tuple[list[Attribution], float, float]:
    """Brinson-Fachler per segment (cash included as the balance of the weights, return 0):
    allocation (wᵢ − bᵢ)(R_bᵢ − R_b), selection bᵢ(R_pᵢ − R_bᵢ), interaction
    (wᵢ − bᵢ)(R_pᵢ − R_bᵢ); they sum to R_p − R_b. Returns (rows, R_p, R_b)."""
    symbols = sorted(set(weights) | set(bench_weights))
    w = {s: weights.get(s, 0.0) for s in symbols}
    b = {s: bench_weights.get(s, 0.0) for s in symbols}
    w["cash"], b["cash"] = 1.0 - sum(w.values()), 1.0 - sum(b.values())
    rp = {s: port_returns.get(s, 0.0) for s in symbols} | {"cash": 0.0}
    rb = {s: bench_returns.get(s, 0.0) for s in symbols} | {"cash": 0.0}
    total_p = sum(w[s] * rp[s] for s in w)
    total_b = sum(b[s] * rb[s] for s in b)
    rows = [
        Attribution(
            s,
            w[s],
            b[s],
            rp[s],
            rb[s],
            (w[s] - b[s]) * (rb[s] - total_b),
            b[s] * (rp[s] - rb[s]),
            (w[s] - b[s]) * (rp[s] - rb[s]),
        )
        for s in w
    ]
    return rows, total_p, total_b
