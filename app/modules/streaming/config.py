"""Streaming settings, read from ``APP_STREAM_*`` environment variables (and ``.env``).

They live in the module rather than in the core's ``Settings`` so the module stays self-contained
(and can be split out); the defaults suit a single container.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class StreamSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_STREAM_", env_file=".env", extra="ignore")

    book_depth: int = Field(default=20, ge=1, le=500, description="Order-book levels per side")
    trade_queue: int = Field(
        default=1000, ge=1, description="Trades buffered per client subscription before dropping"
    )
    book_queue: int = Field(
        default=64, ge=1, description="Book deltas buffered per client before a snapshot resend"
    )
    kline_queue: int = Field(default=8, ge=2, description="Distinct candles buffered per client")
    max_subscriptions: int = Field(default=50, ge=1, description="Subscriptions per connection")
    max_message_bytes: int = Field(
        default=4096,
        ge=256,
        description="Largest inbound message; under uvicorn a bigger frame is refused (1009) "
        "from its header, unread",
    )
    max_sockets_per_user: int = Field(
        default=20, ge=1, description="Open websockets per user, across processes sharing Redis"
    )
    socket_ttl: float = Field(
        default=60.0, gt=0, description="A dead process's sockets stop counting after this long"
    )
    auth_timeout: float = Field(
        default=5.0, gt=0, description='Wait this long for a first {"type": "auth"} message'
    )

    ping_interval: float = Field(
        default=20.0, gt=0, description="Send an application ping after this much silence"
    )
    idle_timeout: float = Field(
        default=60.0, gt=0, description="Close connections with no subscription for this long"
    )
    client_timeout: float = Field(
        default=0.0, ge=0, description="Close when the client sent nothing for this long (0: off)"
    )
    send_timeout: float = Field(
        default=15.0, gt=0, description="Close a client whose socket accepts nothing for this long"
    )
    auth_recheck: float = Field(
        default=30.0, gt=0, description="Re-validate credentials (revocation, expiry) this often"
    )
    report_interval: float = Field(
        default=1.0, ge=0, description="Minimum seconds between conflation reports to one client"
    )

    lease_ttl: float = Field(
        default=5.0, gt=0, description="Upstream lease lifetime; renewed every third of it"
    )
    retry_base: float = Field(default=0.5, gt=0, description="First upstream retry delay")
    retry_max: float = Field(default=30.0, gt=0, description="Longest upstream retry delay")
    reconnect_check: float = Field(
        default=1.0, gt=0, description="How often the source's reconnect counter is looked at"
    )
    kline_close_grace: float = Field(
        default=2.0, ge=0, description="Live klines close this long after their interval ends"
    )
    drain_timeout: float = Field(
        default=3.0, gt=0, description="Graceful shutdown: wait this long for clients to close"
    )
    direct_writes: bool = Field(
        default=True,
        description="Under uvicorn, write each message's frame straight to idle clients' sockets",
    )
    drain_on_signal: bool = Field(
        default=True, description="Under uvicorn, close clients with 1001 on SIGTERM/SIGINT"
    )
