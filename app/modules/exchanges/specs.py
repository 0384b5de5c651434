"""Domain results of the exchanges module shared by the detectors and the API (one definition:
the response schemas use these models as they are)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class CrossExchangeOpportunity(BaseModel):
    """Result of buying on ``buy_exchange`` and selling on ``sell_exchange``.

    ``size`` is the executable base quantity; VWAPs are raw book prices (before fees).
    ``gross_*`` ignore fees; ``net_profit_quote`` subtracts both taker fees and the withdrawal
    fee; ``net_spread_bps`` is that profit per unit of buy notional. ``limited_by`` says what
    stopped the walk: ``"prices"`` (the next marginal unit would lose money after fees),
    ``"buy_depth"`` / ``"sell_depth"`` (book exhausted), ``"max_size"``, ``"max_notional"``,
    ``"empty_book"``.
    """

    model_config = ConfigDict(frozen=True)

    symbol: str
    buy_exchange: str
    sell_exchange: str
    size: float = Field(description="Executable base quantity")
    buy_vwap: float | None
    sell_vwap: float | None
    buy_notional: float
    sell_notional: float
    buy_fee_quote: float
    sell_fee_quote: float
    withdrawal_fee_base: float
    withdrawal_fee_quote: float
    gross_spread_quote: float
    gross_spread_bps: float | None
    net_profit_quote: float
    net_spread_bps: float | None
    top_of_book_spread_bps: float | None
    marginal_buy_price_after_fee: float | None
    marginal_sell_price_after_fee: float | None
    buy_levels_used: int
    sell_levels_used: int
    limited_by: str
    depth_limited: bool
    requested_size: float | None
    requested_notional: float | None
    profitable: bool
    warnings: tuple[str, ...] = ()


class TriangularLeg(BaseModel):
    """One conversion ``from_currency`` → ``to_currency`` at executable depth.

    ``amount_in`` is what the leg was asked to convert, ``amount_in_filled`` what the book could
    take (less when ``depth_limited``); ``vwap`` is in the pair's quote per base.
    """

    model_config = ConfigDict(frozen=True)

    symbol: str
    side: Literal["buy", "sell"] = Field(
        description="buy: spend quote on the asks; sell: sell base into the bids"
    )
    from_currency: str
    to_currency: str
    amount_in: float
    amount_in_filled: float
    amount_out_gross: float
    fee: float
    amount_out: float
    vwap: float | None
    best_price: float | None
    levels_used: int
    depth_limited: bool


class TriangularResult(BaseModel):
    """A full cycle, e.g. USDT → BTC → ETH → USDT.

    ``profit`` and ``profit_bps`` compare ``final_amount`` with ``start_amount`` in the start
    currency. When a leg is ``depth_limited`` the unfilled input is stranded, which shows up as
    a loss; ``complete`` is False in that case. ``top_of_book_final_amount`` is what the cycle
    would return at the touch prices with unlimited depth (fees included), for context.
    """

    model_config = ConfigDict(frozen=True)

    path: tuple[str, ...]
    start_currency: str
    start_amount: float
    final_amount: float
    profit: float
    profit_bps: float
    top_of_book_final_amount: float | None
    complete: bool
    profitable: bool
    legs: tuple[TriangularLeg, ...]
    warnings: tuple[str, ...] = ()
