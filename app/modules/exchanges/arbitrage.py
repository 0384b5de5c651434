"""Arbitrage detection on executable order-book depth (pure domain logic, no I/O).

All numbers are plain ``float``: prices in quote units, sizes in base units, fees as fractions
(``0.001`` = 10 bps). Books are sequences of ``(price, qty)`` levels, bids best-first (descending),
asks best-first (ascending). Inputs are cleaned defensively (non-finite, non-positive levels are
dropped and the sides re-sorted), so a sloppy feed cannot produce a phantom opportunity.

Two detectors:

* **cross-exchange** — buy on one venue's asks, sell into another venue's bids, walking both books
  level by level while the marginal buy price after the taker fee is still below the marginal sell
  price after the taker fee (:func:`evaluate_cross_exchange`, :func:`detect_cross_exchange`);
* **triangular** — three pairs on one venue forming a currency cycle, both directions, each leg
  filled at its executable VWAP for the given starting amount (:func:`evaluate_triangular`).

Fee model: the taker fee is charged on the quote notional of each fill (buy cost ``px*q*(1+f)``,
sell proceeds ``px*q*(1-f)``); on triangular legs it is charged on the amount received. The
withdrawal fee (base units) models moving the bought coins from the buy venue to the sell venue;
it is a fixed cost valued at the sell VWAP, so it does not change the marginal decision, only
whether the whole trade is worth doing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise, permutations
from typing import Literal

from app.modules.exchanges.specs import CrossExchangeOpportunity, TriangularLeg, TriangularResult

BPS = 1e4
# Remaining caps below this (relative) are treated as exhausted: avoids endless loops on dust.
_EPS = 1e-12

LevelsInput = Iterable[Sequence[float]]
Level = tuple[float, float]


def clean_levels(levels: LevelsInput | None, side: str) -> list[Level]:
    """Return ``levels`` as ``(price, qty)`` floats, dropping junk and sorting best-first.

    ``side`` is ``"bids"`` (sorted descending) or ``"asks"`` (ascending). Levels with a
    non-finite or non-positive price or quantity are dropped; equal prices are merged.
    """
    if side not in ("bids", "asks"):
        raise ValueError(f"side must be 'bids' or 'asks', got {side!r}")
    merged: dict[float, float] = {}
    for level in levels or ():
        price, qty = float(level[0]), float(level[1])
        if not (math.isfinite(price) and math.isfinite(qty)) or price <= 0 or qty <= 0:
            continue
        merged[price] = merged.get(price, 0.0) + qty
    return sorted(merged.items(), reverse=(side == "bids"))


def _validate_fee(fee: float, name: str) -> float:
    fee = float(fee)
    if not math.isfinite(fee) or not 0.0 <= fee < 1.0:
        raise ValueError(f"{name} must be a fraction in [0, 1), got {fee!r}")
    return fee


def _is_crossed(bids: list[Level], asks: list[Level]) -> bool:
    return bool(bids and asks and bids[0][0] >= asks[0][0])


# --------------------------------------------------------------------------- cross-exchange


@dataclass(frozen=True, slots=True)
class VenueBook:
    """One venue's book for a symbol, plus what it costs to trade and withdraw there."""

    exchange: str
    bids: LevelsInput
    asks: LevelsInput
    taker_fee: float = 0.0
    withdrawal_fee: float = 0.0  # base units charged when withdrawing from this venue


