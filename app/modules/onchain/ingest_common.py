"""What the Ethereum and Bitcoin ingesters share: their report and callbacks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.modules.onchain.errors import ProviderBadResponse

Progress = Callable[[float], Awaitable[None]]
CancelCheck = Callable[[], Awaitable[None]]


@dataclass(slots=True)
class IngestReport:
    chain: str
    start: int
    end: int
    blocks: int = 0
    transfers: int = 0
    outputs: int = 0
    spends: int = 0
    unknown_inputs: int = 0
    reorgs: list[dict[str, int]] = field(default_factory=list)
    alerts: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "chain": self.chain, "start": self.start, "end": self.end, "blocks": self.blocks,
            "transfers": self.transfers, "outputs": self.outputs, "spends": self.spends,
            "unknown_inputs": self.unknown_inputs, "reorgs": self.reorgs, "alerts": self.alerts,
        }  # fmt: skip


def need(mapping: Any, key: str, provider: str, what: str) -> Any:
    """``mapping[key]``, or a 502 naming the node when the answer lacks it."""
    if not isinstance(mapping, dict) or mapping.get(key) is None:
        raise ProviderBadResponse(provider, f"{what} has no {key!r}")
    return mapping[key]


def hex_int(value: Any, provider: str, what: str) -> int:
    if not isinstance(value, str) or not value.startswith("0x"):
        raise ProviderBadResponse(provider, f"{what} is not a hex quantity: {value!r}")
    try:
        return int(value, 16) if value != "0x" else 0
    except ValueError:
        raise ProviderBadResponse(provider, f"{what} is not a hex quantity: {value!r}") from None


def from_unix(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)
