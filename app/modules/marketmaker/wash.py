"""Wash-trading indicators over a trade tape — each a statistic with a score, never a verdict.

The indicators follow the tests used on crypto exchanges' tapes by Cong, Li, Tang & Yang,
"Crypto Wash Trading" (Management Science, 2023):

* first significant digits of trade sizes vs Benford's law (chi-square and Nigrini's MAD with
  his first-digit conformity bands 0.006 / 0.012 / 0.015);
* clustering at round sizes: human traders favour round quantities, so an authentic tape has
  *more* round sizes than a smooth size distribution would give; algorithmic fake volume
  usually does not;
* the size tail: authentic tapes have a power-law tail whose exponent lies in the Pareto-Levy
  range 1 < alpha < 2 (Hill estimator on the top k sizes);
* plus a direct footprint: same size printed on opposite sides at one price within a few ms.

Run them per symbol (round-size expectations depend on the symbol's lot size). Every score is in
[0, 1], higher = more suspicious, and is reported next to the statistic it comes from.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from app.modules.marketmaker.specs import (
    BenfordResult,
    HillTailResult,
    MirrorPrintsResult,
    RoundSizeResult,
)

DIGITS = np.arange(1, 10)
BENFORD_FIRST_DIGIT = np.log10(1 + 1 / DIGITS)
# Nigrini (2012), Forensic Analytics, table 7.1: first-digit MAD conformity ranges.
NIGRINI_FIRST_DIGIT = (
    (0.006, "close conformity"),
    (0.012, "acceptable conformity"),
    (0.015, "marginally acceptable conformity"),
)
NONCONFORMITY = "nonconformity"


def _positive(values: Iterable[float]) -> np.ndarray:
    x = np.asarray(list(values), dtype=float)
    return x[np.isfinite(x) & (x > 0)]


def first_digits(values: Iterable[float]) -> np.ndarray:
    """First significant digit (1..9) of each positive finite value, as the value prints.

    ``x / 10**floor(log10 x)`` is off by an ulp or so (``0.3`` gives ``2.9999999999999996``),
    so the mantissa is nudged up by a relative 1e-12 before flooring: that fixes the ulp
    errors without touching real sizes, which have far fewer than 12 significant digits
    (``0.99999996`` stays a 9).
    """
    x = _positive(values)
    if not len(x):
        return np.empty(0, dtype=int)
    mant = x / 10.0 ** np.floor(np.log10(x)) * (1 + 1e-12)
    # log10 rounding can leave the mantissa at 10 or just under 1
    mant = np.where(mant >= 10, mant / 10, np.where(mant < 1, mant * 10, mant))
    return np.floor(mant).astype(int)


def nigrini_conformity(mad: float) -> str:
    """Nigrini's first-digit conformity label for a MAD value."""
    return next((label for cut, label in NIGRINI_FIRST_DIGIT if mad <= cut), NONCONFORMITY)


def expected_null_mad(n: int) -> float:
    """Expected MAD of ``n`` digits drawn from Benford itself (sampling noise only).

    Normal approximation ``E|p_hat - p| = sqrt(2 / pi) * sqrt(p (1 - p) / n)`` averaged over
    the nine digits: about 0.012 at n = 383 and 0.0073 at n = 1000, so small tapes land in
    Nigrini's upper bands by chance alone.
    """
    p = BENFORD_FIRST_DIGIT
    return float(np.mean(np.sqrt(2 / np.pi * p * (1 - p) / n))) if n > 0 else math.nan