def evaluate_cross_exchange(
    buy: VenueBook,
    sell: VenueBook,
    symbol: str = "",
    *,
    max_size: float | None = None,
    max_notional: float | None = None,
) -> CrossExchangeOpportunity:
    """Walk ``buy.asks`` against ``sell.bids`` and size the best executable arbitrage.

    Units are taken while ``ask*(1+fee_buy) < bid*(1-fee_sell)`` at the current levels, up to
    ``max_size`` (base) and ``max_notional`` (quote, buy side before fees). Since each book is
    monotone, this maximal size is also the profit-maximising size before the fixed withdrawal
    fee. A depth-limited walk reports the size the books can actually absorb.
    """
    fee_b = _validate_fee(buy.taker_fee, "buy taker_fee")
    fee_s = _validate_fee(sell.taker_fee, "sell taker_fee")
    w_fee = float(buy.withdrawal_fee)
    if not math.isfinite(w_fee) or w_fee < 0:
        raise ValueError(f"withdrawal_fee must be >= 0, got {buy.withdrawal_fee!r}")
    for name, cap in (("max_size", max_size), ("max_notional", max_notional)):
        if cap is not None and not (math.isfinite(cap) and cap > 0):
            raise ValueError(f"{name} must be a positive number, got {cap!r}")

    asks = clean_levels(buy.asks, "asks")
    bids = clean_levels(sell.bids, "bids")
    warnings: list[str] = []
    for venue in (buy, sell):
        if _is_crossed(clean_levels(venue.bids, "bids"), clean_levels(venue.asks, "asks")):
            warnings.append(f"{venue.exchange}: book is crossed (best bid >= best ask)")

    size = buy_notional = sell_notional = 0.0
    buy_used = sell_used = 0
    marginal_buy = marginal_sell = None
    size_left = math.inf if max_size is None else float(max_size)
    notional_left = math.inf if max_notional is None else float(max_notional)

    if not asks or not bids:
        limited_by = "empty_book"
        warnings.append("empty book side: nothing to walk")
    else:
        i = j = 0
        ask_left, bid_left = asks[0][1], bids[0][1]
        limited_by = "prices"
        while True:
            ask_px, bid_px = asks[i][0], bids[j][0]
            if not ask_px * (1 + fee_b) < bid_px * (1 - fee_s):
                limited_by = "prices"
                break
            qty = min(ask_left, bid_left, size_left, notional_left / ask_px)
            if qty > 0:
                size += qty
                buy_notional += qty * ask_px
                sell_notional += qty * bid_px
                marginal_buy, marginal_sell = ask_px * (1 + fee_b), bid_px * (1 - fee_s)
                buy_used, sell_used = i + 1, j + 1
            ask_left -= qty
            bid_left -= qty
            size_left -= qty
            notional_left -= qty * ask_px
            if max_size is not None and size_left <= _EPS * max_size:
                limited_by = "max_size"
                break
            if max_notional is not None and notional_left <= _EPS * max_notional:
                limited_by = "max_notional"
                break
            if ask_left <= _EPS * asks[i][1]:
                i += 1
                if i == len(asks):
                    limited_by = "buy_depth"
                    break
                ask_left = asks[i][1]
            if bid_left <= _EPS * bids[j][1]:
                j += 1
                if j == len(bids):
                    limited_by = "sell_depth"
                    break
                bid_left = bids[j][1]

    buy_vwap = buy_notional / size if size > 0 else None
    sell_vwap = sell_notional / size if size > 0 else None
    buy_fee_q = buy_notional * fee_b
    sell_fee_q = sell_notional * fee_s
    w_base = w_fee if size > 0 else 0.0
    w_quote = w_base * sell_vwap if sell_vwap is not None else 0.0
    gross = sell_notional - buy_notional
    net = gross - buy_fee_q - sell_fee_q - w_quote
    tob = None
    if asks and bids:
        tob = (bids[0][0] - asks[0][0]) / asks[0][0] * BPS
    depth_limited = limited_by in ("buy_depth", "sell_depth")
    if depth_limited and max_size is not None and size < max_size:
        warnings.append(f"requested size {max_size} exceeds executable depth; size is {size}")
    if size > 0 and w_base >= size:
        warnings.append("withdrawal fee is at least the traded size")
    return CrossExchangeOpportunity(
        symbol=symbol,
        buy_exchange=buy.exchange,
        sell_exchange=sell.exchange,
        size=size,
        buy_vwap=buy_vwap,
        sell_vwap=sell_vwap,
        buy_notional=buy_notional,
        sell_notional=sell_notional,
        buy_fee_quote=buy_fee_q,
        sell_fee_quote=sell_fee_q,
        withdrawal_fee_base=w_base,
        withdrawal_fee_quote=w_quote,
        gross_spread_quote=gross,
        gross_spread_bps=(sell_vwap - buy_vwap) / buy_vwap * BPS
        if buy_vwap and sell_vwap is not None
        else None,
        net_profit_quote=net,
        net_spread_bps=net / buy_notional * BPS if buy_notional > 0 else None,
        top_of_book_spread_bps=tob,
        marginal_buy_price_after_fee=marginal_buy,
        marginal_sell_price_after_fee=marginal_sell,
        buy_levels_used=buy_used,
        sell_levels_used=sell_used,
        limited_by=limited_by,
        depth_limited=depth_limited,
        requested_size=max_size,
        requested_notional=max_notional,
        profitable=size > 0 and net > 0,
        warnings=tuple(warnings),
    )


