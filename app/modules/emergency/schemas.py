"""HTTP request and response models of the emergency circuit breaker."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from app.core.halt import HaltInfo, HaltScope
from app.core.notify import DeliveryInfo, NotificationChannel, NotificationTarget
from app.core.pagination import Page
from app.core.symbols import CcxtSymbol, normalize_symbol
from app.core.timeframes import Timeframe
from app.core.timeutil import UtcDatetime
from app.modules.emergency.specs import (
    CrashDetectorParams,
    CrashEpisode,
    CrashRule,
    EmergencyAction,
)
from app.modules.execution.public import ExecutionOrderOut

MAX_SCAN_BARS = 1_000_000


class EmergencyScanRequest(BaseModel):
    """Run the flash-crash detector over stored candles, as it would have run live."""

    model_config = {"extra": "forbid"}

    exchange: str = Field(default="binance", pattern=r"^[a-z0-9]{2,32}$")
    symbol: str = Field(max_length=40, examples=["BTC/USDT"])
    timeframe: Timeframe = Field(default="1m", examples=["1m", "1h"])
    start: UtcDatetime | None = None
    end: UtcDatetime | None = None
    params: CrashDetectorParams = Field(default_factory=CrashDetectorParams)

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str) -> str:
        return normalize_symbol(value)

    @model_validator(mode="after")
    def _range(self) -> EmergencyScanRequest:
        if self.start and self.end and self.start >= self.end:
            raise ValueError("start must be before end")
        return self


class EmergencyScanResult(BaseModel):
    exchange: str
    symbol: str
    timeframe: str
    source: Literal["db"] = "db"
    bars: int = Field(description="Candles scanned")
    first_bar: UtcDatetime | None
    last_bar: UtcDatetime | None
    params: CrashDetectorParams
    episodes: list[CrashEpisode]


class EmergencyTriggerRequest(BaseModel):
    """Engage the kill switch. ``system`` scope (every user) is for administrators."""

    model_config = {"extra": "forbid"}

    scope: HaltScope = HaltScope.user
    action: Literal["halt", "halt_close", "halt_hedge"] = Field(
        default="halt",
        description="halt: refuse every new order until released; halt_close: and close every "
        "position now; halt_hedge: and hedge the net exposure (user scope only). A trigger "
        "while already halted changes nothing (idempotent)",
    )
    reason: str = Field(min_length=1, max_length=500)


class EmergencyReleaseRequest(BaseModel):
    model_config = {"extra": "forbid"}

    scope: HaltScope = HaltScope.user
    reason: str = Field(min_length=1, max_length=500)


class EmergencyLiquidateRequest(BaseModel):
    """Close every open position of the account, or the named ones, with market orders now
    (origin ``liquidation``: reduce-only, passes a halt)."""

    model_config = {"extra": "forbid"}

    account: str = Field(default="paper", min_length=1, max_length=32, pattern=r"^[a-z0-9_-]+$")
    symbols: list[CcxtSymbol] | None = Field(
        default=None, max_length=200, description="Default: every open position"
    )


class EmergencyLiquidateResult(BaseModel):
    account: str
    orders: list[ExecutionOrderOut]
    closed: list[str] = Field(description="Symbols whose closing order filled")
    not_held: list[str] = Field(description="Named symbols with no open position")
    nothing_to_do: bool


class EmergencyHedgeRequest(BaseModel):
    """Offset the account's net exposure (see ``protect.py`` for the sizing)."""

    model_config = {"extra": "forbid"}

    account: str = Field(default="paper", min_length=1, max_length=32, pattern=r"^[a-z0-9_-]+$")
    method: Literal["per_asset", "beta"] = Field(
        default="per_asset",
        description="per_asset: each underlying's net exposure on its perpetual; beta: the "
        "beta-weighted exposure on hedge_symbol (BTC beta hedge for alts)",
    )
    hedge_symbol: CcxtSymbol = Field(default="BTC/USDT", description="beta: the hedge asset")
    instrument: Literal["perpetual", "spot"] = Field(
        default="perpetual", description="beta: hedge on the perpetual or the spot market"
    )
    exchange: str | None = Field(default=None, max_length=32, pattern=r"^[a-z0-9]+$")
    ratio: float = Field(default=1.0, gt=0, le=1, description="Fraction of the exposure hedged")
    leverage: float = Field(default=1.0, gt=0, le=100, description="White-hat cap: 3")
    stop_pct: float | None = Field(
        default=None, gt=0, lt=1, description="The hedge's own stop; default from settings"
    )
    beta_timeframe: Timeframe = Field(default="1d", max_length=8)
    beta_lookback: int = Field(default=90, ge=20, le=10_000, description="Bars of returns")


