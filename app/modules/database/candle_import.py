"""Writing parsed candle files into the shared store or a user's own dataset.

Counts come from the statements themselves (``RETURNING`` on PostgreSQL, ``rowcount`` of the
single SQLite writer), so ``inserted`` and ``updated`` are what *this* request wrote, however
many imports of the same bars overlap (a before/after count would also count the rows
concurrent imports wrote). Rows go in ascending open time, so overlapping imports lock keys in
the same order and cannot deadlock each other.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import ValidationFailed, field_error
from app.core.metrics import CANDLES_IMPORTED
from app.core.params import symbol_param, timeframe_param
from app.core.principals import Principal
from app.modules.database import audit, partitions
from app.modules.database.candle_parsing import (
    CandleFormatError,
    ParsedCandles,
    TradesFileError,
    parse_candle_file,
)
from app.modules.database.candles import CandleKey
from app.modules.database.errors import (
    CandleFileInvalid,
    CandleRowsInvalid,
    SharedCandlesAdminOnly,
    TradesNotCandles,
    UploadTooLarge,
)
from app.modules.database.models import Candle, UserCandle
from app.modules.database.schemas import CandleImportForm
from app.modules.database.specs import CandleImportResult, ImportRowError
from app.modules.database.upload import read_candle_upload

OnConflict = Literal["skip", "update"]
CHUNK_ROWS = 5000
_VALUES = ("open", "high", "low", "close", "volume")


def parse_bytes(content: bytes, timeframe: str) -> ParsedCandles:
    """Parse an in-memory file, mapping format problems to 422 problems."""
    try:
        return parse_candle_file(content, timeframe)
    except TradesFileError as exc:
        raise TradesNotCandles(str(exc)) from None
    except CandleFormatError as exc:
        raise CandleFileInvalid(str(exc)) from None


def _rows_problem(parsed: ParsedCandles) -> CandleRowsInvalid:
    shown = parsed.errors
    return CandleRowsInvalid(
        f"{parsed.error_count} invalid row(s); first at line {shown[0].line}: "
        f"{shown[0].message}. Nothing was imported.",
        errors=[field_error(f"file.line.{error.line}", error.message, "row") for error in shown],
        row_errors=[ImportRowError(line=e.line, message=e.message).model_dump() for e in shown],
    )


def _moment(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


async def store_candles(
    session: AsyncSession,
    actor_id: int | None,
    parsed: ParsedCandles,
    key: CandleKey,
    *,
    owner_id: int | None = None,
    on_conflict: OnConflict = "skip",
    skip_invalid: bool = False,
) -> CandleImportResult:
    """Write ``parsed`` into the shared store (``owner_id=None``) or ``owner_id``'s dataset,
    all or nothing, and audit it as ``actor_id``."""
    if parsed.error_count and not skip_invalid:
        raise _rows_problem(parsed)
    if not len(parsed):
        raise CandleFileInvalid("the file holds no valid candles")
    first, last = _moment(int(parsed.ts[0])), _moment(int(parsed.ts[-1]))
    model: Any = Candle if owner_id is None else UserCandle
    if owner_id is None:  # users' datasets are not partitioned
        await partitions.ensure_candle_partitions(session, key.timeframe, first, last)
    inserted = updated = 0
    for offset in range(0, len(parsed), CHUNK_ROWS):
        chunk = _Chunk.of(parsed, offset, key, owner_id)
        new, changed = await _write_chunk(session, model, chunk, on_conflict)
        inserted, updated = inserted + new, updated + changed
    dataset: Literal["shared", "own"] = "shared" if owner_id is None else "own"
    unchanged = len(parsed) - inserted - updated
    audit.record(
        session, actor_id, "import", "candles", [],
        exchange=key.exchange, symbol=key.symbol, timeframe=key.timeframe, dataset=dataset,
        inserted=inserted, updated=updated, unchanged=unchanged,
    )  # fmt: skip
    await session.commit()
    CANDLES_IMPORTED.inc(inserted)
    return CandleImportResult(
        exchange=key.exchange,
        symbol=key.symbol,
        timeframe=key.timeframe,
        format=parsed.format,
        dataset=dataset,
        on_conflict=on_conflict,
        rows=len(parsed),
        inserted=inserted,
        updated=updated,
        unchanged=unchanged,
        duplicates=len(parsed) - inserted + parsed.duplicates_in_file,
        duplicates_in_file=parsed.duplicates_in_file,
        skipped_invalid=parsed.error_count,
        first=first,
        last=last,
    )


@dataclass(frozen=True, slots=True)
class _Chunk:
    """Up to CHUNK_ROWS bars of one series, as columns."""

    key: CandleKey
    owner_id: int | None
    stamps: list[datetime]
    values: list[list[float]]  # open, high, low, close, volume

    @classmethod
    def of(cls, parsed: ParsedCandles, offset: int, key: CandleKey, owner_id: int | None) -> _Chunk:
        end = offset + CHUNK_ROWS
        stamps = [_moment(ms) for ms in parsed.ts[offset:end].tolist()]
        values = [getattr(parsed, name)[offset:end].tolist() for name in _VALUES]
        return cls(key, owner_id, stamps, values)

    @property
    def constants(self) -> list[Any]:
        """owner_id (user datasets only), exchange, symbol, timeframe, in column order."""
        owner = [] if self.owner_id is None else [self.owner_id]
        return [*owner, self.key.exchange, self.key.symbol, self.key.timeframe]


def _column_names(model: Any) -> list[str]:
    owner = ["owner_id"] if "owner_id" in model.__table__.c else []
    return [*owner, "exchange", "symbol", "timeframe", "ts", *_VALUES]


async def _write_chunk(
    session: AsyncSession, model: Any, chunk: _Chunk, on_conflict: OnConflict
) -> tuple[int, int]:
    """(inserted, updated) for one chunk: new keys first, then in ``update`` mode the stored
    bars whose values differ. Both statements run in the import's transaction."""
    if session.bind.dialect.name == "sqlite":  # type: ignore[union-attr]
        return await _write_chunk_sqlite(session, model, chunk, on_conflict)
    return await _write_chunk_postgres(session, model, chunk, on_conflict)


