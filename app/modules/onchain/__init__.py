"""On-chain analysis: address labels, ETH/BTC ingestion, exchange flows, UTXO ages, miners,
whales, and the Glassnode / CryptoQuant / Etherscan clients."""

from __future__ import annotations

from app.modules.onchain.router import router

__all__ = ["router"]