def benford_first_digit(sizes: Iterable[float], *, min_n: int = 50) -> BenfordResult:
    """Benford first-digit test on trade sizes.

    ``chi2`` / ``p_value`` come from Pearson's chi-square against ``n * log10(1 + 1/d)``
    (8 degrees of freedom). With thousands of trades the chi-square rejects for tiny
    deviations, which is why Nigrini's MAD — mean absolute deviation of the digit
    proportions, independent of ``n`` — drives the conformity label and the score. Below
    ``min_n`` trades the result is labelled ``insufficient data`` and has no score.
    """
    from scipy import stats  # ~0.75 s to import: keep it off the web process's start-up path

    d = first_digits(sizes)
    n = len(d)
    counts = np.bincount(d, minlength=10)[1:] if n else np.zeros(9, dtype=int)
    expected = BENFORD_FIRST_DIGIT
    if n == 0:
        return BenfordResult(0, counts.tolist(), [0.0] * 9, expected.tolist(), None, None, 8,
                             None, None, "insufficient data", None, min_n)  # fmt: skip
    observed = counts / n
    chi2, p = stats.chisquare(counts, f_exp=n * expected)
    mad = float(np.mean(np.abs(observed - expected)))
    null_mad = expected_null_mad(n)
    if n < min_n:
        conformity, score = "insufficient data", None
    else:
        conformity = nigrini_conformity(mad)
        score = float(1 - math.exp(-max(0.0, mad - null_mad) / 0.015))
    return BenfordResult(
        n=n,
        counts=counts.tolist(),
        observed=observed.tolist(),
        expected=expected.tolist(),
        chi2=float(chi2),
        p_value=float(p),
        dof=8,
        mad=mad,
        null_mad=null_mad,
        conformity=conformity,
        score=score,
        min_n=min_n,
    )


# --------------------------------------------------------------------------- round sizes


def _decimal(x: float) -> Decimal:
    # repr() is the shortest string that round-trips, i.e. what the exchange printed
    return Decimal(repr(float(x))).normalize()


def significant_digits(x: float) -> int:
    """Number of significant digits in the shortest decimal form of ``x`` (``300.0`` → 1)."""
    return len(_decimal(x).as_tuple().digits)


def infer_lot_size(sizes: Iterable[float]) -> float:
    """Finest decimal step seen in the sizes (``[1.5, 0.25]`` → 0.01); at least 1e-12."""
    exps = [_decimal(x).as_tuple().exponent for x in _positive(sizes)]
    finest = min((int(e) for e in exps if isinstance(e, int)), default=0)
    return 10.0 ** max(min(finest, 0), -12)


_H9_OVER_LN10 = sum(1 / d for d in range(1, 10)) / math.log(10)


def round_size_clustering(
    sizes: Iterable[float], *, lot_size: float | None = None, min_count: float = 5.0
) -> RoundSizeResult:
    from scipy import stats

    x = _positive(sizes)
    lot = float(lot_size) if lot_size is not None else infer_lot_size(x)
    n = len(x)
    if n == 0:
        return RoundSizeResult(0, 0, None, None, None, None, None, lot, None)
    is_round = np.array([significant_digits(v) == 1 for v in x])
    decade = 10.0 ** np.floor(np.log10(x) + 1e-12)
    p = np.clip(lot / decade * _H9_OVER_LN10, 0, 1)
    observed, expected = int(is_round.sum()), float(p.sum())
    var = float((p * (1 - p)).sum())
    z = (observed - expected) / math.sqrt(var) if var > 0 else None
    ratio = (observed / expected) if expected > 0 else None
    return RoundSizeResult(
        n=n,
        round_trades=observed,
        round_share=observed / n,
        expected_share=expected / n,
        ratio=ratio,
        z=z,
        p_value=float(2 * stats.norm.sf(abs(z))) if z is not None else None,
        lot_size=lot,
        score=(
            float(np.clip(1.5 - ratio, 0, 1))
            if ratio is not None and max(expected, observed) >= min_count
            else None
        ),
    )


# --------------------------------------------------------------------------- tail exponent


