"""Event types of a headline (hack/exploit, listing/delisting, regulation/ban, lawsuit,
ETF/approval, partnership, macro, insolvency) by keyword rules, and the item's importance."""

from __future__ import annotations

import re

# Most severe first: the first that matches is the item's ``event_type``.
EVENT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "hack",
        re.compile(
            r"\b(hack(s|ed|er|ers)?|exploit(s|ed)?|drain(s|ed)?|stolen|theft|breach(ed)?|"
            r"rug ?pull(ed)?|flash[- ]loan attack|51% attack|compromised|heist)\b"
        ),
    ),
    (
        "insolvency",
        re.compile(
            r"\b(bankrupt(cy)?|insolven(t|cy)|chapter 11|(halts?|suspends?|freezes?|pauses?) "
            r"withdrawals?|liquidator|receivership|collapse[sd]?|files? for protection)\b"
        ),
    ),
    (
        "lawsuit",
        re.compile(
            r"\b(sues?|sued|suing|lawsuits?|class[- ]action|indict(ed|ment)|charged?|charges|"
            r"subpoena(ed|s)?|wells notice|court|trial|pleads? guilty|convicted|sentenced|"
            r"settle(s|d|ment)?)\b"
        ),
    ),
    (
        "regulation",
        re.compile(
            r"\b(ban(s|ned|ning)?|regulat(e|es|ed|ion|ions|ory|or|ors)|crackdown|outlaw(s|ed)?|"
            r"sanction(s|ed)?|licen[cs]e[sd]?|mica|restrict(s|ed|ions)?|prohibit(s|ed)?|"
            r"compliance|aml|kyc rules?|tax(es|ation)? (rules?|law))\b"
        ),
    ),
    (
        "etf",
        re.compile(
            r"\b(etfs?|etps?|spot fund|approv(al|als|es|ed|e)|green ?light(s|ed)?|"
            r"rejects?|rejected|denies|denied)\b"
        ),
    ),
    (
        "listing",
        re.compile(
            r"\b(lists?|listed|listing|listings|delist(s|ed|ing)?|will list|to list|"
            r"adds? trading|launches trading|removes? trading pairs?)\b"
        ),
    ),
    (
        "partnership",
        re.compile(
            r"\b(partner(s|ship|ships|ed|ing)?|teams? up|collaborat(e|es|ion|ing)|integrat(es|ion)|"
            r"joins forces|alliance|adopts?|acquires?|acquisition|merger)\b"
        ),
    ),
    (
        "macro",
        re.compile(
            r"\b(fed|fomc|inflation|cpi|ppi|interest rates?|rate (hike|cut)s?|recession|"
            r"jobs report|payrolls|unemployment|treasury yields?|gdp|tariffs?|powell|"
            r"central bank|monetary policy|dollar index|dxy)\b"
        ),
    ),
)

# How much an event type matters on its own (0..1); untyped news is routine.
BASE_IMPORTANCE = {
    "hack": 0.9,
    "insolvency": 0.95,
    "lawsuit": 0.7,
    "regulation": 0.75,
    "etf": 0.8,
    "listing": 0.6,
    "partnership": 0.45,
    "macro": 0.6,
    None: 0.2,
}
HIGH_IMPORTANCE_EVENTS = frozenset({"hack", "insolvency", "lawsuit", "regulation", "etf"})


def event_types(text: str) -> list[str]:
    lowered = text.lower()
    return [name for name, pattern in EVENT_RULES if pattern.search(lowered)]


def importance(
    types: list[str], confidence: float | None, votes: dict[str, int] | None = None
) -> float:
    """Base importance of the most severe type, raised a little by a confident sentiment and
    by readers' "important" votes (CryptoPanic), capped at 1."""
    base = BASE_IMPORTANCE[types[0] if types else None]
    score = base + 0.05 * len(types[1:3])
    if confidence is not None and confidence >= 0.8:
        score += 0.05
    if votes:
        important = int(votes.get("important", 0) or 0)
        score += min(0.1, 0.02 * important)
    return round(min(1.0, score), 3)


def importance_level(score: float) -> str:
    return "high" if score >= 0.7 else "medium" if score >= 0.4 else "low"
