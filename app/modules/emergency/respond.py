"""What a detection does: halt first, then record, act, announce and notify.

Order matters for the tick-to-halt latency and for safety: the kill switch is engaged before
anything that can wait (the database insert of the alert, notifications with retries). The alert
row's ``dedupe_key`` is unique, so when several processes watch the same market only the one
whose insert wins closes or hedges positions and sends notifications; the halt itself is
idempotent and may be engaged by any of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from starlette.applications import Starlette

from app.core.events import publish_alert
from app.core.halt import HaltAction, HaltScope, KillSwitch
from app.core.notify import Notification as CoreNotification
from app.core.notify import NotificationTarget, Notifier
from app.core.secretbox import unseal
from app.modules.database import public as database
from app.modules.emergency.live import MarketKey, Watcher
from app.modules.emergency.models import EmergencyAlert, EmergencyTarget
from app.modules.emergency.schemas import EmergencyAlertOut
from app.modules.emergency.specs import CrashEpisode
from app.modules.emergency.watches import WEBHOOK_SECRETS

log = logging.getLogger(__name__)

EVENT = "emergency.flash_crash"
SOURCE = "detector:flash_crash"
HALT_ACTIONS = {
    "halt": HaltAction.halt,
    "halt_close": HaltAction.close,
    "halt_hedge": HaltAction.hedge,
}
PROTECT_ACTIONS = ("halt_close", "halt_hedge")

Protect = Callable[[Starlette, int, str], Awaitable[dict[str, Any]]]
"""Closes or hedges a user's positions after a detection: ``(app, user_id, action)`` →
what was done (orders), for the alert's outcome."""


def alert_text(key: MarketKey, episode: CrashEpisode) -> tuple[str, str]:
    title = f"Flash crash: {key.symbol} on {key.exchange}"
    text = (
        f"{key.symbol} fell {-episode.depth:.1%} from {episode.peak:g} to {episode.trough:g} "
        f"({key.timeframe} bars; rules: {', '.join(episode.rules)}). Detected at "
        f"{episode.detected_at.isoformat().replace('+00:00', 'Z')}."
    )
    return title, text


def _store_target(row: EmergencyTarget, secret_key: str) -> NotificationTarget:
    secret = unseal(row.secret, secret_key, WEBHOOK_SECRETS) if row.secret else None
    return NotificationTarget.model_validate(
        {
            "channel": row.channel,
            "chat_id": row.chat_id,
            "url": row.url,
            "secret": secret,
            "email": row.email,
        }
    )


async def user_targets(app: Starlette, user_id: int) -> list[NotificationTarget]:
    """The user's emergency targets, plus the notification targets of their settings (the
    database module's ``PUT /settings``), one per destination."""
    async with app.state.db.session() as session:
        rows = (
            await session.execute(
                select(EmergencyTarget)
                .where(EmergencyTarget.user_id == user_id)  # type: ignore[arg-type]
                .order_by(EmergencyTarget.id)  # type: ignore[arg-type]
            )
        ).scalars()
        targets = [_store_target(row, app.state.settings.secret_key) for row in rows]
        settings = await database.load_user_settings(session, user_id)
    for item in settings.notification_targets:
        field = {"telegram": "chat_id", "webhook": "url", "email": "email"}[item.kind]
        with contextlib.suppress(ValueError):
            targets.append(
                NotificationTarget.model_validate({"channel": item.kind, field: item.target})
            )
    seen: set[str] = set()
    unique = []
    for target in targets:
        if target.label() not in seen:
            seen.add(target.label())
            unique.append(target)
    return unique


def dedupe_key(key: MarketKey, watcher: Watcher, episode: CrashEpisode) -> str:
    owner = "system" if watcher.watch_id is None else f"watch{watcher.watch_id}"
    return f"{owner}:{key.name}:{episode.detected_at.isoformat()}"[:200]


