"""On-chain analysis: address labels, ETH/BTC ingestion, exchange flows, UTXO ages, miners,
whales, and the Glassnode / CryptoQuant / Etherscan clients."""

from __future__ import annotations

from typing import Any

from app.modules.onchain.router import router

__all__ = ["on_shutdown", "on_startup", "router"]


async def on_startup(app: Any) -> None:
    from app.modules.onchain.ingest_jobs import bind_event_bus

    bind_event_bus(app.state.events)


async def on_shutdown(app: Any) -> None:
    from app.modules.onchain.ingest_jobs import bind_event_bus

    bind_event_bus(None)
