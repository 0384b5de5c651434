"""Plotly figures of a backtest (equity vs benchmark with trade markers, drawdown, exposure),
and the JSON / HTML renderings of any run's figure."""

from __future__ import annotations

import json
from pathlib import Path
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


PANELS = ("Price and trades", "Equity", "Drawdown", "Gross exposure")
TABLE = (  # metrics shown beside the panels: (label, key, format)
    ("Total return", "total_return", "{:.2%}"),
    ("CAGR", "cagr", "{:.2%}"),
    ("Sharpe", "sharpe", "{:.2f}"),
    ("Sortino", "sortino", "{:.2f}"),
    ("Calmar", "calmar", "{:.2f}"),
    ("Max drawdown", "max_drawdown", "{:.2%}"),
    ("Volatility", "annual_volatility", "{:.2%}"),
    ("Trades", "trade_count", "{:d}"),
    ("Win rate", "win_rate", "{:.1%}"),
    ("Profit factor", "profit_factor", "{:.2f}"),
    ("Exposure time", "exposure_time", "{:.1%}"),
    ("Fees", "total_fees", "{:,.2f}"),
    ("Final equity", "final_equity", "{:,.2f}"),
)


def _cell(value: Any, fmt: str) -> str:
    return "–" if value is None else fmt.format(value)


def figure(result: BacktestResult) -> go.Figure:
    """Price with the trades marked, equity vs buy & hold, drawdown and exposure, with a table
    of the strategy's and the benchmark's metrics beside them."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    curve = result.equity_curve
    keep = _stride(len(curve.timestamps))
    times = [curve.timestamps[i] for i in keep]
    fig = make_subplots(
        rows=4,
        cols=2,
        shared_xaxes=True,
        column_widths=[0.74, 0.26],
        row_heights=[0.34, 0.34, 0.17, 0.15],
        vertical_spacing=0.035,
        horizontal_spacing=0.03,
        specs=[[{}, {"type": "table", "rowspan": 4}], [{}, None], [{}, None], [{}, None]],
        subplot_titles=(PANELS[0], "Metrics", *PANELS[1:]),
    )
    for symbol, closes in curve.close.items():
        fig.add_trace(
            go.Scatter(x=times, y=[closes[i] for i in keep], name=symbol, mode="lines",
                       line={"width": 1}),
            row=1, col=1,
        )  # fmt: skip
    _add_trade_markers(fig, result)
    fig.add_trace(
        go.Scatter(x=times, y=[curve.equity[i] for i in keep], name="Strategy", mode="lines"),
        row=2, col=1,
    )  # fmt: skip
    fig.add_trace(
        go.Scatter(x=times, y=[curve.benchmark[i] for i in keep], name="Buy & hold",
                   mode="lines", line={"dash": "dot"}),
        row=2, col=1,
    )  # fmt: skip
    fig.add_trace(
        go.Scatter(x=times, y=[curve.drawdown[i] for i in keep], name="Drawdown", mode="lines",
                   fill="tozeroy", line={"color": "firebrick"}),
        row=3, col=1,
    )  # fmt: skip
    exposure = [curve.gross_exposure[i] for i in keep] if curve.gross_exposure else []
    fig.add_trace(
        go.Scatter(x=times, y=exposure, name="Gross exposure", mode="lines",
                   line={"color": "slategray"}),
        row=4, col=1,
    )  # fmt: skip
    strategy, benchmark = result.metrics.model_dump(), result.benchmark.model_dump()
    fig.add_trace(
        go.Table(
            header={"values": ["", "Strategy", "Buy & hold"], "align": "left"},
            cells={
                "values": [
                    [label for label, _, _ in TABLE],
                    [_cell(strategy.get(key), fmt) for _, key, fmt in TABLE],
                    [_cell(benchmark.get(key), fmt) for _, key, fmt in TABLE],
                ],
                "align": "left",
            },
        ),
        row=1, col=2,
    )  # fmt: skip
    params = ", ".join(f"{k}={v}" for k, v in result.params.items())
    fig.update_layout(
        title=f"{result.strategy}({params}) on {', '.join(result.symbols)} {result.timeframe}",
        hovermode="x unified",
        legend={"orientation": "h", "y": -0.06},
        template="plotly_white",
        height=1000,
    )
    fig.update_yaxes(tickformat=".0%", row=3, col=1)
    fig.update_yaxes(tickformat=".1f", row=4, col=1)
    return fig


def _add_trade_markers(fig: go.Figure, result: BacktestResult) -> None:
    """Entries and exits on the price panel, at their fill prices."""
    import plotly.graph_objects as go

    trades = result.trades[-MAX_MARKERS:]
    entries = [(t.entry_time, t.entry_price, t) for t in trades]
    exits = [(t.exit_time, t.exit_price, t) for t in trades if t.exit_time is not None]
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


PLOTLY_JS_URL = "/api/v1/backtest/assets/plotly.min.js"


def chart_html(result: ChartableResult, plotly_js_url: str = PLOTLY_JS_URL) -> str:
    """An HTML report page that loads plotly.js from ``plotly_js_url`` (served once by this app
    from the installed plotly package, no CDN) instead of inlining its 4.6 MB every time."""
    return figure_of(result).to_html(full_html=True, include_plotlyjs=plotly_js_url)


def plotly_js_path() -> Path:
    """The minified plotly.js bundled with the installed ``plotly`` package."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise FileNotFoundError(f"plotly.min.js not found in the plotly package at {path}")
    return path
