"""Plotly figures of a backtest (equity vs benchmark with trade markers, drawdown, exposure),
and the JSON / HTML renderings of any run's figure."""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from app.modules.backtest.specs import (
    BacktestResult,
    MonteCarloResult,
    OptimizeResult,
    WalkForwardResult,
)

if TYPE_CHECKING:
    import plotly.graph_objects as go

MAX_POINTS = 5_000  # per line; longer curves are strided (the last point is kept)
MAX_MARKERS = 2_000  # most recent trades


def _stride(length: int) -> list[int]:
    if length <= MAX_POINTS:
        return list(range(length))
    step = -(-length // MAX_POINTS)
    keep = list(range(0, length, step))
    if keep[-1] != length - 1:
        keep.append(length - 1)
    return keep


def figure(result: BacktestResult) -> go.Figure:
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    curve = result.equity_curve
    keep = _stride(len(curve.timestamps))
    times = [curve.timestamps[i] for i in keep]
    fig = make_subplots(
        rows=3,
        cols=1,
        shared_xaxes=True,
        row_heights=[0.6, 0.22, 0.18],
        vertical_spacing=0.04,
        subplot_titles=("Equity", "Drawdown", "Gross exposure"),
    )
    fig.add_trace(
        go.Scatter(x=times, y=[curve.equity[i] for i in keep], name="Strategy", mode="lines"),
        row=1,
        col=1,
    )
    fig.add_trace(
        go.Scatter(
            x=times,
            y=[curve.benchmark[i] for i in keep],
            name="Buy & hold",
            mode="lines",
            line={"dash": "dot"},
        ),
        row=1,
        col=1,
    )
    _add_trade_markers(fig, result)
    fig.add_trace(
        go.Scatter(
            x=times,
            y=[curve.drawdown[i] for i in keep],
            name="Drawdown",
            mode="lines",
            fill="tozeroy",
            line={"color": "firebrick"},
        ),
        row=2,
        col=1,
    )
    fig.add_trace(
        go.Scatter(
            x=times,
            y=[curve.gross_exposure[i] for i in keep] if curve.gross_exposure else [],
            name="Gross exposure",
            mode="lines",
            line={"color": "slategray"},
        ),
        row=3,
        col=1,
    )
    params = ", ".join(f"{k}={v}" for k, v in result.params.items())
    fig.update_layout(
        title=f"{result.strategy}({params}) on {', '.join(result.symbols)} {result.timeframe}",
        hovermode="x unified",
        legend={"orientation": "h", "y": -0.08},
        template="plotly_white",
        height=800,
    )
    fig.update_yaxes(tickformat=".0%", row=2, col=1)
    fig.update_yaxes(tickformat=".1f", row=3, col=1)
    return fig


def _add_trade_markers(fig: go.Figure, result: BacktestResult) -> None:
    import plotly.graph_objects as go

    curve = result.equity_curve
    trades = result.trades[-MAX_MARKERS:]

    def equity_at(moment: Any) -> float:
        return curve.equity[max(bisect_right(curve.timestamps, moment) - 1, 0)]

    entries = [(t.entry_time, equity_at(t.entry_time), t) for t in trades]
    exits = [(t.exit_time, equity_at(t.exit_time), t) for t in trades if t.exit_time is not None]
    for label, points, symbol, color in (
        ("Entry", entries, "triangle-up", "seagreen"),
        ("Exit", exits, "triangle-down", "crimson"),
    ):
        fig.add_trace(
            go.Scatter(
                x=[p[0] for p in points],
                y=[p[1] for p in points],
                mode="markers",
                name=label,
                marker={"symbol": symbol, "size": 8, "color": color},
                text=[
                    f"{p[2].symbol} {p[2].direction} {p[2].exit_reason} pnl {p[2].pnl:.2f}"
                    for p in points
                ],
                hoverinfo="text+x",
            ),
            row=1,
            col=1,
        )


ChartableResult = BacktestResult | OptimizeResult | WalkForwardResult | MonteCarloResult


def figure_of(result: ChartableResult) -> go.Figure:
    """The figure for whichever kind of run produced ``result``."""
    from app.modules.backtest import research_charts

    if isinstance(result, WalkForwardResult):
        return research_charts.walkforward_figure(result)
    if isinstance(result, MonteCarloResult):
        return research_charts.montecarlo_figure(result)
    if isinstance(result, OptimizeResult):
        return research_charts.optimize_figure(result)
    return figure(result)


def build_chart(result: ChartableResult) -> dict[str, Any]:
    """The figure as plain JSON (``data`` + ``layout``), ready for Plotly.js."""
    return json.loads(figure_of(result).to_json())


def chart_html(result: ChartableResult) -> str:
    """A standalone HTML page; plotly.js is inlined so it works offline."""
    return figure_of(result).to_html(full_html=True, include_plotlyjs=True)
