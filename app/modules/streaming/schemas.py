"""Wire formats: client control messages, server messages, and the HTTP status view."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Channel(StrEnum):
    """What a subscription streams; the values are the URL path segments."""

    PRICE = "price"
    ORDERBOOK = "orderbook"
    TRADES = "trades"
    KLINE = "kline"

    @property
    def message_type(self) -> str:
        return "trade" if self is Channel.TRADES else self.value


MessageType = Literal[
    "price",
    "orderbook",
    "trade",
    "kline",
    "status",
    "error",
    "subscribed",
    "unsubscribed",
    "ping",
    "pong",
    "authenticated",
    "alert",
]

_CHANNEL_ALIASES = {"trade": "trades", "ticker": "price", "book": "orderbook", "candles": "kline"}


@dataclass(frozen=True, slots=True)
class TopicKey:
    """One stream: a channel of one market on one exchange (klines also by timeframe)."""

    channel: Channel
    exchange: str
    symbol: str
    timeframe: str | None = None

    @property
    def name(self) -> str:
        base = f"{self.channel.value}:{self.exchange}:{self.symbol}"
        return f"{base}:{self.timeframe}" if self.timeframe else base

    def describe(self) -> dict[str, Any]:
        data: dict[str, Any] = {"channel": self.channel.value}
        if self.timeframe:
            data["timeframe"] = self.timeframe
        return data


class ControlMessage(BaseModel):
    """A message from the client: ``{"op": "subscribe", "channel": "trades", "symbol": ...}``."""

    model_config = ConfigDict(extra="forbid")

    op: Literal["subscribe", "unsubscribe", "ping", "pong"]
    channel: Channel | None = None
    symbol: str | None = Field(default=None, max_length=64, description="BTC/USDT or BTC-USDT")
    exchange: str | None = Field(default=None, max_length=32)
    timeframe: str | None = Field(default=None, max_length=8, description="Klines only, e.g. 1m")
    id: str | int | None = Field(default=None, description="Echoed back in the reply's data")

    @field_validator("channel", mode="before")
    @classmethod
    def _alias(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().lower()
            return _CHANNEL_ALIASES.get(value, value)
        return value


class StreamMessage(BaseModel):
    """Every server message has this shape (documentation; the hub serialises directly)."""

    type: MessageType
    exchange: str | None
    symbol: str | None
    source: str | None = Field(description="live, replay or synthetic")
    ts: str = Field(description="ISO 8601 UTC: the event's time, else the server's")
    seq: int | None = Field(description="Per-stream sequence number in this process")
    data: dict[str, Any]


class TopicStatus(BaseModel):
    name: str
    channel: str
    exchange: str
    symbol: str
    timeframe: str | None
    role: str = Field(description="leader (holds the upstream), follower (relays), or derived")
    state: str
    subscribers: int
    seq: int
    upstream_starts: int
    bus_dropped: int = Field(description="Messages a leader dropped because the bus lagged")


class StreamStatus(BaseModel):
    source: str | None
    exchanges: list[str]
    node: str
    clients: int
    messages_sent: int
    dropped: int
    conflated: int
    snapshots_resent: int
    topics: list[TopicStatus]
