"""Plotly figures of the research runs: walk-forward folds, Monte Carlo fans, optimisation
surfaces. Each takes the run's result model and returns a ``go.Figure``."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from app.modules.backtest.specs import MonteCarloResult, OptimizeResult, WalkForwardResult

if TYPE_CHECKING:
    import plotly.graph_objects as go

_LAYOUT: dict[str, Any] = {
    "hovermode": "x unified",
    "legend": {"orientation": "h", "y": -0.08},
    "template": "plotly_white",
}


def walkforward_figure(result: WalkForwardResult) -> go.Figure:
    """Stitched out-of-sample equity with the folds shaded; in- vs out-of-sample CAGR per fold."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    curve = result.equity_curve
    fig = make_subplots(
        rows=2,
        cols=1,
        row_heights=[0.65, 0.35],
        vertical_spacing=0.1,
        subplot_titles=("Out-of-sample equity (folds shaded)", "CAGR per fold"),
    )
    fig.add_trace(
        go.Scatter(x=curve.timestamps, y=curve.equity, name="Walk-forward", mode="lines"),
        row=1,
        col=1,
    )
    fig.add_trace(
        go.Scatter(
            x=curve.timestamps,
            y=curve.benchmark,
            name="Buy & hold",
            mode="lines",
            line={"dash": "dot"},
        ),
        row=1,
        col=1,
    )
    for fold in result.folds:
        fig.add_vrect(
            x0=fold.out_of_sample_start,
            x1=fold.out_of_sample_end,
            fillcolor="steelblue" if fold.fold % 2 else "lightgray",
            opacity=0.12,
            line_width=0,
            row=1,
            col=1,
        )
    labels = [
        f"fold {f.fold}: " + ", ".join(f"{k}={v}" for k, v in f.best_params.items())
        for f in result.folds
    ]
    for name, values in (
        ("In-sample CAGR", [f.in_sample_cagr for f in result.folds]),
        ("Out-of-sample CAGR", [f.out_of_sample_cagr for f in result.folds]),
    ):
        fig.add_trace(go.Bar(x=labels, y=values, name=name), row=2, col=1)
    efficiency = result.walk_forward_efficiency
    suffix = f", walk-forward efficiency {efficiency:.2f}" if efficiency is not None else ""
    fig.update_layout(
        title=f"Walk-forward ({result.mode}, {len(result.folds)} folds{suffix})",
        barmode="group",
        height=800,
        **_LAYOUT,
    )
    fig.update_yaxes(tickformat=".0%", row=2, col=1)
    return fig


def montecarlo_figure(result: MonteCarloResult) -> go.Figure:
    """Percentile fan of the resampled equity paths and the distribution of final returns."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    fig = make_subplots(
        rows=2,
        cols=1,
        row_heights=[0.6, 0.4],
        vertical_spacing=0.12,
        subplot_titles=("Equity percentiles", "Final return"),
    )
    steps, bands = result.band_steps, result.bands
    for low, high, label, alpha in (("p5", "p95", "5–95 %", 0.15), ("p25", "p75", "25–75 %", 0.3)):
        fig.add_trace(
            go.Scatter(x=steps, y=bands[high], mode="lines", line={"width": 0}, showlegend=False),
            row=1,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                x=steps,
                y=bands[low],
                mode="lines",
                line={"width": 0},
                fill="tonexty",
                fillcolor=f"rgba(70,130,180,{alpha})",
                name=label,
            ),
            row=1,
            col=1,
        )
    fig.add_trace(go.Scatter(x=steps, y=bands["p50"], mode="lines", name="Median"), row=1, col=1)
    edges, counts = result.final_return_histogram["edges"], result.final_return_histogram["counts"]
    fig.add_trace(
        go.Bar(
            x=[(a + b) / 2 for a, b in itertools.pairwise(edges)],
            y=counts,
            width=[b - a for a, b in itertools.pairwise(edges)],
            name="Paths",
        ),
        row=2,
        col=1,
    )
    fig.add_vline(x=0, line_dash="dot", row=2, col=1)
    unit = "trades" if result.method == "trades" else "bars"
    fig.update_layout(
        title=(
            f"Monte Carlo ({result.n_paths} paths over {result.steps} {unit}): "
            f"P(loss) {result.probability_of_loss:.1%}, P(ruin) {result.probability_of_ruin:.1%}"
        ),
        height=800,
        **_LAYOUT,
    )
    fig.update_xaxes(title_text=unit, row=1, col=1)
    fig.update_xaxes(tickformat=".0%", row=2, col=1)
    return fig


def optimize_figure(result: OptimizeResult) -> go.Figure:
    """Score of each ranked parameter set: a heatmap over the first two parameters when the
    ranked sets vary in two, bars otherwise."""
    import plotly.graph_objects as go

    ranked = [r for r in result.ranked if r.score is not None]
    names = list(ranked[0].params) if ranked else []
    varying = [n for n in names if len({repr(r.params.get(n)) for r in ranked}) > 1]
    fig = go.Figure()
    if len(varying) >= 2:
        x_name, y_name = varying[:2]
        fig.add_trace(
            go.Scatter(
                x=[r.params[x_name] for r in ranked],
                y=[r.params[y_name] for r in ranked],
                mode="markers",
                marker={
                    "size": 14,
                    "color": [r.score for r in ranked],
                    "colorscale": "Viridis",
                    "colorbar": {"title": result.objective},
                },
                text=[_label(r.params) for r in ranked],
                name="Ranked sets",
            )
        )
        fig.update_xaxes(title_text=x_name)
        fig.update_yaxes(title_text=y_name)
    else:
        fig.add_trace(
            go.Bar(x=[_label(r.params) for r in ranked], y=[r.score for r in ranked], name="Score")
        )
        fig.update_yaxes(title_text=result.objective)
    report = result.overfitting
    fig.update_layout(
        title=(
            f"{result.method} search: {result.n_evaluated} evaluated, {result.n_feasible} "
            f"feasible; {report.message}"
        ),
        height=600,
        **_LAYOUT,
    )
    return fig


def _label(params: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items())
