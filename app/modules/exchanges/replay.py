"""Recording and replaying market data.

Two on-disk formats are read:

* **cryptofeed** recordings (``BINANCE.ws.1.0``, ``BINANCE.http.0.0``, ...), one message a line::

      wss://host/path <-> 1633998511.15             connection opened
      wss://host/path <- 1633998512.06: {...}       message sent by the client
      1633998512.06: {...}                          websocket message received
      https://host/path?query -> 1633998512.32: {...}   REST response received

* the project's own **JSONL** format, one object a line::

      {"ts": 1633998512.06, "exchange": "binance", "channel": "orderbook",
       "symbol": "BTC/USDT", "raw": {...}, "url": null}

  ``channel`` is ``ws`` or ``rest`` for venue-native payloads (normalised on replay by
  ``normalize.py``), or one of the unified channels (``ticker``, ``trades``, ``ohlcv``,
  ``orderbook``, ``book_delta``) whose ``raw`` is the unified event's ``to_dict()``.

``Recorder`` writes the JSONL format; ``read_recording`` / ``merge_recordings`` read either;
``paced`` plays messages back at real or accelerated speed. ``RecordedHttp`` serves recorded REST
responses to a real ccxt client in place of its HTTP transport, so ccxt's own parsers run offline.
"""

from __future__ import annotations

import asyncio
import copy
import heapq
import inspect
import json
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from app.modules.exchanges.types import (
    BookDelta,
    Candle,
    MarketEvent,
    OrderBookSnapshot,
    Ticker,
    Trade,
)

try:  # orjson is several times faster on the large depth messages; json is the fallback
    import orjson

    _loads: Callable[[str | bytes], Any] = orjson.loads

    def _dumps(obj: Any) -> str:
        return orjson.dumps(obj, default=str).decode()

except ImportError:  # pragma: no cover - exercised only without orjson
    _loads = json.loads

    def _dumps(obj: Any) -> str:
        return json.dumps(obj, separators=(",", ":"), default=str)


T = TypeVar("T")

WS = "ws"
REST = "rest"
SENT = "sent"
CONNECT = "connect"

UNIFIED_CHANNELS: dict[type, str] = {
    Ticker: "ticker",
    Trade: "trades",
    Candle: "ohlcv",
    OrderBookSnapshot: "orderbook",
    BookDelta: "book_delta",
}

# cryptofeed file-name prefixes → ccxt exchange ids
CRYPTOFEED_EXCHANGES = {
    "BINANCE": "binance",
    "BINANCE_FUTURES": "binanceusdm",
    "BINANCE_DELIVERY": "binancecoinm",
    "BINANCE_US": "binanceus",
    "BITGET": "bitget",
    "BITMEX": "bitmex",
    "BITSTAMP": "bitstamp",
    "BYBIT": "bybit",
    "COINBASE": "coinbase",
    "GEMINI": "gemini",
    "KRAKEN": "kraken",
    "KUCOIN": "kucoin",
    "OKX": "okx",
}


@dataclass(slots=True)
class RecordedMessage:
    ts: float
    """Receive time, seconds since the epoch."""
    exchange: str
    channel: str
    symbol: str | None
    raw: Any
    url: str | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "ts": self.ts,
            "exchange": self.exchange,
            "channel": self.channel,
            "symbol": self.symbol,
            "raw": self.raw,
        }
        if self.url is not None:
            data["url"] = self.url
        return _dumps(data)


class RecordingFormatError(ValueError):
    pass


def _parse_payload(text: str) -> Any:
    text = text.strip()
    try:
        return _loads(text)
    except ValueError:
        return text  # some venues send plain-text frames ("pong")


def parse_cryptofeed_line(line: str, exchange: str) -> RecordedMessage | None:
    """Parse one cryptofeed recording line; ``None`` for blank lines."""
    line = line.rstrip("\n")
    if not line.strip():
        return None
    if line[0].isdigit():
        ts_text, sep, payload = line.partition(": ")
        if not sep:
            raise RecordingFormatError(f"no ': ' after the timestamp in {line[:80]!r}")
        return RecordedMessage(float(ts_text), exchange, WS, None, _parse_payload(payload))
    url, _, rest = line.partition(" ")
    arrow, _, rest = rest.partition(" ")
    if arrow == "<->":
        return RecordedMessage(float(rest), exchange, CONNECT, None, None, url)
    if arrow not in ("->", "<-"):
        raise RecordingFormatError(f"unrecognised cryptofeed line {line[:80]!r}")
    ts_text, sep, payload = rest.partition(": ")
    if not sep:
        raise RecordingFormatError(f"no ': ' after the timestamp in {line[:80]!r}")
    channel = REST if arrow == "->" else SENT
    return RecordedMessage(float(ts_text), exchange, channel, None, _parse_payload(payload), url)


