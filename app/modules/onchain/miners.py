"""Miner flows from the stored output set: coinbase outputs are the miners' payouts.

For coinbase outputs created in the range: how much was mined, by which payout addresses; for
coinbase outputs spent in the range: how much left the miners, and which part of the spending
transactions' outputs went to exchange-labelled addresses (the share of miner spends that reaches
exchanges, a selling signal). Balance change = mined - spent over the range.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.modules.onchain import label_store
from app.modules.onchain.addresses import Chain
from app.modules.onchain.buckets import Interval, bucket_of
from app.modules.onchain.models import OnchainUtxo
from app.modules.onchain.specs import OnchainMinerAddress, OnchainMinerPoint, OnchainMinersReport


def _inside(moment: datetime | None, start: datetime | None, end: datetime | None) -> bool:
    return moment is not None and (not start or moment >= start) and (not end or moment < end)


async def miners_report(
    session: AsyncSession, *, start: datetime | None, end: datetime | None,
    interval: Interval, limit: int,
) -> OnchainMinersReport:  # fmt: skip
    query = select(OnchainUtxo).where(col(OnchainUtxo.coinbase).is_(True))
    if start:
        query = query.where(or_(col(OnchainUtxo.ts) >= start, col(OnchainUtxo.spent_ts) >= start))
    if end:
        query = query.where(col(OnchainUtxo.ts) < end)
    coinbase = list((await session.execute(query)).scalars())
    mined: dict[datetime, int] = defaultdict(int)
    spent: dict[datetime, int] = defaultdict(int)
    per_address: dict[str | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    coinbase_txs: set[str] = set()
    spending: dict[str, datetime] = {}
    for utxo in coinbase:
        entry = per_address[utxo.address]
        if _inside(utxo.ts, start, end):
            mined[bucket_of(utxo.ts, interval, start)] += utxo.value_sats
            coinbase_txs.add(utxo.txid)
            entry[0] += 1
            entry[1] += utxo.value_sats
        if utxo.spent_txid and _inside(utxo.spent_ts, start, end) and utxo.spent_ts:
            spent[bucket_of(utxo.spent_ts, interval, start)] += utxo.value_sats
            spending[utxo.spent_txid] = utxo.spent_ts
            entry[2] += utxo.value_sats
        if utxo.spent_txid is None:
            entry[3] += utxo.value_sats
    # Outputs of the transactions that spent coinbase outputs: where the miners' coins went.
    exchanges = await label_store.exchange_map(session, Chain.btc)
    to_exchange: dict[datetime, int] = defaultdict(int)
    paid_total = paid_exchange = 0
    txids = sorted(spending)
    for index in range(0, len(txids), 500):
        rows = await session.execute(
            select(
                col(OnchainUtxo.txid), col(OnchainUtxo.address), col(OnchainUtxo.value_sats)
            ).where(col(OnchainUtxo.txid).in_(txids[index : index + 500]))
        )
        for txid, address, value in rows.all():
            paid_total += value
            if address in exchanges:
                paid_exchange += value
                to_exchange[bucket_of(spending[txid], interval, start)] += value
    buckets = sorted(set(mined) | set(spent), reverse=True)
    series = [
        OnchainMinerPoint(
            bucket=b, mined_btc=mined[b] / 1e8, spent_btc=spent[b] / 1e8,
            to_exchanges_btc=to_exchange[b] / 1e8, balance_btc=None,
            balance_change_btc=(mined[b] - spent[b]) / 1e8,
        )
        for b in buckets
    ]  # fmt: skip
    labels = await label_store.lookup(session, Chain.btc, [a for a in per_address if a])
    top = sorted(per_address.items(), key=lambda item: (-item[1][1], str(item[0])))[:limit]
    addresses = [
        OnchainMinerAddress(
            address=address, blocks=values[0], mined_btc=values[1] / 1e8,
            spent_btc=values[2] / 1e8, balance_btc=values[3] / 1e8,
            label=(labels[address].name or labels[address].entity) if address in labels else None,
        )
        for address, values in top
        if values[1] or values[2]
    ]  # fmt: skip
    total_mined, total_spent = sum(mined.values()), sum(spent.values())
    return OnchainMinersReport(
        source="node", start=start, end=end, blocks=len(coinbase_txs), mined_btc=total_mined / 1e8,
        spent_btc=total_spent / 1e8, spent_to_exchanges_btc=paid_exchange / 1e8,
        exchange_share=paid_exchange / paid_total if paid_total else None,
        balance_change_btc=(total_mined - total_spent) / 1e8, series=series, addresses=addresses,
    )  # fmt: skip
