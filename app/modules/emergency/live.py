"""The live monitor: one background task per watched market, feeding ``MarketDetector``s.

Watched markets come from settings (``APP_EMERGENCY_WATCH``, system-wide) and from the users'
``emergency_watches``. Each market has one feed, shared by every watch on it, and one detector
per distinct parameter set. Feeds:

* ``trades`` (default): the process's market-data source (``exchanges.public``) — live ccxt
  streams or a replay of recordings — one ``watch_trades`` stream; bars are built here and every
  tick is evaluated. Alongside, the order book's spread and depth are polled through
  ``marketmaker.public`` and reference exchanges' tickers through the source (live rules).
* ``candles``: stored candles replayed from the database, closed bar by closed bar (history
  through the live path, for drills and tests).

A detection hands ``(market, watch, episode)`` to the responder (``respond.py``) in a task of
its own, so notifications never hold up the feed. Watches are re-read when any process
announces a change on the bus, and every ``reload_seconds`` in any case.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import select
from starlette.applications import Starlette

from app.core.db import Database
from app.core.events import EventBus, follow
from app.core.retry import RetryPolicy
from app.core.timeframes import TIMEFRAME_MS
from app.modules.database import public as database
from app.modules.emergency.config import EmergencySettings
from app.modules.emergency.models import EmergencyWatch
from app.modules.emergency.monitor import MarketDetector
from app.modules.emergency.specs import BarInput, CrashDetectorParams, CrashEpisode, LiveRuleParams
from app.modules.exchanges.public import MarketDataSource, get_source

log = logging.getLogger(__name__)

WATCHES_CHANNEL = "emergency:watches"
HISTORY_BARS = 2_000  # closed bars a market keeps to seed a detector added later


@dataclass(frozen=True, slots=True)
class MarketKey:
    exchange: str
    symbol: str
    timeframe: str

    @property
    def name(self) -> str:
        return f"{self.exchange}:{self.symbol}:{self.timeframe}"


@dataclass(frozen=True, slots=True)
class Watcher:
    """Who a detection is for: a user's watch, or the system (``user_id`` None)."""

    watch_id: int | None
    user_id: int | None
    action: str
    params: CrashDetectorParams


@dataclass(slots=True)
class Tick:
    ts_ms: int
    price: float
    amount: float


FeedItem = Tick | BarInput


class Responder(Protocol):
    """What the monitor calls for a detection, and when its episode ends."""

    async def detected(
        self, key: MarketKey, watcher: Watcher, episode: CrashEpisode, source: str
    ) -> None: ...

    async def ended(self, key: MarketKey, watcher: Watcher, episode: CrashEpisode) -> None: ...


@dataclass
class _Group:
    detector: MarketDetector
    watchers: list[Watcher] = field(default_factory=list)
    ended: int = 0
    """Episodes of the detector already reported as ended."""


