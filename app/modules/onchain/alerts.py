"""Whale and exchange-flow alerts, raised while blocks are ingested.

- ``whale_transfer``: one EVM transfer (native or ERC-20) or one Bitcoin output at or above the
  unit threshold of its asset (``whale_eth`` for ETH/WETH, ``whale_btc``) or worth at least
  ``whale_usd`` at the time.
- ``exchange_flow``: an exchange's net flow of one asset within one block worth at least
  ``alert_flow_usd``.

Alerts are stored (``GET /onchain/alerts``) and published on the core event bus, channel
``alerts``, as ``OnchainAlertOut`` JSON with ``source = "onchain"``: modules above (the
emergency breaker) subscribe there; nothing here imports them.
"""

from __future__ import annotations

import contextlib
import logging
from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.events import EventBus, publish_alert
from app.modules.onchain import label_store
from app.modules.onchain.addresses import Chain
from app.modules.onchain.config import OnchainSettings
from app.modules.onchain.models import OnchainAlert, OnchainToken
from app.modules.onchain.prices import KNOWN_SYMBOLS, PriceBook
from app.modules.onchain.specs import OnchainAlertOut

log = logging.getLogger("kalkan.onchain.alerts")


def alert_out(row: OnchainAlert) -> OnchainAlertOut:
    return OnchainAlertOut(
        id=int(row.id or 0), chain=row.chain, kind=row.kind, severity=row.severity,
        block_number=row.block_number, ts=row.ts, asset=row.asset, amount=row.amount,
        amount_usd=row.amount_usd, tx_hash=row.tx_hash, entity=row.entity,
        message=row.message, data=row.data, created_at=row.created_at,
    )  # fmt: skip


def _severity(usd: float | None, threshold: float) -> str:
    if usd is not None and usd >= 10 * threshold:
        return "critical"
    return "warning"


class AlertDetector:
    def __init__(self, settings: OnchainSettings, chain: Chain) -> None:
        self.settings = settings
        self.chain = chain
        self.raised: list[OnchainAlert] = []

    async def _symbols(self, session: AsyncSession, tokens: set[str]) -> dict[str, str | None]:
        symbols: dict[str, str | None] = {t: KNOWN_SYMBOLS.get(t) for t in tokens}
        query = select(OnchainToken).where(
            col(OnchainToken.chain) == self.chain, col(OnchainToken.address).in_(sorted(tokens))
        )
        for row in (await session.execute(query)).scalars():
            symbols[row.address] = symbols.get(row.address) or row.symbol
        symbols["native"] = "ETH"
        return symbols

    def _add(self, session: AsyncSession, **values: Any) -> None:
        row = OnchainAlert(chain=self.chain, **values)
        session.add(row)
        self.raised.append(row)

    async def on_eth_batch(
        self, session: AsyncSession, blocks: list[dict[str, Any]], transfers: list[dict[str, Any]]
    ) -> None:
        if not self.settings.alerts_enabled or not transfers:
            return
        await session.flush()
        prices = PriceBook(session, self.settings)
        symbols = await self._symbols(session, {t["token"] for t in transfers})
        exchanges = await label_store.exchange_map(session, self.chain)
        flows: dict[tuple[int, str, str], float] = defaultdict(float)
        flow_time: dict[int, datetime] = {}
        for item in transfers:
            amount = item["amount"]
            if amount is None:
                continue
            symbol = symbols.get(item["token"])
            price = await prices.usd(symbol, item["ts"])
            usd = amount * price if price is not None else None
            whale_units = symbol in ("ETH", "WETH") and amount >= self.settings.whale_eth
            if whale_units or (usd is not None and usd >= self.settings.whale_usd):
                entity = exchanges.get(item["to_address"]) or exchanges.get(item["from_address"])
                self._add(
                    session, dedup_key=f"whale:{self.chain}:{item['tx_hash']}:{item['kind']}:"
                    f"{item['position']}", kind="whale_transfer",
                    severity=_severity(usd, self.settings.whale_usd),
                    block_number=item["block_number"], ts=item["ts"],
                    asset=symbol or item["token"], amount=amount, amount_usd=usd,
                    tx_hash=item["tx_hash"], entity=entity,
                    message=f"{amount:,.4f} {symbol or item['token']} moved"
                    + (f" (${usd:,.0f})" if usd is not None else "")
                    + (f", {entity} involved" if entity else ""),
                    data={"from": item["from_address"], "to": item["to_address"],
                          "token": item["token"]},
                )  # fmt: skip
            if usd is None:
                continue
            to_entity = exchanges.get(item["to_address"])
            from_entity = exchanges.get(item["from_address"])
            if to_entity == from_entity:
                continue
            asset = symbol or item["token"]
            flow_time[item["block_number"]] = item["ts"]
            if to_entity:
                flows[(item["block_number"], to_entity, asset)] += usd
            if from_entity:
                flows[(item["block_number"], from_entity, asset)] -= usd
        for (number, entity, asset), usd in flows.items():
            if abs(usd) >= self.settings.alert_flow_usd:
                direction = "inflow" if usd > 0 else "outflow"
                self._add(
                    session, dedup_key=f"flow:{self.chain}:{number}:{entity}:{asset}",
                    kind="exchange_flow",
                    severity=_severity(abs(usd), self.settings.alert_flow_usd),
                    block_number=number, ts=flow_time[number], asset=asset, amount=usd,
                    amount_usd=usd, tx_hash=None, entity=entity,
                    message=f"{entity} net {direction} of ${abs(usd):,.0f} in {asset} "
                    f"in block {number}",
                    data={"direction": direction},
                )  # fmt: skip

    async def on_btc_block(
        self, session: AsyncSession, block: dict[str, Any], outputs: list[dict[str, Any]]
    ) -> None:
        if not self.settings.alerts_enabled:
            return
        prices = PriceBook(session, self.settings)
        threshold = int(Decimal(str(self.settings.whale_btc)) * 100_000_000)
        exchanges: dict[str, str] | None = None
        for output in outputs:
            if output["coinbase"]:
                continue
            btc = output["value_sats"] / 1e8
            price = await prices.usd("BTC", output["ts"])
            usd = btc * price if price is not None else None
            if output["value_sats"] < threshold and (usd is None or usd < self.settings.whale_usd):
                continue
            if exchanges is None:
                exchanges = await label_store.exchange_map(session, self.chain)
            entity = exchanges.get(output["address"] or "")
            self._add(
                session, dedup_key=f"whale:btc:{output['txid']}:{output['vout']}",
                kind="whale_transfer", severity=_severity(usd, self.settings.whale_usd),
                block_number=output["height"], ts=output["ts"], asset="BTC", amount=btc,
                amount_usd=usd, tx_hash=output["txid"], entity=entity,
                message=f"{btc:,.8f} BTC paid to {output['address'] or 'a non-standard script'}"
                + (f" (${usd:,.0f})" if usd is not None else "")
                + (f", {entity}" if entity else ""),
                data={"to": output["address"], "vout": output["vout"]},
            )  # fmt: skip

    async def publish(self, bus: EventBus | None) -> int:
        """Publish what was raised (after the blocks were committed); returns the count."""
        if bus is not None:
            for row in self.raised:
                body = {"event": f"onchain.{row.kind}", **alert_out(row).model_dump(mode="json")}
                with contextlib.suppress(Exception):  # stored already; the bus is best effort
                    await publish_alert(bus, source="onchain", user_id=None, alert=body)
        return len(self.raised)
