"""HTTP models of the execution module (the order DTOs live in ``specs``)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.core.pagination import Page
from app.core.timeutil import UtcDatetime
from app.modules.execution.specs import ExecutionAlgoOut, ExecutionOrderOut


class ExecutionOrdersPage(Page[ExecutionOrderOut]):
    """A page of the caller's orders, newest first."""


class ExecutionAlgosPage(Page[ExecutionAlgoOut]):
    """A page of the caller's algorithms, newest first."""


class ExecutionCredentialIn(BaseModel):
    api_key: str = Field(min_length=4, max_length=512)
    secret: str = Field(min_length=4, max_length=1024)
    password: str | None = Field(default=None, max_length=256, description="Passphrase (OKX)")


class ExecutionCredentialOut(BaseModel):
    """A stored credential: which exchange and a hint of the key, never the secrets."""

    exchange: str
    api_key_hint: str
    created_at: UtcDatetime