def detect_cross_exchange(
    books: Sequence[VenueBook],
    symbol: str = "",
    *,
    max_size: float | None = None,
    max_notional: float | None = None,
    min_profit_quote: float = 0.0,
    include_unprofitable: bool = False,
) -> list[CrossExchangeOpportunity]:
    """Evaluate every ordered venue pair and rank them by net profit (best first).

    Only pairs with ``net_profit_quote > min_profit_quote`` are returned unless
    ``include_unprofitable`` is set (useful to show how far each pair is from an opportunity).
    """
    names = [b.exchange for b in books]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate exchange names: {names}")
    results = [
        evaluate_cross_exchange(a, b, symbol, max_size=max_size, max_notional=max_notional)
        for a, b in permutations(books, 2)
    ]
    if not include_unprofitable:
        results = [r for r in results if r.profitable and r.net_profit_quote > min_profit_quote]
    # Tie-break on net bps then top-of-book spread so unprofitable pairs still rank sensibly.
    return sorted(
        results,
        key=lambda r: (
            r.net_profit_quote,
            r.net_spread_bps if r.net_spread_bps is not None else -math.inf,
            r.top_of_book_spread_bps if r.top_of_book_spread_bps is not None else -math.inf,
        ),
        reverse=True,
    )


# --------------------------------------------------------------------------- triangular


@dataclass(frozen=True, slots=True)
class MarketBook:
    """A pair's book on the triangular venue; ``symbol`` is ``BASE/QUOTE`` (ccxt form)."""

    symbol: str
    bids: LevelsInput
    asks: LevelsInput
    taker_fee: float = 0.0


def _split_symbol(symbol: str) -> tuple[str, str]:
    base, sep, quote = symbol.partition("/")
    quote = quote.split(":")[0]
    if not sep or not base or not quote:
        raise ValueError(f"symbol {symbol!r} is not of the form BASE/QUOTE")
    return base.upper(), quote.upper()


def spend_quote_on_asks(asks: Sequence[Level], quote_amount: float) -> tuple[float, float, int]:
    """Buy base with up to ``quote_amount`` of quote: ``(base_bought, quote_spent, levels)``."""
    base = spent = 0.0
    used = 0
    left = quote_amount
    for price, qty in asks:
        if left <= _EPS * quote_amount:
            break
        take = min(qty, left / price)
        base += take
        spent += take * price
        left -= take * price
        used += 1
    return base, spent, used


def sell_base_into_bids(bids: Sequence[Level], base_amount: float) -> tuple[float, float, int]:
    """Sell up to ``base_amount`` into the bids: ``(quote_received, base_sold, levels)``."""
    quote = sold = 0.0
    used = 0
    left = base_amount
    for price, qty in bids:
        if left <= _EPS * base_amount:
            break
        take = min(qty, left)
        quote += take * price
        sold += take
        left -= take
        used += 1
    return quote, sold, used


