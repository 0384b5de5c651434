"""Performance statistics of closed trades (pure functions, no I/O)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

DAYS_PER_YEAR = 365  # crypto trades every day


@dataclass(frozen=True)
class ClosedTrade:
    exit_time: datetime
    pnl: float


def trade_pnl(side: str, entry: float, exit_: float, quantity: float, fees: float) -> float:
    direction = 1.0 if side == "BUY" else -1.0
    return direction * (exit_ - entry) * quantity - fees


def max_drawdown(pnls: Sequence[float]) -> float:
    """Largest fall of cumulative PnL from a running peak (the peak starts at 0 capital gained)."""
    peak = equity = 0.0
    worst = 0.0
    for pnl in pnls:
        equity += pnl
        peak = max(peak, equity)
        worst = max(worst, peak - equity)
    return worst


def daily_sharpe(trades: Sequence[ClosedTrade]) -> float | None:
    """Annualised Sharpe of daily PnL; days without exits count as zero."""
    if not trades:
        return None
    by_day: dict[datetime, float] = defaultdict(float)
    for trade in trades:
        by_day[_day(trade.exit_time)] += trade.pnl
    first, last = min(by_day), max(by_day)
    days = (last - first).days + 1
    if days < 2:
        return None
    series = [by_day.get(first + timedelta(days=offset), 0.0) for offset in range(days)]
    mean = sum(series) / days
    variance = sum((value - mean) ** 2 for value in series) / (days - 1)
    if variance <= 0:
        return None
    return mean / math.sqrt(variance) * math.sqrt(DAYS_PER_YEAR)


def _day(moment: datetime) -> datetime:
    moment = moment.astimezone(UTC)
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


def _week(moment: datetime) -> datetime:
    day = _day(moment)
    return day - timedelta(days=day.weekday())


def buckets(trades: Sequence[ClosedTrade], period: str) -> list[dict[str, object]]:
    start_of = _day if period == "day" else _week
    grouped: dict[datetime, list[float]] = defaultdict(list)
    for trade in trades:
        grouped[start_of(trade.exit_time)].append(trade.pnl)
    return [
        {
            "start": start,
            "trades": len(pnls),
            "pnl": sum(pnls),
            "win_rate": sum(1 for pnl in pnls if pnl > 0) / len(pnls),
        }
        for start, pnls in sorted(grouped.items())
    ]


def summarize(trades: Sequence[ClosedTrade]) -> dict[str, object]:
    ordered = sorted(trades, key=lambda trade: trade.exit_time)
    pnls = [trade.pnl for trade in ordered]
    wins = [pnl for pnl in pnls if pnl > 0]
    losses = [pnl for pnl in pnls if pnl < 0]
    gross_loss = -sum(losses)
    return {
        "trades": len(pnls),
        "win_rate": len(wins) / len(pnls) if pnls else None,
        "total_pnl": sum(pnls),
        "profit_factor": sum(wins) / gross_loss if gross_loss > 0 else None,
        "avg_win": sum(wins) / len(wins) if wins else None,
        "avg_loss": sum(losses) / len(losses) if losses else None,
        "max_drawdown": max_drawdown(pnls),
        "sharpe": daily_sharpe(ordered),
        "daily": buckets(ordered, "day"),
        "weekly": buckets(ordered, "week"),
    }
