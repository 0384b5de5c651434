"""The signing secret: judged for entropy, or generated once into the data directory.

No secret lives in the code. Outside ``prod`` an unconfigured ``APP_SECRET_KEY`` is replaced by a
random key written to ``<data_dir>/secret_key`` (mode 0600) on first start and reused after, so
tokens survive restarts; ``prod`` demands a configured key of real entropy.
"""

from __future__ import annotations

import math
import os
import secrets
from collections import Counter
from pathlib import Path

MIN_SECRET_LENGTH = 32
# Shannon entropy of the key's own characters. A urlsafe token of 32 bytes scores ~5.2 bits per
# character and ~220 bits in all; 32 random hex digits ~3.6 and ~115; 32 x "a" scores 0.
MIN_BITS_PER_CHAR = 3.0
MIN_TOTAL_BITS = 96.0
MIN_DISTINCT = 10
# Keys that were published (the default of earlier versions): known to everyone.
_PUBLISHED = frozenset({"dev-only-insecure-secret-change-me"})


def shannon_bits(text: str) -> float:
    """Entropy per character of ``text``'s character distribution (bits)."""
    counts = Counter(text)
    total = len(text)
    return -sum(n / total * math.log2(n / total) for n in counts.values()) if total else 0.0


def weak_secret_reason(secret: str) -> str | None:
    """Why ``secret`` is not fit to sign tokens, or None when it is."""
    if not secret:
        return "is not set"
    if secret in _PUBLISHED:
        return "is a published default"
    if len(secret) < MIN_SECRET_LENGTH:
        return f"must be at least {MIN_SECRET_LENGTH} characters (got {len(secret)})"
    bits = shannon_bits(secret)
    if (
        len(set(secret)) < MIN_DISTINCT
        or bits < MIN_BITS_PER_CHAR
        or bits * len(secret) < (MIN_TOTAL_BITS)
    ):
        return (
            "has too little entropy (repeated or patterned characters); generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
        )
    return None


def load_or_create_secret(path: Path) -> str:
    """The key stored at ``path``; created with mode 0600 when missing. The key is written to a
    private temporary file first and then hard-linked into place, so the file never exists
    half-written and processes starting together all end up with the first one's key."""
    existing = _read(path)
    if existing:
        return existing
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(key + "\n")
        try:
            os.link(temporary, path)
        except FileExistsError:
            found = _read(path)
            if found:
                return found
            os.replace(temporary, path)  # an empty file left by hand: replace it
        return key
    finally:
        temporary.unlink(missing_ok=True)


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        return ""
