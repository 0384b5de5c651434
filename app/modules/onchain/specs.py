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
    """An on-chain alert as stored, and the ``alert`` of the core bus's ``ALERTS_CHANNEL``
    envelope (source ``onchain``, no ``user_id``: chain events concern every user)."""

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


class OnchainFlowRow(BaseModel):
    """Transfers into and out of one exchange's labelled addresses, per asset and bucket.
    Movements between two addresses of the same exchange are internal and not counted."""

    bucket: UtcDatetime = Field(description="Start of the time bucket (range start for total)")
    chain: str
    exchange: str
    asset: str = Field(description="Symbol when known, else the token contract")
    token: str | None = Field(description="Token contract; 'native' for ETH/BTC")
    inflow: float | None = Field(description="Units received; null when decimals are unknown")
    outflow: float | None
    netflow: float | None = Field(description="inflow - outflow")
    inflow_raw: str | None = Field(default=None, description="Base units, exact (EVM tokens)")
    outflow_raw: str | None = None
    inflow_usd: float | None = Field(description="USD at each transfer's time; null if unpriced")
    outflow_usd: float | None
    netflow_usd: float | None
    transfers: int = Field(description="Movements counted (transfers, or per-tx nets on BTC)")
    source: str = Field(description="node, glassnode or cryptoquant")


class OnchainUtxoBand(BaseModel):
    band: str = Field(description="Age band, Glassnode's names: 24h, 1d_1w, ... more_10y")
    min_age_days: float
    max_age_days: float | None
    count: int | None = Field(description="Unspent outputs in the band (null from a provider)")
    value_btc: float | None
    share_count: float | None
    share_value: float | None = Field(description="Fraction of the supply held in the band")


class OnchainUtxoReport(BaseModel):
    """Age distribution of the unspent outputs (HODL waves) at a moment."""

    chain: str = "btc"
    source: str
    at: UtcDatetime
    height: int | None = Field(description="Tip height the distribution is taken at (node)")
    total_count: int | None
    total_value_btc: float | None
    bands: list[OnchainUtxoBand]


class OnchainMinerPoint(BaseModel):
    bucket: UtcDatetime
    mined_btc: float | None = Field(description="Coinbase outputs created")
    spent_btc: float | None = Field(description="Coinbase outputs spent (miner outflow)")
    to_exchanges_btc: float | None = Field(description="Part of the spends paid to exchanges")
    balance_btc: float | None = Field(description="Provider's miner balance at the bucket")
    balance_change_btc: float | None


class OnchainMinerAddress(BaseModel):
    address: str | None
    blocks: int = Field(description="Coinbase transactions paying this address")
    mined_btc: float
    spent_btc: float
    balance_btc: float = Field(description="Its coinbase outputs still unspent")
    label: str | None


class OnchainMinersReport(BaseModel):
    """Miner payouts (coinbase outputs), their later spends and the share sent to exchanges."""

    chain: str = "btc"
    source: str
    start: UtcDatetime | None
    end: UtcDatetime | None
    blocks: int | None
    mined_btc: float | None
    spent_btc: float | None
    spent_to_exchanges_btc: float | None
    exchange_share: float | None = Field(
        description="spent_to_exchanges / value of the spending transactions' outputs"
    )
    balance_change_btc: float | None
    series: list[OnchainMinerPoint]
    addresses: list[OnchainMinerAddress]


class OnchainWhaleTransfer(BaseModel):
    chain: str
    ts: UtcDatetime
    block_number: int
    tx_hash: str
    position: int = Field(description="Log index, transaction index, or output index (BTC)")
    asset: str
    token: str | None
    amount: float
    amount_usd: float | None
    from_address: str | None = Field(description="Null on BTC (inputs are not one address)")
    to_address: str | None
    from_label: str | None
    to_label: str | None
    source: str = "node"


class OnchainWhaleAddressPoint(BaseModel):
    t: UtcDatetime
    count: int
    threshold: float = Field(description="Balance threshold in units (BTC)")
    source: str


class OnchainAccountTransfer(BaseModel):
    """One transaction or token transfer of an account, as the explorer reports it."""

    chain: str
    block_number: int
    ts: UtcDatetime
    tx_hash: str
    from_address: str
    to_address: str | None
    token: str | None = Field(description="Token contract (tokentx); null for native")
    symbol: str | None
    amount: float | None
    amount_raw: str
    source: str


class OnchainHolder(BaseModel):
    address: str
    label: str | None
    balance_start: float | None = Field(description="BTC at the range start (null on EVM)")
    balance_end: float | None = Field(description="BTC at the range end (null on EVM)")
    net_change: float = Field(description="Units received minus sent within the range")
    new_large: bool = Field(description="Crossed min_balance within the range (BTC)")


class OnchainHoldersReport(BaseModel):
    """Top holders by balance (BTC, from the output set) or by net change in the range (EVM,
    from the stored transfers of one token), with labels where known."""

    chain: str
    asset: str
    start: UtcDatetime | None
    end: UtcDatetime
    min_balance: float
    items: list[OnchainHolder]
