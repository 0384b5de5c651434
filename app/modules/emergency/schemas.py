"""HTTP request and response models of the emergency circuit breaker."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from app.core.halt import HaltInfo, HaltScope
from app.core.symbols import normalize_symbol
from app.core.timeframes import TIMEFRAME_MS
from app.core.timeutil import UtcDatetime
from app.modules.emergency.specs import CrashDetectorParams, CrashEpisode

MAX_SCAN_BARS = 1_000_000


class EmergencyScanRequest(BaseModel):
    """Run the flash-crash detector over stored candles, as it would have run live."""

    model_config = {"extra": "forbid"}

    exchange: str = Field(default="binance", pattern=r"^[a-z0-9]{2,32}$")
    symbol: str = Field(max_length=40, examples=["BTC/USDT"])
    timeframe: str = Field(default="1m", examples=["1m", "1h"])
    start: UtcDatetime | None = None
    end: UtcDatetime | None = None
    params: CrashDetectorParams = Field(default_factory=CrashDetectorParams)

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str) -> str:
        return normalize_symbol(value)

    @field_validator("timeframe")
    @classmethod
    def _timeframe(cls, value: str) -> str:
        if value not in TIMEFRAME_MS:
            raise ValueError(f"unknown timeframe; use one of {', '.join(TIMEFRAME_MS)}")
        return value

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
    action: Literal["halt"] = Field(
        default="halt", description="halt: refuse every new order until released"
    )
    reason: str = Field(min_length=1, max_length=500)


class EmergencyReleaseRequest(BaseModel):
    model_config = {"extra": "forbid"}

    scope: HaltScope = HaltScope.user
    reason: str = Field(min_length=1, max_length=500)


class EmergencyTriggerResult(BaseModel):
    halt: HaltInfo
    engaged: bool = Field(description="False when this halt was already engaged (idempotent)")


class EmergencyStatus(BaseModel):
    trading_halted: bool = Field(description="Whether an order of the caller is refused now")
    halts: list[HaltInfo] = Field(description="Halts in force that cover the caller")
    history: list[HaltInfo] = Field(description="The newest halts that covered the caller")
    detector_defaults: CrashDetectorParams
