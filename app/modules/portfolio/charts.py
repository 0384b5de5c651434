"""Plotly figures of allocations and performance (plotly imported lazily)."""

from __future__ import annotations

from typing import Any

from app.modules.portfolio.schemas import PortfolioAllocation, PortfolioPerformance


def allocation_figure(result: PortfolioAllocation) -> Any:
    """Weights (pie of gross shares), risk contributions (bars) and, when computed, the
    efficient frontier with the chosen portfolio marked."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    frontier = bool(result.frontier)
    cols = 3 if frontier else 2
    specs = [[{"type": "domain"}, {"type": "xy"}] + ([{"type": "xy"}] if frontier else [])]
    titles = ["Weights (gross share)", "Risk contributions"] + (
        ["Efficient frontier"] if frontier else []
    )
    fig = make_subplots(rows=1, cols=cols, specs=specs, subplot_titles=titles)
    symbols = list(result.weights)
    fig.add_trace(
        go.Pie(
            labels=symbols,
            values=[abs(result.weights[s]) for s in symbols],
            hole=0.4,
            name="weights",
        ),
        row=1,
        col=1,
    )
    fig.add_trace(
        go.Bar(
            x=symbols, y=[result.risk_contributions[s] for s in symbols], name="risk contribution"
        ),
        row=1,
        col=2,
    )
    if result.frontier:
        fig.add_trace(
            go.Scatter(
                x=[p.volatility for p in result.frontier],
                y=[p.expected_return for p in result.frontier],
                mode="lines+markers",
                name="frontier",
            ),
            row=1,
            col=3,
        )
        fig.add_trace(
            go.Scatter(
                x=[result.volatility],
                y=[result.expected_return],
                mode="markers",
                marker={"size": 14, "symbol": "star"},
                name=result.method,
            ),
            row=1,
            col=3,
        )
    fig.update_layout(title=f"Allocation ({result.method})", template="plotly_white")
    return fig


def performance_figure(result: PortfolioPerformance) -> Any:
    """Equity curve and each symbol's contribution to the return."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    fig = make_subplots(rows=2, cols=1, subplot_titles=["Equity", "Contribution to return"])
    fig.add_trace(
        go.Scatter(
            x=[p.ts for p in result.equity_curve],
            y=[p.equity for p in result.equity_curve],
            name="equity",
        ),
        row=1,
        col=1,
    )
    fig.add_trace(
        go.Bar(
            x=list(result.contributions), y=list(result.contributions.values()), name="contribution"
        ),
        row=2,
        col=1,
    )
    fig.update_layout(
        title=f"Performance vs {result.benchmark}: TWR {result.time_weighted_return:.2%}, "
        f"active {result.active_return:.2%}",
        template="plotly_white",
    )
    return fig


def as_json(fig: Any) -> dict[str, Any]:
    import json

    return json.loads(fig.to_json())


def as_html(fig: Any) -> str:
    return fig.to_html(full_html=True, include_plotlyjs=True)
