"""Turn venue messages and ccxt structures into the unified types.

* ``*_from_ccxt``: ccxt's unified dicts (what ``LiveSource`` receives) → unified dataclasses.
* ``normalize(msg)``: one recorded venue message (websocket or REST, see ``replay.py``) → a list
  of unified events. Venues: Binance spot / US (``binance``, ``binanceus``), Binance USDⓈ-M
  futures (``binanceusdm``), OKX and Bybit (the 2021 ``orderBookL2_25`` / ``trade`` feed).
  Messages that carry no market data (subscription acks, heartbeats) yield nothing.
* ``book_rule`` / ``book_checksum``: how each venue's book updates are sequenced and checked.
* ``event_from_dict``: a unified event recorded by ``Recorder`` → its dataclass again.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from app.modules.exchanges.orderbook import OrderBook, SeqRule
from app.modules.exchanges.replay import REST, UNIFIED_CHANNELS, WS, RecordedMessage
from app.modules.exchanges.symbols import binance_symbol, okx_symbol, split_concatenated
from app.modules.exchanges.types import (
    BookDelta,
    Candle,
    Level,
    MarketEvent,
    OrderBookSnapshot,
    Side,
    Source,
    Ticker,
    Trade,
)


def _f(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


def _levels(raw: Iterable[Sequence[Any]]) -> list[Level]:
    return [(float(level[0]), float(level[1])) for level in raw]


# --- ccxt unified structures -------------------------------------------------------------------


def ticker_from_ccxt(exchange: str, t: Mapping[str, Any], source: Source = Source.LIVE) -> Ticker:
    return Ticker(
        exchange=exchange,
        symbol=t["symbol"],
        source=source,
        timestamp=t.get("timestamp"),
        bid=_f(t.get("bid")),
        ask=_f(t.get("ask")),
        last=_f(t.get("last")),
        bid_size=_f(t.get("bidVolume")),
        ask_size=_f(t.get("askVolume")),
        open=_f(t.get("open")),
        high=_f(t.get("high")),
        low=_f(t.get("low")),
        base_volume=_f(t.get("baseVolume")),
        quote_volume=_f(t.get("quoteVolume")),
        percentage=_f(t.get("percentage")),
    )


def order_book_from_ccxt(
    exchange: str,
    ob: Mapping[str, Any],
    source: Source = Source.LIVE,
    *,
    symbol: str | None = None,
    depth: int | None = None,
) -> OrderBookSnapshot:
    bids = ob.get("bids") or []
    asks = ob.get("asks") or []
    if depth is not None:
        bids, asks = bids[:depth], asks[:depth]
    return OrderBookSnapshot(
        exchange=exchange,
        symbol=symbol or ob["symbol"],
        source=source,
        timestamp=ob.get("timestamp"),
        bids=tuple((float(b[0]), float(b[1])) for b in bids),
        asks=tuple((float(a[0]), float(a[1])) for a in asks),
        sequence=ob.get("nonce"),
    )


def trade_from_ccxt(exchange: str, t: Mapping[str, Any], source: Source = Source.LIVE) -> Trade:
    side = t.get("side")
    return Trade(
        exchange=exchange,
        symbol=t["symbol"],
        source=source,
        timestamp=int(t["timestamp"]),
        price=float(t["price"]),
        amount=float(t["amount"]),
        side=side if side in ("buy", "sell") else None,
        id=None if t.get("id") is None else str(t["id"]),
    )


def candle_from_ccxt(
    exchange: str,
    symbol: str,
    timeframe: str,
    row: Sequence[Any],
    source: Source = Source.LIVE,
    *,
    closed: bool = True,
) -> Candle:
    ts, o, h, low, c, v = row[:6]
    return Candle(
        exchange=exchange,
        symbol=symbol,
        source=source,
        timeframe=timeframe,
        timestamp=int(ts),
        open=float(o),
        high=float(h),
        low=float(low),
        close=float(c),
        volume=float(v or 0.0),
        closed=closed,
    )


# --- unified events recorded by Recorder --------------------------------------------------------

_EVENT_TYPES = {channel: cls for cls, channel in UNIFIED_CHANNELS.items()}


def event_from_dict(channel: str, raw: Mapping[str, Any], source: Source) -> MarketEvent:
    """Rebuild a recorded unified event, relabelled with the ``source`` that now serves it."""
    cls = _EVENT_TYPES[channel]
    data = {k: v for k, v in raw.items() if k not in ("datetime", "cost")}
    data["source"] = source
    if cls is OrderBookSnapshot:
        data["bids"] = tuple((float(p), float(q)) for p, q in data["bids"])
        data["asks"] = tuple((float(p), float(q)) for p, q in data["asks"])
    elif cls is BookDelta:
        data["bids"] = [(float(p), float(q)) for p, q in data["bids"]]
        data["asks"] = [(float(p), float(q)) for p, q in data["asks"]]
    return cls(**data)


# --- venue messages -----------------------------------------------------------------------------


def normalize(msg: RecordedMessage, source: Source = Source.REPLAY) -> list[MarketEvent]:
    """Unified events in one recorded message (empty for acks, heartbeats, unknown venues)."""
    if msg.channel in _EVENT_TYPES:
        return [event_from_dict(msg.channel, msg.raw, source)]
    handler = _VENUES.get(msg.exchange)
    if handler is None or msg.channel not in (WS, REST):
        return []
    return handler(msg, source)


def book_rule(exchange: str) -> SeqRule:
    """How ``exchange``'s book updates are sequenced (see ``orderbook.SeqRule``)."""
    return _BOOK_RULES.get(exchange, SeqRule.NONE)


