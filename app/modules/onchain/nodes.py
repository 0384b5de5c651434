"""JSON-RPC clients for the configured nodes."""

from __future__ import annotations

from app.core.retry import RetryPolicy
from app.modules.onchain.addresses import Chain
from app.modules.onchain.config import OnchainSettings
from app.modules.onchain.errors import NodeNotConfigured
from app.modules.onchain.rpc import JsonRpcClient


def node_client(settings: OnchainSettings, chain: Chain) -> JsonRpcClient:
    retry = RetryPolicy(max_retries=settings.provider_max_retries, base_delay=0.2)
    if chain is Chain.eth:
        if not settings.eth_rpc_url:
            raise NodeNotConfigured("set APP_ONCHAIN_ETH_RPC_URL to an Ethereum JSON-RPC node")
        return JsonRpcClient(
            settings.eth_rpc_url, "eth-node", timeout=settings.rpc_timeout_seconds, retry=retry
        )
    if chain is Chain.btc:
        if not settings.btc_rpc_url:
            raise NodeNotConfigured("set APP_ONCHAIN_BTC_RPC_URL to a Bitcoin Core node")
        auth = None
        if settings.btc_rpc_user and settings.btc_rpc_password:
            auth = (settings.btc_rpc_user, settings.btc_rpc_password.get_secret_value())
        return JsonRpcClient(
            settings.btc_rpc_url, "btc-node", auth=auth, timeout=settings.rpc_timeout_seconds,
            retry=retry, decimal_floats=True,
        )  # fmt: skip
    raise NodeNotConfigured(f"no ingester for {chain}: ingest eth or btc")
