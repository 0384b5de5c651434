"""Users' exchange API credentials, encrypted at rest (Fernet: AES-128-CBC + HMAC-SHA256).

The key is ``APP_EXECUTION_CREDENTIALS_KEY`` (a Fernet key) or, when unset, derived from the
app's signing secret with HKDF-SHA256 (info ``kalkan-exec-credentials``), so a database dump
alone never reveals a key. Secrets are never returned: the API shows the last four characters
of the API key only.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.config import active_settings
from app.core.secretbox import fernet
from app.core.timeutil import utcnow
from app.modules.execution.config import get_execution_settings
from app.modules.execution.errors import LiveTradingUnavailable
from app.modules.execution.models import ExecCredential
from app.modules.execution.schemas import ExecutionCredentialIn, ExecutionCredentialOut


def _fernet() -> Any:
    return fernet(
        active_settings().secret_key,
        "kalkan-exec-credentials",
        configured=get_execution_settings().credentials_key,
    )


def encrypt(data: dict[str, str | None]) -> str:
    token: bytes = _fernet().encrypt(json.dumps(data).encode())
    return token.decode()


def decrypt(token: str) -> dict[str, str | None]:
    data: dict[str, str | None] = json.loads(_fernet().decrypt(token.encode()))
    return data


def _out(row: ExecCredential) -> ExecutionCredentialOut:
    return ExecutionCredentialOut(
        exchange=row.exchange, api_key_hint=row.api_key_hint, created_at=row.created_at
    )


async def store(
    session: AsyncSession, user_id: int, exchange: str, body: ExecutionCredentialIn
) -> ExecutionCredentialOut:
    secret = encrypt({"apiKey": body.api_key, "secret": body.secret, "password": body.password})
    row = (
        await session.execute(
            select(ExecCredential).where(
                col(ExecCredential.user_id) == user_id, col(ExecCredential.exchange) == exchange
            )
        )
    ).scalar_one_or_none()
    hint = "…" + body.api_key[-4:]
    if row is None:
        row = ExecCredential(user_id=user_id, exchange=exchange, api_key_hint=hint, secret=secret)
        session.add(row)
    else:
        row.api_key_hint, row.secret, row.created_at = hint, secret, utcnow()
    await session.commit()
    return _out(row)


async def listed(session: AsyncSession, user_id: int) -> list[ExecutionCredentialOut]:
    query = select(ExecCredential).where(col(ExecCredential.user_id) == user_id)
    return [
        _out(r)
        for r in (await session.execute(query.order_by(col(ExecCredential.exchange)))).scalars()
    ]


async def delete(session: AsyncSession, user_id: int, exchange: str) -> bool:
    row = (
        await session.execute(
            select(ExecCredential).where(
                col(ExecCredential.user_id) == user_id, col(ExecCredential.exchange) == exchange
            )
        )
    ).scalar_one_or_none()
    if row is None:
        return False
    await session.delete(row)
    await session.commit()
    return True


async def load(session: AsyncSession, user_id: int, exchange: str) -> dict[str, str | None]:
    row = (
        await session.execute(
            select(ExecCredential).where(
                col(ExecCredential.user_id) == user_id, col(ExecCredential.exchange) == exchange
            )
        )
    ).scalar_one_or_none()
    if row is None:
        raise LiveTradingUnavailable(
            f"no {exchange} credentials stored; PUT /api/v1/execute/credentials/{exchange} first"
        )
    return decrypt(row.secret)
