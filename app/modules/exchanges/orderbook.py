"""A fast local L2 order book with per-venue sequence checking.

Each side is a ``dict`` price → quantity plus an ascending ``list`` of its prices kept sorted with
``bisect`` (a C-level binary search and memmove: ~1 µs for books of a few thousand levels, and no
extra dependency). Most diffs only
change the quantity of an existing level, which is a single dict store; the sorted index is
touched only when a level appears or disappears. Reading the top N is an O(N) walk from the end
of the index. A diff applied with sequence checks costs a few integer comparisons on top.

Sequence rules (``SeqRule``):

* ``CONTIGUOUS`` (alias ``BINANCE_SPOT``): updates carry a first/last id (Binance ``U``/``u``;
  single-id venues set both to the same value). Updates whose last id ≤ the book's id are stale;
  the first update after a snapshot with id N must satisfy ``first ≤ N + 1 ≤ last``; every later
  one must start at exactly ``previous last + 1``.
* ``PREV_LINKED`` (alias ``BINANCE_FUTURES``): updates name the id of the update before them
  (Binance futures ``pu``, OKX ``prevSeqId``). An update applies when ``prev == book id``; the
  first one after a snapshot may instead straddle it (``first ≤ N ≤ last``). Older ones are
  stale, anything else is a gap.
* ``MONOTONIC``: ids only have to increase; older or repeated ids are dropped as stale. Gaps
  cannot be detected, only reordering.
* ``NONE``: no sequence checks (venues validated by checksum, or raw level feeds).

Updates that arrive before the first snapshot are buffered and replayed by ``apply_snapshot``,
which is the recipe Binance documents for building a book from a REST snapshot and a diff stream.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import deque
from collections.abc import Callable, Iterable
from enum import Enum, IntEnum
from itertools import islice

from app.modules.exchanges.errors import ChecksumMismatch, SequenceGap
from app.modules.exchanges.types import BookDelta, Level, OrderBookSnapshot, Source


class SeqRule(Enum):
    NONE = "none"
    CONTIGUOUS = "contiguous"
    PREV_LINKED = "prev_linked"
    MONOTONIC = "monotonic"
    BINANCE_SPOT = "contiguous"
    BINANCE_FUTURES = "prev_linked"


class DeltaResult(IntEnum):
    APPLIED = 1
    STALE = 2
    """Older than the book (e.g. diffs that the snapshot already contains): dropped."""
    BUFFERED = 3
    """No snapshot yet: kept until ``apply_snapshot``."""


_APPLIED = DeltaResult.APPLIED
_STALE = DeltaResult.STALE
_BUFFERED = DeltaResult.BUFFERED

ChecksumFn = Callable[["OrderBook"], int]


class OrderBook:
    """Local L2 book for one (exchange, symbol)."""

    __slots__ = (
        "_ask_px",
        "_asks",
        "_bid_px",
        "_bids",
        "_buffer",
        "_first_pending",
        "applied",
        "checksum_fn",
        "exchange",
        "gaps",
        "max_depth",
        "rule",
        "seq",
        "source",
        "stale",
        "symbol",
        "synced",
        "timestamp",
    )

    def __init__(
        self,
        exchange: str,
        symbol: str,
        rule: SeqRule = SeqRule.NONE,
        *,
        source: Source = Source.LIVE,
        max_depth: int | None = None,
        checksum_fn: ChecksumFn | None = None,
        max_buffer: int = 10_000,
    ) -> None:
        self.exchange = exchange
        self.symbol = symbol
        self.rule = rule
        self.source = source
        self.max_depth = max_depth
        self.checksum_fn = checksum_fn
        self.seq: int | None = None
        self.timestamp: int | None = None
        self.synced = False
        self.applied = 0
        self.stale = 0
        self.gaps = 0
        self._bids: dict[float, float] = {}
        self._asks: dict[float, float] = {}
        self._bid_px: list[float] = []  # ascending: best bid is the last element
        self._ask_px: list[float] = []  # ascending: best ask is the first element
        self._first_pending = True
        self._buffer: deque[BookDelta] = deque(maxlen=max_buffer)

    # -- building ------------------------------------------------------------------------------

    def apply_snapshot(
        self,
        bids: Iterable[Level],
        asks: Iterable[Level],
        seq: int | None = None,
        timestamp: int | None = None,
    ) -> int:
        """Replace the book with a full snapshot, then replay buffered diffs.

        Returns how many buffered diffs were applied. Raises ``SequenceGap`` when the buffered
        diffs cannot be joined to the snapshot (the snapshot is older than the buffered stream);
        the book is then left unsynced and needs a fresh snapshot.
        """
        self._bids = {p: q for p, q in bids if q > 0.0}
        self._asks = {p: q for p, q in asks if q > 0.0}
        self._bid_px = sorted(self._bids)
        self._ask_px = sorted(self._asks)
        self.seq = seq
        self.timestamp = timestamp
        self.synced = True
        self._first_pending = True
        self._truncate()
        buffered = list(self._buffer)
        self._buffer.clear()
        applied = 0
        for delta in buffered:
            if self.apply_delta(delta) is _APPLIED:
                applied += 1
        return applied

    def apply_delta(self, delta: BookDelta) -> DeltaResult:
        """Apply one venue diff after checking its sequence against the book.

        Raises ``SequenceGap`` (or ``ChecksumMismatch``) and marks the book unsynced when the diff
        does not follow; later diffs are buffered until the next ``apply_snapshot``.
        """
        if not self.synced:
            self._buffer.append(delta)
            return _BUFFERED
        rule = self.rule
        if rule is not SeqRule.NONE:
            seq = self.seq
            last = delta.last_seq
            if seq is not None and last is not None:
                if rule is SeqRule.CONTIGUOUS:
                    if last <= seq:
                        self.stale += 1
                        return _STALE
                    first = delta.first_seq if delta.first_seq is not None else last
                    if self._first_pending:
                        if first > seq + 1:
                            self._gap(seq + 1, first, "first diff after snapshot starts too late")
                    elif first != seq + 1:
                        self._gap(seq + 1, first, "diff does not start at previous last + 1")
                elif rule is SeqRule.PREV_LINKED:
                    prev = delta.prev_seq
                    if prev != seq:
                        start = delta.first_seq
                        straddles = (
                            self._first_pending and start is not None and start <= seq <= last
                        )
                        if not straddles:
                            if last < seq or (last == seq and prev is not None and prev < seq):
                                self.stale += 1
                                return _STALE
                            self._gap(seq, prev, "diff's previous id is not the book's id")
                elif last <= seq:  # MONOTONIC
                    self.stale += 1
                    return _STALE
            if last is not None:
                self.seq = last
        self._first_pending = False
        self._apply_side(self._bids, self._bid_px, delta.bids)
        self._apply_side(self._asks, self._ask_px, delta.asks)
        if delta.timestamp is not None:
            self.timestamp = delta.timestamp
        if self.max_depth is not None:
            self._truncate()
        self.applied += 1
        if delta.checksum is not None and self.checksum_fn is not None:
            computed = self.checksum_fn(self)
            if computed != delta.checksum:
                self.synced = False
                self.gaps += 1
                raise ChecksumMismatch(
                    self.exchange, self.symbol, expected=delta.checksum, computed=computed
                )
        return _APPLIED

    def apply_levels(self, bids: Iterable[Level], asks: Iterable[Level]) -> None:
        """Apply level changes without any sequence bookkeeping (quantity 0 removes a level)."""
        self._apply_side(self._bids, self._bid_px, bids)
        self._apply_side(self._asks, self._ask_px, asks)

    def invalidate(self) -> None:
        """Forget sync state (e.g. after a reconnect): diffs buffer until the next snapshot."""
        self.synced = False
        self._buffer.clear()

    @staticmethod
    def _apply_side(book: dict[float, float], index: list[float], levels: Iterable[Level]) -> None:
        for price, qty in levels:
            if qty == 0.0:
                if book.pop(price, None) is not None:
                    del index[bisect_left(index, price)]
            else:
                if price not in book:
                    insort(index, price)
                book[price] = qty

    def _gap(self, expected: int | None, got: int | None, detail: str) -> None:
        self.synced = False
        self.gaps += 1
        raise SequenceGap(self.exchange, self.symbol, expected=expected, got=got, detail=detail)

    def _truncate(self) -> None:
        depth = self.max_depth
        if depth is None:
            return
        excess = len(self._bid_px) - depth
        if excess > 0:  # worst bids are at the front
            for price in self._bid_px[:excess]:
                del self._bids[price]
            del self._bid_px[:excess]
        excess = len(self._ask_px) - depth
        if excess > 0:  # worst asks are at the back
            for price in self._ask_px[depth:]:
                del self._asks[price]
            del self._ask_px[depth:]

    # -- reading -------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._bids) + len(self._asks)

    @property
    def bid_count(self) -> int:
        return len(self._bids)

    @property
    def ask_count(self) -> int:
        return len(self._asks)

    def best_bid(self) -> Level | None:
        if not self._bid_px:
            return None
        price = self._bid_px[-1]
        return price, self._bids[price]

    def best_ask(self) -> Level | None:
        if not self._ask_px:
            return None
        price = self._ask_px[0]
        return price, self._asks[price]

    def mid(self) -> float | None:
        if not self._bid_px or not self._ask_px:
            return None
        return (self._bid_px[-1] + self._ask_px[0]) / 2

    def spread(self) -> float | None:
        if not self._bid_px or not self._ask_px:
            return None
        return self._ask_px[0] - self._bid_px[-1]

    def is_crossed(self) -> bool:
        return bool(self._bid_px and self._ask_px and self._bid_px[-1] >= self._ask_px[0])

    def bids(self, depth: int | None = None) -> list[Level]:
        """Bid levels, best (highest) first."""
        book = self._bids
        prices = reversed(self._bid_px)
        if depth is not None:
            prices = islice(prices, depth)
        return [(p, book[p]) for p in prices]

    def asks(self, depth: int | None = None) -> list[Level]:
        """Ask levels, best (lowest) first."""
        book = self._asks
        prices = iter(self._ask_px) if depth is None else islice(self._ask_px, depth)
        return [(p, book[p]) for p in prices]

    def top(self, depth: int) -> tuple[list[Level], list[Level]]:
        return self.bids(depth), self.asks(depth)

    def snapshot(
        self, depth: int | None = None, *, source: Source | None = None
    ) -> OrderBookSnapshot:
        """Copy the book out as an immutable ``OrderBookSnapshot``."""
        return OrderBookSnapshot(
            exchange=self.exchange,
            symbol=self.symbol,
            source=source or self.source,
            timestamp=self.timestamp,
            bids=tuple(self.bids(depth)),
            asks=tuple(self.asks(depth)),
            sequence=self.seq,
        )