def _sqlite_statements(model: Any) -> tuple[str, str]:
    table = model.__table__
    names = _column_names(model)
    keys = [column.name for column in table.primary_key.columns]
    insert = (
        f"INSERT INTO {table.name} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)}) ON CONFLICT DO NOTHING"
    )
    changed = " OR ".join(f"{name} != excluded.{name}" for name in _VALUES)
    update = (
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
        f"{', '.join(f'{name} = excluded.{name}' for name in _VALUES)} WHERE {changed}"
    )
    return insert, update


def _sqlite_stamp(model: Any, dialect: Any) -> Any:
    """The ORM's exact text encoding of ``ts`` on SQLite ("YYYY-MM-DD HH:MM:SS.ffffff"). The
    column type's own processor only converts to naive UTC; the raw driver would then store
    ``datetime.isoformat(" ")``, which drops zero microseconds, and range filters (compared as
    text) would exclude a bar exactly at ``start`` and include one exactly at ``end``."""
    from sqlalchemy.dialects.sqlite import DATETIME

    to_naive = model.__table__.c.ts.type.bind_processor(dialect)
    to_text = DATETIME().bind_processor(dialect)
    assert to_text is not None
    return lambda ts: to_text(to_naive(ts) if to_naive else ts)


async def _write_chunk_sqlite(
    session: AsyncSession, model: Any, chunk: _Chunk, on_conflict: OnConflict
) -> tuple[int, int]:
    """SQLite: the driver's ``executemany`` (SQLAlchemy's RETURNING batches cost ~10x more).
    ``rowcount`` is exact for this request: SQLite has one writer at a time, and this
    transaction holds the write lock from its first insert to its commit."""
    connection = await session.connection()
    raw = (await connection.get_raw_connection()).driver_connection
    insert, update = _sqlite_statements(model)
    stamp = _sqlite_stamp(model, connection.dialect)
    prefix = tuple(chunk.constants)
    rows = [
        (*prefix, stamp(ts), *values)
        for ts, *values in zip(chunk.stamps, *chunk.values, strict=True)
    ]
    inserted = (await raw.executemany(insert, rows)).rowcount  # type: ignore[union-attr]
    if on_conflict == "skip" or inserted == len(rows):
        return inserted, 0
    # Rows inserted just now equal themselves, so only stored bars that differ count here.
    return inserted, (await raw.executemany(update, rows)).rowcount  # type: ignore[union-attr]