def book_checksum(exchange: str) -> Callable[[OrderBook], int] | None:
    """The venue's book checksum function, for venues that send one with each update."""
    return _CHECKSUMS.get(exchange)


def new_book(exchange: str, symbol: str, source: Source = Source.REPLAY) -> OrderBook:
    """An ``OrderBook`` set up with ``exchange``'s sequence rule and checksum."""
    return OrderBook(
        exchange, symbol, book_rule(exchange), source=source, checksum_fn=book_checksum(exchange)
    )


# Binance (spot, US, USDⓈ-M futures) -------------------------------------------------------------


def _binance_side(buyer_is_maker: bool | None) -> Side | None:
    # The maker bought, so the aggressor (taker) sold.
    if buyer_is_maker is None:
        return None
    return "sell" if buyer_is_maker else "buy"


def _binance(msg: RecordedMessage, source: Source, *, linear: bool) -> list[MarketEvent]:
    ex = msg.exchange
    recv_ms = int(msg.ts * 1000)
    if msg.channel == REST:
        return _binance_rest(msg, source, linear=linear, recv_ms=recv_ms)
    raw = msg.raw
    if not isinstance(raw, dict):
        return []
    data = raw.get("data", raw) if "stream" in raw else raw
    if not isinstance(data, dict):
        return []
    event = data.get("e")
    market_id = data.get("s")
    if market_id is None:
        return []
    symbol = binance_symbol(market_id, linear=linear)
    if event == "depthUpdate":
        return [
            BookDelta(
                exchange=ex,
                symbol=symbol,
                bids=_levels(data["b"]),
                asks=_levels(data["a"]),
                first_seq=data["U"],
                last_seq=data["u"],
                prev_seq=data.get("pu"),
                timestamp=data.get("E"),
                source=source,
            )
        ]
    if event in ("trade", "aggTrade"):
        return [
            Trade(
                exchange=ex,
                symbol=symbol,
                source=source,
                timestamp=int(data["T"]),
                price=float(data["p"]),
                amount=float(data["q"]),
                side=_binance_side(data.get("m")),
                id=str(data["t"] if event == "trade" else data["a"]),
            )
        ]
    if event == "bookTicker" or (event is None and "b" in data and "B" in data):
        # Spot book tickers have no event type and no time: use the receive time.
        return [
            Ticker(
                exchange=ex,
                symbol=symbol,
                source=source,
                timestamp=data.get("E") or data.get("T") or recv_ms,
                bid=float(data["b"]),
                ask=float(data["a"]),
                bid_size=float(data["B"]),
                ask_size=float(data["A"]),
            )
        ]
    if event == "kline":
        k = data["k"]
        return [
            Candle(
                exchange=ex,
                symbol=symbol,
                source=source,
                timeframe=k["i"],
                timestamp=int(k["t"]),
                open=float(k["o"]),
                high=float(k["h"]),
                low=float(k["l"]),
                close=float(k["c"]),
                volume=float(k["v"]),
                closed=bool(k["x"]),
            )
        ]
    if event == "24hrTicker":
        return [
            Ticker(
                exchange=ex,
                symbol=symbol,
                source=source,
                timestamp=data.get("E"),
                bid=_f(data.get("b")),
                ask=_f(data.get("a")),
                last=_f(data.get("c")),
                bid_size=_f(data.get("B")),
                ask_size=_f(data.get("A")),
                open=_f(data.get("o")),
                high=_f(data.get("h")),
                low=_f(data.get("l")),
                base_volume=_f(data.get("v")),
                quote_volume=_f(data.get("q")),
                percentage=_f(data.get("P")),
            )
        ]
    return []


