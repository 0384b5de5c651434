"""``WS /stream/alerts``: the core bus's alert events, relayed to the one user they are for.

Publishers (the emergency breaker, news) put ``{"kind": "alert", "user_id": ..., "alert": ...}``
on ``app.core.events.ALERTS_CHANNEL``; this relay forwards those whose ``user_id`` is the
connected user's, or null (system-wide alerts), and nothing else. Messages have the usual shape
(``type: "alert"``, ``data``: the alert). The socket is admitted like every other stream (same
credentials, same per-user socket cap); it sends ``subscribed`` once its bus subscription is in
place, so an alert published after that is never missed. Control messages: ``ping`` → ``pong``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import WebSocket

from app.core.errors import AppError
from app.core.events import ALERTS_CHANNEL
from app.modules.streaming.auth import authenticate_websocket
from app.modules.streaming.config import StreamSettings
from app.modules.streaming.hub import StreamHub
from app.modules.streaming.messages import Envelope

log = logging.getLogger(__name__)

CLOSE_NORMAL = 1000
CLOSE_POLICY = 1008


class AlertRelay:
    def __init__(
        self,
        websocket: WebSocket,
        hub: StreamHub,
        user_id: int,
        credential: str,
        slot: tuple[int, str] | None,
    ) -> None:
        self.ws, self.hub, self.user_id = websocket, hub, user_id
        self.credential, self.slot = credential, slot
        self.settings: StreamSettings = hub.settings
        self._marker = uuid.uuid4().hex
        self._ready = asyncio.Event()
        self._send_lock = asyncio.Lock()
        self.close_code, self.close_reason = CLOSE_NORMAL, ""
        self.sent = 0
        self._last_sent = 0.0

    async def _send(self, env: Envelope) -> None:
        async with self._send_lock:
            await self.ws.send_text(env.text)
            self.sent += 1
            self._last_sent = asyncio.get_running_loop().time()

    async def serve(self) -> None:
        tasks = [
            asyncio.create_task(self._relay(), name="alerts-relay"),
            asyncio.create_task(self._receiver(), name="alerts-receiver"),
            asyncio.create_task(self._watchdog(), name="alerts-watchdog"),
        ]
        try:
            await self._announce_ready()
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        except Exception:  # the client left while we were getting ready
            log.debug("alerts socket ended early", exc_info=True)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            with contextlib.suppress(Exception):
                async with asyncio.timeout(2.0):
                    await self.ws.close(self.close_code, self.close_reason)

    async def _announce_ready(self) -> None:
        """Publish a marker until our own subscription sees it: then it is in place."""
        while not self._ready.is_set():
            await self.hub.bus.publish(ALERTS_CHANNEL, {"kind": "ready", "marker": self._marker})
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.5):
                    await self._ready.wait()
        await self._send(Envelope("subscribed", {"channel": "alerts", "user_id": self.user_id}))

    def _for_me(self, message: dict[str, Any]) -> bool:
        if message.get("kind") != "alert":
            return False
        target = message.get("user_id")
        return target is None or target == self.user_id

    async def _relay(self) -> None:
        stream: AsyncIterator[dict[str, Any]] = self.hub.bus.subscribe(ALERTS_CHANNEL)
        async with contextlib.aclosing(stream):  # type: ignore[type-var]
            async for message in stream:
                if message.get("kind") == "ready" and message.get("marker") == self._marker:
                    self._ready.set()
                elif self._for_me(message) and isinstance(message.get("alert"), dict):
                    alert = message["alert"]
                    await self._send(
                        Envelope(
                            "alert",
                            alert,
                            exchange=alert.get("exchange"),
                            symbol=alert.get("symbol"),
                            source=message.get("source"),
                        )
                    )

    async def _receiver(self) -> None:
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text") or (message.get("bytes") or b"").decode(errors="replace")
            try:
                op = json.loads(text).get("op") if len(text) <= 4096 else None
            except (ValueError, AttributeError):
                op = None
            if op == "ping":
                await self._send(Envelope("pong", {}))
            elif op != "pong":
                await self._send(
                    Envelope(
                        "error",
                        {"status": 400, "detail": 'the alerts stream takes {"op": "ping"} only'},
                    )
                )

    async def _watchdog(self) -> None:
        settings = self.settings
        loop = asyncio.get_running_loop()
        next_auth = loop.time() + settings.auth_recheck
        next_slot = loop.time() + settings.socket_ttl / 3
        while True:
            await asyncio.sleep(min(settings.ping_interval / 4, 1.0))
            now = loop.time()
            if now - self._last_sent >= settings.ping_interval:
                await self._send(Envelope("ping", {}))
            if self.slot is not None and now >= next_slot:
                next_slot = now + settings.socket_ttl / 3
                with contextlib.suppress(Exception):
                    await self.hub.slots.renew(*self.slot, settings.socket_ttl)
            if now >= next_auth:
                next_auth = now + settings.auth_recheck
                try:
                    await authenticate_websocket(self.ws, self.credential)
                except AppError as exc:
                    self.close_code, self.close_reason = CLOSE_POLICY, (exc.detail or exc.title)
                    return
                except Exception:
                    log.warning("alerts socket: credential re-check failed", exc_info=True)