def _postgres_statements(model: Any) -> tuple[str, str]:
    table = model.__table__
    owner = "owner_id" in table.c
    names = _column_names(model)
    constants = ["$10::int"] if owner else []
    select = (
        f"SELECT {', '.join([*constants, '$7::text', '$8::text', '$9::text'])}, "
        "u.ts, u.open, u.high, u.low, u.close, u.volume FROM unnest($1::timestamptz[], "
        "$2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float8[]) "
        "AS u(ts, open, high, low, close, volume)"
    )
    head = f"INSERT INTO {table.name} AS t ({', '.join(names)}) {select}"
    keys = ", ".join(column.name for column in table.primary_key.columns)
    changed = " OR ".join(f"t.{name} IS DISTINCT FROM excluded.{name}" for name in _VALUES)
    assign = ", ".join(f"{name} = excluded.{name}" for name in _VALUES)
    insert = f"WITH w AS ({head} ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM w"
    update = (
        f"WITH w AS ({head} ON CONFLICT ({keys}) DO UPDATE SET {assign} WHERE {changed} "
        "RETURNING 1) SELECT count(*) FROM w"
    )
    return insert, update


async def _write_chunk_postgres(
    session: AsyncSession, model: Any, chunk: _Chunk, on_conflict: OnConflict
) -> tuple[int, int]:
    """PostgreSQL: one ``unnest`` statement per chunk on the session's own connection (and so
    in its transaction); RETURNING counts only the rows this statement wrote."""
    connection = await session.connection()
    await connection.execute(text("SELECT 1"))  # make sure the session's transaction began
    raw = (await connection.get_raw_connection()).driver_connection
    insert, update = _postgres_statements(model)
    key = chunk.key
    args = [chunk.stamps, *chunk.values, key.exchange, key.symbol, key.timeframe]
    if chunk.owner_id is not None:
        args.append(chunk.owner_id)
    inserted = int(await raw.fetchval(insert, *args))  # type: ignore[union-attr]
    if on_conflict == "skip" or inserted == len(chunk.stamps):
        return inserted, 0
    # Rows inserted just now equal themselves, so only stored bars that differ count here.
    return inserted, int(await raw.fetchval(update, *args))  # type: ignore[union-attr]


async def import_bytes(
    session: AsyncSession,
    actor_id: int | None,
    content: bytes,
    key: CandleKey,
    *,
    owner_id: int | None = None,
    on_conflict: OnConflict = "skip",
    skip_invalid: bool = False,
) -> CandleImportResult:
    parsed = parse_bytes(content, key.timeframe)
    return await store_candles(
        session, actor_id, parsed, key,
        owner_id=owner_id, on_conflict=on_conflict, skip_invalid=skip_invalid,
    )  # fmt: skip


async def import_upload(
    session: AsyncSession,
    user: Principal,
    upload_stream: AsyncIterator[bytes],
    *,
    content_type: str | None,
    content_length: str | None,
    max_bytes: int,
) -> CandleImportResult:
    """``POST /candles/import``: stream the multipart body through the parser, validate the
    form, then store into the caller's dataset (or, for admins asking for it, the shared one)."""
    if content_length and content_length.isdigit() and int(content_length) > max_bytes + 65536:
        raise UploadTooLarge(max_bytes)  # refused before a byte is read
    upload = await read_candle_upload(content_type, upload_stream, max_bytes)
    try:
        form = CandleImportForm.model_validate(upload.fields)
    except ValidationError as exc:
        errors = [
            field_error(f"body.{'.'.join(map(str, e['loc']))}", e["msg"], e["type"])
            for e in exc.errors()
        ]
        raise ValidationFailed(errors[0].message, errors=errors) from None
    key = CandleKey(
        form.exchange,
        symbol_param(form.symbol, "body.symbol"),
        timeframe_param(form.timeframe, "body.timeframe"),
    )
    if form.dataset == "shared" and not user.is_admin:
        raise SharedCandlesAdminOnly
    try:
        parsed = upload.parser.finish(key.timeframe)
    except TradesFileError as exc:
        raise TradesNotCandles(str(exc)) from None
    except CandleFormatError as exc:
        raise CandleFileInvalid(str(exc)) from None
    return await store_candles(
        session, user.user_id, parsed, key,
        owner_id=None if form.dataset == "shared" else user.user_id,
        on_conflict=form.on_conflict, skip_invalid=form.skip_invalid,
    )  # fmt: skip
