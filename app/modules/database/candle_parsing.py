"""Parse candle files into validated OHLCV columns, incrementally, as the bytes arrive.

Understands:
- CSV with a header: the CryptoDataDownload layout (leading banner lines such as
  ``https://www.CryptoDataDownload.com`` are skipped whatever they contain; ``unix`` in seconds or
  milliseconds, newest first), Yahoo-style ``Date,Open,High,Low,Close,Volume``, Binance kline
  CSVs with a header (``open_time`` …) and any header naming a time column plus
  open/high/low/close[/volume];
- Binance public data dumps (data.binance.vision): kline CSVs without a header, 12 columns, open
  time in milliseconds (microseconds in the spot files since 2025). Trades and aggTrades dumps
  are recognised and refused with a message saying so;
- JSON arrays of arrays: Binance kline arrays (12 columns) and ccxt OHLCV (``[ms, o, h, l, c, v]``).

Rows land in typed arrays (48 bytes a row, about a third of the CSV text), so memory stays a
fraction of the file size; nothing holds the whole file. Every row is checked for OHLC
consistency; problems are reported with their line number (JSON: the element index).
"""

from __future__ import annotations

import codecs
import math
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import orjson

from app.core.timeframes import TIMEFRAME_MS

__all__ = [
    "TIMEFRAME_MS",
    "CandleParser",
    "CandleRow",
    "ParsedCandles",
    "RowError",
    "parse_candle_file",
]

_TIME_COLUMNS = ("unix", "timestamp", "open_time", "time", "datetime", "date")
MAX_REPORTED_ERRORS = 50
MAX_LINE_CHARS = 128 * 1024  # also the longest field: nothing in a candle row comes close
MAX_PREAMBLE_LINES = 5
# Epoch magnitudes: below 1e11 seconds (until year 5138), then milliseconds, then microseconds.
_SECONDS_BELOW, _MILLIS_BELOW, _MICROS_BELOW = 1e11, 1e14, 1e17
_LAST_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z, the last moment a datetime holds


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


class CandleFormatError(ValueError):
    """The file as a whole is not a candle file we understand."""


class TradesFileError(CandleFormatError):
    """The file is a trades or aggTrades dump, not candles."""


@dataclass
class ParsedCandles:
    """Unique bars ascending by open time (epoch ms), as numpy columns."""

    ts: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray
    errors: list[RowError] = field(default_factory=list)  # the first MAX_REPORTED_ERRORS
    error_count: int = 0
    duplicates_in_file: int = 0
    format: str = "unknown"

    def __len__(self) -> int:
        return len(self.ts)

    @property
    def rows(self) -> list[CandleRow]:
        """The bars as row objects (for small files and tests; the importer uses the columns)."""
        columns = (self.ts, self.open, self.high, self.low, self.close, self.volume)
        return [CandleRow(int(ts), *values) for ts, *values in zip(*columns, strict=True)]


def _number(raw: object, name: str) -> float:
    try:
        number = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} {str(raw)[:40]!r} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{name} is not finite")
    return number


def _epoch_ms(value: object) -> int:
    """Epoch seconds, milliseconds or microseconds, or an ISO / CryptoDataDownload date → ms."""
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            return _date_text_to_ms(text)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        raise ValueError(f"bad timestamp {str(value)[:40]!r}")
    if not math.isfinite(number) or number <= 0 or number >= _MICROS_BELOW:
        raise ValueError(f"timestamp {str(value)[:40]} is out of range")
    if number < _SECONDS_BELOW:
        return round(number * 1000)
    return round(number) if number < _MILLIS_BELOW else round(number / 1000)


def _date_text_to_ms(text: str) -> int:
    try:
        if text.endswith(("-AM", "-PM")):  # CryptoDataDownload's older rows: "2020-03-12 11-PM"
            parsed = datetime.strptime(text, "%Y-%m-%d %I-%p")
        else:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        ms = int(parsed.timestamp() * 1000)
    except (ValueError, OverflowError, OSError):
        raise ValueError(f"bad timestamp {text[:40]!r}") from None
    if not 0 < ms <= _LAST_MS:
        raise ValueError(f"timestamp {text[:40]} is out of range (1970 to 9999)")
    return ms


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _first_bool(cells: list[str]) -> int | None:
    return next((i for i, c in enumerate(cells) if c.strip().lower() in ("true", "false")), None)


