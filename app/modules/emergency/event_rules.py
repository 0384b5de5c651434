"""The breaker's listener for other modules' alerts (news, on-chain) on the core bus.

Each user's event rules say what such an alert does for them: alert (notify), halt, halt_close
or halt_hedge, the same actions as a flash-crash watch, through the same responder. Every process
receives every bus message; the unique ``dedupe_key`` of the action row (rule and alert) lets one
of them close, hedge and notify, while the halt itself is idempotent.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col
from starlette.applications import Starlette

from app.core.events import ALERTS_CHANNEL, follow
from app.core.pagination import PageRequest, newest_page
from app.modules.emergency.config import EmergencySettings
from app.modules.emergency.errors import EventRuleNotFound, TooMany
from app.modules.emergency.models import EmergencyEventAction, EmergencyEventRule
from app.modules.emergency.respond import HALT_ACTIONS, PROTECT_ACTIONS, AlertResponder
from app.modules.emergency.schemas import (
    EmergencyEventActionOut,
    EmergencyEventActionPage,
    EmergencyEventRuleIn,
    EmergencyEventRuleOut,
    EmergencyEventRulePage,
)
from app.modules.emergency.watches import count_for_user

log = logging.getLogger(__name__)

SOURCES = ("news", "onchain")
SEVERITY_RANK = {"info": 0, "warning": 1, "critical": 2}


def rule_out(row: EmergencyEventRule) -> EmergencyEventRuleOut:
    return EmergencyEventRuleOut.model_validate(row, from_attributes=True)


async def create_rule(
    session: AsyncSession, settings: EmergencySettings, user_id: int, body: EmergencyEventRuleIn
) -> EmergencyEventRuleOut:
    if await count_for_user(session, EmergencyEventRule, user_id) >= (
        settings.max_event_rules_per_user
    ):
        raise TooMany(f"at most {settings.max_event_rules_per_user} event rules per user")
    row = EmergencyEventRule(user_id=user_id, **body.model_dump())
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return rule_out(row)


async def list_rules(
    session: AsyncSession, user_id: int, page: PageRequest
) -> EmergencyEventRulePage:
    query = select(EmergencyEventRule).where(col(EmergencyEventRule.user_id) == user_id)
    rows, cursor = await newest_page(
        session, query, col(EmergencyEventRule.created_at), col(EmergencyEventRule.id), page
    )
    return EmergencyEventRulePage(items=[rule_out(r) for r in rows], next_cursor=cursor)


async def delete_rule(session: AsyncSession, user_id: int, rule_id: int) -> None:
    row = await session.get(EmergencyEventRule, rule_id)
    if row is None or row.user_id != user_id:
        raise EventRuleNotFound(f"no event rule {rule_id}")
    await session.delete(row)
    await session.commit()


def action_out(row: EmergencyEventAction) -> EmergencyEventActionOut:
    return EmergencyEventActionOut.model_validate(row, from_attributes=True)


async def list_actions(
    session: AsyncSession, user_id: int, page: PageRequest
) -> EmergencyEventActionPage:
    query = select(EmergencyEventAction).where(col(EmergencyEventAction.user_id) == user_id)
    rows, cursor = await newest_page(
        session, query, col(EmergencyEventAction.created_at), col(EmergencyEventAction.id), page
    )
    return EmergencyEventActionPage(items=[action_out(r) for r in rows], next_cursor=cursor)


def _facts(source: str, alert: dict[str, Any]) -> tuple[str, str | None, str] | None:
    """(alert id, base asset, title) of an alert, or None when no rule can act on it: positive
    news, or a message without the fields its module publishes."""
    if source == "news":
        if alert.get("direction") != "negative" or "alert_id" not in alert:
            return None
        symbol = str(alert.get("symbol") or "")
        return str(alert["alert_id"]), symbol.split("/")[0] or None, str(alert.get("title"))
    if "id" not in alert:
        return None
    return str(alert["id"]), alert.get("asset"), str(alert.get("message") or alert.get("kind"))


def matches(rule: EmergencyEventRule, source: str, asset: str | None, alert: dict) -> bool:
    if rule.assets is not None and (asset or "").upper() not in rule.assets:
        return False
    if source == "onchain":
        rank = SEVERITY_RANK.get(str(alert.get("severity")), -1)
        return rank >= SEVERITY_RANK[rule.min_severity]
    return True


class EventListener:
    def __init__(self, app: Starlette, responder: AlertResponder) -> None:
        self.app = app
        self.responder = responder
        self._task: asyncio.Task[None] | None = None
        self._handling: set[asyncio.Task[int]] = set()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="emergency:event-rules")

    async def stop(self) -> None:
        tasks: list[asyncio.Task[Any]] = [t for t in (self._task, *self._handling) if t]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None

    async def _listen(self) -> None:
        await follow(self.app.state.events, ALERTS_CHANNEL, self._dispatch)

    def _dispatch(self, message: dict[str, Any]) -> None:
        # Each alert in its own task: notifications (with retries) must not hold up the next.
        if message.get("kind") == "alert" and message.get("source") in SOURCES:
            task = asyncio.create_task(self.handle(message))
            self._handling.add(task)
            task.add_done_callback(self._handling.discard)

    async def handle(self, message: dict[str, Any]) -> int:
        """Act on one bus alert; returns how many rules this process acted for."""
        source, alert = str(message["source"]), message.get("alert")
        if not isinstance(alert, dict):
            return 0
        facts = _facts(source, alert)
        if facts is None:
            return 0
        query = select(EmergencyEventRule).where(col(EmergencyEventRule.source) == source)
        if message.get("user_id") is not None:  # a user's own item: that user's rules only
            query = query.where(col(EmergencyEventRule.user_id) == message["user_id"])
        async with self.app.state.db.session() as session:
            rules = list(
                (await session.execute(query.order_by(col(EmergencyEventRule.id)))).scalars()
            )
        acted = 0
        for rule in rules:
            if matches(rule, source, facts[1], alert):
                try:
                    acted += await self._act(rule, source, facts, alert)
                except Exception:
                    log.exception("emergency: event rule %s failed", rule.id)
        return acted

    async def _act(
        self,
        rule: EmergencyEventRule,
        source: str,
        facts: tuple[str, str | None, str],
        alert: dict[str, Any],
    ) -> int:
        alert_id, asset, title = facts
        outcome: dict[str, Any] = {}
        if rule.action in HALT_ACTIONS:  # the halt first: it cannot wait for the insert
            outcome["halt"] = await self.responder.halt(
                rule.user_id, rule.action, f"{source} alert: {title}", f"event:{source}"
            )
        row = EmergencyEventAction(
            user_id=rule.user_id,
            rule_id=rule.id or 0,
            dedupe_key=f"rule{rule.id}:{source}:{alert_id}"[:200],
            source=source,
            event=str(alert.get("event") or source)[:64],
            asset=asset[:32] if asset else None,
            action=rule.action,
            title=title[:500],
            alert=alert,
            outcome=outcome,
        )
        async with self.app.state.db.session() as session:
            session.add(row)
            try:
                await session.commit()
            except IntegrityError:
                return 0  # another process (or an earlier delivery) acted on it
            action_id = row.id
        if rule.action in PROTECT_ACTIONS:
            outcome["protect"] = await self.responder.protect_positions(rule.user_id, rule.action)
        text = f"{title} ({source}, {asset or 'any asset'}); action: {rule.action}."
        outcome["notifications"] = await self.responder.notify(
            rule.user_id, f"emergency.{source}_alert", f"{source} alert: {title}"[:200], text,
            {"alert": alert, "rule_id": rule.id},
        )  # fmt: skip
        async with self.app.state.db.session() as session:
            stored = await session.get(EmergencyEventAction, action_id)
            if stored is not None:
                stored.outcome = dict(outcome)
                await session.commit()
        return 1
