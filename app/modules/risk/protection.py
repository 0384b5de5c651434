"""Drawdown protection: per-user rules that, once tripped, refuse new entries for a cooldown.

Rules (any may be off): drawdown from the equity peak within a window, consecutive losing
trades, and the day's loss (UTC). Only data after the previous trip counts, so a streak that
tripped once does not re-trip the moment its cooldown ends. Pure: the service stores rules and
trips in the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

RULE_DRAWDOWN = "max-drawdown"
RULE_LOSSES = "max-consecutive-losses"
RULE_DAILY = "daily-loss-limit"


@dataclass(frozen=True, slots=True)
class Rules:
    max_drawdown: float | None = None
    drawdown_window_days: float = 30.0
    max_consecutive_losses: int | None = None
    daily_loss_limit: float | None = None
    cooldown_minutes: float = 60.0
    reduce_positions: bool = False


@dataclass(frozen=True, slots=True)
class Trip:
    rule: str
    detail: str
    tripped_at: datetime
    until: datetime
    value: float
    limit: float


def evaluate(
    rules: Rules,
    equity: Sequence[tuple[datetime, float]],
    trades: Sequence[tuple[datetime, float]],
    now: datetime,
    since: datetime | None = None,
) -> Trip | None:
    """The first rule broken at ``now`` (equity points and closed-trade PnLs oldest first,
    only those after ``since`` counted), or ``None``."""
    cooldown = timedelta(minutes=rules.cooldown_minutes)
    points = [(t, v) for t, v in equity if t <= now and (since is None or t > since)]
    if rules.max_drawdown is not None and points:
        start = now - timedelta(days=rules.drawdown_window_days)
        window = [v for t, v in points if t >= start]
        if window:
            peak, current = max(window), window[-1]
            drawdown = 1.0 - current / peak if peak > 0 else 0.0
            if drawdown >= rules.max_drawdown:
                return Trip(
                    RULE_DRAWDOWN,
                    f"drawdown {drawdown:.2%} from the peak {peak:g} within "
                    f"{rules.drawdown_window_days:g} days reached the "
                    f"{rules.max_drawdown:.2%} limit",
                    now,
                    now + cooldown,
                    drawdown,
                    rules.max_drawdown,
                )
    if rules.max_consecutive_losses is not None:
        streak = 0
        for t, pnl in reversed(trades):
            if t > now or (since is not None and t <= since):
                continue
            if pnl >= 0:
                break
            streak += 1
        if streak >= rules.max_consecutive_losses:
            return Trip(
                RULE_LOSSES,
                f"{streak} consecutive losing trades reached the limit of "
                f"{rules.max_consecutive_losses}",
                now,
                now + cooldown,
                float(streak),
                float(rules.max_consecutive_losses),
            )
    if rules.daily_loss_limit is not None and points:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        before = [v for t, v in equity if t < day]
        today = [v for t, v in points if t >= day]
        if today:
            opening = before[-1] if before else today[0]
            loss = 1.0 - today[-1] / opening if opening > 0 else 0.0
            if loss >= rules.daily_loss_limit:
                until = max(now + cooldown, day + timedelta(days=1))
                return Trip(
                    RULE_DAILY,
                    f"today's loss {loss:.2%} reached the {rules.daily_loss_limit:.2%} daily limit",
                    now,
                    until,
                    loss,
                    rules.daily_loss_limit,
                )
    return None
