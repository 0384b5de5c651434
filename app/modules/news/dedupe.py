"""Storing an article once: its canonical URL (scheme and host lower-cased, ``www.``, fragment,
tracking parameters and trailing slash dropped) and near-duplicate titles across sources
(word-set Jaccard similarity)."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|source|cmpid|ocid|guccounter)$", re.I
)
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
STOPWORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "as", "at", "by", "is"}
    | {"are", "was", "be", "with", "from", "its", "it", "this", "that"}
)


def canonical_url(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not TRACKING.match(k)
        )
    )
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    return urlunsplit((scheme, host + port, path, query, ""))


def url_key(url: str) -> str:
    return hashlib.sha256(canonical_url(url).encode()).hexdigest()


def title_words(title: str) -> frozenset[str]:
    words = _WORD.findall(title.lower().replace("’", "'"))
    return frozenset(w for w in words if w not in STOPWORDS)


def title_key(title: str) -> str:
    return " ".join(sorted(title_words(title)))[:500]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
