"""HTTP request and response models of the database module (domain DTOs live in specs.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, NotRequired

from pydantic import AfterValidator, AnyUrl, BaseModel, Field, field_validator, model_validator
from typing_extensions import TypedDict

from app.core.pagination import Page
from app.core.symbols import CcxtSymbol, normalize_symbol
from app.core.timeframes import TIMEFRAME_MS
from app.core.timeframes import Timeframe as KnownTimeframe
from app.core.timeutil import UtcDatetime
from app.modules.database.specs import CandleOut, Side, SignalOut

MAX_BATCH = 10_000
MAX_METADATA_DEPTH = 32
_PRICE: dict[str, Any] = {"gt": 0, "lt": 1e12, "allow_inf_nan": False}


if TYPE_CHECKING:  # a Literal built at run time is opaque to mypy; it sees the base type
    Timeframe = str
else:
    Timeframe = Literal[tuple(TIMEFRAME_MS)]


def _depth(value: object) -> int:
    """Nesting depth of a JSON value, iteratively (no recursion limit to hit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > MAX_METADATA_DEPTH:
                return level
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def _small_metadata(value: dict[str, Any]) -> dict[str, Any]:
    if _depth(value) > MAX_METADATA_DEPTH:
        raise ValueError(f"metadata may nest at most {MAX_METADATA_DEPTH} levels")
    if len(repr(value)) > 16_384:
        raise ValueError("metadata must be at most 16 KiB")
    return value


# On the dict itself, not the optional field: a null (the common case) then costs no Python
# call, which adds up over a 10,000-signal batch.
SmallMetadata = Annotated[dict[str, Any], AfterValidator(_small_metadata)]


# A TypedDict that pydantic validates: the same checks, defaults and JSON schema as a model, but
# it validates into plain dicts (every key present, defaults filled in). 10,000 of them take
# ~9 ms instead of ~24 ms as model instances, and the dicts feed the COPY and the response as
# they are. (typing_extensions' TypedDict: pydantic needs it before Python 3.12.)
class SignalSaveItem(TypedDict):
    """One signal to save (POST /signals/save takes one or a list of them)."""

    symbol: CcxtSymbol
    side: Side
    price: Annotated[float, Field(**_PRICE)]
    confidence: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
    stop_loss: NotRequired[Annotated[float | None, Field(default=None, **_PRICE)]]
    take_profit: NotRequired[Annotated[float | None, Field(default=None, **_PRICE)]]
    leverage: NotRequired[Annotated[float, Field(default=1.0, gt=0, le=1000, allow_inf_nan=False)]]
    timeframe: NotRequired[Annotated[Timeframe | None, Field(default=None)]]
    strategy: NotRequired[Annotated[str | None, Field(default=None, max_length=100)]]
    bot_id: NotRequired[Annotated[str | None, Field(default=None, max_length=100)]]
    timestamp: NotRequired[
        Annotated[UtcDatetime | None, Field(default=None, description="Default: now")]
    ]
    metadata: NotRequired[Annotated[SmallMetadata | None, Field(default=None)]]


class SignalPage(Page[SignalOut]):
    """The caller's signals, newest first."""


class TrackedTradeIn(BaseModel):
    """A closed trade to record for performance tracking."""

    bot_id: str | None = Field(default=None, max_length=100)
    symbol: str = Field(max_length=40)
    side: Literal["BUY", "SELL"] = Field(description="BUY = long trade, SELL = short trade")
    entry_price: float = Field(**_PRICE)
    exit_price: float = Field(**_PRICE)
    quantity: float = Field(gt=0, lt=1e12, allow_inf_nan=False)
    entry_time: UtcDatetime
    exit_time: UtcDatetime
    fees: float = Field(default=0.0, ge=0, lt=1e12, allow_inf_nan=False)

    @field_validator("symbol")
    @classmethod
    def _symbol(cls, value: str) -> str:
        return normalize_symbol(value)

    @model_validator(mode="after")
    def _order(self) -> TrackedTradeIn:
        if self.exit_time <= self.entry_time:
            raise ValueError("exit_time must be after entry_time")
        return self


class TrackedTradeOut(BaseModel):
    """A recorded closed trade with its PnL."""

    id: int
    bot_id: str | None
    symbol: str
    side: str
    entry_price: float
    exit_price: float
    quantity: float
    entry_time: UtcDatetime
    exit_time: UtcDatetime
    fees: float
    pnl: float


class PerformanceBucket(BaseModel):
    start: UtcDatetime
    trades: int
    pnl: float
    win_rate: float | None


class PerformanceStats(BaseModel):
    trades: int
    win_rate: float | None
    total_pnl: float
    profit_factor: float | None = Field(description="Gross profit / gross loss; null if no losses")
    avg_win: float | None
    avg_loss: float | None
    max_drawdown: float = Field(description="Largest peak-to-trough fall of cumulative PnL (quote)")
    sharpe: float | None = Field(
        description="Annualised Sharpe of daily PnL over the active period (365 days/year)"
    )
    daily: list[PerformanceBucket]
    weekly: list[PerformanceBucket]


class NotificationTarget(BaseModel):
    kind: Literal["email", "webhook", "telegram"]
    target: str = Field(min_length=1, max_length=500)

    @model_validator(mode="after")
    def _shape(self) -> NotificationTarget:
        if self.kind == "email" and "@" not in self.target:
            raise ValueError("email target must be an email address")
        if self.kind == "webhook":
            url = AnyUrl(self.target)
            if url.scheme not in ("https", "http"):
                raise ValueError("webhook target must be an http(s) URL")
        return self


class UserSettingsIn(BaseModel):
    model_config = {"extra": "forbid"}

    default_exchange: str = Field(default="binance", pattern=r"^[a-z0-9]{2,32}$")
    default_symbol: str = Field(default="BTC/USDT", max_length=40)
    default_timeframe: KnownTimeframe = "1h"
    risk_per_trade: float = Field(
        default=0.01, gt=0, le=0.05, description="Fraction of equity risked per trade (≤ 5 %)"
    )
    max_leverage: float = Field(default=1.0, gt=0, le=3, description="Personal cap, ≤ 3×")
    paper_trading: bool = True
    notification_targets: list[NotificationTarget] = Field(default_factory=list, max_length=20)

    @field_validator("default_symbol")
    @classmethod
    def _symbol(cls, value: str) -> str:
        return normalize_symbol(value)


class UserSettingsOut(UserSettingsIn):
    updated_at: UtcDatetime | None = None


class CandleSeries(Page[CandleOut]):
    """Stored bars, oldest first: the caller's own bars layered over the shared store."""

    exchange: str
    symbol: str
    timeframe: str
    source: Literal["db"] = "db"


class CandleImportForm(BaseModel):
    """The multipart form of ``POST /candles/import`` (the file is read as a stream)."""

    model_config = {"extra": "ignore"}

    exchange: str = Field(pattern=r"^[a-z0-9]{2,32}$")
    symbol: str = Field(max_length=40, description="BTC/USDT or BTC-USDT")
    timeframe: str = Field(max_length=8)
    skip_invalid: bool = Field(default=False, description="Import the valid rows, skip the rest")
    on_conflict: Literal["skip", "update"] = Field(
        default="skip",
        description="Bars already stored: skip keeps them, update replaces the changed ones",
    )
    dataset: Literal["own", "shared"] = Field(
        default="own",
        description="own: the caller's dataset (read by the caller over the shared store); "
        "shared: the store every user reads (admins only)",
    )


def candle_import_form_schema() -> dict[str, Any]:
    """OpenAPI schema of the form, with the file as ``format: binary`` (what generators such as
    openapi-python-client turn into a working upload)."""
    schema = CandleImportForm.model_json_schema()
    schema["properties"] = {
        "file": {
            "type": "string",
            "format": "binary",
            "description": "CryptoDataDownload CSV, Binance kline CSV or dump, ccxt/Binance JSON",
        },
        **schema["properties"],
    }
    schema["required"] = ["file", *schema.get("required", [])]
    return schema


class RetentionPolicyOut(BaseModel):
    table: str
    scope: str | None = Field(default=None, description="e.g. the timeframe for candles")
    keep_days: int | None = Field(description="null keeps forever")
    mechanism: Literal["timescaledb", "partitions", "batched-delete"]


class RetentionReport(BaseModel):
    backend: str
    interval_seconds: int
    policies: list[RetentionPolicyOut]


class RetentionRunResult(BaseModel):
    deleted: dict[str, int]
    dropped_partitions: list[str]


class AuditEntry(BaseModel):
    """One audit event: who saved, changed or deleted what, and when."""

    id: int
    at: UtcDatetime
    user_id: int | None
    action: str
    entity: str
    entity_ids: list[Any]
    details: dict[str, Any]


class AuditPage(Page[AuditEntry]):
    """Audit events, newest first."""