class MarketTask:
    """One market: its feed, its detectors, its watchers."""

    def __init__(self, monitor: LiveMonitor, key: MarketKey) -> None:
        self.monitor, self.key = monitor, key
        self.bar_ms = TIMEFRAME_MS[key.timeframe]
        self.groups: dict[str, _Group] = {}
        self.history: deque[BarInput] = deque(maxlen=HISTORY_BARS)
        self.state: str = "starting"
        self.detail: str | None = None
        self.feed_name = monitor.settings.feed
        self.source_name = "db" if self.feed_name == "candles" else "live"
        self._tasks: list[asyncio.Task[None]] = []
        self._last_closed_ms: int | None = None

    # -- watchers ------------------------------------------------------------------------------

    def set_watchers(self, watchers: list[Watcher]) -> None:
        wanted: dict[str, list[Watcher]] = {}
        for watcher in watchers:
            wanted.setdefault(watcher.params.model_dump_json(), []).append(watcher)
        for params_key in list(self.groups):
            if params_key not in wanted:
                del self.groups[params_key]
        for params_key, members in wanted.items():
            group = self.groups.get(params_key)
            if group is None:
                detector = MarketDetector(members[0].params, self.bar_ms, self.monitor.live_params)
                detector.seed(self.history)
                group = self.groups[params_key] = _Group(detector, ended=0)
            group.watchers = members

    def detectors(self) -> list[tuple[MarketDetector, list[Watcher]]]:
        return [(g.detector, g.watchers) for g in self.groups.values()]

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        name = self.key.name
        self._tasks = [asyncio.create_task(self._run(), name=f"emergency:{name}")]
        settings = self.monitor.settings
        if self.feed_name == "trades" and settings.book_poll_seconds > 0:
            self._tasks.append(asyncio.create_task(self._poll_book(), name=f"book:{name}"))
        if self.feed_name == "trades" and settings.reference_exchanges:
            self._tasks.append(asyncio.create_task(self._poll_refs(), name=f"refs:{name}"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def _run(self) -> None:
        attempt = 0
        while True:
            try:
                feed = self._candles() if self.feed_name == "candles" else await self._trades()
                async with contextlib.aclosing(feed):  # type: ignore[type-var]
                    async for item in feed:
                        if self.state != "live":
                            self.state, self.detail, attempt = "live", None, 0
                        self.ingest(item)
                self.state, self.detail = "ended", "the feed ended"
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                attempt += 1
                self.state, self.detail = "reconnecting", f"{type(exc).__name__}: {exc}"
                log.warning("emergency monitor %s: feed failed", self.key.name, exc_info=True)
                await asyncio.sleep(RetryPolicy(base_delay=0.5, max_delay=30).delay(attempt))

    def ingest(self, item: FeedItem) -> None:
        """One trade or closed bar into every detector of the market."""
        for group in self.groups.values():
            detector = group.detector
            if isinstance(item, Tick):
                episode = detector.on_tick(item.ts_ms, item.price, item.amount)
            else:
                episode = detector.on_bar(item)
            finished = detector.tracker.finished
            for done in finished[group.ended :]:
                for watcher in group.watchers:
                    self.monitor.episode_ended(self.key, watcher, done)
            group.ended = len(finished)
            if episode is not None:
                self._detected(group.watchers, episode)
        if isinstance(item, Tick):
            self._remember_closed(item.ts_ms - item.ts_ms % self.bar_ms)
        else:
            self.history.append(item)

    def _remember_closed(self, start_ms: int) -> None:
        """Keep the bars the ticks closed, to seed detectors added later."""
        if self._last_closed_ms is not None and start_ms <= self._last_closed_ms:
            return
        self._last_closed_ms = start_ms
        for detector, _ in self.detectors():
            bar = detector.last_closed
            if bar is not None and (not self.history or bar.ts > self.history[-1].ts):
                self.history.append(bar)
            return

    def _detected(self, watchers: list[Watcher], episode: CrashEpisode) -> None:
        for watcher in watchers:
            self.monitor.respond(self.key, watcher, episode, self.source_name)

    # -- feeds ---------------------------------------------------------------------------------

    async def _trades(self) -> AsyncIterator[FeedItem]:
        source = self.monitor.source()
        self.source_name = str(source.source)
        if self.monitor.settings.warmup and self.source_name == "live":
            await self._warm_up(source)
        return self._trade_items(source)

    async def _trade_items(self, source: MarketDataSource) -> AsyncIterator[FeedItem]:
        stream = source.watch_trades(self.key.exchange, self.key.symbol)
        async with contextlib.aclosing(stream):  # type: ignore[type-var]
            count = 0
            async for trade in stream:
                yield Tick(int(trade.timestamp), float(trade.price), float(trade.amount))
                count += 1
                if count % 256 == 0:
                    await asyncio.sleep(0)  # a source that never waits must not starve others

    async def _warm_up(self, source: MarketDataSource) -> None:
        """Seed the baselines with the venue's recent closed candles (best effort)."""
        need = max((g.detector.params.lookback_bars for g in self.groups.values()), default=0)
        try:
            candles = await source.fetch_ohlcv(
                self.key.exchange, self.key.symbol, self.key.timeframe, limit=need + 100
            )
        except Exception as exc:
            log.info("emergency monitor %s: no warm-up (%s)", self.key.name, exc)
            return
        now_ms = datetime.now(UTC).timestamp() * 1000
        bars = [
            BarInput(
                ts=datetime.fromtimestamp(c.timestamp / 1000, tz=UTC),
                open=c.open,
                high=c.high,
                low=c.low,
                close=c.close,
                volume=c.volume,
            )
            for c in candles
            if c.closed and c.timestamp + self.bar_ms <= now_ms
        ]
        self.history.extend(bars)
        for detector, _ in self.detectors():
            detector.seed(bars)

    async def _candles(self) -> AsyncIterator[FeedItem]:
        settings = self.monitor.settings
        async with self.monitor.db.session() as session:
            candles = await database.load_candles(
                session,
                self.key.exchange,
                self.key.symbol,
                self.key.timeframe,
                settings.replay_start,
                settings.replay_end,
            )
        pause = 1.0 / settings.replay_speed if settings.replay_speed > 0 else 0.0
        for candle in candles:
            yield BarInput(
                ts=candle.ts,
                open=candle.open,
                high=candle.high,
                low=candle.low,
                close=candle.close,
                volume=candle.volume,
            )
            await asyncio.sleep(pause)

    async def _poll_book(self) -> None:
        from app.modules.marketmaker.public import market_imbalance

        band = self.monitor.live_params.depth_band_pct
        while True:
            await asyncio.sleep(self.monitor.settings.book_poll_seconds)
            try:
                book = await market_imbalance(
                    self.monitor.app, self.key.exchange, self.key.symbol, wait=2.0
                )
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # no book yet, module disabled: the rules stay silent
                log.debug("emergency monitor %s: no book metrics (%s)", self.key.name, exc)
                continue
            spread = book.touch.spread_bps if book.touch is not None else None
            depth = next(
                (d.bid_notional + d.ask_notional for d in book.depth if d.pct == band), None
            )
            for detector, _ in self.detectors():
                detector.on_book(spread, depth)

    async def _poll_refs(self) -> None:
        settings = self.monitor.settings
        others = [e for e in settings.reference_exchanges if e != self.key.exchange]
        while True:
            source = self.monitor.source()
            for exchange in others:
                try:
                    ticker = await source.fetch_ticker(exchange, self.key.symbol)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log.debug("emergency monitor: no %s reference (%s)", exchange, exc)
                    continue
                price = ticker.last if ticker.last is not None else ticker.mid
                for detector, _ in self.detectors():
                    detector.on_reference(exchange, price)
            await asyncio.sleep(settings.reference_poll_seconds)


class LiveMonitor:
    def __init__(
        self,
        app: Starlette,
        settings: EmergencySettings,
        responder: Responder,
        *,
        live_params: LiveRuleParams | None = None,
    ) -> None:
        self.app = app
        self.db: Database = app.state.db
        self.bus: EventBus = app.state.events
        self.settings = settings
        self.live_params = live_params or LiveRuleParams()
        self.markets: dict[MarketKey, MarketTask] = {}
        self._responder = responder
        self._responses: set[asyncio.Task[None]] = set()
        self._chains: dict[tuple[MarketKey, int | None, int | None], asyncio.Task[None]] = {}
        self._reloader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    def source(self) -> MarketDataSource:
        return get_source(self.app.state)

    # -- life cycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        await self.reload()
        self._reloader = asyncio.create_task(self._reload_loop(), name="emergency:reload")

    async def stop(self) -> None:
        if self._reloader is not None:
            self._reloader.cancel()
            await asyncio.gather(self._reloader, return_exceptions=True)
        for task in list(self.markets.values()):
            await task.stop()
        self.markets.clear()
        if self._responses:
            await asyncio.wait(self._responses, timeout=10)

    async def _reload_loop(self) -> None:
        """Reload on every change announced on the bus, and every ``reload_seconds``."""
        changed = asyncio.Event()
        listener = asyncio.create_task(self._listen(changed), name="emergency:watch-bus")
        try:
            while True:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.settings.reload_seconds):
                        await changed.wait()
                changed.clear()
                try:
                    await self.reload()
                except Exception:
                    log.warning("emergency monitor: watch reload failed", exc_info=True)
        finally:
            listener.cancel()
            await asyncio.gather(listener, return_exceptions=True)

    async def _listen(self, changed: asyncio.Event) -> None:
        await follow(self.bus, WATCHES_CHANNEL, lambda _message: changed.set())

    async def announce_change(self) -> None:
        """Tell every process (this one included) that the watches changed."""
        await self.reload()
        with contextlib.suppress(Exception):
            await self.bus.publish(WATCHES_CHANNEL, {"kind": "changed"})

    async def reload(self) -> None:
        async with self._lock:
            wanted: dict[MarketKey, list[Watcher]] = {}
            for exchange, symbol, timeframe in self.settings.system_markets():
                wanted.setdefault(MarketKey(exchange, symbol, timeframe), []).append(
                    Watcher(None, None, self.settings.system_action, CrashDetectorParams())
                )
            async with self.db.session() as session:
                rows = (await session.execute(select(EmergencyWatch))).scalars().all()
            for row in rows:
                params = CrashDetectorParams.model_validate(row.params or {})
                key = MarketKey(row.exchange, row.symbol, row.timeframe)
                wanted.setdefault(key, []).append(Watcher(row.id, row.user_id, row.action, params))
            for key in list(self.markets):
                if key not in wanted:
                    await self.markets.pop(key).stop()
            for key, watchers in wanted.items():
                task = self.markets.get(key)
                if task is None:
                    task = self.markets[key] = MarketTask(self, key)
                    task.set_watchers(watchers)
                    task.start()
                else:
                    task.set_watchers(watchers)

    # -- detections ----------------------------------------------------------------------------

    def respond(self, key: MarketKey, watcher: Watcher, episode: CrashEpisode, source: str) -> None:
        copy = episode.model_copy(deep=True)
        self._spawn(key, watcher, self._responder.detected(key, watcher, copy, source))

    def episode_ended(self, key: MarketKey, watcher: Watcher, episode: CrashEpisode) -> None:
        copy = episode.model_copy(deep=True)
        self._spawn(key, watcher, self._responder.ended(key, watcher, copy))

    def _spawn(self, key: MarketKey, watcher: Watcher, work: Awaitable[None]) -> None:
        """Run ``work`` in its own task, after the previous work for the same watcher (an
        episode's end is recorded after its detection, detections in order)."""
        chain = (key, watcher.watch_id, watcher.user_id)
        before = self._chains.get(chain)
        task = asyncio.create_task(
            self._guard(key, before, work), name=f"emergency:respond:{key.name}"
        )
        self._chains[chain] = task
        self._responses.add(task)

        def done(finished: asyncio.Task[None]) -> None:
            self._responses.discard(finished)
            if self._chains.get(chain) is finished:
                del self._chains[chain]

        task.add_done_callback(done)

    async def _guard(
        self, key: MarketKey, before: asyncio.Task[None] | None, work: Awaitable[None]
    ) -> None:
        if before is not None:
            await asyncio.wait({before})
        try:
            await work
        except Exception:
            log.exception("emergency monitor %s: responding to a detection failed", key.name)

    async def idle(self) -> None:
        """Wait until every response started so far has finished (tests, benchmarks)."""
        while self._responses:
            await asyncio.wait(set(self._responses))

    def status(self, user_id: int) -> list[dict[str, Any]]:
        out = []
        for key, task in self.markets.items():
            groups = task.detectors()
            mine = [w for _, ws in groups for w in ws if w.user_id == user_id]
            system = any(w.user_id is None for _, ws in groups for w in ws)
            if not mine and not system:
                continue
            detector = next(
                (d for d, ws in groups if any(w.user_id == user_id for w in ws)),
                groups[0][0] if groups else None,
            )
            out.append(
                {
                    "exchange": key.exchange,
                    "symbol": key.symbol,
                    "timeframe": key.timeframe,
                    "feed": task.feed_name,
                    "state": task.state,
                    "detail": task.detail,
                    "bars": detector.bars_seen if detector else 0,
                    "warm": detector.warm if detector else False,
                    "ticks": detector.ticks if detector else 0,
                    "last_price": detector.last_price if detector else None,
                    "last_at": detector.last_at if detector else None,
                    "episode_open": bool(detector and detector.episode is not None),
                    "last_rules": detector.last_rules if detector else [],
                    "watchers": len(mine),
                }
            )
        return out
