"""Server messages. Each is serialised once and the same text (or frame) goes to every client."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import orjson

from app.modules.streaming.fastpath import text_frame


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def iso(ms: int | None = None) -> str:
    """Milliseconds since the epoch (default: now) → ISO 8601 UTC with millisecond precision."""
    stamp = datetime.fromtimestamp((now_ms() if ms is None else ms) / 1000, tz=UTC)
    return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Envelope:
    """``{type, exchange, symbol, source, ts, seq, data}`` with its JSON text cached."""

    __slots__ = ("_frame", "_text", "data", "exchange", "seq", "source", "symbol", "ts", "type")

    def __init__(
        self,
        type: str,
        data: dict[str, Any],
        *,
        exchange: str | None = None,
        symbol: str | None = None,
        source: str | None = None,
        seq: int | None = None,
        ts_ms: int | None = None,
    ) -> None:
        self.type = type
        self.data = data
        self.exchange = exchange
        self.symbol = symbol
        self.source = source
        self.seq = seq
        self.ts = iso(ts_ms)
        self._text: str | None = None
        self._frame: bytes | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "exchange": self.exchange,
            "symbol": self.symbol,
            "source": self.source,
            "ts": self.ts,
            "seq": self.seq,
            "data": self.data,
        }

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = orjson.dumps(self.to_dict()).decode()
        return self._text

    @property
    def frame(self) -> bytes:
        """The websocket text frame carrying ``text`` (see ``fastpath.py``)."""
        if self._frame is None:
            self._frame = text_frame(self.text.encode())
        return self._frame

    def __repr__(self) -> str:
        return f"Envelope({self.type}, {self.exchange}, {self.symbol}, seq={self.seq})"
