"""Plotly figures of on-chain metrics (plotly imported lazily)."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any, Literal

from fastapi import Query

from app.modules.onchain.specs import OnchainFlowRow

ChartFormat = Annotated[Literal["json", "html"], Query(alias="format")]
CHART_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Plotly figure (data + layout), or a standalone HTML page",
        "content": {"text/html": {"schema": {"type": "string"}}},
    },
}


def flow_figure(rows: list[OnchainFlowRow]) -> Any:
    """One bar series per exchange and asset: netflow in USD when every bucket is priced,
    else in units."""
    import plotly.graph_objects as go

    priced = all(row.netflow_usd is not None for row in rows)
    series: dict[str, list[OnchainFlowRow]] = defaultdict(list)
    for row in rows:
        series[f"{row.exchange} {row.asset}"].append(row)
    fig = go.Figure()
    for name, items in sorted(series.items()):
        items.sort(key=lambda row: row.bucket)
        fig.add_trace(
            go.Bar(
                x=[row.bucket.isoformat() for row in items],
                y=[(row.netflow_usd if priced else row.netflow) or 0.0 for row in items],
                name=name,
            )
        )
    fig.update_layout(
        title="Exchange netflow (positive: into exchanges)",
        barmode="relative",
        yaxis_title="USD" if priced else "units",
    )
    return fig


def as_json(fig: Any) -> dict[str, Any]:
    import json

    return dict(json.loads(fig.to_json()))


def as_html(fig: Any) -> str:
    return str(fig.to_html(full_html=True, include_plotlyjs=True))