def cryptofeed_exchange(path: Path) -> str:
    """``BINANCE_FUTURES.ws.1.0`` → ``binanceusdm``; unknown prefixes are lower-cased."""
    prefix = path.name.split(".", 1)[0]
    return CRYPTOFEED_EXCHANGES.get(prefix, prefix.lower())


def read_cryptofeed(
    path: str | Path, *, exchange: str | None = None, include_control: bool = False
) -> Iterator[RecordedMessage]:
    """Messages of one cryptofeed file; control lines (connect/sent) only on request."""
    path = Path(path)
    exchange = exchange or cryptofeed_exchange(path)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            msg = parse_cryptofeed_line(line, exchange)
            if msg is None:
                continue
            if not include_control and msg.channel in (SENT, CONNECT):
                continue
            yield msg


def parse_jsonl_line(line: str) -> RecordedMessage | None:
    if not line.strip():
        return None
    data = _loads(line)
    try:
        return RecordedMessage(
            ts=float(data["ts"]),
            exchange=data["exchange"],
            channel=data["channel"],
            symbol=data.get("symbol"),
            raw=data.get("raw"),
            url=data.get("url"),
        )
    except (KeyError, TypeError) as exc:
        raise RecordingFormatError(f"bad recording line {line[:80]!r}: {exc}") from exc


def read_jsonl(path: str | Path) -> Iterator[RecordedMessage]:
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            msg = parse_jsonl_line(line)
            if msg is not None:
                yield msg


def read_recording(path: str | Path, **kwargs: Any) -> Iterator[RecordedMessage]:
    """Read a recording in either format (``*.jsonl`` → project format, else cryptofeed)."""
    path = Path(path)
    if path.suffix == ".jsonl":
        return read_jsonl(path)
    return read_cryptofeed(path, **kwargs)


def merge_recordings(paths: Iterable[str | Path]) -> list[RecordedMessage]:
    """All messages of several recordings in receive-time order (stable within a file)."""
    streams = [list(read_recording(p)) for p in paths]
    for stream in streams:  # files are append-only logs, but be robust to small reorderings
        stream.sort(key=_ts)
    return list(heapq.merge(*streams, key=_ts))


def _ts(msg: RecordedMessage) -> float:
    return msg.ts


async def paced(
    items: Iterable[T],
    speed: float,
    *,
    ts: Callable[[T], float] = _ts,  # type: ignore[assignment]
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Any] = asyncio.sleep,
) -> AsyncIterator[T]:
    """Yield ``items`` spaced out as recorded, ``speed`` times faster (0 = as fast as possible).

    Delays are scheduled against the start time, not chained, so per-message overhead does not
    accumulate into drift.
    """
    if speed < 0:
        raise ValueError("speed must be >= 0")
    start_wall: float | None = None
    start_ts = 0.0
    for n, item in enumerate(items):
        if speed > 0:
            t = ts(item)
            if start_wall is None:
                start_wall, start_ts = clock(), t
            else:
                delay = start_wall + (t - start_ts) / speed - clock()
                if delay > 0:
                    await sleep(delay)
        elif n % 256 == 255:
            await asyncio.sleep(0)  # let other tasks run during a flat-out replay
        yield item


