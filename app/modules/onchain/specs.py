"""Domain DTOs of the on-chain module, shared by its API schemas and ``public.py``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from app.core.timeutil import UtcDatetime


class OnchainLabelOut(BaseModel):
    chain: str
    address: str
    name: str | None
    entity: str | None = Field(description="Owner slug, e.g. binance; null when unknown")
    category: str = Field(description="exchange, entity (BTC non-exchange), or a label slug")
    tags: list[str]
    source: str = Field(description="The imported list this label came from")
    imported_at: UtcDatetime


class OnchainAlertOut(BaseModel):
    """An on-chain alert as stored and as published on the core event bus (channel
    ``alerts``, ``source = "onchain"``)."""

    id: int
    source: str = "onchain"
    chain: str
    kind: str = Field(description="whale_transfer or exchange_flow")
    severity: str = Field(description="info, warning or critical")
    block_number: int
    ts: UtcDatetime = Field(description="Block time")
    asset: str
    amount: float
    amount_usd: float | None
    tx_hash: str | None
    entity: str | None = Field(description="Exchange involved, when labelled")
    message: str
    data: dict[str, Any]
    created_at: UtcDatetime
