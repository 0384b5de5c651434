"""Time buckets and in-memory keyset pagination for computed (aggregated) lists."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

from app.core.errors import invalid
from app.core.pagination import PageRequest, decode_cursor, encode_cursor

T = TypeVar("T")


class Interval(StrEnum):
    hour = "1h"
    day = "1d"
    week = "1w"
    total = "total"


SECONDS = {Interval.hour: 3600, Interval.day: 86400, Interval.week: 7 * 86400}


def bucket_of(moment: datetime, interval: Interval, start: datetime | None) -> datetime:
    if interval is Interval.total:
        return start or datetime(1970, 1, 1, tzinfo=UTC)
    step = SECONDS[interval]
    offset = 4 * 86400 if interval is Interval.week else 0  # weeks start on Monday
    stamp = (int(moment.timestamp()) - offset) // step * step + offset
    return datetime.fromtimestamp(stamp, UTC)


def paginate(
    items: Sequence[tuple[datetime, str, T]], page: PageRequest
) -> tuple[list[T], str | None]:
    """``items`` as (moment, key, item): newest first, then key descending, after the cursor."""
    ordered = sorted(items, key=lambda entry: (entry[0], entry[1]), reverse=True)
    if page.cursor:
        at, key = decode_cursor(page.cursor)
        if not key:
            raise invalid("query.cursor", "cursor is malformed; pass back next_cursor unchanged")
        ordered = [e for e in ordered if e[0] < at or (e[0] == at and e[1] < key)]
    chosen = ordered[: page.limit]
    cursor = None
    if len(ordered) > page.limit:
        cursor = encode_cursor(chosen[-1][0], chosen[-1][1])
    return [entry[2] for entry in chosen], cursor
