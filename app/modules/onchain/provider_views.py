"""Provider answers in the module's own shapes, so ``?source=`` switches sources transparently."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.modules.onchain.addresses import Chain
from app.modules.onchain.buckets import Interval
from app.modules.onchain.config import OnchainSettings
from app.modules.onchain.errors import ProviderBadResponse, ProviderRequestRejected
from app.modules.onchain.providers import CryptoQuant, Etherscan, Glassnode, cryptoquant_date
from app.modules.onchain.specs import (
    OnchainAccountTransfer,
    OnchainFlowRow,
    OnchainMinerPoint,
    OnchainMinersReport,
    OnchainUtxoBand,
    OnchainUtxoReport,
    OnchainWhaleAddressPoint,
)
from app.modules.onchain.utxo_metrics import band_bounds

GLASSNODE_FLOWS = {
    "inflow": "transactions/transfers_volume_to_exchanges_sum",
    "outflow": "transactions/transfers_volume_from_exchanges_sum",
    "netflow": "transactions/transfers_volume_exchanges_net",
}
GLASSNODE_MINER_OUTFLOW = "transactions/transfers_volume_from_miners_sum"
GLASSNODE_MINER_BALANCE = "distribution/balance_miners_sum"
GLASSNODE_HODL_WAVES = "supply/hodl_waves"
GLASSNODE_WHALES = "addresses/min_1k_count"


def _asset(chain: Chain) -> str:
    return "BTC" if chain is Chain.btc else "ETH"


def _number(value: Any, provider: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProviderBadResponse(provider, f"value {value!r} is not a number")
    return float(value)


def _at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


async def flows(
    settings: OnchainSettings, source: str, chain: Chain, *, asset: str | None,
    exchange: str | None, start: datetime | None, end: datetime | None, interval: Interval,
) -> list[OnchainFlowRow]:  # fmt: skip
    symbol = (asset or _asset(chain)).upper()
    points: dict[datetime, dict[str, float]] = {}
    if source == "glassnode":
        venue = exchange or "aggregated"
        async with Glassnode(settings) as client:
            for field, path in GLASSNODE_FLOWS.items():
                for point in await client.metric(path, symbol, start=start, end=end,
                                                 interval=interval, exchange=venue):  # fmt: skip
                    points.setdefault(_at(point["t"]), {})[field] = _number(point.get("v"), source)
    elif source == "cryptoquant":
        venue = exchange or "all_exchange"
        async with CryptoQuant(settings) as client:
            for field in ("inflow", "outflow", "netflow"):
                rows = await client.series(symbol, f"exchange-flows/{field}", start=start,
                                           end=end, interval=interval, exchange=venue)  # fmt: skip
                for row in rows:
                    value = row.get(f"{field}_total")
                    points.setdefault(cryptoquant_date(str(row["date"])), {})[field] = _number(
                        value, source
                    )
    else:
        raise ProviderRequestRejected(source, "not a flow source")
    return [
        OnchainFlowRow(
            bucket=moment, chain=chain, exchange=venue, asset=symbol, token=None,
            inflow=values.get("inflow"), outflow=values.get("outflow"),
            netflow=values.get("netflow", _net(values)), inflow_usd=None, outflow_usd=None,
            netflow_usd=None, transfers=0, source=source,
        )
        for moment, values in points.items()
    ]  # fmt: skip


def _net(values: dict[str, float]) -> float | None:
    if "inflow" in values and "outflow" in values:
        return values["inflow"] - values["outflow"]
    return None


async def hodl_waves(settings: OnchainSettings, at: datetime | None) -> OnchainUtxoReport:
    async with Glassnode(settings) as client:
        points = await client.metric(GLASSNODE_HODL_WAVES, "BTC", end=at, interval="1d")
    if not points:
        raise ProviderBadResponse("glassnode", "no HODL-wave point in the range")
    last = max(points, key=lambda p: p["t"])
    shares = last.get("o")
    if not isinstance(shares, dict):
        raise ProviderBadResponse("glassnode", "hodl_waves point has no 'o' object")
    bands = [
        OnchainUtxoBand(
            band=name, min_age_days=low, max_age_days=high, count=None, value_btc=None,
            share_count=None, share_value=_number(shares.get(name, 0.0), "glassnode"),
        )
        for name, low, high in band_bounds()
    ]  # fmt: skip
    return OnchainUtxoReport(
        source="glassnode", at=_at(last["t"]), height=None, total_count=None,
        total_value_btc=None, bands=bands,
    )  # fmt: skip


async def miners(
    settings: OnchainSettings, source: str, *, start: datetime | None, end: datetime | None,
    interval: Interval, miner: str | None,
) -> OnchainMinersReport:  # fmt: skip
    outflow: dict[datetime, float] = {}
    balance: dict[datetime, float] = {}
    if source == "glassnode":
        async with Glassnode(settings) as client:
            for point in await client.metric(GLASSNODE_MINER_OUTFLOW, "BTC", start=start, end=end,
                                             interval=interval):  # fmt: skip
                outflow[_at(point["t"])] = _number(point.get("v"), source)
            for point in await client.metric(GLASSNODE_MINER_BALANCE, "BTC", start=start, end=end,
                                             interval=interval):  # fmt: skip
                balance[_at(point["t"])] = _number(point.get("v"), source)
    elif source == "cryptoquant":
        async with CryptoQuant(settings) as client:
            venue = miner or "all_miner"
            for row in await client.series("btc", "miner-flows/outflow", start=start, end=end,
                                           interval=interval, miner=venue):  # fmt: skip
                outflow[cryptoquant_date(str(row["date"]))] = _number(
                    row.get("outflow_total"), source
                )
            for row in await client.series("btc", "miner-flows/reserve", start=start, end=end,
                                           interval=interval, miner=venue):  # fmt: skip
                balance[cryptoquant_date(str(row["date"]))] = _number(row.get("reserve"), source)
    else:
        raise ProviderRequestRejected(source, "not a miner source")
    moments = sorted(set(outflow) | set(balance))
    series = []
    previous: float | None = None
    for moment in moments:
        level = balance.get(moment)
        change = level - previous if level is not None and previous is not None else None
        previous = level if level is not None else previous
        series.append(
            OnchainMinerPoint(
                bucket=moment, mined_btc=None, spent_btc=outflow.get(moment),
                to_exchanges_btc=None, balance_btc=level, balance_change_btc=change,
            )
        )  # fmt: skip
    levels = [balance[m] for m in moments if m in balance]
    return OnchainMinersReport(
        source=source, start=start, end=end, blocks=None, mined_btc=None,
        spent_btc=sum(outflow.values()) if outflow else None, spent_to_exchanges_btc=None,
        exchange_share=None,
        balance_change_btc=levels[-1] - levels[0] if len(levels) > 1 else None,
        series=list(reversed(series)), addresses=[],
    )  # fmt: skip


async def whale_addresses(
    settings: OnchainSettings, start: datetime | None, end: datetime | None, interval: Interval
) -> list[OnchainWhaleAddressPoint]:
    async with Glassnode(settings) as client:
        points = await client.metric(
            GLASSNODE_WHALES, "BTC", start=start, end=end, interval=interval
        )
    return [
        OnchainWhaleAddressPoint(
            t=_at(p["t"]), count=int(_number(p.get("v"), "glassnode")), threshold=1000.0,
            source="glassnode",
        )
        for p in sorted(points, key=lambda p: p["t"], reverse=True)
    ]  # fmt: skip


async def account_transfers(
    settings: OnchainSettings, chain: Chain, address: str, *, tokens: bool, page: int,
    offset: int, start_block: int | None, end_block: int | None,
) -> list[OnchainAccountTransfer]:  # fmt: skip
    async with Etherscan(settings, chain=str(chain)) as client:
        rows = await client.account(
            "tokentx" if tokens else "txlist", address, page=page, offset=offset,
            start_block=start_block, end_block=end_block,
        )  # fmt: skip
        name = client.name
    result = []
    native = "ETH" if chain is Chain.eth else "BNB"
    for row in rows:
        try:
            raw = int(row["value"])
            decimals: int | None = 18
            if tokens:
                decimals = int(row["tokenDecimal"]) if row.get("tokenDecimal") else None
            amount = float(Decimal(raw).scaleb(-decimals)) if decimals is not None else None
            result.append(
                OnchainAccountTransfer(
                    chain=chain, block_number=int(row["blockNumber"]),
                    ts=_at(int(row["timeStamp"])), tx_hash=row["hash"],
                    from_address=row["from"].lower(),
                    to_address=(row.get("to") or "").lower() or None,
                    token=row["contractAddress"].lower() if tokens else None,
                    symbol=row.get("tokenSymbol") if tokens else native,
                    amount=amount, amount_raw=str(raw), source=name,
                )
            )  # fmt: skip
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ProviderBadResponse(name, "a transaction lacks its documented fields") from None
    return result