def _trades_kind(cells: list[str]) -> str | None:
    """'trades' / 'aggTrades' when a header or a headerless row is one of Binance's trade dumps
    (trades: id, price, qty, quote_qty, time, is_buyer_maker[, is_best_match]; aggTrades:
    agg_trade_id, price, quantity, first_trade_id, last_trade_id, transact_time, …)."""
    names = {cell.strip().lower() for cell in cells}
    if {"agg_trade_id", "first_trade_id", "transact_time"} & names:
        return "aggTrades"
    if "is_buyer_maker" in names or {"price", "qty"} <= names:
        return "trades"
    if names & {"open", "high", "low", "close"}:
        return None
    flag = _first_bool(cells)
    if flag == 5 and _is_number(cells[0]):
        return "trades"
    if flag == 6 and _is_number(cells[0]):
        return "aggTrades"
    return None


def _trades_error(kind: str) -> TradesFileError:
    return TradesFileError(
        f"this is a Binance {kind} dump (one row per trade), not candles; import the klines "
        "dump of the same market (data.binance.vision …/klines/<SYMBOL>/<interval>/) instead"
    )


class _Columns:
    """Append-only typed columns plus the source line of every row."""

    def __init__(self) -> None:
        self.ts = array("q")
        self.values = [array("d") for _ in range(5)]
        self.lines = array("q")
        self.errors: list[RowError] = []
        self.error_count = 0

    def error(self, line: int, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(RowError(line, message))

    def add(
        self, line: int, ts: object, o: object, h: object, lo: object, c: object, v: object
    ) -> None:
        # Fast path for the common, valid row; anything unusual takes ``_checked`` for the
        # precise message. NaN fails every comparison, so it never passes the fast checks.
        try:
            open_, high, low = float(o), float(h), float(lo)  # type: ignore[arg-type]
            close, volume = float(c), float(v)  # type: ignore[arg-type]
            stamp = float(ts)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self._checked(line, ts, o, h, lo, c, v)
            return
        if not (
            0 < low <= min(open_, close)
            and max(open_, close) <= high < math.inf
            and 0 <= volume < math.inf
            and _SECONDS_BELOW <= stamp < _MICROS_BELOW
            and not isinstance(ts, bool)
        ):
            self._checked(line, ts, o, h, lo, c, v)
            return
        ms = round(stamp) if stamp < _MILLIS_BELOW else round(stamp / 1000)
        self._append(line, ms, open_, high, low, close, volume)

    def _append(
        self, line: int, ms: int, o: float, h: float, lo: float, c: float, v: float
    ) -> None:
        self.ts.append(ms)
        opens, highs, lows, closes, volumes = self.values
        opens.append(o)
        highs.append(h)
        lows.append(lo)
        closes.append(c)
        volumes.append(v)
        self.lines.append(line)

    def _checked(
        self, line: int, ts: object, o: object, h: object, lo: object, c: object, v: object
    ) -> None:
        try:
            open_ = _number(o, "open")
            high = _number(h, "high")
            low = _number(lo, "low")
            close = _number(c, "close")
            volume = _number(v, "volume")
            if min(open_, high, low, close) <= 0:
                raise ValueError("prices must be positive")
            if volume < 0:
                raise ValueError("volume must not be negative")
            if high < max(open_, close, low):
                raise ValueError(f"high {high} is below open/close/low")
            if low > min(open_, close):
                raise ValueError(f"low {low} is above open/close")
            ms = _epoch_ms(ts)
        except ValueError as exc:
            self.error(line, str(exc))
            return
        self._append(line, ms, open_, high, low, close, volume)


class CandleParser:
    """Feed the file's bytes in chunks with :meth:`feed`, then call :meth:`finish`."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._pending = ""
        self._mode: str | None = None  # "csv" or "json", from the first non-blank character
        self._columns = _Columns()
        self._line = 0
        self.format = "unknown"
        # CSV state
        self._preamble = 0
        self._index: dict[str, int] | None = None  # column positions once the layout is known
        self._width = 0
        # JSON state
        self._json_started = False
        self._json_done = False
        self._json_items = 0
        self._json_expect_item = True

    # -- input ---------------------------------------------------------------------------------

    def feed(self, chunk: bytes) -> None:
        try:
            text = self._decoder.decode(chunk)
        except UnicodeDecodeError:
            raise CandleFormatError("file is not UTF-8 text") from None
        self._consume(text, final=False)

    def finish(self, timeframe: str) -> ParsedCandles:
        """Validate alignment to ``timeframe``, then sort and de-duplicate the rows."""
        try:
            tail = self._decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise CandleFormatError("file is not UTF-8 text") from None
        self._consume(tail, final=True)
        if self._mode is None:
            raise CandleFormatError("file is empty")
        if self._mode == "csv" and self._index is None:
            raise CandleFormatError("no CSV header found")
        if self._mode == "json" and not self._json_done:
            raise CandleFormatError("invalid JSON: the top-level array is not closed")
        return self._result(TIMEFRAME_MS[timeframe])

    def _consume(self, text: str, *, final: bool) -> None:
        if self._mode is None:
            stripped = text.lstrip()
            if not stripped:
                self._pending += text
                return
            self._mode = "json" if stripped[0] == "[" else "csv"
        if self._mode == "json":
            self._consume_json(text, final=final)
            return
        data = self._pending + text
        lines = data.split("\n")
        self._pending = "" if final else lines.pop()
        if len(self._pending) > MAX_LINE_CHARS:
            raise CandleFormatError(
                f"line {self._line + 1} is longer than {MAX_LINE_CHARS // 1024} KiB"
            )
        for line in lines:
            self._line += 1
            if len(line) > MAX_LINE_CHARS:
                raise CandleFormatError(
                    f"line {self._line} is longer than {MAX_LINE_CHARS // 1024} KiB"
                )
            self._csv_line(line)

    # -- CSV -----------------------------------------------------------------------------------

    def _csv_line(self, line: str) -> None:
        line = line.rstrip("\r")
        if not line.strip():
            return
        cells = _split(line)
        if self._index is None:
            self._layout(cells)
            return
        if len(cells) < self._width:
            self._columns.error(self._line, f"expected {self._width} columns")
            return
        index = self._index
        self._columns.add(
            self._line,
            cells[index["time"]],
            cells[index["open"]],
            cells[index["high"]],
            cells[index["low"]],
            cells[index["close"]],
            cells[index["volume"]] if "volume" in index else 0.0,
        )

    def _layout(self, cells: list[str]) -> None:
        """Header, headerless dump, or a banner line to skip."""
        kind = _trades_kind(cells)
        if kind is not None:
            raise _trades_error(kind)
        header = [cell.strip().lower() for cell in cells]
        positions = {name: position for position, name in enumerate(header)}
        time_column = next((name for name in _TIME_COLUMNS if name in positions), None)
        if time_column and all(name in positions for name in ("open", "high", "low", "close")):
            self._index = {
                "time": positions[time_column],
                **{name: positions[name] for name in ("open", "high", "low", "close")},
            }
            volume = _volume_column(header)
            if volume is not None:
                self._index["volume"] = volume
            self._width = len(header)
            self.format = "cryptodatadownload" if "unix" in positions else "csv"
            return
        if _is_number(cells[0]):
            if len(cells) != 12:
                raise CandleFormatError(
                    f"headerless CSV with {len(cells)} columns: only Binance kline dumps "
                    "(12 columns) are recognised; add a header naming time, open, high, low, "
                    "close and volume"
                )
            self._index = {"time": 0, "open": 1, "high": 2, "low": 3, "close": 4, "volume": 5}
            self._width = 12
            self.format = "binance-klines"
            self._csv_line_cells(cells)
            return
        self._preamble += 1  # a banner (CryptoDataDownload's URL line, a title, ...)
        if self._preamble > MAX_PREAMBLE_LINES:
            raise CandleFormatError(
                "no CSV header found: it must name a time column "
                f"({', '.join(_TIME_COLUMNS)}) and open, high, low, close"
            )

    def _csv_line_cells(self, cells: list[str]) -> None:
        self._columns.add(self._line, *cells[:6])

    # -- JSON ----------------------------------------------------------------------------------

    def _consume_json(self, text: str, *, final: bool) -> None:
        buffer = self._pending + text
        position = 0
        size = len(buffer)
        while position < size:
            char = buffer[position]
            if char in " \t\r\n":
                position += 1
                continue
            if self._json_done:
                raise CandleFormatError("invalid JSON: data after the top-level array")
            if not self._json_started:
                if char != "[":
                    raise CandleFormatError("JSON candles must be an array of arrays")
                self._json_started = True
                position += 1
                continue
            if char == "]" and (not self._json_expect_item or self._json_items == 0):
                self._json_done = True
                position += 1
                continue
            if not self._json_expect_item:
                if char != ",":
                    raise CandleFormatError(f"invalid JSON after element {self._json_items - 1}")
                self._json_expect_item = True
                position += 1
                continue
            if char not in "[{":
                raise CandleFormatError(
                    "JSON candles must be an array of [time, open, high, low, close, volume] arrays"
                )
            end = buffer.find("]" if char == "[" else "}", position)
            if end < 0:
                if size - position > MAX_LINE_CHARS:
                    raise CandleFormatError(
                        f"JSON element {self._json_items} is longer than "
                        f"{MAX_LINE_CHARS // 1024} KiB or nested"
                    )
                break
            self._json_element(buffer[position : end + 1], char)
            position = end + 1
        self._pending = buffer[position:]

    def _json_element(self, text: str, opener: str) -> None:
        index = self._json_items
        self._json_items += 1
        self._json_expect_item = False
        try:
            item = orjson.loads(text)
        except orjson.JSONDecodeError:
            raise CandleFormatError(
                f"invalid JSON at element {index}: candles must be flat arrays"
            ) from None
        if opener == "{":
            keys = set(item)
            if {"isBuyerMaker", "qty"} & keys or {"a", "f", "l", "T"} <= keys:
                kind = "aggTrades" if "a" in keys else "trades"
                raise _trades_error(kind)
            raise CandleFormatError(
                "JSON candles must be an array of [time, open, high, low, close, volume] arrays"
            )
        if len(item) < 6:
            self._columns.error(index, "expected [time, open, high, low, close, volume]")
            return
        if self.format == "unknown":
            self.format = (
                "binance-klines" if len(item) >= 12 and isinstance(item[1], str) else "ccxt-ohlcv"
            )
        self._columns.add(index, *item[:6])

    # -- result --------------------------------------------------------------------------------

    def _result(self, step_ms: int) -> ParsedCandles:
        columns = self._columns
        ts = np.frombuffer(columns.ts, dtype=np.int64) if columns.ts else np.empty(0, np.int64)
        values = [
            np.frombuffer(column, dtype=np.float64) if column else np.empty(0, np.float64)
            for column in columns.values
        ]
        errors = list(columns.errors)
        error_count = columns.error_count
        misaligned = np.flatnonzero(ts % step_ms)
        if misaligned.size:
            error_count += int(misaligned.size)
            lines = np.frombuffer(columns.lines, dtype=np.int64)
            for position in misaligned[:MAX_REPORTED_ERRORS]:
                stamp = datetime.fromtimestamp(int(ts[position]) / 1000, UTC).isoformat()
                errors.append(
                    RowError(int(lines[position]), f"time {stamp} is not aligned to the timeframe")
                )
            errors = sorted(errors, key=lambda error: error.line)[:MAX_REPORTED_ERRORS]
            keep = ts % step_ms == 0
            ts, values = ts[keep], [column[keep] for column in values]
        steps = np.diff(ts)
        if (steps < 0).all():  # newest first (CryptoDataDownload): reversed views, no copies
            ts, values = ts[::-1], [column[::-1] for column in values]
        elif not (steps > 0).all():
            order = np.argsort(ts, kind="stable")  # the first of repeated open times wins
            ts, values = ts[order], [column[order] for column in values]
        del steps
        first = np.ones(len(ts), dtype=bool)
        first[1:] = ts[1:] != ts[:-1]
        duplicates = int(len(ts) - first.sum())
        if duplicates:
            ts, values = ts[first], [column[first] for column in values]
        open_, high, low, close, volume = values
        return ParsedCandles(
            ts, open_, high, low, close, volume, errors=errors, error_count=error_count,
            duplicates_in_file=duplicates, format=self.format,
        )  # fmt: skip


def _split(line: str) -> list[str]:
    if '"' not in line:
        return line.split(",")
    import csv  # quoted cells are rare in candle files

    return next(csv.reader([line]))


def _volume_column(header: list[str]) -> int | None:
    if "volume" in header:
        return header.index("volume")
    # CryptoDataDownload: "Volume BTC" (base) comes before "Volume USDT" (quote).
    return next((i for i, name in enumerate(header) if name.startswith("volume")), None)


def parse_candle_file(content: bytes, timeframe: str, chunk: int = 1 << 20) -> ParsedCandles:
    """Parse an in-memory file (downloads, the CLI) the same way uploads are parsed."""
    parser = CandleParser()
    for offset in range(0, len(content), chunk):
        parser.feed(content[offset : offset + chunk])
    return parser.finish(timeframe)
