"""Notifications to a user's own targets: Telegram (Bot API), webhooks, email (SMTP).

Each delivery is retried on transient failures (network errors, 5xx, 429 honouring the
provider's ``retry_after``) with the core backoff, and logged once in ``core_notifications``
with its outcome, so a user can see what reached them. Base URLs and credentials are settings
(``APP_NOTIFY_*``): tests point them at local servers that speak each protocol.

Webhook signature: ``X-Kalkan-Signature: sha256=<hex>`` where ``<hex>`` is
HMAC-SHA256(secret, ``"<X-Kalkan-Timestamp>.<raw body>"``); receivers recompute it over the raw
bytes and reject stale timestamps, which stops replays.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import smtplib
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from email.message import EmailMessage
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson
from pydantic import BaseModel, EmailStr, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import Column, Text, select
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel, col

from app.core.db import Database, UTCDateTime
from app.core.retry import RetryPolicy, retry_async
from app.core.timeutil import utcnow

log = logging.getLogger("kalkan.notify")


class NotifySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_NOTIFY_", env_file=".env", extra="ignore")

    telegram_api_base: str = "https://api.telegram.org"
    telegram_bot_token: SecretStr | None = None
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "kalkan@localhost"
    smtp_starttls: bool = True
    timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    max_retries: int = Field(default=3, ge=0, le=10)


class NotificationChannel(StrEnum):
    telegram = "telegram"
    webhook = "webhook"
    email = "email"


class NotificationTarget(BaseModel):
    """Where one user's notifications go (kept in the user's settings)."""

    channel: NotificationChannel
    chat_id: str | None = Field(default=None, max_length=64, description="Telegram chat id")
    url: str | None = Field(default=None, max_length=2000, description="Webhook URL (http/https)")
    secret: SecretStr | None = Field(
        default=None, description="Webhook HMAC-SHA256 key (write-only)"
    )
    email: EmailStr | None = None

    @model_validator(mode="after")
    def _complete(self) -> NotificationTarget:
        needed = {"telegram": "chat_id", "webhook": "url", "email": "email"}[self.channel]
        if not getattr(self, needed):
            raise ValueError(f"a {self.channel} target needs {needed}")
        if self.channel is NotificationChannel.webhook:
            parts = urlsplit(self.url or "")
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError("url must be an absolute http(s) URL")
        return self

    def label(self) -> str:
        """How the delivery log names the target, without secrets."""
        if self.channel is NotificationChannel.telegram:
            return f"telegram:{self.chat_id}"
        if self.channel is NotificationChannel.webhook:
            parts = urlsplit(self.url or "")
            return f"webhook:{parts.scheme}://{parts.netloc}{parts.path}"
        return f"email:{self.email}"


class Notification(BaseModel):
    event: str = Field(max_length=64, description="e.g. emergency.flash_crash, news.alert")
    title: str = Field(max_length=200)
    text: str = Field(max_length=3500)
    severity: str = Field(default="info", max_length=16)
    data: dict[str, Any] = Field(default_factory=dict)


class NotificationDelivery(SQLModel, table=True):
    __tablename__ = "core_notifications"

    id: int | None = SQLField(default=None, primary_key=True)
    user_id: int | None = SQLField(default=None, index=True)
    channel: str = SQLField(max_length=16)
    target: str = SQLField(max_length=300)
    event: str = SQLField(max_length=64, index=True)
    status: str = SQLField(max_length=16)
    attempts: int = 0
    response_status: int | None = None
    error: str | None = SQLField(default=None, sa_column=Column(Text))
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    delivered_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


class DeliveryInfo(BaseModel):
    id: int
    channel: NotificationChannel
    target: str
    event: str
    status: str = Field(description="delivered or failed")
    attempts: int
    response_status: int | None
    error: str | None
    created_at: datetime
    delivered_at: datetime | None


class TransientDeliveryError(Exception):
    """Worth retrying: network trouble, 5xx, or 429 (``retry_after`` seconds when given)."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ):
        super().__init__(message)
        self.status, self.retry_after = status, retry_after


class PermanentDeliveryError(Exception):
    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


