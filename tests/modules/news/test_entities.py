"""Entities on hand-labelled sentences (ambiguous tickers included) and event types."""

from __future__ import annotations

import pytest

from app.modules.news.entities import extract, symbols_of
from app.modules.news.events_classify import event_types

# sentence → expected (label, key) in order, and the symbols
CASES: list[tuple[str, list[tuple[str, str]], list[str]]] = [
    (
        "Bitcoin rallies as BlackRock spot ETF wins SEC approval",
        [("COIN", "BTC"), ("ORG", "BlackRock"), ("REGULATOR", "SEC")],
        ["BTC/USDT"],
    ),
    (
        "Binance will list $LINK and SAND perpetual futures",
        [("EXCHANGE", "binance"), ("COIN", "LINK"), ("COIN", "SAND")],
        ["LINK/USDT", "SAND/USDT", "BNB/USDT"],
    ),
    ("Click the link to find one gas station in the sand", [], []),
    ("Gas prices rise again, says one analyst", [], []),
    ("ONE token jumps after Harmony bridge upgrade", [("COIN", "ONE")], ["ONE/USDT"]),
    ("BREAKING: ONE OF THE LARGEST BANKS NOW HOLDS BITCOIN", [("COIN", "BTC")], ["BTC/USDT"]),
    (
        "NEO and GAS rally on Binance",
        [("COIN", "NEO"), ("COIN", "GAS"), ("EXCHANGE", "binance")],
        ["NEO/USDT", "GAS/USDT", "BNB/USDT"],
    ),
    ("We are near a deal, sources say", [], []),
    ("NEAR Protocol TVL doubles", [("COIN", "NEAR")], ["NEAR/USDT"]),
    (
        "Ripple scores a win against the SEC; XRP/USDT up 12%",
        [("ORG", "Ripple"), ("REGULATOR", "SEC"), ("COIN", "XRP"), ("COIN", "USDT")],
        ["XRP/USDT"],
    ),
    ("The ripple effect of a rate cut", [], []),
    (
        "CZ steps down as Changpeng Zhao pleads guilty to DOJ charges",
        [("PERSON", "Changpeng Zhao"), ("PERSON", "Changpeng Zhao"), ("REGULATOR", "DOJ")],
        ["BNB/USDT"],
    ),
    (
        "Vitalik Buterin proposes Ethereum gas limit increase",
        [("PERSON", "Vitalik Buterin"), ("COIN", "ETH")],
        ["ETH/USDT"],
    ),
    (
        "Solana and Cardano slide; dogecoin holds",
        [("COIN", "SOL"), ("COIN", "ADA"), ("COIN", "DOGE")],
        ["SOL/USDT", "ADA/USDT", "DOGE/USDT"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "symbols"), CASES)
def test_entities_on_labelled_sentences(
    text: str, expected: list[tuple[str, str]], symbols: list[str]
) -> None:
    entities = extract(text)
    assert [(e.label, e.key) for e in entities] == expected
    assert symbols_of(entities) == symbols
    for e in entities:
        assert text[e.start : e.end] == e.text


def test_tagged_currencies_and_quote() -> None:
    entities = extract("Ethereum upgrade goes live", quote="USDC")
    assert symbols_of(entities, ["BTC", "eth"], quote="USDC") == ["ETH/USDC", "BTC/USDC"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Exchange hacked, $200M drained from hot wallet", ["hack"]),
        ("Lender halts withdrawals and files for Chapter 11 bankruptcy", ["insolvency"]),
        ("SEC sues exchange over unregistered securities", ["lawsuit"]),
        ("China bans crypto mining", ["regulation"]),
        ("SEC approves spot bitcoin ETFs", ["etf"]),
        ("Coinbase will list a new token", ["listing"]),
        ("Polygon partners with a major bank", ["partnership"]),
        ("Bitcoin slips ahead of CPI report and Fed decision", ["macro"]),
        ("Bitcoin trades sideways", []),
    ],
)
def test_event_types(text: str, types: list[str]) -> None:
    assert event_types(text) == types
