"""Domain DTOs shared by the API and ``public.py`` (one definition each)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from app.core.timeutil import UtcDatetime


class SyntheticScenario(BaseModel):
    """A stress scenario in the form ``risk.stress_test`` replays: per bar the open, low, high
    and close of the asset relative to its price when the scenario starts (1.0 = unchanged)."""

    name: str
    kind: Literal["historical", "generated"]
    symbol: str
    description: str
    bars: int
    open: list[float]
    low: list[float]
    high: list[float]
    close: list[float]
    worst_drawdown: float = Field(description="Largest peak-to-trough fall of the close, fraction")
    start: UtcDatetime | None = Field(default=None, description="Historical: first bar")
    end: UtcDatetime | None = Field(default=None, description="Historical: last bar")
    model_id: str | None = Field(default=None, description="Generated: the model that drew it")
    probability: float | None = Field(
        default=None, description="Generated: probability of this draw under the model (1/draws)"
    )
    exceedance: float | None = Field(
        default=None,
        description="Generated: share of the model's draws with a drawdown at least this deep",
    )