def _binance_rest(
    msg: RecordedMessage, source: Source, *, linear: bool, recv_ms: int
) -> list[MarketEvent]:
    parts = urlsplit(msg.url or "")
    query = dict(parse_qsl(parts.query))
    market_id = query.get("symbol")
    if market_id is None:
        return []
    symbol = binance_symbol(market_id, linear=linear)
    endpoint = parts.path.rstrip("/").rsplit("/", 1)[-1]
    raw = msg.raw
    if endpoint == "depth" and isinstance(raw, dict):
        return [
            OrderBookSnapshot(
                exchange=msg.exchange,
                symbol=symbol,
                source=source,
                timestamp=raw.get("T") or raw.get("E") or recv_ms,
                bids=tuple(_levels(raw["bids"])),
                asks=tuple(_levels(raw["asks"])),
                sequence=raw.get("lastUpdateId"),
            )
        ]
    if endpoint in ("trades", "historicalTrades") and isinstance(raw, list):
        return [
            Trade(
                exchange=msg.exchange,
                symbol=symbol,
                source=source,
                timestamp=int(t["time"]),
                price=float(t["price"]),
                amount=float(t["qty"]),
                side=_binance_side(t.get("isBuyerMaker")),
                id=str(t["id"]),
            )
            for t in raw
        ]
    if endpoint == "aggTrades" and isinstance(raw, list):
        return [
            Trade(
                exchange=msg.exchange,
                symbol=symbol,
                source=source,
                timestamp=int(t["T"]),
                price=float(t["p"]),
                amount=float(t["q"]),
                side=_binance_side(t.get("m")),
                id=str(t["a"]),
            )
            for t in raw
        ]
    if endpoint == "klines" and isinstance(raw, list):
        timeframe = query.get("interval", "")
        return [candle_from_ccxt(msg.exchange, symbol, timeframe, row[:6], source) for row in raw]
    return []


# OKX ---------------------------------------------------------------------------------------------


def _okx(msg: RecordedMessage, source: Source) -> list[MarketEvent]:
    raw = msg.raw
    if msg.channel != WS or not isinstance(raw, dict) or "data" not in raw:
        return []
    arg = raw.get("arg") or {}
    channel = arg.get("channel", "")
    symbol = okx_symbol(arg["instId"])
    ex = msg.exchange
    out: list[MarketEvent] = []
    if channel.startswith("books"):
        action = raw.get("action", "snapshot")
        for d in raw["data"]:
            ts = _int(d.get("ts"))
            seq = _int(d.get("seqId"))
            if action == "snapshot":
                out.append(
                    OrderBookSnapshot(
                        exchange=ex,
                        symbol=symbol,
                        source=source,
                        timestamp=ts,
                        bids=tuple(_levels(d["bids"])),
                        asks=tuple(_levels(d["asks"])),
                        sequence=seq,
                    )
                )
            else:
                out.append(
                    BookDelta(
                        exchange=ex,
                        symbol=symbol,
                        bids=_levels(d["bids"]),
                        asks=_levels(d["asks"]),
                        first_seq=seq,
                        last_seq=seq,
                        prev_seq=_int(d.get("prevSeqId")),
                        timestamp=ts,
                        checksum=_int(d.get("checksum")),
                        source=source,
                    )
                )
    elif channel == "trades":
        for d in raw["data"]:
            out.append(
                Trade(
                    exchange=ex,
                    symbol=symbol,
                    source=source,
                    timestamp=int(d["ts"]),
                    price=float(d["px"]),
                    amount=float(d["sz"]),
                    side=d["side"] if d.get("side") in ("buy", "sell") else None,
                    id=str(d["tradeId"]),
                )
            )
    elif channel == "tickers":
        for d in raw["data"]:
            spot = d.get("instType") == "SPOT"
            out.append(
                Ticker(
                    exchange=ex,
                    symbol=symbol,
                    source=source,
                    timestamp=_int(d.get("ts")),
                    bid=_f(d.get("bidPx")),
                    ask=_f(d.get("askPx")),
                    last=_f(d.get("last")),
                    bid_size=_f(d.get("bidSz")),
                    ask_size=_f(d.get("askSz")),
                    open=_f(d.get("open24h")),
                    high=_f(d.get("high24h")),
                    low=_f(d.get("low24h")),
                    # Same reading as ccxt: for derivatives vol24h counts contracts and volCcy24h
                    # is in the base currency, so only spot has a quote volume.
                    base_volume=_f(d.get("vol24h")),
                    quote_volume=_f(d.get("volCcy24h")) if spot else None,
                )
            )
    return out


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _plain(x: float) -> str:
    """A float as the shortest plain decimal string (``30244.0`` → ``30244``, no exponent)."""
    text = repr(x)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if text.endswith(".0"):
        text = text[:-2]
    return text


