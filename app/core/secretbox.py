"""Secrets kept at rest (Fernet: AES-128-CBC + HMAC-SHA256), so a database dump alone reveals
none. The key is a configured Fernet key, or derived from the app's signing secret with
HKDF-SHA256 and a label per purpose (a key of one purpose opens nothing of another)."""

from __future__ import annotations

import base64
from typing import Any

SEALED = "fernet:"
"""Prefix of a sealed value; a stored value without it is legacy plaintext."""


def fernet(secret_key: str, purpose: str, configured: str | None = None) -> Any:
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    if configured:
        return Fernet(configured.encode())
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode())
    return Fernet(base64.urlsafe_b64encode(derived.derive(secret_key.encode())))


def seal(plain: str, secret_key: str, purpose: str) -> str:
    token: bytes = fernet(secret_key, purpose).encrypt(plain.encode())
    return SEALED + token.decode()


def unseal(stored: str, secret_key: str, purpose: str) -> str:
    """The plaintext of a sealed value; a legacy plaintext value as it is."""
    if not stored.startswith(SEALED):
        return stored
    plain: bytes = fernet(secret_key, purpose).decrypt(stored.removeprefix(SEALED).encode())
    return plain.decode()