class Recorder:
    """Append market data to a JSONL recording that ``ReplaySource`` can play back.

    Lines are flushed every ``flush_every`` records (and on ``close``): a crash loses at most that
    many, and a busy stream does not pay a write syscall per message.
    """

    def __init__(self, path: str | Path, *, append: bool = True, flush_every: int = 64) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: IO[str] | None = self.path.open("a" if append else "w", encoding="utf-8")
        self._flush_every = max(1, flush_every)
        self._pending = 0
        self.count = 0

    def write(self, msg: RecordedMessage) -> None:
        if self._fh is None:
            raise ValueError("recorder is closed")
        self._fh.write(msg.to_json())
        self._fh.write("\n")
        self.count += 1
        self._pending += 1
        if self._pending >= self._flush_every:
            self._fh.flush()
            self._pending = 0

    def record(
        self,
        exchange: str,
        channel: str,
        symbol: str | None,
        raw: Any,
        *,
        ts: float | None = None,
        url: str | None = None,
    ) -> None:
        """Record a venue-native (``ws``/``rest``) or unified payload."""
        ts = time.time() if ts is None else ts
        self.write(RecordedMessage(ts, exchange, channel, symbol, raw, url))

    def record_event(self, event: MarketEvent, *, ts: float | None = None) -> None:
        """Record a unified event (ticker, trade, candle, book snapshot or delta)."""
        channel = UNIFIED_CHANNELS[type(event)]
        self.record(event.exchange, channel, event.symbol, event.to_dict(), ts=ts)

    async def tee(self, stream: AsyncIterator[T]) -> AsyncIterator[T]:
        """Pass a stream of unified events through, recording each one."""
        async for event in stream:
            self.record_event(event)  # type: ignore[arg-type]
            yield event

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RecordedResponseMissing(LookupError):
    pass


class RecordedHttp:
    """Recorded REST responses, keyed by URL path and query, served to a real ccxt client.

    ``install(client)`` replaces only the client's HTTP transport (``fetch``): request building,
    signing, rate limiting, error handling and parsing all stay ccxt's own code.
    """

    def __init__(self) -> None:
        self._responses: dict[tuple[str, str, frozenset[tuple[str, str]]], Any] = {}
        self.requests: list[str] = []

    @staticmethod
    def _key(method: str, path: str, query: str | Mapping[str, Any]) -> tuple:
        if isinstance(query, str):
            pairs: Iterable[tuple[str, Any]] = parse_qsl(query, keep_blank_values=True)
        else:
            pairs = query.items()
        return method.upper(), path.rstrip("/"), frozenset((k, str(v)) for k, v in pairs)

    def add(
        self, path: str, query: str | Mapping[str, Any], response: Any, method: str = "GET"
    ) -> None:
        self._responses[self._key(method, path, query)] = response

    def add_url(self, url: str, response: Any, method: str = "GET") -> None:
        parts = urlsplit(url)
        self.add(parts.path, parts.query, response, method)

    @classmethod
    def from_gocryptotrader(
        cls, directory: str | Path, exchange: str | None = None
    ) -> RecordedHttp:
        """Load gocryptotrader mock-server recordings (``index.json`` + one JSON file each)."""
        directory = Path(directory)
        index = json.loads((directory / "index.json").read_text())
        recorded = cls()
        for entry in index:
            if exchange is not None and entry["exchange"] != exchange:
                continue
            doc = json.loads((directory / entry["file"]).read_text())
            query = doc.get("queryString") or ""
            recorded.add(doc["route"], query, doc["data"], doc.get("method", "GET"))
        return recorded

    @classmethod
    def from_messages(cls, messages: Iterable[RecordedMessage]) -> RecordedHttp:
        """REST responses from a recording (cryptofeed ``URL -> ts: json`` lines)."""
        recorded = cls()
        for msg in messages:
            if msg.channel == REST and msg.url:
                recorded.add_url(msg.url, msg.raw)
        return recorded

    def lookup(self, url: str, method: str = "GET") -> Any:
        parts = urlsplit(url)
        self.requests.append(url)
        try:
            return copy.deepcopy(self._responses[self._key(method, parts.path, parts.query)])
        except KeyError:
            raise RecordedResponseMissing(f"no recorded response for {method} {url}") from None

    def install(self, client: Any) -> Any:
        """Route ``client``'s HTTP requests (sync or async ccxt) to the recordings."""
        # Same signature as ccxt's Exchange.fetch(url, method, headers, body).
        if inspect.iscoroutinefunction(client.fetch):

            async def fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None):
                return self.lookup(url, method)

        else:

            def fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None):  # type: ignore[misc]
                return self.lookup(url, method)

        client.fetch = fetch
        return client