class EmergencyHedgeLeg(BaseModel):
    symbol: str
    exchange: str | None
    side: Literal["BUY", "SELL"]
    notional: float = Field(description="Quote amount of the hedge order")
    beta: float | None = Field(description="beta: the asset's beta on the hedge asset")
    beta_source: str | None = Field(description="candles (estimated), default (1.0), identity")
    covers: list[str] = Field(description="The positions this leg offsets")


class EmergencyHedgeResult(BaseModel):
    account: str
    method: str
    net_exposure_before: float = Field(description="Σ quantity × mark over open positions")
    hedge_notional: float
    stop_pct: float
    legs: list[EmergencyHedgeLeg]
    orders: list[ExecutionOrderOut]
    nothing_to_do: bool


class EmergencyTriggerResult(BaseModel):
    halt: HaltInfo
    engaged: bool = Field(description="False when this halt was already engaged (idempotent)")
    liquidation: EmergencyLiquidateResult | None = None
    hedge: EmergencyHedgeResult | None = None


class EmergencyStatus(BaseModel):
    trading_halted: bool = Field(description="Whether an order of the caller is refused now")
    halts: list[HaltInfo] = Field(description="Halts in force that cover the caller")
    history: list[HaltInfo] = Field(description="The newest halts that covered the caller")
    detector_defaults: CrashDetectorParams
    markets: list[EmergencyMarketState] = Field(
        default_factory=list,
        description="Detector state of the markets watched for the caller or system-wide",
    )
    last_alerts: list[EmergencyAlertOut] = Field(
        default_factory=list, description="The caller's newest alerts (and system-wide ones)"
    )


class EmergencyWatchIn(BaseModel):
    """Have the live monitor watch a market for the caller."""

    model_config = {"extra": "forbid"}

    exchange: str = Field(default="binance", pattern=r"^[a-z0-9]{2,32}$")
    symbol: str = Field(max_length=40, examples=["BTC/USDT"])
    timeframe: Timeframe = Field(default="1m", examples=["1m", "1h"])
    action: EmergencyAction = Field(
        default="alert",
        description="alert: notify only; halt: engage the caller's kill switch; halt_close: "
        "halt and close every position; halt_hedge: halt and hedge the net exposure",
    )
    params: CrashDetectorParams = Field(default_factory=CrashDetectorParams)

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str) -> str:
        return normalize_symbol(value)


class EmergencyWatchOut(BaseModel):
    id: int
    exchange: str
    symbol: str
    timeframe: str
    action: EmergencyAction
    params: CrashDetectorParams
    created_at: UtcDatetime


class EmergencyAlertOut(BaseModel):
    """One detection of the live monitor. ``user_id`` is null for a system-wide watch."""

    id: int
    user_id: int | None
    watch_id: int | None
    exchange: str
    symbol: str
    timeframe: str
    source: str = Field(description="Where the data came from: live, replay, synthetic or db")
    detected_at: UtcDatetime = Field(description="The tick or bar close that completed it")
    onset: UtcDatetime
    peak: float
    price: float = Field(description="Price at detection")
    trough: float = Field(description="Lowest low so far; final once the episode has ended")
    trough_at: UtcDatetime | None
    depth: float = Field(le=0, description="trough / peak − 1: at detection, final at the end")
    ended_at: UtcDatetime | None = Field(
        description="When the episode ended (cooldown without drawdown); null while open"
    )
    rules: list[CrashRule]
    action: EmergencyAction
    halt_id: int | None = Field(description="The halt the detection engaged (or found engaged)")
    outcome: dict[str, Any] | None = Field(
        description="What the breaker did: orders placed, notifications delivered, errors"
    )
    created_at: UtcDatetime


