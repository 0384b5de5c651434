"""Domain logic of the database module: signals, trades, settings and candles."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import FieldError, NotFound, PolicyViolation, ValidationFailed
from app.core.metrics import CANDLES_IMPORTED, SIGNALS_SAVED
from app.core.policy import ACTIONABLE_SIDES, check_signal, max_leverage, min_confidence
from app.modules.database import audit, partitions, performance
from app.modules.database.candle_parsing import CandleFormatError, parse_candle_file
from app.modules.database.models import Candle, Signal, Trade, UserSettings
from app.modules.database.schemas import (
    CandleImportResult,
    ImportRowError,
    SignalIn,
    SignalOut,
    TradeIn,
    UserSettingsIn,
    UserSettingsOut,
)

CANDLE_CHUNK = 2000
COPY_THRESHOLD = 200  # batches at least this big use COPY on PostgreSQL


def signal_out(row: Signal) -> SignalOut:
    actionable = row.side in ("BUY", "SELL")
    return SignalOut(
        id=row.id,  # type: ignore[arg-type]
        symbol=row.symbol,
        side=row.side,  # type: ignore[arg-type]
        price=row.price,
        confidence=row.confidence,
        stop_loss=row.stop_loss,
        take_profit=row.take_profit,
        leverage=row.leverage,
        timeframe=row.timeframe,
        strategy=row.strategy,
        bot_id=row.bot_id,
        timestamp=row.ts,
        metadata=row.meta,
        actionable=actionable,
    )


def _may_break_rules(item: SignalIn, cap: float, floor: float) -> bool:
    """A cheap screen with the same conditions as ``check_signal`` (caps read once per batch);
    only items it flags pay for the full check, which names the rule and builds the message."""
    if not 0 < item["leverage"] <= cap:
        return True
    side = item["side"]
    if side not in ACTIONABLE_SIDES:
        return False
    stop = item["stop_loss"]
    if stop is None or item["confidence"] < floor:
        return True
    return not stop < item["price"] if side == "BUY" else not stop > item["price"]


def validate_signals(items: Sequence[SignalIn]) -> None:
    """Apply the white-hat rules to every item; report all failures at once."""
    failures: list[FieldError] = []
    rules: list[str] = []
    cap, floor = max_leverage(), min_confidence()
    for index, item in enumerate(items):
        if not _may_break_rules(item, cap, floor):
            continue
        try:
            check_signal(
                item["side"], item["price"], item["confidence"], item["stop_loss"], item["leverage"]
            )
        except PolicyViolation as exc:
            rule = str(exc.extra["rule"])
            rules.append(rule)
            failures.append(FieldError(field=f"body.{index}", message=exc.detail or "", type=rule))
    if failures:
        distinct = sorted(set(rules))
        raise PolicyViolation(
            distinct[0] if len(distinct) == 1 else ",".join(distinct),
            f"{len(failures)} of {len(items)} signal(s) break white-hat rules "
            f"({', '.join(distinct)}); nothing was saved",
            errors=failures,
            failed_items=[int(failure.field.split(".")[1]) for failure in failures],
        )


def _utc(moment: datetime | None, now: datetime) -> datetime:
    # Other offsets are converted so responses end in "Z" whatever offset was sent; a zero
    # offset already serialises as "Z" and is kept as parsed (half the cost of converting).
    if moment is None:
        return now
    return moment if not moment.utcoffset() else moment.astimezone(UTC)


def _timestamps(items: Sequence[SignalIn], now: datetime) -> list[datetime]:
    return [_utc(item["timestamp"], now) for item in items]


def _meta_json(meta: dict[str, Any] | None) -> str | None:
    return None if meta is None else orjson.dumps(meta).decode()


async def save_signals(
    session: AsyncSession, user_id: int, items: Sequence[SignalIn]
) -> list[dict[str, Any]]:
    """Save all or nothing; returns the saved signals as ``SignalOut``-shaped dicts."""
    validate_signals(items)
    now = datetime.now(UTC)
    stamps = _timestamps(items, now)
    await partitions.ensure_signal_partitions(session, [min(stamps), max(stamps)])
    postgres = session.bind.dialect.name == "postgresql"  # type: ignore[union-attr]
    if postgres and len(items) <= audit.MAX_IDS_LISTED:
        # One round trip, autocommitted: the signals and their audit row in one statement.
        ids = await _insert_signals_one_trip(session, user_id, items, stamps, now)
        saved = _saved(ids, items, stamps)
    elif postgres and len(items) >= COPY_THRESHOLD:
        ids, saved = await _copy_signals(session, user_id, items, stamps, now)
    else:
        rows = [_row(user_id, item, ts, now) for item, ts in zip(items, stamps, strict=True)]
        statement = insert(Signal).returning(Signal.id, sort_by_parameter_order=True)
        ids = list(await session.scalars(statement, rows))
        audit.record(session, user_id, "create", "signal", ids)
        await session.commit()
        saved = _saved(ids, items, stamps)
    SIGNALS_SAVED.inc(len(ids))
    return saved


def _row(user_id: int, item: SignalIn, ts: datetime, now: datetime) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "ts": ts,
        "symbol": item["symbol"],
        "side": item["side"],
        "price": item["price"],
        "confidence": item["confidence"],
        "stop_loss": item["stop_loss"],
        "take_profit": item["take_profit"],
        "leverage": item["leverage"],
        "timeframe": item["timeframe"],
        "strategy": item["strategy"],
        "bot_id": item["bot_id"],
        "meta": item["metadata"],
        "created_at": now,
    }


def _saved(
    ids: Sequence[int], items: Sequence[SignalIn], stamps: Sequence[datetime]
) -> list[dict[str, Any]]:
    # Built straight from the validated input: constructing ORM or Pydantic instances here
    # costs ~10 µs each, which dominates a 10,000-signal batch. A validated SignalIn holds
    # exactly its fields, in SignalOut's order, so this is SignalOut's shape with id,
    # normalised timestamp and actionable filled in.
    return [
        {"id": signal_id, **item, "timestamp": ts, "actionable": item["side"] != "HOLD"}
        for signal_id, item, ts in zip(ids, items, stamps, strict=True)
    ]


_SIGNAL_COLUMNS = (
    "id",
    "user_id",
    "ts",
    "symbol",
    "side",
    "price",
    "confidence",
    "stop_loss",
    "take_profit",
    "leverage",
    "timeframe",
    "strategy",
    "bot_id",
    "metadata",
    "created_at",
)


_ONE_TRIP_INSERT = """
WITH src AS (
    SELECT nextval(pg_get_serial_sequence('database_signals', 'id')) AS id, u.*
    FROM unnest($2::timestamptz[], $3::text[], $4::text[], $5::float8[], $6::float8[],
                $7::float8[], $8::float8[], $9::float8[], $10::text[], $11::text[], $12::text[],
                $13::text[])
         WITH ORDINALITY AS u(ts, symbol, side, price, confidence, stop_loss, take_profit,
                              leverage, timeframe, strategy, bot_id, meta, ord)
), saved AS (
    INSERT INTO database_signals (id, user_id, ts, symbol, side, price, confidence, stop_loss,
        take_profit, leverage, timeframe, strategy, bot_id, metadata, created_at)
    SELECT id, $1, ts, symbol, side, price, confidence, stop_loss, take_profit, leverage,
        timeframe, strategy, bot_id, meta::json, $14 FROM src
    RETURNING id
), audited AS (
    INSERT INTO database_audit (at, user_id, action, entity, entity_ids, details)
    SELECT $14, $1, 'create', 'signal', (SELECT json_agg(id ORDER BY id) FROM saved), '{}'::json
)
SELECT id FROM src ORDER BY ord
"""


async def _insert_signals_one_trip(
    session: AsyncSession,
    user_id: int,
    items: Sequence[SignalIn],
    stamps: list[datetime],
    now: datetime,
) -> list[int]:
    """PostgreSQL path for small saves: ids are generated per input row in ``src``, so the
    returned ids map to the input order exactly."""
    columns = [
        stamps,
        [item["symbol"] for item in items],
        [item["side"] for item in items],
        [item["price"] for item in items],
        [item["confidence"] for item in items],
        [item["stop_loss"] for item in items],
        [item["take_profit"] for item in items],
        [item["leverage"] for item in items],
        [item["timeframe"] for item in items],
        [item["strategy"] for item in items],
        [item["bot_id"] for item in items],
        [_meta_json(item["metadata"]) for item in items],
    ]
    async with session.bind.connect() as connection:  # type: ignore[union-attr]
        raw = (await connection.get_raw_connection()).driver_connection
        records = await raw.fetch(_ONE_TRIP_INSERT, user_id, *columns, now)
    return [record[0] for record in records]


# The sequence is passed in resolved: ``pg_get_serial_sequence`` per row made reserving 10,000
# ids cost ~30 ms instead of ~4 ms.
_RESERVE_IDS = "SELECT array_agg(nextval($2::regclass)) FROM generate_series(1, $1)"
_SEQUENCE = "SELECT pg_get_serial_sequence('database_signals', 'id')"
_sequences: dict[str, str] = {}


async def _id_sequence(raw: Any, url: str) -> str:
    """The identity sequence of ``database_signals``, looked up once per database."""
    if url not in _sequences:
        _sequences[url] = await raw.fetchval(_SEQUENCE)
    return _sequences[url]


_AUDIT_INSERT = (
    "INSERT INTO database_audit (at, user_id, action, entity, entity_ids, details) "
    "VALUES ($1, $2, 'create', 'signal', $3::json, $4::json)"
)


async def _copy_signals(
    session: AsyncSession,
    user_id: int,
    items: Sequence[SignalIn],
    stamps: list[datetime],
    now: datetime,
) -> tuple[list[int], list[dict[str, Any]]]:
    """PostgreSQL fast path for big batches: reserve ids from the identity sequence, COPY the
    rows and write the audit row in one transaction. Returns the ids and the response rows."""
    async with session.bind.connect() as connection:  # type: ignore[union-attr]
        raw = (await connection.get_raw_connection()).driver_connection
        async with raw.transaction():
            # One array value instead of one result row per id (decoding rows costs ~5 ms).
            sequence = await _id_sequence(raw, str(session.bind.url))  # type: ignore[union-attr]
            ids: list[int] = await raw.fetchval(_RESERVE_IDS, len(items), sequence)
            copying = asyncio.ensure_future(
                raw.copy_records_to_table(
                    "database_signals",
                    records=_copy_records(ids, user_id, items, stamps, now),
                    columns=_SIGNAL_COLUMNS,
                )
            )
            try:
                # The COPY task encodes and sends the rows as soon as we yield; the response is
                # then built while PostgreSQL works through them, not after.
                await asyncio.sleep(0)
                saved = _saved(ids, items, stamps)
            finally:
                await copying
            listed, details = audit.summarize(ids, {})
            await raw.execute(
                _AUDIT_INSERT, now, user_id, orjson.dumps(listed).decode(), _meta_json(details)
            )
    return ids, saved


def _copy_records(
    ids: list[int],
    user_id: int,
    items: Sequence[SignalIn],
    stamps: list[datetime],
    now: datetime,
) -> list[tuple[Any, ...]]:
    return [
        (
            signal_id,
            user_id,
            ts,
            item["symbol"],
            item["side"],
            item["price"],
            item["confidence"],
            item["stop_loss"],
            item["take_profit"],
            item["leverage"],
            item["timeframe"],
            item["strategy"],
            item["bot_id"],
            None if item["metadata"] is None else orjson.dumps(item["metadata"]).decode(),
            now,
        )
        for signal_id, item, ts in zip(ids, items, stamps, strict=True)
    ]


def encode_cursor(ts: datetime, row_id: int) -> str:
    return base64.urlsafe_b64encode(f"{ts.isoformat()}|{row_id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        stamp, row_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None:
            raise ValueError
        return moment, int(row_id)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationFailed(
            "cursor is malformed; pass back next_cursor unchanged",
            errors=[FieldError(field="query.cursor", message="malformed cursor", type="cursor")],
        ) from exc


async def signal_history(
    session: AsyncSession,
    user_id: int,
    *,
    symbol: str | None,
    side: str | None,
    strategy: str | None,
    bot_id: str | None,
    start: datetime | None,
    end: datetime | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[SignalOut], str | None]:
    query = select(Signal).where(Signal.user_id == user_id)
    for column, value in (
        (Signal.symbol, symbol),
        (Signal.side, side),
        (Signal.strategy, strategy),
        (Signal.bot_id, bot_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if start is not None:
        query = query.where(Signal.ts >= start)
    if end is not None:
        query = query.where(Signal.ts < end)
    if cursor:
        ts, row_id = decode_cursor(cursor)
        query = query.where(or_(Signal.ts < ts, and_(Signal.ts == ts, Signal.id < row_id)))
    query = query.order_by(Signal.ts.desc(), Signal.id.desc()).limit(limit + 1)  # type: ignore[attr-defined,union-attr]
    rows = list(await session.scalars(query))
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(rows[-1].ts, rows[-1].id)  # type: ignore[arg-type]
    return [signal_out(row) for row in rows], next_cursor


async def _own_signal(session: AsyncSession, user_id: int, signal_id: int) -> Signal:
    row = await session.scalar(
        select(Signal).where(Signal.id == signal_id, Signal.user_id == user_id)
    )
    if row is None:
        raise NotFound(f"signal {signal_id} not found")
    return row


async def get_signal(session: AsyncSession, user_id: int, signal_id: int) -> SignalOut:
    return signal_out(await _own_signal(session, user_id, signal_id))


async def delete_signal(session: AsyncSession, user_id: int, signal_id: int) -> SignalOut:
    row = await _own_signal(session, user_id, signal_id)
    out = signal_out(row)
    await session.execute(delete(Signal).where(Signal.id == signal_id, Signal.user_id == user_id))
    audit.record(session, user_id, "delete", "signal", [signal_id], symbol=row.symbol)
    await session.commit()
    return out


async def track_trade(session: AsyncSession, user_id: int, body: TradeIn) -> Trade:
    trade = Trade(
        user_id=user_id,
        pnl=performance.trade_pnl(
            body.side, body.entry_price, body.exit_price, body.quantity, body.fees
        ),
        **body.model_dump(),
    )
    session.add(trade)
    await session.flush()
    audit.record(session, user_id, "create", "trade", [trade.id], bot_id=body.bot_id)
    await session.commit()
    await session.refresh(trade)
    return trade


async def performance_stats(
    session: AsyncSession,
    user_id: int,
    bot_id: str | None,
    start: datetime | None,
    end: datetime | None,
) -> dict[str, object]:
    query = select(Trade.exit_time, Trade.pnl).where(Trade.user_id == user_id)
    if bot_id is not None:
        query = query.where(Trade.bot_id == bot_id)
    if start is not None:
        query = query.where(Trade.exit_time >= start)
    if end is not None:
        query = query.where(Trade.exit_time < end)
    rows = (await session.execute(query)).all()
    return performance.summarize([performance.ClosedTrade(*row) for row in rows])


async def get_settings(session: AsyncSession, user_id: int) -> UserSettingsOut:
    row = await session.get(UserSettings, user_id)
    if row is None:
        return UserSettingsOut()
    return UserSettingsOut(**row.data, updated_at=row.updated_at)


async def put_settings(
    session: AsyncSession, user_id: int, body: UserSettingsIn
) -> UserSettingsOut:
    data = body.model_dump(mode="json")
    row = await session.get(UserSettings, user_id)
    now = datetime.now(UTC)
    previous = row.data if row is not None else {}
    changed = sorted(key for key in data if previous.get(key) != data[key])
    if row is None:
        session.add(UserSettings(user_id=user_id, data=data, updated_at=now))
    else:
        row.data, row.updated_at = data, now
    audit.record(session, user_id, "update", "settings", [user_id], changed=changed)
    await session.commit()
    return UserSettingsOut(**data, updated_at=now)


async def import_candles(
    session: AsyncSession,
    user_id: int | None,
    *,
    content: bytes,
    exchange: str,
    symbol: str,
    timeframe: str,
    skip_invalid: bool = False,
) -> CandleImportResult:
    try:
        parsed = parse_candle_file(content, timeframe)
    except CandleFormatError as exc:
        raise ValidationFailed(
            str(exc), errors=[FieldError(field="body.file", message=str(exc), type="format")]
        ) from None
    if parsed.errors and not skip_invalid:
        shown = parsed.errors[:50]
        raise ValidationFailed(
            f"{len(parsed.errors)} invalid row(s); first at line {shown[0].line}: "
            f"{shown[0].message}. Nothing was imported.",
            errors=[
                FieldError(field=f"file.line.{error.line}", message=error.message, type="row")
                for error in shown
            ],
            row_errors=[ImportRowError(line=e.line, message=e.message).model_dump() for e in shown],
        )
    if not parsed.rows:
        raise ValidationFailed("the file holds no valid candles")
    first = datetime.fromtimestamp(parsed.rows[0].ts / 1000, UTC)
    last = datetime.fromtimestamp(parsed.rows[-1].ts / 1000, UTC)
    await partitions.ensure_candle_partitions(session, timeframe, first, last)
    key = (Candle.exchange == exchange, Candle.symbol == symbol, Candle.timeframe == timeframe)
    count_query = (
        select(func.count()).select_from(Candle).where(*key, Candle.ts >= first, Candle.ts <= last)
    )
    before = int(await session.scalar(count_query) or 0)
    builder = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert  # type: ignore[union-attr]
    records = [
        {
            "exchange": exchange,
            "symbol": symbol,
            "timeframe": timeframe,
            "ts": datetime.fromtimestamp(row.ts / 1000, UTC),
            "open": row.open,
            "high": row.high,
            "low": row.low,
            "close": row.close,
            "volume": row.volume,
        }
        for row in parsed.rows
    ]
    for offset in range(0, len(records), CANDLE_CHUNK):
        statement = builder(Candle).on_conflict_do_nothing()
        await session.execute(statement, records[offset : offset + CANDLE_CHUNK])
    after = int(await session.scalar(count_query) or 0)
    inserted = after - before
    audit.record(
        session,
        user_id,
        "import",
        "candles",
        [],
        exchange=exchange,
        symbol=symbol,
        timeframe=timeframe,
        inserted=inserted,
    )
    await session.commit()
    CANDLES_IMPORTED.inc(inserted)
    return CandleImportResult(
        exchange=exchange,
        symbol=symbol,
        timeframe=timeframe,
        format=parsed.format,
        inserted=inserted,
        duplicates=len(parsed.rows) - inserted + parsed.duplicates_in_file,
        first=first,
        last=last,
    )


async def query_candles(
    session: AsyncSession,
    *,
    exchange: str,
    symbol: str,
    timeframe: str,
    start: datetime | None,
    end: datetime | None,
    limit: int,
) -> list[Candle]:
    query = select(Candle).where(
        Candle.exchange == exchange, Candle.symbol == symbol, Candle.timeframe == timeframe
    )
    if start is not None:
        query = query.where(Candle.ts >= start)
    if end is not None:
        query = query.where(Candle.ts < end)
    query = query.order_by(Candle.ts).limit(limit)  # type: ignore[arg-type]
    return list(await session.scalars(query))


async def latest_candle_time(
    session: AsyncSession,
    *,
    exchange: str,
    symbol: str,
    timeframe: str,
    start: datetime,
    end: datetime,
) -> datetime | None:
    """Open time of the newest stored candle in ``[start, end)`` (one primary-key lookup)."""
    query = select(func.max(Candle.ts)).where(
        Candle.exchange == exchange,
        Candle.symbol == symbol,
        Candle.timeframe == timeframe,
        Candle.ts >= start,  # type: ignore[operator]
        Candle.ts < end,  # type: ignore[operator]
    )
    return await session.scalar(query)