def hill_tail_exponent(
    sizes: Iterable[float], *, k: int | None = None, min_n: int = 20
) -> HillTailResult:
    x = np.sort(_positive(sizes))[::-1]
    n = len(x)
    if n < min_n:
        return HillTailResult(n, 0, None, None, None, None, None)
    k = int(k if k is not None else max(10, round(0.1 * n)))
    k = min(max(k, 2), n - 1)
    threshold = x[k]
    h = float(np.mean(np.log(x[:k] / threshold)))
    if h <= 0:
        return HillTailResult(n, k, None, None, float(threshold), False, 1.0)
    alpha = 1 / h
    outside = max(1 - alpha, alpha - 2, 0.0)
    return HillTailResult(
        n=n,
        k=k,
        alpha=alpha,
        std_error=alpha / math.sqrt(k),
        threshold=float(threshold),
        in_pareto_levy_range=1 < alpha < 2,
        score=float(min(1.0, outside)),
    )


# --------------------------------------------------------------------------- mirror prints


def same_size_opposite_prints(
    trades: Iterable[Sequence], *, window_ms: float = 50.0, max_examples: int = 5
) -> MirrorPrintsResult:
    """``trades`` are ``(ts_seconds, side, price, qty)``."""
    rows = sorted(
        ((float(t[0]), str(t[1]).lower(), float(t[2]), float(t[3])) for t in trades),
        key=lambda r: r[0],
    )
    n = len(rows)
    window = window_ms / 1000
    waiting: dict[tuple[float, float], deque] = defaultdict(deque)
    pairs = 0
    paired_volume = 0.0
    examples: list[tuple[float, float, float, float]] = []
    for ts, side, price, qty in rows:
        queue = waiting[(round(price, 12), round(qty, 12))]
        while queue and ts - queue[0][0] > window:
            queue.popleft()
        match = next(
            (
                i
                for i, (_, s) in enumerate(queue)
                if s != side or s not in ("buy", "sell") or side not in ("buy", "sell")
            ),
            None,
        )
        if match is None:
            queue.append((ts, side))
            continue
        t_other, _ = queue[match]
        del queue[match]
        pairs += 1
        paired_volume += 2 * qty * price
        if len(examples) < max_examples:
            examples.append((t_other, ts, price, qty))
    volume = sum(p * q for _, _, p, q in rows)
    share = 2 * pairs / n if n else None
    return MirrorPrintsResult(
        n=n,
        pairs=pairs,
        trades_in_pairs=2 * pairs,
        share_of_trades=share,
        share_of_volume=paired_volume / volume if volume > 0 else None,
        window_ms=window_ms,
        examples=examples,
        score=min(1.0, share / 0.1) if share is not None else None,
    )


# --------------------------------------------------------------------------- report


@dataclass(frozen=True, slots=True)
class WashReport:
    n: int
    benford: BenfordResult
    round_sizes: RoundSizeResult
    tail: HillTailResult
    mirror_prints: MirrorPrintsResult
    suspicion: float | None  # mean of the available indicator scores
    scores: dict[str, float]


def wash_trading_report(
    trades: Sequence[Sequence],
    *,
    window_ms: float = 50.0,
    lot_size: float | None = None,
    tail_k: int | None = None,
) -> WashReport:
    """All indicators over one symbol's tape of ``(ts_seconds, side, price, qty)``."""
    sizes = [float(t[3]) for t in trades]
    benford = benford_first_digit(sizes)
    rounds = round_size_clustering(sizes, lot_size=lot_size)
    tail = hill_tail_exponent(sizes, k=tail_k)
    mirror = same_size_opposite_prints(trades, window_ms=window_ms)
    scores = {
        name: s
        for name, s in (
            ("benford", benford.score),
            ("round_sizes", rounds.score),
            ("tail", tail.score),
            ("mirror_prints", mirror.score),
        )
        if s is not None
    }
    return WashReport(
        n=len(sizes),
        benford=benford,
        round_sizes=rounds,
        tail=tail,
        mirror_prints=mirror,
        suspicion=float(np.mean(list(scores.values()))) if scores else None,
        scores=scores,
    )
