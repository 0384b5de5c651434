"""Path id types with the bounds of the column they look up, so an id no row can have is a 422
naming the path parameter rather than an OverflowError (SQLite) or a DataError (PostgreSQL).

``PathId`` fits ``Integer`` primary keys (SQLModel's default for ``id: int``; int4 on
PostgreSQL), ``BigPathId`` fits ``BigInteger`` ones. Use them as the route parameter's type:
``async def get_signal(signal_id: BigPathId, ...)``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1

PathId = Annotated[int, Path(ge=1, le=INT32_MAX, description="Positive id (at most 2^31-1)")]
BigPathId = Annotated[int, Path(ge=1, le=INT64_MAX, description="Positive id (at most 2^63-1)")]
