"""Results of the market-maker detectors that the API returns as they are (one definition: the
response schemas nest these dataclasses). No numpy here, so the schemas import nothing heavy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class BookTouch:
    best_bid: float
    best_ask: float
    bid_qty: float
    ask_qty: float
    mid: float
    spread: float
    spread_bps: float  # vs mid
    crossed: bool  # best bid >= best ask: stale or broken data, metrics are unreliable


@dataclass(frozen=True, slots=True)
class DepthBand:
    """Resting size within ``pct`` % of mid: bids in ``[mid(1-pct), mid]``, asks in
    ``[mid, mid(1+pct)]``; quantities in base, notionals in quote."""

    pct: float
    bid_qty: float
    ask_qty: float
    bid_notional: float
    ask_notional: float
    imbalance: float | None


@dataclass(frozen=True, slots=True)
class SlippagePoint:
    """Walking one side of the book for ``notional`` (quote units).

    ``side`` is the taker side: ``buy`` walks the asks, ``sell`` the bids. Only levels within
    ``max_depth_pct`` % of mid are used (far tails of full books hold junk quotes), so
    ``fully_filled`` is False when the capped book cannot absorb the notional.
    """

    side: Literal["buy", "sell"]
    notional: float
    filled_notional: float
    filled_qty: float
    vwap: float | None
    slippage_bps: float | None  # adverse distance of the VWAP from mid
    worst_price: float | None
    levels_used: int
    fully_filled: bool


@dataclass(frozen=True, slots=True)
class BenfordResult:
    """``score = 1 - exp(-excess / 0.015)`` with ``excess = max(0, mad - null_mad)``: MAD beyond
    the sampling noise of ``n`` draws, scaled by Nigrini's nonconformity cut-off (an excess of
    0.015 scores 0.63)."""

    n: int
    counts: list[int]
    observed: list[float]
    expected: list[float]
    chi2: float | None
    p_value: float | None
    dof: int
    mad: float | None
    null_mad: float | None
    conformity: str
    score: float | None
    min_n: int


@dataclass(frozen=True, slots=True)
class RoundSizeResult:
    """Share of trades at round sizes (one significant digit: 0.5, 2, 300 …) vs expectation.

    ``expected_share`` assumes a smooth log-uniform size distribution on the lot-size grid:
    within a decade ``[10^e, 10^(e+1))`` the grid has ``9*10^e/lot`` points of which 9 are
    round, weighted by the 1/x density → ``P(round) = lot / 10^e * H_9 / ln 10``. ``ratio``
    = observed / expected (> 1: clustering, typical of human order entry); ``z`` and
    ``p_value`` test observed = expected (normal approximation to the Poisson-binomial).
    """

    n: int
    round_trades: int
    round_share: float | None
    expected_share: float | None
    ratio: float | None
    z: float | None
    p_value: float | None
    lot_size: float
    # 1 at ratio <= 0.5 (no clustering), 0 at ratio >= 1.5; None when neither the expected nor
    # the observed round count reaches ``min_count`` (a fine lot size makes the test powerless)
    score: float | None


@dataclass(frozen=True, slots=True)
class HillTailResult:
    """Hill estimator ``alpha = 1 / mean(ln(x_(i) / x_(k+1)))`` over the top ``k`` sizes.

    ``alpha`` is ``None`` when the top sizes are all equal (a degenerate, heavily suspicious
    tail) or there are too few trades.
    """

    n: int
    k: int
    alpha: float | None
    std_error: float | None
    threshold: float | None
    in_pareto_levy_range: bool | None
    score: float | None  # 0 inside (1, 2), rising by 1 per unit of alpha outside; 1 if degenerate


@dataclass(frozen=True, slots=True)
class MirrorPrintsResult:
    """Pairs of trades with the same price and size on opposite sides within ``window_ms``.

    Each trade is used in at most one pair (greedy, oldest first). Trades with an unknown side
    pair with either side.
    """

    n: int
    pairs: int
    trades_in_pairs: int
    share_of_trades: float | None
    share_of_volume: float | None
    window_ms: float
    examples: list[tuple[float, float, float, float]] = field(default_factory=list)
    score: float | None = None  # share_of_trades / 0.1, capped at 1