class AlertResponder:
    def __init__(self, app: Starlette, protect: Protect | None = None) -> None:
        self.app = app
        self.protect = protect
        # engage() is check-then-insert: two detections of one user at once must not both
        # insert (KillSwitch has no database constraint against two engaged halts of a scope).
        self._halt_locks: dict[int | None, asyncio.Lock] = {}
        # Closing or hedging reads the positions, then orders: one detection at a time per user,
        # so a second detection sees what the first left (nothing to close) instead of racing.
        self._protect_locks: dict[int, asyncio.Lock] = {}

    async def detected(
        self, key: MarketKey, watcher: Watcher, episode: CrashEpisode, source: str
    ) -> None:
        title, text = alert_text(key, episode)
        outcome: dict[str, Any] = {}
        halt_id = None
        if watcher.action in HALT_ACTIONS:
            outcome["halt"] = await self.halt(
                watcher.user_id, watcher.action, f"{title}: {text}", SOURCE
            )
            halt_id = outcome["halt"]["id"]
        alert = await self._record(key, watcher, episode, source, halt_id, outcome)
        if alert is None:
            return  # another process recorded this detection and acts on it
        if watcher.user_id is not None and watcher.action in PROTECT_ACTIONS:
            outcome["protect"] = await self.protect_positions(watcher.user_id, watcher.action)
        alert.outcome = outcome
        await self._publish(alert)
        if watcher.user_id is not None:
            data = {"alert": alert.model_dump(mode="json", exclude={"outcome"})}
            outcome["notifications"] = await self.notify(watcher.user_id, EVENT, title, text, data)
        await self._save_outcome(alert.id, outcome)

    async def halt(
        self, user_id: int | None, action: str, reason: str, source: str
    ) -> dict[str, Any]:
        """Engage the kill switch of ``user_id`` (None: system-wide) with a halt action; what
        was done, for the outcome. Idempotent while engaged."""
        switch: KillSwitch = self.app.state.kill_switch
        scope = HaltScope.system if user_id is None else HaltScope.user
        async with self._halt_locks.setdefault(user_id, asyncio.Lock()):
            halt, engaged = await switch.engage(
                scope=scope,
                user_id=user_id,
                reason=reason[:500],
                by=None,
                action=HALT_ACTIONS[action],
                source=source,
            )
        return {"id": halt.id, "scope": str(scope), "engaged": engaged}

    async def protect_positions(self, user_id: int, action: str) -> dict[str, Any]:
        """Close (halt_close) or hedge (halt_hedge) the user's positions; errors are returned
        for the outcome (the halt stays engaged)."""
        if self.protect is None:
            return {"error": "the execution module is not available"}
        try:
            async with self._protect_locks.setdefault(user_id, asyncio.Lock()):
                return await self.protect(self.app, user_id, action)
        except Exception as exc:
            log.exception("emergency: %s failed", action)
            return {"error": f"{type(exc).__name__}: {exc}"}

    async def _record(
        self,
        key: MarketKey,
        watcher: Watcher,
        episode: CrashEpisode,
        source: str,
        halt_id: int | None,
        outcome: dict[str, Any],
    ) -> EmergencyAlertOut | None:
        row = EmergencyAlert(
            user_id=watcher.user_id,
            watch_id=watcher.watch_id,
            dedupe_key=dedupe_key(key, watcher, episode),
            exchange=key.exchange,
            symbol=key.symbol,
            timeframe=key.timeframe,
            source=source,
            detected_at=episode.detected_at,
            onset=episode.onset,
            peak=episode.peak,
            price=episode.price_at_detection,
            trough=episode.trough,
            trough_at=episode.trough_at,
            depth=episode.depth,
            rules=[str(rule) for rule in episode.rules],
            action=watcher.action,
            halt_id=halt_id,
            outcome=outcome,
        )
        async with self.app.state.db.session() as session:
            session.add(row)
            try:
                await session.commit()
            except IntegrityError:
                await session.rollback()
                return None
            await session.refresh(row)
            return EmergencyAlertOut.model_validate(row, from_attributes=True)

    async def _publish(self, alert: EmergencyAlertOut) -> None:
        body = {"event": EVENT, **alert.model_dump(mode="json")}
        try:
            await publish_alert(
                self.app.state.events, source="emergency", user_id=alert.user_id, alert=body
            )
        except Exception:  # the alert is recorded; the socket relay is best effort
            log.warning("emergency: alert not published on the bus", exc_info=True)

    async def notify(
        self, user_id: int, event: str, title: str, text: str, data: dict[str, Any]
    ) -> dict[str, Any]:
        """Send to the user's targets (emergency targets and settings); the delivery summary."""
        targets = await user_targets(self.app, user_id)
        if not targets:
            return {"targets": 0}
        notifier: Notifier = self.app.state.notifier
        notification = CoreNotification(
            event=event, title=title, text=text, severity="critical", data=data
        )
        deliveries = await notifier.send(user_id, targets, notification)
        return {
            "targets": len(targets),
            "delivered": sum(d.status == "delivered" for d in deliveries),
            "deliveries": [d.id for d in deliveries],
        }

    async def ended(self, key: MarketKey, watcher: Watcher, episode: CrashEpisode) -> None:
        """The episode is over: its alert gets the final trough, depth and end time."""
        wanted = dedupe_key(key, watcher, episode)
        async with self.app.state.db.session() as session:
            row = (
                await session.execute(
                    select(EmergencyAlert).where(
                        EmergencyAlert.dedupe_key == wanted  # type: ignore[arg-type]
                    )
                )
            ).scalar_one_or_none()
            if row is None:
                return
            row.trough, row.trough_at = episode.trough, episode.trough_at
            row.depth, row.ended_at = episode.depth, episode.ended_at
            await session.commit()

    async def _save_outcome(self, alert_id: int, outcome: dict[str, Any]) -> None:
        async with self.app.state.db.session() as session:
            row = await session.get(EmergencyAlert, alert_id)
            if row is not None:
                row.outcome = dict(outcome)
                await session.commit()


__all__ = ["AlertResponder", "user_targets"]
