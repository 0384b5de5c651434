"""HTTP request and response models of the on-chain module (names prefixed ``Onchain``)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.core.pagination import Page
from app.core.timeutil import UtcDatetime
from app.modules.onchain.addresses import Chain
from app.modules.onchain.specs import (
    OnchainAccountTransfer,
    OnchainAlertOut,
    OnchainFlowRow,
    OnchainLabelOut,
    OnchainWhaleAddressPoint,
    OnchainWhaleTransfer,
)


class OnchainLabelPage(Page[OnchainLabelOut]):
    """Address labels, most recently imported first."""


class OnchainLabelImportResult(BaseModel):
    format: str
    source: str
    parsed: int = Field(description="Rows with a valid address")
    inserted: int
    updated: int
    unchanged: int = Field(description="Same label, or an exchange label kept over a generic one")
    rejected: int = Field(description="Rows whose address is not an address on the chain")


class OnchainLabelLookup(BaseModel):
    chain: str
    address: str
    label: OnchainLabelOut


class OnchainAlertPage(Page[OnchainAlertOut]):
    """On-chain alerts, newest first."""


class OnchainIngestRequest(BaseModel):
    chain: Chain = Field(description="eth or btc")
    start: int | None = Field(
        default=None, ge=0, description="First height; default: the stored tip + 1"
    )
    end: int | None = Field(default=None, ge=0, description="Last height; default: the node's tip")


class OnchainIngestAccepted(BaseModel):
    job_id: str
    chain: str
    start: int
    end: int
    status_url: str


class OnchainChainStatus(BaseModel):
    chain: str
    blocks: int = Field(description="Stored blocks")
    lowest: int | None
    tip: int | None
    tip_hash: str | None
    tip_time: UtcDatetime | None


class OnchainStatus(BaseModel):
    chains: list[OnchainChainStatus]


class OnchainFlowPage(Page[OnchainFlowRow]):
    """Exchange flows per bucket, exchange and asset: newest bucket first."""


class OnchainWhalePage(Page[OnchainWhaleTransfer]):
    """Whale transfers, newest first."""


class OnchainWhaleAddressSeries(BaseModel):
    source: str
    items: list[OnchainWhaleAddressPoint]


class OnchainAccountTransfers(BaseModel):
    """One page of an account's transactions or token transfers (explorer pagination:
    ``page`` from 1, ``offset`` per page); ``next_page`` is null on the last page."""

    chain: str
    address: str
    source: str
    page: int
    next_page: int | None
    items: list[OnchainAccountTransfer]