class EmergencyTargetIn(NotificationTarget):
    """A notification target: Telegram chat, webhook (HMAC-SHA256 signed when ``secret`` is
    set) or email. The secret is write-only."""

    model_config = {"extra": "forbid"}


class EmergencyTargetOut(BaseModel):
    id: int
    channel: NotificationChannel
    label: str = Field(description="The target without secrets, e.g. webhook:https://host/path")
    signed: bool = Field(description="Webhook deliveries carry X-Kalkan-Signature")
    created_at: UtcDatetime


class EmergencyMarketState(BaseModel):
    """One watched market in this process's live monitor."""

    exchange: str
    symbol: str
    timeframe: str
    feed: str
    state: str = Field(description="starting, live, ended, or failed")
    detail: str | None
    bars: int = Field(description="Closed bars the detector has taken")
    warm: bool = Field(description="Every candle rule has its baseline")
    ticks: int
    last_price: float | None
    last_at: UtcDatetime | None
    episode_open: bool = Field(description="An episode is open: no new alert until it ends")
    last_rules: list[CrashRule]
    watchers: int = Field(description="Watches of the caller on this market (system: 0)")


EmergencyStatus.model_rebuild()


class EmergencyWatchPage(Page[EmergencyWatchOut]):
    """The caller's watches, newest first."""


class EmergencyAlertPage(Page[EmergencyAlertOut]):
    """The caller's alerts and system-wide ones, newest first."""


class EmergencyTargetPage(Page[EmergencyTargetOut]):
    """The caller's notification targets, newest first."""


class EmergencyDeliveryPage(Page[DeliveryInfo]):
    """The caller's notification deliveries (every channel), newest first."""


EventSource = Literal["news", "onchain"]


class EmergencyEventRuleIn(BaseModel):
    """What an alert of another module does for the caller. News alerts (critical news about a
    symbol, `GET /news/alerts`) match when negative: a breaker guards against the downside.
    On-chain alerts (whale transfers, exchange flows) match from ``min_severity`` up. Alerts of
    the caller's own news items and shared ones count; another user's never do."""

    model_config = {"extra": "forbid"}

    source: EventSource
    action: EmergencyAction = Field(
        default="alert",
        description="alert: notify only; halt: engage the caller's kill switch; halt_close: "
        "halt and close every position; halt_hedge: halt and hedge the net exposure",
    )
    assets: list[str] | None = Field(
        default=None,
        max_length=50,
        description="Base assets the rule is about (ETH matches ETH/USDT news and ETH "
        "transfers); null: any",
        examples=[["BTC", "ETH"]],
    )
    min_severity: Literal["warning", "critical"] = Field(
        default="critical", description="onchain: the least severity that matches"
    )

    @field_validator("assets")
    @classmethod
    def _assets(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        cleaned = sorted({item.strip().upper() for item in value})
        for item in cleaned:
            if not item.isalnum() or len(item) > 20:
                raise ValueError(f"{item!r} is not an asset code (letters and digits, ≤ 20)")
        return cleaned


class EmergencyEventRuleOut(EmergencyEventRuleIn):
    id: int
    created_at: UtcDatetime


class EmergencyEventRulePage(Page[EmergencyEventRuleOut]):
    """The caller's event rules, newest first."""


class EmergencyEventActionOut(BaseModel):
    """What one of the caller's event rules did on one alert."""

    id: int
    rule_id: int
    source: EventSource
    event: str = Field(description="The alert's event, e.g. news.critical")
    asset: str | None
    action: EmergencyAction
    title: str
    alert: dict[str, Any] = Field(description="The alert as its module published it")
    outcome: dict[str, Any] | None = Field(
        description="halt (id, scope, engaged), protect (orders or error), notifications"
    )
    created_at: UtcDatetime


class EmergencyEventActionPage(Page[EmergencyEventActionOut]):
    """What the caller's event rules did, newest first."""
