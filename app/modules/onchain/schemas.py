"""HTTP request and response models of the on-chain module (names prefixed ``Onchain``)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.core.pagination import Page
from app.modules.onchain.specs import OnchainAlertOut, OnchainLabelOut


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
