"""The incremental live detector: the same episodes as the batch scan on real data, hysteresis,
and the live-only confirmations (order book, other exchanges) against hand-computed inputs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from app.modules.emergency.detectors import scan
from app.modules.emergency.monitor import MarketDetector
from app.modules.emergency.specs import BarInput, CrashDetectorParams, CrashRule, LiveRuleParams
from tests.modules.emergency.conftest import BTC_1H, open_ms, rows_between

HOUR = 3_600_000
MINUTE = 60_000


def _bars(rows: list[list[str]]) -> list[BarInput]:
    return [
        BarInput(
            ts=datetime.fromtimestamp(open_ms(r) / 1000, tz=UTC),
            open=float(r[3]),
            high=float(r[4]),
            low=float(r[5]),
            close=float(r[6]),
            volume=float(r[7]),
        )
        for r in rows
    ]


def test_incremental_detector_finds_the_batch_scans_episodes_on_real_bars(shared_data) -> None:
    bars = _bars(rows_between(shared_data / BTC_1H, "2020-01-01", "2020-04-01"))
    params = CrashDetectorParams()
    live = MarketDetector(params, HOUR)
    found = [e for bar in bars if (e := live.on_bar(bar)) is not None]
    column = {
        f: np.array([getattr(b, f) for b in bars])
        for f in ("open", "high", "low", "close", "volume")
    }
    ts = np.array([int(b.ts.timestamp() * 1000) for b in bars])
    batch = scan(ts, *column.values(), bar_ms=HOUR, params=params)
    assert [e.detected_at for e in found] == [e.detected_at for e in batch]
    assert [e.rules for e in found] == [e.rules for e in batch]
    assert found[0].detected_at == datetime(2020, 3, 12, 11, tzinfo=UTC)


def _calm(n: int, start: datetime, price: float = 100.0) -> list[BarInput]:
    """Bars with a ±0.2 % zig-zag: a baseline with a non-zero spread of returns."""
    out = []
    for i in range(n):
        close = price * (1.002 if i % 2 else 0.998)
        out.append(
            BarInput(
                ts=start + timedelta(minutes=i),
                open=price,
                high=max(price, close) * 1.001,
                low=min(price, close) * 0.999,
                close=close,
                volume=10.0,
            )
        )
    return out


def test_hysteresis_one_alert_while_the_price_swings_around_the_threshold() -> None:
    params = CrashDetectorParams(window_minutes=60, drop_pct=0.10, cooldown_minutes=120)
    detector = MarketDetector(params, MINUTE)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    detector.seed(_calm(200, start))
    t = start + timedelta(minutes=200)
    alerts = 0
    firing_bars = 0
    # For 90 minutes the price alternates between 11 % and 9 % below the peak: the drawdown
    # rule flips on and off every minute, with volume spikes as confirmation.
    for i in range(90):
        low = 100.0 * (0.89 if i % 2 == 0 else 0.91)
        bar = BarInput(ts=t, open=100.0 * 0.9, high=100.0 * 0.905, low=low, close=low, volume=80)
        alerts += detector.on_bar(bar) is not None
        firing_bars += CrashRule.drawdown in detector.last_rules
        t += timedelta(minutes=1)
    assert firing_bars > 10 and alerts == 1  # rules flapped, the alert did not
    # Quiet (no drawdown) for the cooldown: the episode ends; the next crash is a new alert.
    for bar in _calm(130, t, price=90.0):
        assert detector.on_bar(bar) is None
    assert detector.episode is None and len(detector.tracker.finished) == 1
    t += timedelta(minutes=130)
    crash = BarInput(ts=t, open=90, high=90.2, low=70, close=71, volume=100)
    assert detector.on_bar(crash) is not None


def test_a_tick_detects_before_the_bar_closes() -> None:
    params = CrashDetectorParams(window_minutes=60, drop_pct=0.10)
    detector = MarketDetector(params, MINUTE)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    detector.seed(_calm(200, start))
    t0 = int((start + timedelta(minutes=200)).timestamp() * 1000)
    assert detector.on_tick(t0, 100.0, 1.0) is None
    assert detector.on_tick(t0 + 1_000, 95.0, 1.0) is None  # 5 %: nothing
    episode = detector.on_tick(t0 + 2_000, 79.0, 50.0)  # 21 % below the peak: severe
    assert episode is not None
    assert episode.detected_at == datetime.fromtimestamp((t0 + 2_000) / 1000, tz=UTC)
    assert CrashRule.severe_drawdown in episode.rules
    assert detector.on_tick(t0 + 3_000, 78.0, 5.0) is None  # same episode, deeper
    assert detector.episode is not None and detector.episode.trough == 78.0


def test_live_rules_confirm_a_drawdown_from_the_book_and_other_venues() -> None:
    now = [1000.0]
    # Confirmations of the candle data are switched off (huge multiples), so only live rules
    # can confirm the 12 % drawdown (below the severe 2×10 %).
    params = CrashDetectorParams(
        drop_pct=0.10, zscore=100, volume_multiple=1000, range_multiple=1000
    )
    live = LiveRuleParams(spread_multiple=5, depth_collapse_fraction=0.3, dislocation_pct=0.03)

    def fresh() -> MarketDetector:
        d = MarketDetector(params, MINUTE, live, clock=lambda: now[0])
        d.seed(_calm(200, datetime(2024, 1, 1, tzinfo=UTC)))
        return d

    t = int(datetime(2024, 1, 1, 3, 20, tzinfo=UTC).timestamp() * 1000)
    quiet = fresh()
    assert quiet.on_tick(t, 88.0, 1.0) is None and quiet.last_rules == [CrashRule.drawdown]

    book = fresh()
    for spread in [2.0, 2.2, 1.8, 2.0, 2.1, 1.9, 2.0, 2.0, 2.0, 2.0]:  # median 2.0 bps
        book.on_book(spread, 1_000_000.0)
    book.on_book(9.9, 1_000_000.0)  # < 5 × 2.0: no spike
    assert book.on_tick(t, 88.0, 1.0) is None
    book.on_book(10.0, 290_000.0)  # ≥ 5 × median spread, ≤ 0.3 × median depth
    episode = book.on_tick(t + 1, 87.0, 1.0)
    assert episode is not None
    assert {CrashRule.spread_spike, CrashRule.depth_collapse} <= set(episode.rules)

    venues = fresh()
    venues.on_reference("okx", 99.0)
    venues.on_reference("bybit", 100.0)
    venues.on_reference("kraken", 101.0)  # median 100: 88 is 12 % below
    assert venues.on_tick(t, 88.0, 1.0) is not None
    assert CrashRule.dislocation in venues.last_rules

    stale = fresh()
    stale.on_reference("okx", 100.0)
    now[0] += 31.0  # older than max_age_seconds: absent
    assert stale.on_tick(t, 88.0, 1.0) is None


def test_system_watches_from_settings_are_parsed() -> None:
    import pytest

    from app.modules.emergency.config import EmergencySettings, parse_market

    settings = EmergencySettings(watch="binance:btc-usdt:1h, okx:ETH/USDT, bybit:BTC/USDT:USDT:5m")
    assert settings.system_markets() == [
        ("binance", "BTC/USDT", "1h"),
        ("okx", "ETH/USDT", "1m"),
        ("bybit", "BTC/USDT:USDT", "5m"),
    ]
    with pytest.raises(ValueError):
        parse_market("nonsense")


def _tick_and_bar_detections(rows: list[list[str]]) -> tuple[list[datetime], list[datetime]]:
    from tests.modules.emergency.conftest import bar_trades

    ticks, bars = (
        MarketDetector(CrashDetectorParams(), HOUR),
        MarketDetector(CrashDetectorParams(), HOUR),
    )
    by_tick = [
        e.detected_at for r in rows for t in bar_trades(r) if (e := ticks.on_tick(*t)) is not None
    ]
    by_bar = [e.detected_at for b in _bars(rows) if (e := bars.on_bar(b)) is not None]
    return by_tick, by_bar


def test_the_tick_path_is_quiet_on_calm_and_volatile_months(shared_data) -> None:
    for start, end in (("2020-06-01", "2020-08-01"), ("2020-10-01", "2020-12-01")):
        by_tick, by_bar = _tick_and_bar_detections(rows_between(shared_data / BTC_1H, start, end))
        assert by_tick == by_bar == []


def test_the_tick_path_sees_every_bar_detection_no_later(shared_data) -> None:
    """Each bars each replayed as four trades: every crash the closed bars detect, the ticks
    detect within the same bar (here: at its low, 30 minutes in) or earlier."""
    rows = rows_between(shared_data / BTC_1H, "2020-01-01", "2021-06-11")
    by_tick, by_bar = _tick_and_bar_detections(rows)
    assert len(by_bar) >= 10
    for seen in by_bar:
        assert any(seen - timedelta(hours=1) <= t <= seen for t in by_tick), seen
    assert datetime(2020, 3, 12, 10, 30, tzinfo=UTC) in by_tick
    assert datetime(2021, 5, 19, 11, 30, tzinfo=UTC) in by_tick