def webhook_signature(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def _classify(response: httpx.Response, provider: str) -> None:
    if response.status_code < 300:
        return
    retry_after = response.headers.get("Retry-After")
    if response.status_code == 429 or response.status_code >= 500:
        raise TransientDeliveryError(
            f"{provider} answered {response.status_code}",
            status=response.status_code,
            retry_after=float(retry_after) if retry_after and retry_after.isdigit() else None,
        )
    raise PermanentDeliveryError(
        f"{provider} answered {response.status_code}: {response.text[:200]}",
        status=response.status_code,
    )


class Notifier:
    def __init__(
        self,
        db: Database,
        settings: NotifySettings | None = None,
        *,
        http: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.db = db
        self.settings = settings or NotifySettings()
        self._http = http or httpx.AsyncClient(timeout=self.settings.timeout_seconds)
        self._sleep = sleep
        self._policy = RetryPolicy(max_retries=self.settings.max_retries, base_delay=0.5)

    async def close(self) -> None:
        await self._http.aclose()

    async def send(
        self, user_id: int | None, targets: list[NotificationTarget], notification: Notification
    ) -> list[DeliveryInfo]:
        """Deliver to every target concurrently; one logged delivery per target."""
        return list(
            await asyncio.gather(
                *(self._deliver(user_id, target, notification) for target in targets)
            )
        )

    async def deliveries(self, user_id: int, *, limit: int = 50) -> list[DeliveryInfo]:
        async with self.db.session() as session:
            rows = (
                await session.execute(
                    select(NotificationDelivery)
                    .where(col(NotificationDelivery.user_id) == user_id)
                    .order_by(col(NotificationDelivery.id).desc())
                    .limit(limit)
                )
            ).scalars()
            return [DeliveryInfo.model_validate(row, from_attributes=True) for row in rows]

    async def _deliver(
        self, user_id: int | None, target: NotificationTarget, notification: Notification
    ) -> DeliveryInfo:
        send = {
            NotificationChannel.telegram: self._telegram,
            NotificationChannel.webhook: self._webhook,
            NotificationChannel.email: self._email,
        }[target.channel]
        attempts = 0

        async def attempt() -> int:
            nonlocal attempts
            attempts += 1
            return await send(target, notification)

        row = NotificationDelivery(
            user_id=user_id,
            channel=target.channel,
            target=target.label(),
            event=notification.event,
            status="pending",  # replaced by the outcome below, before the row is saved
        )
        try:
            row.response_status = await retry_async(
                attempt,
                policy=self._policy,
                retry_on=(TransientDeliveryError,),
                delay_for=lambda error, _n: getattr(error, "retry_after", None),
                sleep=self._sleep,
                label=f"notify {target.channel}",
            )
            row.status, row.delivered_at = "delivered", utcnow()
        except (TransientDeliveryError, PermanentDeliveryError) as error:
            row.status, row.error, row.response_status = "failed", str(error), error.status
            log.warning("notification failed", extra={"target": row.target, "error": str(error)})
        row.attempts = attempts
        async with self.db.session() as session:
            session.add(row)
            await session.commit()
            await session.refresh(row)
            return DeliveryInfo.model_validate(row, from_attributes=True)

    async def _telegram(self, target: NotificationTarget, notification: Notification) -> int:
        token = self.settings.telegram_bot_token
        if token is None:
            raise PermanentDeliveryError("APP_NOTIFY_TELEGRAM_BOT_TOKEN is not configured")
        url = f"{self.settings.telegram_api_base.rstrip('/')}/bot{token.get_secret_value()}"
        body = {
            "chat_id": target.chat_id,
            "text": f"{notification.title}\n\n{notification.text}",
            "disable_web_page_preview": True,
        }
        try:
            response = await self._http.post(f"{url}/sendMessage", json=body)
        except httpx.HTTPError as error:
            raise TransientDeliveryError(f"telegram unreachable: {error}") from error
        if response.status_code == 429:  # Bot API: {"parameters": {"retry_after": n}}
            try:
                wait = float(response.json().get("parameters", {}).get("retry_after"))
            except (ValueError, TypeError, AttributeError):
                wait = None
            raise TransientDeliveryError("telegram rate limit", status=429, retry_after=wait)
        _classify(response, "telegram")
        payload = response.json()
        if not payload.get("ok"):
            raise PermanentDeliveryError(f"telegram refused: {payload.get('description')}")
        return response.status_code

    async def _webhook(self, target: NotificationTarget, notification: Notification) -> int:
        body = orjson.dumps(notification.model_dump(mode="json"))
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Kalkan-Event": notification.event,
            "X-Kalkan-Timestamp": timestamp,
        }
        if target.secret is not None:
            headers["X-Kalkan-Signature"] = webhook_signature(
                target.secret.get_secret_value(), timestamp, body
            )
        try:
            response = await self._http.post(target.url or "", content=body, headers=headers)
        except httpx.HTTPError as error:
            raise TransientDeliveryError(f"webhook unreachable: {error}") from error
        _classify(response, "webhook")
        return response.status_code

    async def _email(self, target: NotificationTarget, notification: Notification) -> int:
        host = self.settings.smtp_host
        if not host:
            raise PermanentDeliveryError("APP_NOTIFY_SMTP_HOST is not configured")
        message = EmailMessage()
        message["From"], message["To"] = self.settings.smtp_from, str(target.email)
        message["Subject"] = notification.title
        message.set_content(notification.text)
        # smtplib's errors are OSErrors: the specific ones first, plain network trouble last.
        try:
            await asyncio.to_thread(self._smtp_send, host, message)
        except smtplib.SMTPConnectError as error:
            raise TransientDeliveryError(f"smtp unreachable: {error}") from error
        except smtplib.SMTPResponseException as error:
            code = error.smtp_code
            if code >= 500:
                raise PermanentDeliveryError(f"smtp refused: {error}", status=code) from error
            raise TransientDeliveryError(f"smtp deferred: {error}", status=code) from error
        except smtplib.SMTPServerDisconnected as error:
            raise TransientDeliveryError(f"smtp disconnected: {error}") from error
        except smtplib.SMTPException as error:
            raise PermanentDeliveryError(f"smtp failed: {error}") from error
        except OSError as error:
            raise TransientDeliveryError(f"smtp unreachable: {error}") from error
        return 250

    def _smtp_send(self, host: str, message: EmailMessage) -> None:
        settings = self.settings
        with smtplib.SMTP(host, settings.smtp_port, timeout=settings.timeout_seconds) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_username and settings.smtp_password is not None:
                smtp.login(settings.smtp_username, settings.smtp_password.get_secret_value())
            smtp.send_message(message)
