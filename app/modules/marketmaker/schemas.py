"""Request and response models of the market-maker tracker module."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from app.core.symbols import normalize_symbol
from app.core.timeutil import UtcDatetime
from app.modules.marketmaker.specs import (
    BenfordResult,
    BookTouch,
    DepthBand,
    HillTailResult,
    MirrorPrintsResult,
    RoundSizeResult,
    SlippagePoint,
)

SourceName = Literal["live", "replay", "synthetic", "db", "request"]
ExchangeId = Annotated[str, Field(pattern=r"^[a-z0-9]{2,32}$", description="ccxt exchange id")]


class MarketObservation(BaseModel):
    """Which part of the tracked streams an answer is based on (venue event times, UTC)."""

    exchange: str
    symbol: str
    source: SourceName
    observed_from: datetime | None
    observed_to: datetime | None
    observed_seconds: float
    complete: bool = Field(
        description="The requested window is fully observed, or the stream ended (replay)"
    )
    book_snapshots: int = Field(description="Book snapshots received since tracking started")
    trades_seen: int
    stream_error: str | None = Field(
        default=None, description="Why a stream stopped early (e.g. the venue has no trade feed)"
    )


# --------------------------------------------------------------------------- imbalance


class ImbalanceOut(MarketObservation):
    timestamp: datetime | None = Field(description="Venue time of the book analysed")
    sequence: int | None
    levels: int
    bid_levels: int
    ask_levels: int
    touch: BookTouch | None
    microprice: float | None
    imbalance: float | None = Field(description="(B - A) / (B + A) over the top `levels`")
    weighted_imbalance: float | None
    half_life_bps: float
    depth: list[DepthBand]


# --------------------------------------------------------------------------- spoofing


class SpoofingSettings(BaseModel):
    size_multiple: float
    max_distance_bps: float
    max_fill_fraction: float
    min_approach_fraction: float
    reference_levels: int
    removed_fraction: float
    trade_grace_s: float


class LargeOrderOut(BaseModel):
    side: Literal["bid", "ask"]
    price: float
    size: float
    level_qty_before: float
    typical_size: float
    size_vs_typical: float
    levels_behind_touch: int
    placed_at: datetime
    removed_at: datetime | None
    lifetime_s: float | None
    mid_at_placement: float
    mid_at_removal: float | None
    distance_bps_at_placement: float
    distance_bps_at_removal: float | None
    approach_bps: float | None
    traded_at_or_through_qty: float
    filled_qty: float
    cancelled_qty: float
    outcome: Literal["cancelled", "partially_filled", "filled", "open"]
    alert: bool
    reasons: list[str]


class SpoofingOut(MarketObservation):
    window_s: float
    updates: int = Field(description="Level updates replayed (including those building the book)")
    trades: int
    alerts: list[LargeOrderOut]
    large_orders: list[LargeOrderOut] = Field(description="Most recent first, up to `limit`")
    large_orders_total: int
    settings: SpoofingSettings


# --------------------------------------------------------------------------- activity


class MarketMakerActivityStats(BaseModel):
    states: int
    updates: int
    touch_updates: int
    two_sided_presence: float | None
    mean_spread_bps: float | None
    median_spread_bps: float | None
    quote_refresh_rate: float | None = Field(description="Touch updates per second")
    top_depth_share_bid: float | None
    top_depth_share_ask: float | None
    top_imbalance_abs: float | None
    score: float | None = Field(description="Transparent heuristic in [0, 1], not a classifier")
    label: Literal["likely", "possible", "unlikely", "insufficient data"]
    score_components: dict[str, float]
    score_weights: dict[str, float]
    top_levels: int
    band_pct: float
    max_spread_bps: float


class ResiliencyEventOut(BaseModel):
    at: datetime
    side: str
    vwap: float
    qty: float
    notional: float
    prints: int
    spread_bps_before: float
    spread_bps_max_after: float
    depth_before: float
    depth_min_after: float
    spread_recovery_s: float | None
    depth_recovery_s: float | None


class ResiliencyOut(BaseModel):
    threshold_notional: float | None
    large_trades: int
    median_spread_recovery_s: float | None
    median_depth_recovery_s: float | None
    unrecovered: int
    events: list[ResiliencyEventOut] = Field(description="Most recent first, up to 50")


class MarketMakerActivityOut(MarketObservation):
    window_s: float
    activity: MarketMakerActivityStats
    slippage: list[SlippagePoint] = Field(description="Walking the latest book, per notional")
    resiliency: ResiliencyOut


# --------------------------------------------------------------------------- wash trading


class WashTradeIn(BaseModel):
    timestamp: UtcDatetime
    side: Literal["buy", "sell"] | None = Field(default=None, description="Aggressor side")
    price: float = Field(gt=0, le=1e12)
    amount: float = Field(gt=0, le=1e15)

    @field_validator("price", "amount")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError("must be finite")
        return value


class WashIn(BaseModel):
    exchange: ExchangeId | None = Field(
        default=None, description="Venue to read recent trades from when `trades` is not given"
    )
    symbol: str | None = Field(default=None, max_length=60, description="ccxt form")
    trades: list[WashTradeIn] | None = Field(
        default=None, max_length=100_000, description="A trade tape to analyse"
    )
    limit: int = Field(default=1000, ge=1, le=5000, description="Recent trades to read")
    window_ms: float = Field(default=50.0, gt=0, le=60_000, description="Mirror-print window")
    lot_size: float | None = Field(default=None, gt=0, le=1e6)
    tail_k: int | None = Field(default=None, ge=2, le=100_000)

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str | None) -> str | None:
        return None if value is None else normalize_symbol(value)

    @model_validator(mode="after")
    def _tape_or_market(self) -> WashIn:
        if self.trades is None and (self.exchange is None or self.symbol is None):
            raise ValueError("give `trades`, or `exchange` and `symbol` to read recent trades")
        return self


class WashOut(BaseModel):
    exchange: str | None
    symbol: str | None
    source: SourceName
    n: int
    first_trade_at: datetime | None
    last_trade_at: datetime | None
    suspicion: float | None = Field(description="Mean of the indicator scores; not a verdict")
    scores: dict[str, float]
    benford: BenfordResult
    round_sizes: RoundSizeResult
    tail: HillTailResult
    mirror_prints: MirrorPrintsResult