def _convert(
    book: MarketBook,
    bids: list[Level],
    asks: list[Level],
    from_ccy: str,
    amount: float,
) -> TriangularLeg:
    base, quote = _split_symbol(book.symbol)
    fee_rate = _validate_fee(book.taker_fee, f"{book.symbol} taker_fee")
    side: Literal["buy", "sell"]
    if from_ccy == quote:  # buy base with quote
        out, filled, used = spend_quote_on_asks(asks, amount)
        side, to_ccy = "buy", base
        vwap = filled / out if out > 0 else None
        best = asks[0][0] if asks else None
    elif from_ccy == base:  # sell base for quote
        out, filled, used = sell_base_into_bids(bids, amount)
        side, to_ccy = "sell", quote
        vwap = out / filled if filled > 0 else None
        best = bids[0][0] if bids else None
    else:
        raise ValueError(f"{book.symbol} does not trade {from_ccy}")
    fee = out * fee_rate
    return TriangularLeg(
        symbol=book.symbol,
        side=side,
        from_currency=from_ccy,
        to_currency=to_ccy,
        amount_in=amount,
        amount_in_filled=filled,
        amount_out_gross=out,
        fee=fee,
        amount_out=out - fee,
        vwap=vwap,
        best_price=best,
        levels_used=used,
        depth_limited=filled < amount * (1 - 1e-9),
    )


def _touch_rate(
    book: MarketBook, bids: list[Level], asks: list[Level], from_ccy: str
) -> float | None:
    _base, quote = _split_symbol(book.symbol)
    fee_rate = float(book.taker_fee)
    if from_ccy == quote:
        return (1 - fee_rate) / asks[0][0] if asks else None
    return bids[0][0] * (1 - fee_rate) if bids else None


def evaluate_triangular(
    markets: Sequence[MarketBook],
    start_currency: str,
    start_amount: float,
) -> list[TriangularResult]:
    """Evaluate both directions of the cycle formed by three pairs, best result first.

    For ``BTC/USDT``, ``ETH/BTC``, ``ETH/USDT`` starting from ``USDT`` the two cycles are
    USDT→BTC→ETH→USDT and USDT→ETH→BTC→USDT. Each leg converts the whole output of the previous
    leg at executable depth and pays its market's taker fee on the amount received.
    """
    if len(markets) != 3:
        raise ValueError(f"a triangle needs exactly 3 markets, got {len(markets)}")
    if not (math.isfinite(start_amount) and start_amount > 0):
        raise ValueError(f"start_amount must be positive, got {start_amount!r}")
    start = start_currency.upper()
    pairs = [_split_symbol(m.symbol) for m in markets]
    currencies = {c for pair in pairs for c in pair}
    if len(currencies) != 3 or any(p[0] == p[1] for p in pairs) or len(set(pairs)) != 3:
        raise ValueError(f"markets {[m.symbol for m in markets]} do not form a 3-currency cycle")
    if start not in currencies:
        raise ValueError(f"start currency {start} is not in the cycle {sorted(currencies)}")
    by_pair = {frozenset(p): m for p, m in zip(pairs, markets, strict=True)}
    cleaned = {
        m.symbol: (clean_levels(m.bids, "bids"), clean_levels(m.asks, "asks")) for m in markets
    }
    others = sorted(currencies - {start})
    results = []
    for mid_a, mid_b in (others, others[::-1]):
        path = (start, mid_a, mid_b, start)
        legs: list[TriangularLeg] = []
        warnings: list[str] = []
        amount = start_amount
        touch: float | None = start_amount
        for src, dst in pairwise(path):
            book = by_pair[frozenset((src, dst))]
            bids, asks = cleaned[book.symbol]
            if _is_crossed(bids, asks):
                warnings.append(f"{book.symbol}: book is crossed (best bid >= best ask)")
            leg = _convert(book, bids, asks, src, amount)
            if leg.depth_limited:
                warnings.append(
                    f"{book.symbol}: depth only absorbs {leg.amount_in_filled} of "
                    f"{leg.amount_in} {src}; the rest is stranded"
                )
            legs.append(leg)
            amount = leg.amount_out
            rate = _touch_rate(book, bids, asks, src)
            touch = touch * rate if touch is not None and rate is not None else None
        profit = amount - start_amount
        complete = not any(leg.depth_limited for leg in legs)
        results.append(
            TriangularResult(
                path=path,
                start_currency=start,
                start_amount=start_amount,
                final_amount=amount,
                profit=profit,
                profit_bps=profit / start_amount * BPS,
                top_of_book_final_amount=touch,
                complete=complete,
                profitable=complete and profit > 0,
                legs=tuple(legs),
                warnings=tuple(warnings),
            )
        )
    return sorted(results, key=lambda r: r.profit, reverse=True)
