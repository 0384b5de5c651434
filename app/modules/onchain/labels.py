"""Address-label files: parsing the four formats the shared lists come in.

- ``etherscan_combined``: ``combinedAccountLabels_etherscan.json``, ``{address: {name, labels}}``;
  an address is an exchange's when one of its labels is a known exchange slug.
- ``etherscan_accounts``: an ``accounts/<label>.csv`` table (``Address, Name Tag, ...``); the
  label (the file name, e.g. ``binance`` or ``hot-wallet``) is passed along.
- ``etherscan_exchanges``: ``exchange_addresses_etherscan_derived.csv`` (``address, name_tag,
  labels``), every row an exchange address.
- ``defillama_btc``: ``btc_entity_addresses_defillama.csv`` (``address, entity,
  entity_type_guess``): ``cex`` rows are exchanges, the rest other entities (bridges, funds).

The entity of an exchange label is its exchange slug (``binance``), from the labels or, failing
that, from the name tag (``"Bitkub: Hot Wallet 2"`` → ``bitkub``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import orjson

from app.modules.onchain.addresses import Chain, normalize_address


class LabelFormat(StrEnum):
    etherscan_combined = "etherscan_combined"
    etherscan_accounts = "etherscan_accounts"
    etherscan_exchanges = "etherscan_exchanges"
    defillama_btc = "defillama_btc"


EXCHANGE_CATEGORY = "exchange"
# Exchange slugs as Etherscan spells its labels.
KNOWN_EXCHANGES = frozenset(
    [
        "allbit",
        "binance",
        "bitfinex",
        "bithumb",
        "bitkub",
        "bitmex",
        "bitstamp",
        "bittrex",
        "bybit",
        "coinbase",
        "crypto-com",
        "deribit",
        "ftx",
        "gate-io",
        "gemini",
        "hitbtc",
        "hotbit",
        "huobi",
        "kraken",
        "kucoin",
        "okx",
        "poloniex",
        "upbit",
    ]
)
# Labels that describe a wallet's role, not whose it is.
ROLE_LABELS = frozenset(
    [
        "blocked",
        "charity",
        "cold-wallet",
        "derivatives",
        "donate",
        "exchange",
        "fiat-gateway",
        "gambling",
        "hot-wallet",
        "industry-recovery-initiative",
        "mining",
        "old-contract",
        "otc",
        "wbtc-merchant",
    ]
)
_NAME_SUFFIX = re.compile(r"(:.*$)|(\s+\d+$)")


@dataclass(frozen=True, slots=True)
class ParsedLabel:
    chain: Chain
    address: str
    name: str | None
    entity: str | None
    category: str
    tags: tuple[str, ...]


@dataclass(slots=True)
class ParseReport:
    labels: list[ParsedLabel]
    rejected: int  # rows whose address is not an address on the chain


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.strip().lower()).strip("-")


def entity_from(tags: list[str], name: str | None) -> str | None:
    """The exchange a labelled address belongs to: a non-role label, else its name tag."""
    for tag in tags:
        base = tag.removesuffix("-deposit")
        if base not in ROLE_LABELS:
            return base
    if name:
        return slug(_NAME_SUFFIX.sub("", name.strip())) or None
    return None


def _rows(content: bytes) -> Iterator[dict[str, str]]:
    text = content.decode("utf-8-sig")
    yield from csv.DictReader(io.StringIO(text))


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def parse(content: bytes, fmt: LabelFormat, label: str | None = None) -> ParseReport:
    """Labels in ``content``; raises ValueError when the file is not in ``fmt``."""
    labels: list[ParsedLabel] = []
    rejected = 0

    def add(chain: Chain, raw: str, name: str | None, entity: str | None, category: str,
            tags: list[str]) -> None:  # fmt: skip
        nonlocal rejected
        address = normalize_address(chain, raw)
        if address is None:
            rejected += 1
            return
        labels.append(ParsedLabel(chain, address, name, entity, category, tuple(tags)))

    if fmt is LabelFormat.etherscan_combined:
        try:
            document = orjson.loads(content)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"not JSON: {exc}") from None
        if not isinstance(document, dict):
            raise ValueError("expected an object of {address: {name, labels}}")
        for raw, item in document.items():
            if not isinstance(item, dict) or not isinstance(item.get("labels", []), list):
                raise ValueError(f"entry {raw!r} is not {{name, labels}}")
            tags = [slug(str(tag)) for tag in item.get("labels", [])]
            name = _clean(item.get("name"))
            exchange = next(
                (t for t in tags if t.removesuffix("-deposit") in KNOWN_EXCHANGES), None
            )
            if exchange:
                add(Chain.eth, raw, name, exchange.removesuffix("-deposit"), EXCHANGE_CATEGORY,
                    tags)  # fmt: skip
            else:
                add(Chain.eth, raw, name, None, tags[0] if tags else "other", tags)
    elif fmt is LabelFormat.etherscan_exchanges:
        for row in _checked_rows(content, {"address", "labels"}):
            tags = [slug(t) for t in (row.get("labels") or "").split(";") if t.strip()]
            name = _clean(row.get("name_tag"))
            add(Chain.eth, row["address"], name, entity_from(tags, name), EXCHANGE_CATEGORY, tags)
    elif fmt is LabelFormat.etherscan_accounts:
        if not label:
            raise ValueError("the accounts format needs the file's label (e.g. binance)")
        tag = slug(label)
        for row in _checked_rows(content, {"Address"}):
            name = _clean(row.get("Name Tag"))
            is_exchange = tag.removesuffix("-deposit") in KNOWN_EXCHANGES or tag in (
                "hot-wallet", "cold-wallet"
            )  # fmt: skip
            entity = entity_from([tag], name) if is_exchange else None
            add(Chain.eth, row["Address"], name, entity,
                EXCHANGE_CATEGORY if is_exchange else tag, [tag])  # fmt: skip
    else:
        for row in _checked_rows(content, {"address", "entity"}):
            entity = slug(row["entity"]) or None
            cex = (row.get("entity_type_guess") or "").strip().lower() == "cex"
            tags = [t for t in ((row.get("entity_type_guess") or "").strip().lower(),) if t]
            add(Chain.btc, row["address"], row["entity"].strip() or None, entity,
                EXCHANGE_CATEGORY if cex else "entity", tags)  # fmt: skip
    return ParseReport(labels=labels, rejected=rejected)


def _checked_rows(content: bytes, required: set[str]) -> Iterator[dict[str, str]]:
    try:
        rows = _rows(content)
        first = next(rows, None)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ValueError(f"not a CSV file: {exc}") from None
    if first is None:
        return
    missing = required - set(first)
    if missing:
        raise ValueError(f"missing column(s) {', '.join(sorted(missing))}")
    yield first
    try:
        yield from rows
    except csv.Error as exc:
        raise ValueError(f"not a CSV file: {exc}") from None
