"""Request limits checked before a route runs: body size (per route), JSON nesting depth and
NUL characters.

Why a generic guard for NUL rather than a validation type per field: PostgreSQL cannot store
U+0000 in any text or JSON value, so every string a client sends has the same constraint, in
every module; checking once at the edge gives one 422 on both backends instead of a 500 on
PostgreSQL wherever a module forgot a per-field type. Binary uploads (multipart files) are
exempt: their parsers decide what a NUL in a file means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A JSON string (unrolled loop: fast on long strings), and the brackets outside strings.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_JSON_BRACKET = re.compile(rb"[\[\]{}]")
# \u0000 preceded by an even number of backslashes (so not the escaped text "\\u0000").
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


def json_depth_exceeds(body: bytes, limit: int) -> bool:
    """Whether arrays/objects in ``body`` nest deeper than ``limit``."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False  # cheap exit: too few brackets to nest that deep
    depth = 0
    for match in _JSON_BRACKET.finditer(_JSON_STRING.sub(b'""', body)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def json_has_nul(body: bytes) -> bool:
    """Whether a JSON document contains U+0000 (raw NULs make it invalid JSON anyway)."""
    return b"\\u0000" in body and _JSON_NUL.search(body) is not None


def urlencoded_has_nul(raw: bytes) -> bool:
    """Whether a query string or form body carries a percent-encoded or raw NUL."""
    return b"%00" in raw or b"\x00" in raw


@dataclass
class BodyLimits:
    """The body size allowed for a request: a default, and larger (or smaller) limits for
    routes named by path prefix, e.g. the candle upload. Modules register theirs with
    ``body_limits(app).override("/api/v1/candles/import", 64 << 20)``."""

    default: int
    routes: dict[str, int] = field(default_factory=dict)

    def override(self, path_prefix: str, max_bytes: int) -> None:
        self.routes[path_prefix.rstrip("/")] = max_bytes

    def for_path(self, path: str) -> int:
        best, limit = -1, self.default
        for prefix, value in self.routes.items():
            if (path == prefix or path.startswith(prefix + "/")) and len(prefix) > best:
                best, limit = len(prefix), value
        return limit


def body_limits(app: object) -> BodyLimits:
    """The ``BodyLimits`` of an application built by ``create_app``."""
    return app.state.body_limits  # type: ignore[attr-defined, no-any-return]
