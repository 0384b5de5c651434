"""Numba kernels (imported lazily; cached on disk under ``NUMBA_CACHE_DIR`` when it is set)."""

from __future__ import annotations

import numpy as np
from numba import njit

SIZING_FIXED_FRACTION = 0
SIZING_RISK_PER_TRADE = 1


@njit(cache=True)
def size_trades_nb(
    entry_idx: np.ndarray,
    exit_idx: np.ndarray,
    col: np.ndarray,
    sign: np.ndarray,
    size1: np.ndarray,
    entry_price1: np.ndarray,
    entry_fees1: np.ndarray,
    pnl1: np.ndarray,
    stop_frac: np.ndarray,
    close: np.ndarray,
    exec_price: np.ndarray,
    n_symbols: int,
    n_groups: int,
    initial_capital: float,
    leverage: float,
    fraction: float,
    risk: float,
    method: int,
    fees: float,
    slippage: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Position sizes for trades whose timing is already known (a unit-size first run).

    Each trade is sized from its account's equity at the close before its entry bar: the initial
    capital plus realised PnL plus open positions marked at that close. PnL is linear in size, so
    trade j sized ``scale_j`` times the unit run contributes ``scale_j`` times its unit PnL.
    ``exit_idx`` holds the exit bar (a large number for trades still open). Returns the amount
    per trade and whether risk-based sizing hit the leverage cap.
    """
    n_trades = entry_idx.shape[0]
    amount = np.zeros(n_trades)
    capped = np.zeros(n_trades, dtype=np.bool_)
    scale = np.zeros(n_trades)
    by_entry = np.argsort(entry_idx, kind="mergesort")
    by_exit = np.argsort(exit_idx, kind="mergesort")
    realised = np.zeros(n_groups)
    current = np.full(n_groups * n_symbols, -1, dtype=np.int64)
    cursor = 0
    first = 0
    while first < n_trades:
        # Trades entering on the same bar are sized from the same state, before any of them.
        t = entry_idx[by_entry[first]]
        last = first
        while last < n_trades and entry_idx[by_entry[last]] == t:
            last += 1
        while cursor < n_trades and exit_idx[by_exit[cursor]] <= t - 1:
            j = by_exit[cursor]
            realised[col[j] // n_symbols] += scale[j] * pnl1[j]
            cursor += 1
        for position in range(first, last):
            k = by_entry[position]
            group = col[k] // n_symbols
            equity = initial_capital + realised[group]
            if t >= 1:
                for s in range(n_symbols):
                    j = current[group * n_symbols + s]
                    if j >= 0 and exit_idx[j] > t - 1:
                        mark = sign[j] * size1[j] * (close[t - 1, s] - entry_price1[j])
                        equity += scale[j] * (mark - entry_fees1[j])
            symbol = col[k] % n_symbols
            cap = leverage * equity / n_symbols
            if method == SIZING_FIXED_FRACTION:
                notional = fraction * cap
            else:
                notional = risk * equity / max(stop_frac[k], 1e-12)
                if notional > cap:
                    notional = cap
                    capped[k] = True
            if equity <= 0.0:
                # Ruined: keep a token size so the timing of later trades stays identical;
                # the caller truncates everything after the ruin bar.
                scale[k] = 1e-9
            else:
                # The price this order gets: a buy pays the slippage, a sell gives it up.
                fill = exec_price[t, symbol] * (1.0 + sign[k] * slippage)
                cost = fill * (1.0 + fees)
                scale[k] = notional / cost / size1[k]
            amount[k] = scale[k] * size1[k]
        for position in range(first, last):
            k = by_entry[position]
            current[col[k]] = k
        first = last
    return amount, capped


@njit(cache=True)
def replay_orders_nb(
    col: np.ndarray,
    idx: np.ndarray,
    size: np.ndarray,
    price: np.ndarray,
    fees: np.ndarray,
    side: np.ndarray,
    close: np.ndarray,
    n_symbols: int,
    n_groups: int,
    start_cash: float,
    want_series: bool,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Account equity and gross exposure from vectorbt's order records, in one pass.

    Orders must be sorted by bar (``idx``). ``start_cash`` is the real initial capital (any cash
    buffer given to vectorbt is left out). Equity ≤ 0 is a liquidation: from that bar on the
    account stays at 0 with no exposure. Returns equity (bars, groups), gross exposure series
    (or an empty array), time in market, mean and max gross exposure, and the ruin bar (-1).
    """
    n = close.shape[0]
    n_columns = n_groups * n_symbols
    position = np.zeros(n_columns)
    cash_flow = np.zeros(n_columns)
    equity = np.empty((n, n_groups))
    series = np.zeros((n if want_series else 0, n_groups))
    in_market = np.zeros(n_groups)
    gross_sum = np.zeros(n_groups)
    gross_max = np.zeros(n_groups)
    ruin = np.full(n_groups, -1, dtype=np.int64)
    value = np.zeros(n_groups)
    exposure = np.zeros(n_groups)
    cursor = 0
    n_orders = idx.shape[0]
    for t in range(n):
        while cursor < n_orders and idx[cursor] == t:
            c = col[cursor]
            if side[cursor] == 0:  # buy
                position[c] += size[cursor]
                cash_flow[c] -= size[cursor] * price[cursor] + fees[cursor]
            else:
                position[c] -= size[cursor]
                cash_flow[c] += size[cursor] * price[cursor] - fees[cursor]
            cursor += 1
        value[:] = start_cash
        exposure[:] = 0.0
        for c in range(n_columns):
            g = c // n_symbols
            holding = position[c] * close[t, c % n_symbols]
            value[g] += cash_flow[c] + holding
            exposure[g] += abs(holding)
        for g in range(n_groups):
            if ruin[g] < 0 and value[g] <= 0.0:
                ruin[g] = t
            if ruin[g] >= 0:
                equity[t, g] = 0.0
                continue
            equity[t, g] = value[g]
            gross = exposure[g] / value[g]
            if want_series:
                series[t, g] = gross
            gross_sum[g] += gross
            if gross > gross_max[g]:
                gross_max[g] = gross
            if exposure[g] > 0.0:
                in_market[g] += 1.0
    return equity, series, in_market / n, gross_sum / n, gross_max, ruin


@njit(cache=True)
def curve_stats_nb(
    equity: np.ndarray, initial: float, n_blocks: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per-column statistics of per-bar returns without (bars × columns) temporaries.

    Returns: mean, central moment sums (3, k: Σd², Σd³, Σd⁴), Σ min(r, 0)², max drawdown
    (the initial capital is the first peak), longest run of bars below a peak, and per time block
    (n_blocks, 3, k) the sum, sum of squares and count of returns (for CSCV).
    """
    n, k = equity.shape
    mean = np.zeros(k)
    previous = np.full(k, initial)
    for t in range(n):
        for g in range(k):
            if previous[g] > 0.0:
                mean[g] += equity[t, g] / previous[g] - 1.0
            previous[g] = equity[t, g]
    mean /= n
    moments = np.zeros((3, k))
    downside = np.zeros(k)
    max_drawdown = np.zeros(k)
    duration = np.zeros(k, dtype=np.int64)
    blocks = np.zeros((n_blocks, 3, k))
    peak = np.full(k, initial)
    last_peak = np.zeros(k, dtype=np.int64)
    previous[:] = initial
    for t in range(n):
        block = min(t * n_blocks // n, n_blocks - 1)
        for g in range(k):
            value = equity[t, g]
            r = value / previous[g] - 1.0 if previous[g] > 0.0 else 0.0
            previous[g] = value
            d = r - mean[g]
            moments[0, g] += d * d
            moments[1, g] += d * d * d
            moments[2, g] += d * d * d * d
            if r < 0.0:
                downside[g] += r * r
            blocks[block, 0, g] += r
            blocks[block, 1, g] += r * r
            blocks[block, 2, g] += 1.0
            if value >= peak[g]:
                peak[g] = value
                last_peak[g] = t + 1
            else:
                if peak[g] > 0.0:
                    drop = value / peak[g] - 1.0
                    if drop < max_drawdown[g]:
                        max_drawdown[g] = drop
                if t + 1 - last_peak[g] > duration[g]:
                    duration[g] = t + 1 - last_peak[g]
    return mean, moments, downside, max_drawdown, duration, blocks, equity[n - 1].copy()
