"""What other modules may use from the portfolio module: the ledger and marked positions.

``apply_fill`` is the only way fills reach positions (the execution module calls it for every
fill). ``snapshot`` gives the account's positions marked through ``exchanges.public``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.cache import Cache
from app.modules.exchanges.public import MarketDataSource
from app.modules.portfolio import service
from app.modules.portfolio.risk_model import RiskModel, provide
from app.modules.portfolio.specs import (
    PortfolioAccountView,
    PortfolioFill,
    PortfolioFillResult,
    PortfolioLedgerEntryView,
    PortfolioPositionView,
)
from app.modules.portfolio.valuation import MarkedPosition, Valuation

__all__ = [
    "MarkedPosition",
    "PortfolioAccountView",
    "PortfolioFill",
    "PortfolioFillResult",
    "PortfolioLedgerEntryView",
    "PortfolioPositionView",
    "RiskModel",
    "Valuation",
    "account",
    "account_quote",
    "apply_fill",
    "ensure_account",
    "ledger",
    "positions",
    "provide_risk_model",
    "snapshot",
]


async def apply_fill(
    session: AsyncSession, user_id: int, fill: PortfolioFill
) -> PortfolioFillResult:
    """Apply one (partial) fill to the user's position by average cost; commits."""
    return await service.apply_fill(session, user_id, fill)


async def positions(
    session: AsyncSession, user_id: int, account: str = "paper"
) -> list[PortfolioPositionView]:
    """Open positions of the account, newest first (unmarked)."""
    _, items = await service.list_positions(session, user_id, account)
    return items


async def account(session: AsyncSession, user_id: int, name: str = "paper") -> PortfolioAccountView:
    return await service.account_view(session, await service.get_account(session, user_id, name))


async def snapshot(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    account: str = "paper",
    stale_ok: bool = True,
) -> tuple[PortfolioAccountView, Valuation]:
    """The account and its positions marked to market (equity, exposure, free margin)."""
    return await service.marked_positions(session, source, cache, user_id, account, stale_ok)


def account_quote() -> str:
    """The quote currency accounts are kept in (settings)."""
    from app.modules.portfolio.config import get_portfolio_settings

    return get_portfolio_settings().quote


async def ensure_account(
    session: AsyncSession, user_id: int, name: str, *, kind: str, starting_balance: float
) -> PortfolioAccountView:
    """The account ``name``, opened with ``kind`` and ``starting_balance`` when missing."""
    row = await service.ensure_account(session, user_id, name, kind, starting_balance)
    return await service.account_view(session, row)


async def ledger(
    session: AsyncSession, user_id: int, account: str = "paper"
) -> list[PortfolioLedgerEntryView]:
    """Every ledger entry of the account, oldest first."""
    acc = await service.get_account(session, user_id, account)
    return [
        PortfolioLedgerEntryView.model_validate(e, from_attributes=True)
        for e in await service.ledger_entries(session, acc.id)
    ]


def provide_risk_model(state: Any, model: RiskModel) -> None:
    """Called by the risk module at start-up so ``GET /portfolio/risk`` reports VaR and heat
    without portfolio importing the module above it."""
    provide(state, model)
