"""One pagination style for every list endpoint: ``?limit=&cursor=`` → ``{items, next_cursor}``.

A cursor is opaque to clients: the sort key of the last item returned (a timestamp and an id,
newest first everywhere), urlsafe-base64 encoded. A malformed cursor is a 422 on
``query.cursor``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import Select, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped

from app.core.errors import invalid

T = TypeVar("T")

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


class Page(BaseModel, Generic[T]):
    """A page of items, newest first; pass ``next_cursor`` back as ``?cursor=`` for more."""

    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Pass as ?cursor= for the next page; null on the last page"
    )


@dataclass(frozen=True, slots=True)
class PageRequest:
    limit: int
    cursor: str | None


async def page_params(
    limit: int = Query(default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page"),
    cursor: str | None = Query(
        default=None, max_length=512, description="next_cursor of the previous page"
    ),
) -> PageRequest:
    return PageRequest(limit=limit, cursor=cursor)


PageParams = Annotated[PageRequest, Depends(page_params)]


def encode_cursor(moment: datetime, key: int | str) -> str:
    return base64.urlsafe_b64encode(f"{moment.isoformat()}|{key}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """The (timestamp, key) a cursor was made from; the key comes back as a string."""
    try:
        stamp, key = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None or not key:
            raise ValueError(cursor)
        return moment, key
    except (ValueError, UnicodeDecodeError) as exc:
        raise invalid(
            "query.cursor",
            "cursor is malformed; pass back next_cursor unchanged",
            type="cursor",
        ) from exc


def decode_int_cursor(cursor: str) -> tuple[datetime, int]:
    moment, key = decode_cursor(cursor)
    if not key.isdigit():
        raise invalid("query.cursor", "cursor is malformed; pass back next_cursor unchanged")
    return moment, int(key)


def next_cursor_of(
    rows: Sequence[T], limit: int, key: Callable[[T], tuple[datetime, int | str]]
) -> str | None:
    """The cursor after the page when the query fetched ``limit + 1`` rows (one to peek)."""
    if len(rows) <= limit:
        return None
    moment, item_key = key(rows[limit - 1])
    return encode_cursor(moment, item_key)


def newest_first(
    query: Select[Any],
    moment: Mapped[Any],
    key: Mapped[Any],
    page: PageRequest,
    *,
    int_key: bool = True,
) -> Select[Any]:
    """``query`` newest first on (``moment``, ``key``), after ``page.cursor``, one row past the
    page (``next_cursor_of`` uses it to tell whether another page follows)."""
    if page.cursor:
        at, after = decode_int_cursor(page.cursor) if int_key else decode_cursor(page.cursor)
        query = query.where(or_(moment < at, and_(moment == at, key < after)))
    return query.order_by(moment.desc(), key.desc()).limit(page.limit + 1)


async def newest_page(
    session: AsyncSession,
    query: Select[Any],
    moment: Mapped[Any],
    key: Mapped[Any],
    page: PageRequest,
) -> tuple[list[Any], str | None]:
    """The rows of one page of ``query`` newest first on (``moment``, ``key``) (integer keys),
    and the cursor of the next page (None on the last)."""
    rows = list((await session.execute(newest_first(query, moment, key, page))).scalars())
    names = (moment.key, key.key)  # type: ignore[attr-defined]  # instrumented attributes
    cursor = next_cursor_of(
        rows, page.limit, lambda r: (getattr(r, names[0]), getattr(r, names[1]))
    )
    return rows[: page.limit], cursor
