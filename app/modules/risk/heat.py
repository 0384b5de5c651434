"""Portfolio heat: the open risk if every stop triggers, per position, per correlated cluster
and in total, as fractions of equity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class HeatInput:
    symbol: str
    quantity: float
    """Signed: long > 0, short < 0."""
    price: float
    """Current mark (or entry when no mark)."""
    stop_loss: float | None
    slippage: float = 0.0
    """Expected adverse slippage at the stop, as a fraction of the stop price."""


@dataclass(frozen=True, slots=True)
class PositionHeat:
    symbol: str
    risk: float
    fraction: float
    cluster: int
    no_stop: bool


@dataclass(frozen=True, slots=True)
class HeatResult:
    total: float
    total_fraction: float
    positions: list[PositionHeat]
    clusters: list[tuple[list[str], float, float]]
    """(symbols, risk, fraction of equity) per cluster, largest first."""


def position_risk(p: HeatInput) -> float:
    """|qty| × distance from the mark to the stop on the losing side, plus the slippage at the
    stop; a stop already beyond the mark (in profit) risks nothing but its slippage. Without a
    stop the whole position value is at risk."""
    size = abs(p.quantity)
    if p.stop_loss is None:
        return size * p.price
    adverse = (p.price - p.stop_loss) if p.quantity > 0 else (p.stop_loss - p.price)
    return size * max(0.0, adverse) + size * p.stop_loss * max(0.0, p.slippage)


def correlation_clusters(
    symbols: Sequence[str], correlation: np.ndarray | None, threshold: float
) -> list[int]:
    """Cluster id per symbol: connected components of the graph joining pairs with
    correlation ≥ ``threshold`` (single linkage); no matrix → every symbol alone."""
    n = len(symbols)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if correlation is not None:
        for i in range(n):
            for j in range(i + 1, n):
                if correlation[i, j] >= threshold:
                    parent[find(i)] = find(j)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots)) for i in range(n)]


def portfolio_heat(
    positions: Sequence[HeatInput],
    equity: float,
    correlation: np.ndarray | None = None,
    threshold: float = 0.7,
) -> HeatResult:
    """Heat of ``positions``; with a correlation matrix (same order), positions whose returns
    correlate at ≥ ``threshold`` form one cluster, whose heat is the sum of their risks (they
    tend to hit their stops together)."""
    if equity <= 0:
        raise ValueError("equity must be positive")
    risks = [position_risk(p) for p in positions]
    labels = correlation_clusters([p.symbol for p in positions], correlation, threshold)
    per = [
        PositionHeat(p.symbol, r, r / equity, c, p.stop_loss is None)
        for p, r, c in zip(positions, risks, labels, strict=True)
    ]
    clusters: dict[int, list[PositionHeat]] = {}
    for item in per:
        clusters.setdefault(item.cluster, []).append(item)
    summary = sorted(
        (
            (
                [i.symbol for i in items],
                sum(i.risk for i in items),
                sum(i.risk for i in items) / equity,
            )
            for items in clusters.values()
        ),
        key=lambda row: -row[1],
    )
    total = float(sum(risks))
    return HeatResult(total, total / equity, per, summary)