def okx_checksum(book: OrderBook) -> int:
    """OKX's CRC32 over the top 25 levels, bid and ask entries alternating, as a signed int.

    OKX sends canonical decimal strings (no trailing zeros), which ``_plain`` reproduces from the
    floats the book stores.
    """
    bids = book.bids(25)
    asks = book.asks(25)
    parts: list[str] = []
    for i in range(max(len(bids), len(asks))):
        if i < len(bids):
            parts.append(f"{_plain(bids[i][0])}:{_plain(bids[i][1])}")
        if i < len(asks):
            parts.append(f"{_plain(asks[i][0])}:{_plain(asks[i][1])}")
    crc = zlib.crc32(":".join(parts).encode())
    return crc - (1 << 32) if crc >= 1 << 31 else crc


# Bybit (2021 public feed: orderBookL2_25 and trade) -------------------------------------------


def _bybit_symbol(market_id: str) -> str:
    # That feed carried only derivatives: USDT-margined linear and USD-margined inverse contracts.
    base, quote = split_concatenated(market_id)
    settle = quote if quote == "USDT" else base
    return f"{base}/{quote}:{settle}"


def _bybit_levels(entries: Iterable[Mapping[str, Any]], side: str, delete: bool) -> list[Level]:
    return [
        (float(e["price"]), 0.0 if delete else float(e["size"]))
        for e in entries
        if e["side"] == side
    ]


def _bybit(msg: RecordedMessage, source: Source) -> list[MarketEvent]:
    raw = msg.raw
    if msg.channel != WS or not isinstance(raw, dict) or "topic" not in raw:
        return []
    topic, _, market_id = raw["topic"].rpartition(".")
    symbol = _bybit_symbol(market_id)
    ex = msg.exchange
    if topic.startswith("orderBookL2"):
        data = raw["data"]
        seq = _int(raw.get("cross_seq"))
        ts = int(raw["timestamp_e6"]) // 1000 if raw.get("timestamp_e6") else None
        if raw.get("type") == "snapshot":
            levels = data["order_book"] if isinstance(data, dict) else data
            return [
                OrderBookSnapshot(
                    exchange=ex,
                    symbol=symbol,
                    source=source,
                    timestamp=ts,
                    bids=tuple(sorted(_bybit_levels(levels, "Buy", False), reverse=True)),
                    asks=tuple(sorted(_bybit_levels(levels, "Sell", False))),
                    sequence=seq,
                )
            ]
        bids: list[Level] = []
        asks: list[Level] = []
        for key, delete in (("delete", True), ("update", False), ("insert", False)):
            entries = data.get(key) or []
            bids += _bybit_levels(entries, "Buy", delete)
            asks += _bybit_levels(entries, "Sell", delete)
        return [
            BookDelta(
                exchange=ex,
                symbol=symbol,
                bids=bids,
                asks=asks,
                first_seq=seq,
                last_seq=seq,
                timestamp=ts,
                source=source,
            )
        ]
    if topic == "trade":
        return [
            Trade(
                exchange=ex,
                symbol=symbol,
                source=source,
                timestamp=int(t["trade_time_ms"]),
                price=float(t["price"]),
                amount=float(t["size"]),
                side="buy" if t["side"] == "Buy" else "sell",
                id=str(t["trade_id"]),
            )
            for t in raw["data"]
        ]
    return []


_VENUES: dict[str, Callable[[RecordedMessage, Source], list[MarketEvent]]] = {
    "binance": lambda m, s: _binance(m, s, linear=False),
    "binanceus": lambda m, s: _binance(m, s, linear=False),
    "binanceusdm": lambda m, s: _binance(m, s, linear=True),
    "okx": _okx,
    "bybit": _bybit,
}

_BOOK_RULES = {
    "binance": SeqRule.BINANCE_SPOT,
    "binanceus": SeqRule.BINANCE_SPOT,
    "binanceusdm": SeqRule.BINANCE_FUTURES,
    "okx": SeqRule.PREV_LINKED,  # seqId/prevSeqId when present; older feeds rely on the checksum
    "bybit": SeqRule.MONOTONIC,  # cross_seq grows but is not contiguous
}

_CHECKSUMS: dict[str, Callable[[OrderBook], int]] = {"okx": okx_checksum}
