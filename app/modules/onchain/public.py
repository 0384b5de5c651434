"""What other modules may use of the on-chain module."""

from __future__ import annotations

from app.modules.onchain.specs import OnchainAlertOut, OnchainLabelOut

__all__ = ["OnchainAlertOut", "OnchainLabelOut"]
