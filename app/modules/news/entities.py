"""Named entities with spaCy: a blank English pipeline and an EntityRuler built from the
gazetteers (no model download). Each entity is mapped to tradable symbols (``BASE/QUOTE``).

Labels: ``COIN``, ``EXCHANGE``, ``REGULATOR``, ``PERSON``, ``ORG``. Ambiguous tickers follow the
rules in ``gazetteer`` (cashtag, upper case outside an all-caps text, or a context word).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.modules.news.gazetteer import (
    AMBIGUOUS,
    COINS,
    CONTEXT_WORDS,
    EXCHANGES,
    PEOPLE,
    REGULATORS,
    STABLECOINS,
    UPPER_ONLY_PEOPLE,
    UPPER_ONLY_REGULATORS,
)

_lock = threading.Lock()
_SLASH_PAIR = re.compile(r"\b([A-Z0-9]{2,10})[/-](USDT|USDC|USD|BTC|ETH|EUR)\b")


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str
    key: str  # ticker for coins, canonical name otherwise
    start: int
    end: int
    symbols: tuple[str, ...]


def _words(phrase: str, attr: str = "LOWER") -> list[dict[str, Any]]:
    tokens = re.findall(r"[\w.]+|[^\w\s]", phrase)
    return [{attr: token} for token in tokens]


def build_patterns() -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for coin in COINS:
        t = coin.ticker
        patterns.append(
            {"label": "COIN", "id": f"coin:{t}:cashtag", "pattern": [{"ORTH": "$"}, {"ORTH": t}]}
        )
        patterns.append(
            {
                "label": "COIN",
                "id": f"coin:{t}:cashtag",
                "pattern": [{"ORTH": "$"}, {"LOWER": t.lower()}],
            }
        )
        patterns.append({"label": "COIN", "id": f"coin:{t}:ticker", "pattern": [{"ORTH": t}]})
        for name in coin.names:
            patterns.append({"label": "COIN", "id": f"coin:{t}:name", "pattern": _words(name)})
    for name, (key, _coins) in EXCHANGES.items():
        patterns.append({"label": "EXCHANGE", "id": f"exchange:{key}", "pattern": _words(name)})
    for name, canonical in REGULATORS.items():
        pattern = [{"ORTH": name.upper()}] if name in UPPER_ONLY_REGULATORS else _words(name)
        patterns.append({"label": "REGULATOR", "id": f"regulator:{canonical}", "pattern": pattern})
    for name, (label, canonical, _coins) in PEOPLE.items():
        if name in UPPER_ONLY_PEOPLE:
            pattern = [{"ORTH": name.upper()}]
        elif " " in name or "-" in name:
            pattern = _words(name)
        else:  # one-word organisations are common words in lower case ("circle", "ripple")
            pattern = [{"ORTH": {"IN": [canonical, canonical.upper()]}}]
        patterns.append({"label": label, "id": f"{label.lower()}:{canonical}", "pattern": pattern})
    return patterns


@lru_cache(maxsize=1)
def pipeline() -> Any:
    import spacy

    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(build_patterns())
    return nlp


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.6


def _coin_symbols(ticker: str, quote: str) -> tuple[str, ...]:
    if ticker == quote or (ticker in STABLECOINS and quote in STABLECOINS and ticker == quote):
        return ()
    return (f"{ticker}/{quote}",)


def _people_coins() -> dict[str, tuple[str, ...]]:
    return {canonical: coins for _n, (_l, canonical, coins) in PEOPLE.items()}


def _exchange_coins() -> dict[str, tuple[str, ...]]:
    return {key: coins for _n, (key, coins) in EXCHANGES.items()}


def extract(text: str, quote: str = "USDT") -> list[Entity]:
    """Entities of one text, in order of appearance (each coin mention kept)."""
    # "BTC/USDT" → "BTC USDT" for the tokenizer (same length: offsets stay those of ``text``)
    prepared = _SLASH_PAIR.sub(r"\1 \2", text)
    with _lock:  # spaCy pipelines are not documented as thread-safe
        doc = pipeline()(prepared)
    shouting = _mostly_upper(prepared)
    people, exchanges = _people_coins(), _exchange_coins()
    out: list[Entity] = []
    for ent in doc.ents:
        kind, key, *rest = ent.ent_id_.split(":")
        how = rest[0] if rest else ""
        if kind == "coin":
            if how == "ticker" and key in AMBIGUOUS:
                window = {t.lower_ for t in doc[max(0, ent.start - 3) : ent.end + 3]}
                if shouting and not (window & CONTEXT_WORDS):
                    continue
                if (
                    not shouting
                    and not (window & CONTEXT_WORDS)
                    and ent.start == 0
                    and len(doc) > 1
                    and doc[1].is_lower
                ):
                    continue  # "ONE of the ..." at the start of a sentence
            if how == "ticker" and shouting and key not in AMBIGUOUS and len(key) <= 2:
                continue
            symbols = _coin_symbols(key, quote)
        elif kind == "exchange":
            symbols = tuple(s for c in exchanges.get(key, ()) for s in _coin_symbols(c, quote))
        elif kind in ("person", "org"):
            symbols = tuple(s for c in people.get(key, ()) for s in _coin_symbols(c, quote))
        else:
            symbols = ()
        out.append(
            Entity(
                text[ent.start_char : ent.end_char],
                ent.label_,
                key,
                ent.start_char,
                ent.end_char,
                symbols,
            )
        )
    return out


def symbols_of(
    entities: Iterable[Entity], tagged: Sequence[str] = (), quote: str = "USDT"
) -> list[str]:
    """Tradable symbols, coins first in order of appearance, then those entities imply, then
    the currencies the source tagged; each once."""
    seen: dict[str, None] = {}
    items = list(entities)
    for entity in items:
        if entity.label == "COIN":
            seen.update(dict.fromkeys(entity.symbols))
    for entity in items:
        if entity.label != "COIN":
            seen.update(dict.fromkeys(entity.symbols))
    for code in tagged:
        seen.update(dict.fromkeys(_coin_symbols(code.upper(), quote)))
    return list(seen)
