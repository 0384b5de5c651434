"""Plotly figures (plain JSON dicts: no plotly import in the web process)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

LABELS = {"agent": "Agent", "buy_and_hold": "Buy and hold", "random_mean": "Random (mean)"}


def equity_chart(
    times: list[datetime], curves: dict[str, list[float]], title: str
) -> dict[str, Any]:
    x = [t.isoformat() for t in times]
    return {
        "data": [
            {"type": "scatter", "mode": "lines", "name": LABELS.get(key, key), "x": x, "y": ys}
            for key, ys in curves.items()
        ],
        "layout": {
            "title": {"text": f"Out-of-sample equity: {title}"},
            "xaxis": {"title": {"text": "time (UTC)"}},
            "yaxis": {"title": {"text": "equity"}},
        },
    }
