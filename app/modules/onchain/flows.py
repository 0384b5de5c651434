"""Exchange flows computed from the ingested chain and the imported labels.

EVM: every stored transfer (native or ERC-20) whose sender or receiver is an exchange-labelled
address: into exchange E when the receiver is E's and the sender is not; out of E the other way.
Sums are exact in base units and scaled by the token's decimals at the end.

Bitcoin: per transaction and exchange, what the transaction paid to E's addresses minus what it
spent from them (so change returning to E is netted out): a positive net is an inflow, a
negative one an outflow, at the transaction's time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col

from app.modules.onchain.addresses import Chain
from app.modules.onchain.buckets import Interval, bucket_of
from app.modules.onchain.config import OnchainSettings
from app.modules.onchain.labels import EXCHANGE_CATEGORY
from app.modules.onchain.models import OnchainLabel, OnchainToken, OnchainTransfer, OnchainUtxo
from app.modules.onchain.prices import KNOWN_SYMBOLS, PriceBook
from app.modules.onchain.specs import OnchainFlowRow


@dataclass
class _Sum:
    inflow: int = 0
    outflow: int = 0
    inflow_usd: float | None = 0.0
    outflow_usd: float | None = 0.0
    count: int = 0
    tokens: set[str] = field(default_factory=set)

    def add(self, direction: str, raw: int, usd: float | None) -> None:
        self.count += 1
        if direction == "in":
            self.inflow += raw
            self.inflow_usd = (
                None if usd is None or self.inflow_usd is None else self.inflow_usd + usd
            )
        else:
            self.outflow += raw
            self.outflow_usd = (
                None if usd is None or self.outflow_usd is None else self.outflow_usd + usd
            )


def _scale(raw: int, decimals: int | None) -> float | None:
    return None if decimals is None else float(Decimal(raw).scaleb(-decimals))


async def _token_meta(
    session: AsyncSession, chain: str, tokens: set[str]
) -> dict[str, tuple[str | None, int | None]]:
    meta: dict[str, tuple[str | None, int | None]] = {"native": ("ETH", 18)}
    if tokens - {"native"}:
        query = select(OnchainToken).where(
            col(OnchainToken.chain) == chain, col(OnchainToken.address).in_(sorted(tokens))
        )
        for row in (await session.execute(query)).scalars():
            meta[row.address] = (KNOWN_SYMBOLS.get(row.address) or row.symbol, row.decimals)
    return meta


async def evm_flows(
    session: AsyncSession, settings: OnchainSettings, chain: Chain, *, asset: str | None,
    exchange: str | None, start: datetime | None, end: datetime | None, interval: Interval,
) -> list[OnchainFlowRow]:  # fmt: skip
    sender, receiver = aliased(OnchainLabel), aliased(OnchainLabel)

    def labelled(alias: type[OnchainLabel], column: Any) -> Any:
        return and_(
            col(alias.chain) == chain,
            col(alias.address) == column,
            col(alias.category) == EXCHANGE_CATEGORY,
        )

    query = (
        select(OnchainTransfer, col(sender.entity), col(receiver.entity))
        .outerjoin(sender, labelled(sender, col(OnchainTransfer.from_address)))
        .outerjoin(receiver, labelled(receiver, col(OnchainTransfer.to_address)))
        .where(col(OnchainTransfer.chain) == chain)
        .where(or_(col(sender.entity).is_not(None), col(receiver.entity).is_not(None)))
    )
    if start:
        query = query.where(col(OnchainTransfer.ts) >= start)
    if end:
        query = query.where(col(OnchainTransfer.ts) < end)
    if exchange:
        query = query.where(or_(col(sender.entity) == exchange, col(receiver.entity) == exchange))
    rows = (await session.execute(query)).all()
    meta = await _token_meta(session, chain, {row[0].token for row in rows})
    prices = PriceBook(session, settings)
    sums: dict[tuple[datetime, str, str], _Sum] = defaultdict(_Sum)
    for transfer, from_entity, to_entity in rows:
        if from_entity == to_entity:
            continue  # internal to one exchange
        symbol, decimals = meta.get(transfer.token, (None, None))
        name = symbol or transfer.token
        if asset and asset.lower() not in (name.lower(), transfer.token):
            continue
        raw = int(transfer.amount_raw)
        price = await prices.usd(symbol, transfer.ts)
        amount = _scale(raw, decimals)
        usd = amount * price if amount is not None and price is not None else None
        bucket = bucket_of(transfer.ts, interval, start)
        for entity, direction in ((to_entity, "in"), (from_entity, "out")):
            if entity and (not exchange or entity == exchange):
                sums[(bucket, entity, transfer.token)].add(direction, raw, usd)
    result = []
    for (bucket, entity, token), total in sums.items():
        symbol, decimals = meta.get(token, (None, None))
        inflow, outflow = _scale(total.inflow, decimals), _scale(total.outflow, decimals)
        usd_in, usd_out = total.inflow_usd, total.outflow_usd
        result.append(
            OnchainFlowRow(
                bucket=bucket, chain=chain, exchange=entity, asset=symbol or token, token=token,
                inflow=inflow, outflow=outflow,
                netflow=None if inflow is None or outflow is None else inflow - outflow,
                inflow_raw=str(total.inflow), outflow_raw=str(total.outflow),
                inflow_usd=usd_in, outflow_usd=usd_out,
                netflow_usd=None if usd_in is None or usd_out is None else usd_in - usd_out,
                transfers=total.count, source="node",
            )
        )  # fmt: skip
    return result


async def btc_flows(
    session: AsyncSession, settings: OnchainSettings, *, exchange: str | None,
    start: datetime | None, end: datetime | None, interval: Interval,
) -> list[OnchainFlowRow]:  # fmt: skip
    label = aliased(OnchainLabel)
    query = select(OnchainUtxo, col(label.entity)).join(
        label,
        and_(
            col(label.chain) == "btc",
            col(label.address) == col(OnchainUtxo.address),
            col(label.category) == EXCHANGE_CATEGORY,
        ),
    )
    if exchange:
        query = query.where(col(label.entity) == exchange)
    if start:
        query = query.where(or_(col(OnchainUtxo.ts) >= start, col(OnchainUtxo.spent_ts) >= start))
    if end:
        query = query.where(col(OnchainUtxo.ts) < end)
    nets: dict[tuple[str, str], int] = defaultdict(int)
    moments: dict[str, datetime] = {}

    def inside(moment: datetime | None) -> bool:
        return moment is not None and (not start or moment >= start) and (not end or moment < end)

    for utxo, entity in (await session.execute(query)).all():
        if entity is None:
            continue
        if inside(utxo.ts):
            nets[(utxo.txid, entity)] += utxo.value_sats
            moments[utxo.txid] = utxo.ts
        if utxo.spent_txid and utxo.spent_ts is not None and inside(utxo.spent_ts):
            nets[(utxo.spent_txid, entity)] -= utxo.value_sats
            moments[utxo.spent_txid] = utxo.spent_ts
    prices = PriceBook(session, settings)
    sums: dict[tuple[datetime, str], _Sum] = defaultdict(_Sum)
    for (txid, entity), net in nets.items():
        if net == 0:
            continue
        price = await prices.usd("BTC", moments[txid])
        usd = abs(net) / 1e8 * price if price is not None else None
        bucket = bucket_of(moments[txid], interval, start)
        sums[(bucket, entity)].add("in" if net > 0 else "out", abs(net), usd)
    return [
        OnchainFlowRow(
            bucket=bucket, chain="btc", exchange=entity, asset="BTC", token="native",
            inflow=total.inflow / 1e8, outflow=total.outflow / 1e8,
            netflow=(total.inflow - total.outflow) / 1e8,
            inflow_raw=str(total.inflow), outflow_raw=str(total.outflow),
            inflow_usd=total.inflow_usd, outflow_usd=total.outflow_usd,
            netflow_usd=None if total.inflow_usd is None or total.outflow_usd is None
            else total.inflow_usd - total.outflow_usd,
            transfers=total.count, source="node",
        )
        for (bucket, entity), total in sums.items()
    ]  # fmt: skip
