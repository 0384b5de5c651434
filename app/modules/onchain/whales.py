"""Whale transfers from the stored chain: single movements at or above a threshold.

EVM: transfers of one token (``asset``: a contract, ``native``, or a known symbol; default ETH
and WETH together) with at least ``min_amount`` units. Bitcoin: non-coinbase outputs of at least
``min_amount`` BTC. Newest first, keyset-paginated; each side labelled when known.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.modules.onchain import label_store
from app.modules.onchain.addresses import Chain
from app.modules.onchain.config import OnchainSettings
from app.modules.onchain.errors import TokenDecimalsUnknown
from app.modules.onchain.models import OnchainToken, OnchainTransfer, OnchainUtxo
from app.modules.onchain.prices import KNOWN_SYMBOLS, PriceBook
from app.modules.onchain.specs import (
    OnchainHolder,
    OnchainHoldersReport,
    OnchainLabelOut,
    OnchainWhaleTransfer,
)

WETH = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"
MAX_SATS = 21_000_000 * 100_000_000
SYMBOL_TOKENS = {symbol.lower(): address for address, symbol in KNOWN_SYMBOLS.items()}


def _label(found: dict[str, OnchainLabelOut], address: str | None) -> str | None:
    item = found.get(address or "")
    return (item.name or item.entity) if item else None


async def whale_transfers(
    session: AsyncSession, settings: OnchainSettings, chain: Chain, page: PageRequest, *,
    asset: str | None, min_amount: float | None, start: datetime | None, end: datetime | None,
) -> tuple[list[OnchainWhaleTransfer], str | None]:  # fmt: skip
    prices = PriceBook(session, settings)
    if chain is Chain.btc:
        wanted = min_amount if min_amount is not None else settings.whale_btc
        threshold = min(round(wanted * 1e8), MAX_SATS + 1)  # above the supply matches nothing
        query = select(OnchainUtxo).where(
            col(OnchainUtxo.coinbase).is_(False), col(OnchainUtxo.value_sats) >= threshold
        )
        if start:
            query = query.where(col(OnchainUtxo.ts) >= start)
        if end:
            query = query.where(col(OnchainUtxo.ts) < end)
        query = newest_first(query, col(OnchainUtxo.ts), col(OnchainUtxo.id), page)
        rows = list((await session.execute(query)).scalars())
        found = await label_store.lookup(session, chain, [r.address for r in rows if r.address])
        items = []
        for utxo in rows[: page.limit]:
            price = await prices.usd("BTC", utxo.ts)
            btc = utxo.value_sats / 1e8
            items.append(
                OnchainWhaleTransfer(
                    chain="btc", ts=utxo.ts, block_number=utxo.height, tx_hash=utxo.txid,
                    position=utxo.vout, asset="BTC", token="native", amount=btc,
                    amount_usd=btc * price if price is not None else None, from_address=None,
                    to_address=utxo.address, from_label=None, to_label=_label(found, utxo.address),
                )
            )  # fmt: skip
        return items, next_cursor_of(rows, page.limit, lambda r: (r.ts, int(r.id or 0)))
    if asset:
        token = SYMBOL_TOKENS.get(
            asset.lower(), "native" if asset.lower() in ("eth", "native") else asset.lower()
        )
        tokens = [token]
    else:
        tokens = ["native", WETH]
    units = min_amount if min_amount is not None else settings.whale_eth
    evm = select(OnchainTransfer).where(
        col(OnchainTransfer.chain) == chain, col(OnchainTransfer.token).in_(tokens),
        col(OnchainTransfer.amount) >= units,
    )  # fmt: skip
    if start:
        evm = evm.where(col(OnchainTransfer.ts) >= start)
    if end:
        evm = evm.where(col(OnchainTransfer.ts) < end)
    evm = newest_first(evm, col(OnchainTransfer.ts), col(OnchainTransfer.id), page)
    transfers = list((await session.execute(evm)).scalars())
    found = await label_store.lookup(
        session, chain, {a for t in transfers for a in (t.from_address, t.to_address)}
    )
    items = []
    for transfer in transfers[: page.limit]:
        symbol = "ETH" if transfer.token == "native" else KNOWN_SYMBOLS.get(transfer.token)
        price = await prices.usd(symbol, transfer.ts)
        amount = float(transfer.amount or 0.0)
        items.append(
            OnchainWhaleTransfer(
                chain=chain, ts=transfer.ts, block_number=transfer.block_number,
                tx_hash=transfer.tx_hash, position=transfer.position,
                asset=symbol or transfer.token, token=transfer.token, amount=amount,
                amount_usd=amount * price if price is not None else None,
                from_address=transfer.from_address, to_address=transfer.to_address,
                from_label=_label(found, transfer.from_address),
                to_label=_label(found, transfer.to_address),
            )
        )  # fmt: skip
    return items, next_cursor_of(transfers, page.limit, lambda r: (r.ts, int(r.id or 0)))


async def _btc_balances(session: AsyncSession, at: datetime) -> dict[str, int]:
    """Balances just before ``at``: outputs created before it and not spent before it."""
    query = (
        select(col(OnchainUtxo.address), func.sum(OnchainUtxo.value_sats))
        .where(col(OnchainUtxo.address).is_not(None), col(OnchainUtxo.ts) < at)
        .where(or_(col(OnchainUtxo.spent_ts).is_(None), col(OnchainUtxo.spent_ts) >= at))
        .group_by(col(OnchainUtxo.address))
    )
    return {a: int(v) for a, v in (await session.execute(query)).all() if a is not None}


async def holders(
    session: AsyncSession, settings: OnchainSettings, chain: Chain, *, asset: str | None,
    start: datetime | None, end: datetime, limit: int, min_balance: float | None,
) -> OnchainHoldersReport:  # fmt: skip
    if chain is Chain.btc:
        threshold = min_balance if min_balance is not None else settings.whale_btc
        after = await _btc_balances(session, end)
        before = await _btc_balances(session, start) if start else {}
        top = sorted(after.items(), key=lambda item: (-item[1], item[0]))[:limit]
        found = await label_store.lookup(session, chain, [a for a, _ in top])
        items = [
            OnchainHolder(
                address=address, label=_label(found, address),
                balance_start=before.get(address, 0) / 1e8, balance_end=sats / 1e8,
                net_change=(sats - before.get(address, 0)) / 1e8,
                new_large=sats / 1e8 >= threshold > before.get(address, 0) / 1e8,
            )
            for address, sats in top
        ]  # fmt: skip
        return OnchainHoldersReport(chain=chain, asset="BTC", start=start, end=end,
                                    min_balance=threshold, items=items)  # fmt: skip
    wanted = (asset or "native").lower()
    token = SYMBOL_TOKENS.get(wanted, "native" if wanted in ("eth", "native") else wanted)
    query = select(
        col(OnchainTransfer.from_address), col(OnchainTransfer.to_address),
        col(OnchainTransfer.amount_raw),
    )  # fmt: skip
    query = query.where(
        col(OnchainTransfer.chain) == chain, col(OnchainTransfer.token) == token,
        col(OnchainTransfer.amount).is_not(None), col(OnchainTransfer.ts) < end,
    )  # fmt: skip
    if start:
        query = query.where(col(OnchainTransfer.ts) >= start)
    net: dict[str, int] = defaultdict(int)  # exact, in base units
    for sender, receiver, raw in (await session.execute(query)).all():
        net[sender] -= int(raw)
        net[receiver] += int(raw)
    decimals = 18 if token == "native" else await _decimals(session, chain, token)
    top_net = sorted(net.items(), key=lambda item: (-abs(item[1]), item[0]))[:limit]
    found = await label_store.lookup(session, chain, [a for a, _ in top_net])
    threshold = min_balance if min_balance is not None else settings.whale_eth
    return OnchainHoldersReport(
        chain=chain, asset=KNOWN_SYMBOLS.get(token, "ETH" if token == "native" else token),
        start=start, end=end, min_balance=threshold,
        items=[
            OnchainHolder(address=a, label=_label(found, a), balance_start=None, balance_end=None,
                          net_change=float(Decimal(change).scaleb(-decimals)), new_large=False)
            for a, change in top_net
        ],
    )  # fmt: skip


async def _decimals(session: AsyncSession, chain: str, token: str) -> int:
    query = select(col(OnchainToken.decimals)).where(
        col(OnchainToken.chain) == chain, col(OnchainToken.address) == token
    )
    value = (await session.execute(query)).scalar_one_or_none()
    if value is None:
        raise TokenDecimalsUnknown(f"{chain}: decimals of {token} are unknown; no units to rank")
    return int(value)
