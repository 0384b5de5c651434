"""Positions marked to market and the account totals (margin model, PnL-based equity).

equity = cash + Σ unrealised, with cash = starting balance + realised PnL − fees; exposure
is |qty| × mark; margin used is exposure / leverage; free margin = equity − margin used.
Without a mark (exchange down, nothing cached) a position is valued at its entry price.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.modules.portfolio.marking import Mark
from app.modules.portfolio.specs import PortfolioAccountView, PortfolioPositionView


@dataclass(frozen=True, slots=True)
class MarkedPosition:
    position: PortfolioPositionView
    mark: Mark
    price: float
    unrealised_pnl: float
    exposure: float
    weight: float
    """Signed exposure / equity."""
    stop_distance: float | None
    """(mark − stop)/mark for a long, (stop − mark)/mark for a short: the fall to the stop."""


@dataclass(frozen=True, slots=True)
class Valuation:
    equity: float
    cash: float
    unrealised_pnl: float
    gross_exposure: float
    net_exposure: float
    leverage: float | None
    """Gross exposure / equity; None when equity is not positive."""
    margin_used: float
    free_margin: float
    positions: list[MarkedPosition]


def value(
    account: PortfolioAccountView,
    positions: list[PortfolioPositionView],
    marks: dict[tuple[str, str], Mark],
    exchange_of: dict[int, str],
) -> Valuation:
    rows = []
    for p in positions:
        mark = marks[(exchange_of[p.id], p.symbol)]
        price = mark.price if mark.price is not None else p.average_price
        rows.append((p, mark, price, p.quantity * (price - p.average_price)))
    unrealised = sum(r[3] for r in rows)
    equity = account.cash + unrealised
    gross = sum(abs(p.quantity) * price for p, _, price, _ in rows)
    net = sum(p.quantity * price for p, _, price, _ in rows)
    margin = sum(abs(p.quantity) * price / p.leverage for p, _, price, _ in rows)
    marked = []
    for p, mark, price, pnl in rows:
        distance = None
        if p.stop_loss is not None:
            distance = ((price - p.stop_loss) if p.quantity > 0 else (p.stop_loss - price)) / price
        marked.append(
            MarkedPosition(
                p,
                mark,
                price,
                pnl,
                abs(p.quantity) * price,
                p.quantity * price / equity if equity > 0 else 0.0,
                distance,
            )
        )
    return Valuation(
        equity,
        account.cash,
        unrealised,
        gross,
        net,
        gross / equity if equity > 0 else None,
        margin,
        equity - margin,
        marked,
    )
