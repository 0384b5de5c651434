"""Model files: content hashes and hash-checked reads.

Every module that stores a trained model records its sha256 in a registry row and reads the
file back only through :func:`read_verified`, so a file changed on disk is never loaded.
Modules turn :class:`ArtifactInvalid` into their own problem (its ``reason`` says which).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal


def sha256_hex(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


class ArtifactInvalid(Exception):
    def __init__(
        self, reason: Literal["unreadable", "mismatch"], os_error: OSError | None = None
    ) -> None:
        super().__init__(reason if os_error is None else f"{reason}: {os_error}")
        self.reason = reason
        self.os_error = os_error


def read_verified(path: str | Path, sha256: str) -> bytes:
    """The file's bytes, if their sha256 is the recorded one."""
    try:
        blob = Path(path).read_bytes()
    except OSError as exc:
        raise ArtifactInvalid("unreadable", exc) from exc
    if sha256_hex(blob) != sha256:
        raise ArtifactInvalid("mismatch")
    return blob
