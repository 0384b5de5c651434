"""Parse candle files into validated OHLCV rows.

Understands:
- CSV with a header: the CryptoDataDownload layout (optional URL banner line, ``unix`` in seconds
  or milliseconds, newest first), Yahoo-style ``Date,Open,High,Low,Close,Volume``, Binance kline
  CSV exports (``datetime``/``open_time`` …) and any header naming a time column plus
  open/high/low/close[/volume];
- JSON arrays of arrays: Binance kline arrays (strings, 12 columns) and ccxt OHLCV
  (``[ms, o, h, l, c, v]``).

Every row is checked for OHLC consistency; problems are reported with their line number (JSON:
the element index) so the caller can reject the file with a precise message.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.core.timeframes import TIMEFRAME_MS

_TIME_COLUMNS = ("unix", "timestamp", "open_time", "time", "datetime", "date")
MAX_REPORTED_ERRORS = 50


@dataclass(frozen=True, slots=True)
class CandleRow:
    ts: int  # open time, epoch milliseconds UTC
    open: float
    high: float
    low: float
    close: float
    volume: float


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    message: str


@dataclass
class ParsedCandles:
    rows: list[CandleRow] = field(default_factory=list)  # ascending by ts, unique ts
    errors: list[RowError] = field(default_factory=list)
    duplicates_in_file: int = 0
    format: str = "unknown"


class CandleFormatError(ValueError):
    """The file as a whole is not a candle file we understand."""


def parse_candle_file(content: bytes, timeframe: str) -> ParsedCandles:
    """Parse ``content`` (CSV or JSON) into candles of ``timeframe``."""
    if timeframe not in TIMEFRAME_MS:
        raise CandleFormatError(f"unknown timeframe {timeframe!r}; use one of {list(TIMEFRAME_MS)}")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CandleFormatError("file is not UTF-8 text") from exc
    stripped = text.lstrip()
    if not stripped:
        raise CandleFormatError("file is empty")
    step_ms = TIMEFRAME_MS[timeframe]
    parsed = (
        _parse_json_arrays(stripped, step_ms) if stripped[0] == "[" else _parse_csv(text, step_ms)
    )
    return _sorted_unique(parsed)


def _to_ms(value: str | float | int) -> int:
    """Epoch seconds or milliseconds (or an ISO/CryptoDataDownload date string) → ms."""
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            return _date_text_to_ms(text)
    if not math.isfinite(number) or number <= 0:
        raise ValueError(f"bad timestamp {value!r}")
    # Seconds for anything before ~2286 in seconds; CryptoDataDownload mixes both.
    return round(number * 1000) if number < 1e11 else round(number)


def _date_text_to_ms(text: str) -> int:
    # CryptoDataDownload's older rows: "2020-03-12 11-PM"
    if text.endswith(("-AM", "-PM")):
        parsed = datetime.strptime(text, "%Y-%m-%d %I-%p")
    else:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return int(parsed.timestamp() * 1000)


def _row(
    step_ms: int, ts: object, o: object, h: object, lo: object, c: object, v: object
) -> CandleRow:
    values = []
    for name, raw in (("open", o), ("high", h), ("low", lo), ("close", c), ("volume", v)):
        try:
            number = float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError(f"{name} {raw!r} is not a number") from None
        if not math.isfinite(number):
            raise ValueError(f"{name} is not finite")
        values.append(number)
    open_, high, low, close, volume = values
    if min(open_, high, low, close) <= 0:
        raise ValueError("prices must be positive")
    if volume < 0:
        raise ValueError("volume must not be negative")
    if high < max(open_, close, low):
        raise ValueError(f"high {high} is below open/close/low")
    if low > min(open_, close):
        raise ValueError(f"low {low} is above open/close")
    ms = _to_ms(ts)  # type: ignore[arg-type]
    if ms % step_ms:
        stamp = datetime.fromtimestamp(ms / 1000, UTC).isoformat()
        raise ValueError(f"time {stamp} is not aligned to the timeframe")
    return CandleRow(ms, open_, high, low, close, volume)


def _parse_json_arrays(text: str, step_ms: int) -> ParsedCandles:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CandleFormatError(f"invalid JSON: {exc.msg} at line {exc.lineno}") from exc
    if not isinstance(data, list):
        raise CandleFormatError("JSON candles must be an array of [time, o, h, l, c, v] arrays")
    result = ParsedCandles(format="json-arrays")
    for index, item in enumerate(data):
        if not isinstance(item, list) or len(item) < 6:
            result.errors.append(RowError(index, "expected [time, open, high, low, close, volume]"))
            continue
        if len(item) >= 12 and isinstance(item[1], str):
            result.format = "binance-klines"
        try:
            result.rows.append(_row(step_ms, *item[:6]))
        except ValueError as exc:
            result.errors.append(RowError(index, str(exc)))
    if result.format == "json-arrays":
        result.format = "ccxt-ohlcv"
    return result


def _parse_csv(text: str, step_ms: int) -> ParsedCandles:
    lines = text.splitlines()
    start = 0
    # CryptoDataDownload files may start with a URL banner line before the header.
    while start < len(lines) and ("," not in lines[start] or lines[start].startswith("http")):
        start += 1
    if start >= len(lines):
        raise CandleFormatError("no CSV header found")
    reader = csv.reader(io.StringIO("\n".join(lines[start:])))
    header = [column.strip().lower() for column in next(reader)]
    index = {name: position for position, name in enumerate(header)}
    time_column = next((name for name in _TIME_COLUMNS if name in index), None)
    missing = [name for name in ("open", "high", "low", "close") if name not in index]
    if time_column is None or missing:
        raise CandleFormatError(
            f"CSV header must name a time column ({', '.join(_TIME_COLUMNS)}) and "
            f"open, high, low, close; missing: {', '.join(missing) or 'time column'}"
        )
    volume_column = _volume_column(header)
    result = ParsedCandles(format="cryptodatadownload" if "unix" in index else "csv")
    for offset, record in enumerate(reader):
        line = start + 2 + offset  # 1-based, header counted
        if not record or all(not cell.strip() for cell in record):
            continue
        if len(record) < len(header):
            result.errors.append(RowError(line, f"expected {len(header)} columns"))
            continue
        try:
            volume = record[volume_column] if volume_column is not None else 0.0
            result.rows.append(
                _row(
                    step_ms,
                    record[index[time_column]],
                    record[index["open"]],
                    record[index["high"]],
                    record[index["low"]],
                    record[index["close"]],
                    volume,
                )
            )
        except ValueError as exc:
            result.errors.append(RowError(line, str(exc)))
    return result


def _volume_column(header: list[str]) -> int | None:
    if "volume" in header:
        return header.index("volume")
    # CryptoDataDownload: "Volume BTC" (base) comes before "Volume USDT" (quote).
    for position, name in enumerate(header):
        if name.startswith("volume"):
            return position
    return None


def _sorted_unique(parsed: ParsedCandles) -> ParsedCandles:
    by_ts: dict[int, CandleRow] = {}
    for row in parsed.rows:
        if row.ts in by_ts:
            parsed.duplicates_in_file += 1
        else:
            by_ts[row.ts] = row
    parsed.rows = [by_ts[ts] for ts in sorted(by_ts)]
    return parsed
