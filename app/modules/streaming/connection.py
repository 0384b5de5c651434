"""One client websocket: control messages in, stream messages out, keepalive and timeouts.

Three tasks per connection:

* the *sender* drains the connection's outlets (see ``outlets.py``) into the socket; it is the
  only task that waits on the client, so a client that stops reading stalls nobody else. While
  it is idle, the hub's fan-out sends to the socket directly, without waking it: the message's
  pre-built frame under uvicorn (``fastpath.py``), else an eagerly started ASGI send
  (``eager.py``). With direct writes, parking the sender also opens each clean outlet's
  ``lane``, so the topic writes the frame with a single call per client; anything that makes
  the sender busy closes the lanes again (``_park`` / ``_unpark``);
* the *receiver* handles control messages (subscribe, unsubscribe, ping, pong);
* the *watchdog* sends heartbeats, closes idle and stuck connections, and re-validates the
  credential (revoked or expired → close 1008).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import deque
from typing import Any

from fastapi import WebSocket
from pydantic import ValidationError

from app.core.errors import AppError, BadRequest, Conflict, NotFound, RateLimited
from app.modules.streaming.auth import authenticate_websocket
from app.modules.streaming.config import StreamSettings
from app.modules.streaming.eager import Pending, Resume, start
from app.modules.streaming.fastpath import DirectWriter
from app.modules.streaming.hub import StreamHub
from app.modules.streaming.messages import Envelope
from app.modules.streaming.outlets import OUTLETS, Outlet
from app.modules.streaming.schemas import Channel, ControlMessage, TopicKey

log = logging.getLogger(__name__)

CLOSE_NORMAL = 1000
CLOSE_GOING_AWAY = 1001
CLOSE_POLICY = 1008

# Close reasons must fit in a control frame (123 bytes of UTF-8).
MAX_REASON = 120


def error_data(exc: AppError, **extra: Any) -> dict[str, Any]:
    return {"status": exc.status, "title": exc.title, "detail": exc.detail or exc.title, **extra}


class Connection:
    def __init__(
        self,
        websocket: WebSocket,
        hub: StreamHub,
        credential: str,
        settings: StreamSettings,
        slot: tuple[int, str] | None = None,
    ) -> None:
        self.ws = websocket
        self.hub = hub
        self.credential = credential
        self.settings = settings
        self.slot = slot
        """``(user id, connection id)`` of the socket slot this connection renews."""
        self.outlets: dict[TopicKey, Outlet] = {}
        self._control: deque[Envelope] = deque()
        self._ready: deque[Outlet] = deque()
        self._wake = asyncio.Event()
        self._send_text = websocket.send_text
        self._direct = DirectWriter.for_websocket(websocket) if settings.direct_writes else None
        self._idle = False
        """The sender is parked with nothing to do: the fan-out may send directly."""
        self._lanes_open = False
        self._pending: Pending | None = None
        """A send started by the fan-out that had to wait; the sender task finishes it."""
        self._backlog: deque[Envelope] = deque()
        """What came after ``_pending`` in the same batch, in order."""
        self._failure: Exception | None = None
        self._sent_other = 0
        """Messages sent other than by the direct writer (which counts its own)."""
        self._sent_seen = 0
        """``sent`` when the watchdog last looked (cheaper than a clock per send)."""
        self._close_requested = asyncio.Event()
        self.close_code = CLOSE_NORMAL
        self.close_reason = ""
        self.finished = asyncio.Event()
        self._retired = {"dropped": 0, "conflated": 0, "snapshots_resent": 0}
        loop = asyncio.get_running_loop()
        now = loop.time()
        self._loop = loop
        self._sending_since: float | None = None
        self._last_sent = now
        self._last_heard = now
        self._last_busy = now
        self._next_auth_check = now + self._auth_interval()
        self._next_slot_renewal = now + settings.socket_ttl / 3

    @property
    def sent(self) -> int:
        direct = self._direct
        return self._sent_other + (direct.sent if direct is not None else 0)

    # -- outlet owner --------------------------------------------------------------------------

    def deliver_now(self, env: Envelope) -> bool:
        """Send ``env`` at once if the sender is idle (see ``Outlet.push``); False otherwise."""
        if not self._idle:
            return False
        direct = self._direct
        if direct is None or not direct.write(env.frame):
            self._send_now([env])
        return True

    def notify(self, outlet: Outlet) -> None:
        if self._idle and not outlet.queued:
            self._send_now(outlet.drain())
            if self._idle and self._direct is not None and outlet.is_clean():
                outlet.lane = self._direct.write  # e.g. a status went out: clean again
        elif not outlet.queued:
            outlet.queued = True
            self._ready.append(outlet)
            self._wake.set()

    def _send_now(self, items: list[Envelope]) -> None:
        """Send from the fan-out itself; hand over to the sender task at the first wait."""
        direct = self._direct
        for index, env in enumerate(items):
            if direct is not None and direct.write(env.frame):
                continue
            try:
                pending = start(self._send_text(env.text))
            except Exception as exc:  # the client has gone
                self._failure = exc
                self._unpark()
                self._wake.set()
                return
            if pending is not None:
                self._pending = pending
                self._backlog.extend(items[index + 1 :])
                self._unpark()
                self._sending_since = self._loop.time()
                self._wake.set()
                return
            self._sent_other += 1

    def _park(self) -> None:
        """The sender waits for work: let the fan-out send itself, through clean outlets'
        lanes when frames can be written directly."""
        self._idle = True
        direct = self._direct
        if direct is None:
            return
        write = direct.write
        for outlet in self.outlets.values():
            outlet.lane = write if outlet.active and outlet.is_clean() else None
        self._lanes_open = True

    def _unpark(self) -> None:
        """The sender has work (or the connection is ending): everything goes through it."""
        self._idle = False
        if self._lanes_open:
            self._lanes_open = False
            for outlet in self.outlets.values():
                outlet.lane = None

    def outlet_ended(self, outlet: Outlet) -> None:
        if self.outlets.get(outlet.key) is outlet:
            del self.outlets[outlet.key]
            self._retire_counters(outlet)
        outlet.push_control(self._reply("unsubscribed", outlet.key, reason="stream ended"))

    # -- life cycle ----------------------------------------------------------------------------

    def request_close(self, code: int, reason: str) -> None:
        if not self._close_requested.is_set():
            self.close_code, self.close_reason = code, reason[:MAX_REASON]
            self._close_requested.set()

    async def serve(self, initial: TopicKey | None = None) -> None:
        """Run until the client leaves or the connection is closed; then clean up."""
        self.hub.connections.add(self)
        tasks = [
            asyncio.create_task(self._sender(), name="stream-sender"),
            asyncio.create_task(self._receiver(), name="stream-receiver"),
            asyncio.create_task(self._watchdog(), name="stream-watchdog"),
            asyncio.create_task(self._close_requested.wait(), name="stream-close"),
        ]
        try:
            if initial is not None:
                await self.subscribe(initial)
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        except Exception as exc:  # e.g. the hub closed while subscribing
            self.request_close(CLOSE_GOING_AWAY, str(exc))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for key, outlet in list(self.outlets.items()):
                outlet.active = False
                self.hub.detach(key, outlet)
                self._retire_counters(outlet)
            self.outlets.clear()
            if self._close_requested.is_set():
                await self._close()
            self.hub.connections.discard(self)
            self.hub.totals["messages_sent"] += self.sent
            for name, value in self._retired.items():
                self.hub.totals[name] += value
            self.finished.set()

    async def _close(self) -> None:
        # A client that stopped reading may never let the close frame out: do not wait forever.
        with contextlib.suppress(Exception):
            async with asyncio.timeout(2.0):
                await self.ws.close(self.close_code, self.close_reason)

    # -- sending -------------------------------------------------------------------------------

    async def _sender(self) -> None:
        send = self._send_text
        loop = self._loop
        control, ready, backlog = self._control, self._ready, self._backlog
        try:
            while True:
                if not self._wake.is_set():
                    self._park()
                    await self._wake.wait()
                self._unpark()
                self._wake.clear()
                if self._failure is not None:
                    return
                if self._pending is not None:
                    pending, self._pending = self._pending, None
                    await Resume(pending)
                    self._sent_other += 1
                while backlog:
                    self._sending_since = loop.time()
                    await send(backlog.popleft().text)
                    self._sent_other += 1
                while control or ready:
                    if control:
                        env = control.popleft()
                        self._sending_since = loop.time()
                        await send(env.text)
                        self._sent_other += 1
                        continue
                    outlet = ready.popleft()
                    outlet.queued = False
                    for env in outlet.drain():
                        self._sending_since = loop.time()
                        await send(env.text)
                        self._sent_other += 1
                    self._last_sent = loop.time()
                self._sending_since = None
                self._last_sent = loop.time()
        except Exception:  # the client has gone (disconnect, reset): the connection ends
            return
        finally:
            self._unpark()

    def push(self, env: Envelope) -> None:
        self._control.append(env)
        self._unpark()  # what follows must queue behind this message
        self._wake.set()

    def _reply(self, type: str, key: TopicKey | None = None, **data: Any) -> Envelope:
        payload = {**(key.describe() if key else {}), **data}
        if payload.get("id") is None:
            payload.pop("id", None)
        source = None
        if key is not None:
            topic = self.hub.topics.get(key)
            source = topic.source_name if topic is not None else None
        return Envelope(
            type,
            payload,
            exchange=key.exchange if key else None,
            symbol=key.symbol if key else None,
            source=source or self._source_name(),
        )

    def _source_name(self) -> str | None:
        try:
            return str(self.hub.source().source)
        except AppError:
            return None

    # -- receiving -----------------------------------------------------------------------------

    async def _receiver(self) -> None:
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            self._last_heard = self._loop.time()
            text = message.get("text")
            if text is None:
                try:
                    text = (message.get("bytes") or b"").decode()
                except UnicodeDecodeError:
                    self.push(self._reply("error", **error_data(BadRequest("send UTF-8 JSON"))))
                    continue
            await self.handle(text)

    async def handle(self, text: str) -> None:
        if len(text) > self.settings.max_message_bytes:
            error = BadRequest(f"control messages are limited to {self.settings.max_message_bytes}")
            self.push(self._reply("error", **error_data(error)))
            return
        try:
            message = ControlMessage.model_validate_json(text)
        except ValidationError as exc:
            problems = [
                {"loc": ".".join(str(part) for part in e["loc"]), "msg": e["msg"]}
                for e in exc.errors()[:5]
            ]
            error = BadRequest("invalid control message")
            self.push(self._reply("error", **error_data(error, errors=problems)))
            return
        try:
            if message.op == "ping":
                self.push(self._reply("pong", id=message.id))
            elif message.op == "pong":
                return
            else:
                await self._subscription_op(message)
        except AppError as exc:
            self.push(self._reply("error", **error_data(exc, op=message.op, id=message.id)))

    async def _subscription_op(self, message: ControlMessage) -> None:
        if message.channel is None or not message.symbol:
            raise BadRequest(f"{message.op} needs a channel and a symbol")
        key = self.hub.resolve(message.channel, message.symbol, message.exchange, message.timeframe)
        if message.op == "subscribe":
            if key in self.outlets:
                raise Conflict(f"already subscribed to {key.name}")
            if len(self.outlets) >= self.settings.max_subscriptions:
                raise RateLimited(
                    f"at most {self.settings.max_subscriptions} subscriptions per connection"
                )
            await self.subscribe(key, message.id)
        else:
            outlet = self.outlets.pop(key, None)
            if outlet is None:
                raise NotFound(f"not subscribed to {key.name}")
            outlet.active = False  # anything still buffered is not sent after "unsubscribed"
            self.hub.detach(key, outlet)
            self._retire_counters(outlet)
            self.push(self._reply("unsubscribed", key, id=message.id))

    async def subscribe(self, key: TopicKey, request_id: Any = None) -> None:
        settings = self.settings
        capacity = {
            Channel.PRICE: 1,
            Channel.KLINE: settings.kline_queue,
            Channel.ORDERBOOK: settings.book_queue,
            Channel.TRADES: settings.trade_queue,
        }[key.channel]
        outlet = OUTLETS[key.channel](key, self, capacity, settings.report_interval, request_id)
        self.outlets[key] = outlet
        # Queued before attaching: the reply goes out ahead of the stream's first message.
        self.push(self._reply("subscribed", key, id=request_id))
        try:
            await self.hub.attach(key, outlet)
        except BaseException:
            self.outlets.pop(key, None)
            raise

    # -- watchdog ------------------------------------------------------------------------------

    def _auth_interval(self) -> float:
        return self.settings.auth_recheck * random.uniform(0.8, 1.2)  # spread the checks out

    async def _watchdog(self) -> None:
        settings = self.settings
        timeouts = [settings.ping_interval, settings.idle_timeout, settings.send_timeout]
        if settings.client_timeout:
            timeouts.append(settings.client_timeout)
        tick = min(1.0, *(t / 4 for t in timeouts))
        loop = self._loop
        # A random phase: clients that connected in one burst would otherwise all wake in the
        # same few milliseconds every tick, stalling the fan-out (seen at 1,000 clients).
        await asyncio.sleep(tick * random.random())
        while True:
            await asyncio.sleep(tick)
            now = loop.time()
            sent = self.sent
            if sent != self._sent_seen:
                self._sent_seen, self._last_sent = sent, now
            if self._sending_since is not None:
                if now - self._sending_since > settings.send_timeout:
                    self.request_close(CLOSE_POLICY, "consumer too slow: send blocked")
                    return
            elif now - self._last_sent >= settings.ping_interval:
                self._last_sent = now
                self.push(self._reply("ping"))
            if self.outlets:
                self._last_busy = now
            elif now - max(self._last_busy, self._last_heard) >= settings.idle_timeout:
                self.request_close(CLOSE_NORMAL, "idle timeout: no subscription")
                return
            if settings.client_timeout and now - self._last_heard >= settings.client_timeout:
                self.request_close(CLOSE_NORMAL, "client timeout: nothing received")
                return
            if self.slot is not None and now >= self._next_slot_renewal:
                self._next_slot_renewal = now + settings.socket_ttl / 3
                try:
                    await self.hub.slots.renew(*self.slot, settings.socket_ttl)
                except Exception:  # Redis briefly away: the slot lives on until its TTL
                    log.warning("stream socket slot renewal failed", exc_info=True)
            if now >= self._next_auth_check:
                self._next_auth_check = now + self._auth_interval()
                try:
                    await authenticate_websocket(self.ws, self.credential)
                except AppError as exc:
                    self.request_close(CLOSE_POLICY, exc.detail or exc.title)
                    return
                except Exception:  # the database being briefly unreachable is no reason to drop
                    log.warning("stream credential re-check failed", exc_info=True)

    # -- counters ------------------------------------------------------------------------------

    def _retire_counters(self, outlet: Outlet) -> None:
        self._retired["dropped"] += outlet.dropped
        self._retired["conflated"] += outlet.conflated
        self._retired["snapshots_resent"] += outlet.snapshots
        outlet.dropped = outlet.conflated = outlet.snapshots = 0

    def counters(self) -> dict[str, int]:
        counters = {"messages_sent": self.sent, **self._retired}
        for outlet in self.outlets.values():
            counters["dropped"] += outlet.dropped
            counters["conflated"] += outlet.conflated
            counters["snapshots_resent"] += outlet.snapshots
        return counters
