"""Notifications reach local servers that speak each real protocol: the Telegram Bot API,
a webhook receiver checking the HMAC signature, and an SMTP server."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.core.db import Database
from app.core.notify import (
    Notification,
    NotificationTarget,
    Notifier,
    NotifySettings,
    webhook_signature,
)
from tests.local_servers import free_port, serve

ALERT = Notification(
    event="emergency.flash_crash",
    title="BTC/USDT flash crash",
    text="BTC/USDT fell 9.1% in 4 minutes; trading halted.",
    severity="critical",
    data={"symbol": "BTC/USDT", "depth": -0.091},
)


async def _no_sleep(_seconds: float) -> None:
    return None


def telegram_server(received: list[dict[str, Any]], *, rate_limit_first: bool) -> Starlette:
    """Answers like api.telegram.org: ``/bot<token>/sendMessage`` → ``{"ok": true, ...}``."""
    calls = {"n": 0}

    async def send_message(request: Request) -> JSONResponse:
        calls["n"] += 1
        if request.path_params["token"] != "123:ABC":
            return JSONResponse(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status_code=401
            )
        if rate_limit_first and calls["n"] == 1:
            return JSONResponse(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                },
                status_code=429,
            )
        body = await request.json()
        received.append(body)
        return JSONResponse(
            {
                "ok": True,
                "result": {
                    "message_id": len(received),
                    "chat": {"id": int(body["chat_id"]), "type": "private"},
                    "date": 1700000000,
                    "text": body["text"],
                },
            }
        )

    return Starlette(routes=[Route("/bot{token}/sendMessage", send_message, methods=["POST"])])


async def test_telegram_delivery_honours_retry_after_and_is_logged(database_url: str) -> None:
    received: list[dict[str, Any]] = []
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async with serve(telegram_server(received, rate_limit_first=True)) as base:
        db = Database(database_url)
        notifier = Notifier(
            db,
            NotifySettings(telegram_api_base=base, telegram_bot_token="123:ABC"),
            sleep=sleep,
        )
        try:
            [delivery] = await notifier.send(
                42, [NotificationTarget(channel="telegram", chat_id="987654")], ALERT
            )
            log = await notifier.deliveries(42)
        finally:
            await notifier.close()
            await db.dispose()
    assert delivery.status == "delivered" and delivery.attempts == 2
    assert waits == [1.0]  # the Bot API's parameters.retry_after, not our own backoff
    assert received == [
        {
            "chat_id": "987654",
            "text": f"{ALERT.title}\n\n{ALERT.text}",
            "disable_web_page_preview": True,
        }
    ]
    assert [item.id for item in log] == [delivery.id] and log[0].target == "telegram:987654"
    assert "123:ABC" not in log[0].target


async def test_telegram_with_a_bad_token_fails_without_retrying(database_url: str) -> None:
    received: list[dict[str, Any]] = []
    async with serve(telegram_server(received, rate_limit_first=False)) as base:
        db = Database(database_url)
        notifier = Notifier(
            db,
            NotifySettings(telegram_api_base=base, telegram_bot_token="9:WRONG"),
            sleep=_no_sleep,
        )
        try:
            [delivery] = await notifier.send(
                1, [NotificationTarget(channel="telegram", chat_id="5")], ALERT
            )
        finally:
            await notifier.close()
            await db.dispose()
    assert delivery.status == "failed" and delivery.attempts == 1
    assert delivery.response_status == 401 and received == []


async def test_webhook_is_signed_and_retried_after_a_5xx(database_url: str) -> None:
    seen: list[tuple[bytes, dict[str, str]]] = []

    async def hook(request: Request) -> Response:
        seen.append((await request.body(), dict(request.headers)))
        return Response(status_code=503 if len(seen) == 1 else 204)

    secret = "whsec-test-0123456789"
    async with serve(Starlette(routes=[Route("/hooks/kalkan", hook, methods=["POST"])])) as base:
        db = Database(database_url)
        notifier = Notifier(db, NotifySettings(), sleep=_no_sleep)
        try:
            target = NotificationTarget(
                channel="webhook", url=f"{base}/hooks/kalkan?token=abc", secret=secret
            )
            [delivery] = await notifier.send(7, [target], ALERT)
        finally:
            await notifier.close()
            await db.dispose()
    assert delivery.status == "delivered" and delivery.attempts == 2
    assert delivery.target == f"webhook:{base}/hooks/kalkan"  # no query string (may hold keys)
    body, headers = seen[-1]
    assert json.loads(body)["data"] == {"symbol": "BTC/USDT", "depth": -0.091}
    timestamp = headers["x-kalkan-timestamp"]
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    assert headers["x-kalkan-signature"] == "sha256=" + expected.hexdigest()
    assert webhook_signature(secret, timestamp, body) == headers["x-kalkan-signature"]


async def test_email_goes_through_a_real_smtp_server(database_url: str) -> None:
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self) -> None:
            self.messages: list[tuple[str, list[str], bytes]] = []

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            self.messages.append((envelope.mail_from, envelope.rcpt_tos, envelope.content))
            return "250 Message accepted for delivery"

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    db = Database(database_url)
    notifier = Notifier(
        db,
        NotifySettings(
            smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False, smtp_from="bot@kalkan.test"
        ),
        sleep=_no_sleep,
    )
    try:
        [delivery] = await notifier.send(
            3, [NotificationTarget(channel="email", email="trader@example.com")], ALERT
        )
    finally:
        await notifier.close()
        await db.dispose()
        controller.stop()
    assert delivery.status == "delivered"
    [(sender, recipients, content)] = inbox.messages
    assert sender == "bot@kalkan.test" and recipients == ["trader@example.com"]
    assert b"Subject: BTC/USDT flash crash" in content and b"fell 9.1%" in content


async def test_unreachable_targets_fail_visibly_after_the_retries(database_url: str) -> None:
    db = Database(database_url)
    notifier = Notifier(db, NotifySettings(max_retries=2), sleep=_no_sleep)
    try:
        [delivery] = await notifier.send(
            4,
            [NotificationTarget(channel="webhook", url=f"http://127.0.0.1:{free_port()}/x")],
            ALERT,
        )
    finally:
        await notifier.close()
        await db.dispose()
    assert delivery.status == "failed" and delivery.attempts == 3
    assert "unreachable" in (delivery.error or "")


@pytest.mark.parametrize(
    "target",
    [
        {"channel": "telegram"},
        {"channel": "webhook", "url": "ftp://example.com/x"},
        {"channel": "webhook", "url": "/relative"},
        {"channel": "email"},
    ],
)
def test_incomplete_targets_are_refused(target: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        NotificationTarget.model_validate(target)
