"""Sizing, stops, heat, drawdown protection and the pre-trade gate (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from app.core.errors import Locked, PolicyViolation
from app.modules.risk import protection as prot
from app.modules.risk import sizing, stops
from app.modules.risk.errors import RiskLimitExceeded
from app.modules.risk.gate import check_order
from app.modules.risk.heat import HeatInput, portfolio_heat
from app.modules.risk.specs import GateContext, GateOrder, GatePosition, GateTrip


@pytest.mark.parametrize(("p", "b"), [(0.55, 1.0), (0.4, 2.0), (0.6, 1.5), (0.3, 1.0)])
def test_kelly_closed_form(p: float, b: float) -> None:
    assert sizing.kelly_closed_form(p, b) == pytest.approx(p - (1 - p) / b)


def test_kelly_from_returns() -> None:
    r = np.array([0.04, -0.02, 0.04, -0.02, 0.04, -0.02, -0.02, 0.04, 0.04, -0.02])
    f, p, b = sizing.kelly_from_returns(r)
    assert (p, b) == (0.5, pytest.approx(2.0))
    assert f == pytest.approx(0.5 - 0.5 / 2.0)


def test_fixed_fractional_and_caps() -> None:
    # 1 % of 10,000 at a 5 % stop distance → 2,000 notional
    fraction = sizing.fixed_fractional_fraction(0.01, 100.0, 95.0)
    result = sizing.apply_caps(
        "fixed_fractional",
        fraction,
        equity=10_000,
        price=100.0,
        free_margin=10_000,
        leverage=1.0,
        max_leverage=3.0,
        stop=95.0,
    )
    assert result.quantity == pytest.approx(20.0)
    assert result.risk_amount == pytest.approx(100.0)
    assert result.bound == "fixed_fractional"
    # a 0.2 % stop would want 5× equity: the 3× cap binds, then the free margin
    tight = sizing.fixed_fractional_fraction(0.01, 100.0, 99.8)
    capped = sizing.apply_caps(
        "fixed_fractional",
        tight,
        equity=10_000,
        price=100.0,
        free_margin=10_000,
        leverage=3.0,
        max_leverage=3.0,
    )
    assert (capped.fraction, capped.bound) == (3.0, "leverage_cap")
    margin = sizing.apply_caps(
        "fixed_fractional",
        tight,
        equity=10_000,
        price=100.0,
        free_margin=2_000,
        leverage=3.0,
        max_leverage=3.0,
    )
    assert (margin.notional, margin.bound) == (pytest.approx(6_000), "free_margin")


def test_volatility_target() -> None:
    assert sizing.volatility_target_fraction(0.01, 0.04) == pytest.approx(0.25)


def test_atr_wilder_by_hand() -> None:
    high = np.array([10, 11, 12, 11, 13.0])
    low = np.array([9, 10, 10, 10, 11.0])
    close = np.array([9.5, 10.5, 11.5, 10.5, 12.5])
    # true ranges: 1.5, 2, 1.5, 2.5; ATR(2) seed mean(1.5, 2) = 1.75 → (1.75+1.5)/2 → (1.625+2.5)/2
    assert stops.average_true_range(high, low, close, period=2) == pytest.approx(2.0625)


def test_stop_walks_the_book() -> None:
    bids = [(99.0, 1.0), (98.0, 1.0), (97.0, 10.0)]
    result = stops.place_stop(
        side="long",
        entry=100.0,
        quantity=2.0,
        atr=2.0,
        atr_multiple=2.0,
        swing=None,
        swing_buffer_atr=0.0,
        book_side=bids,
        risk_budget=None,
        equity=10_000,
        fee_rate=0.0,
    )
    slip = ((99 + 98) / 2) / 99 - 1
    assert result.level == pytest.approx(96.0)
    assert result.slippage == pytest.approx(slip)
    assert result.expected_fill == pytest.approx(96.0 * (1 + slip))
    assert result.expected_loss == pytest.approx(2 * (100 - 96 * (1 + slip)))
    assert result.levels_used == 2
    # a 6.0 budget moves the stop closer so the *filled* loss is exactly 6
    budget = stops.place_stop(
        side="long",
        entry=100.0,
        quantity=2.0,
        atr=2.0,
        atr_multiple=2.0,
        swing=None,
        swing_buffer_atr=0.0,
        book_side=bids,
        risk_budget=6.0,
        equity=10_000,
        fee_rate=0.001,
    )
    assert budget.adjusted_for_budget
    assert budget.expected_loss == pytest.approx(6.0)


def test_short_stop_uses_wider_swing() -> None:
    result = stops.place_stop(
        side="short",
        entry=100.0,
        quantity=1.0,
        atr=1.0,
        atr_multiple=2.0,
        swing=105.0,
        swing_buffer_atr=0.5,
        book_side=[(100.1, 5.0)],
        risk_budget=None,
        equity=None,
        fee_rate=0.0,
    )
    assert (result.level, result.basis) == (105.5, "swing")


def test_heat_with_known_stops_and_clusters() -> None:
    positions = [
        HeatInput("BTC/USDT", 1.0, 100.0, 90.0),  # risk 10
        HeatInput("ETH/USDT", -2.0, 50.0, 55.0),  # risk 10
        HeatInput("SOL/USDT", 10.0, 10.0, 9.5, slippage=0.01),  # 5 + 10·9.5·0.01 = 5.95
    ]
    corr = np.array([[1, 0.9, 0.2], [0.9, 1, 0.1], [0.2, 0.1, 1.0]])
    result = portfolio_heat(positions, 1000.0, corr, 0.7)
    assert result.total == pytest.approx(25.95)
    assert result.total_fraction == pytest.approx(0.02595)
    assert result.clusters[0][0] == ["BTC/USDT", "ETH/USDT"]
    assert result.clusters[0][1] == pytest.approx(20.0)


T0 = datetime(2026, 1, 5, 12, tzinfo=UTC)


def test_protection_drawdown_trips_and_cools_down() -> None:
    rules = prot.Rules(max_drawdown=0.1, drawdown_window_days=7, cooldown_minutes=120)
    equity = [(T0 - timedelta(days=3), 10_000.0), (T0 - timedelta(days=1), 11_000.0), (T0, 9_800.0)]
    trip = prot.evaluate(rules, equity, [], T0)
    assert trip is not None and trip.rule == prot.RULE_DRAWDOWN
    assert trip.value == pytest.approx(1 - 9_800 / 11_000)
    assert trip.until == T0 + timedelta(minutes=120)
    # after the cooldown, only data after the trip counts: no immediate re-trip
    later = T0 + timedelta(hours=3)
    assert prot.evaluate(rules, [*equity, (later, 9900.0)], [], later, since=T0) is None
    # a peak older than the window is ignored
    short = prot.Rules(max_drawdown=0.1, drawdown_window_days=2)
    assert prot.evaluate(short, equity, [], T0 + timedelta(days=1)) is not None
    assert prot.evaluate(short, equity, [], T0 + timedelta(days=1, hours=1)) is None


def test_protection_losses_and_daily_limit() -> None:
    rules = prot.Rules(max_consecutive_losses=3, daily_loss_limit=0.05, cooldown_minutes=30)
    trades = [(T0 - timedelta(hours=h), pnl) for h, pnl in [(5, 10.0), (3, -1), (2, -1), (1, -1)]]
    trip = prot.evaluate(rules, [], trades, T0)
    assert trip is not None and trip.rule == prot.RULE_LOSSES
    day = [(T0 - timedelta(days=1), 10_000.0), (T0, 9_400.0)]
    trip = prot.evaluate(prot.Rules(daily_loss_limit=0.05), day, [], T0)
    assert trip is not None and trip.rule == prot.RULE_DAILY
    assert trip.until == datetime(2026, 1, 6, tzinfo=UTC)


def _ctx(**kwargs: object) -> GateContext:
    values: dict[str, object] = {"equity": 10_000.0, "max_risk_per_trade": 0.01, "max_heat": 0.05}
    values.update(kwargs)
    return GateContext(**values)  # type: ignore[arg-type]


def test_gate_accepts_and_reports() -> None:
    order = GateOrder(
        symbol="BTC/USDT",
        side="BUY",
        quantity=1.0,
        price=10_000.0,
        stop_loss=9_900.0,
        confidence=0.8,
    )
    decision = check_order(order, _ctx())
    assert decision.trade_risk == pytest.approx(0.01)
    assert decision.heat_after == pytest.approx(0.01)
    assert decision.leverage_after == pytest.approx(1.0)


def test_gate_rules() -> None:
    base = {
        "symbol": "BTC/USDT",
        "side": "BUY",
        "quantity": 1.0,
        "price": 10_000.0,
        "stop_loss": 9_900.0,
        "confidence": 0.8,
    }
    with pytest.raises(PolicyViolation) as info:
        check_order(GateOrder(**{**base, "stop_loss": None}), _ctx())
    assert info.value.extra["rule"] == "stop-loss-required"
    with pytest.raises(PolicyViolation) as info:
        check_order(GateOrder(**{**base, "confidence": 0.5}), _ctx())
    assert info.value.extra["rule"] == "min-confidence"
    with pytest.raises(PolicyViolation):
        check_order(GateOrder(**{**base, "leverage": 5.0}), _ctx())
    with pytest.raises(RiskLimitExceeded) as info:
        check_order(GateOrder(**{**base, "stop_loss": 9_000.0}), _ctx())
    assert info.value.extra["rule"] == "max-risk-per-trade"
    held = [GatePosition(symbol="ETH/USDT", quantity=10, price=1000.0, stop_loss=955.0)]
    with pytest.raises(RiskLimitExceeded) as info:
        check_order(GateOrder(**base), _ctx(positions=held))
    assert info.value.extra["rule"] == "max-portfolio-heat"
    big = [GatePosition(symbol="ETH/USDT", quantity=25, price=1000.0, stop_loss=999.0)]
    with pytest.raises(PolicyViolation) as info:
        check_order(GateOrder(**{**base, "stop_loss": 9_990.0}), _ctx(positions=big))
    assert info.value.extra["rule"] == "max-leverage"


def test_gate_protection_blocks_entries_not_exits() -> None:
    trip = GateTrip(rule="max-drawdown", until=T0 + timedelta(hours=1))
    order = GateOrder(
        symbol="BTC/USDT",
        side="BUY",
        quantity=1.0,
        price=10_000.0,
        stop_loss=9_900.0,
        confidence=0.8,
    )
    with pytest.raises(Locked) as info:
        check_order(order, _ctx(protection=trip, now=T0))
    assert info.value.extra["rule"] == "max-drawdown"
    assert check_order(order, _ctx(protection=trip, now=T0 + timedelta(hours=2))).allowed
    held = [GatePosition(symbol="BTC/USDT", quantity=2.0, price=10_000.0, stop_loss=9_000.0)]
    exit_order = GateOrder(symbol="BTC/USDT", side="SELL", quantity=1.0, price=10_000.0)
    decision = check_order(exit_order, _ctx(protection=trip, now=T0, positions=held))
    assert decision.reducing and decision.position_after == 1.0


def test_gate_personal_leverage_cap() -> None:
    order = GateOrder(
        symbol="BTC/USDT",
        side="BUY",
        quantity=1.5,
        price=10_000.0,
        stop_loss=9_990.0,
        confidence=0.8,
    )
    assert check_order(order, _ctx()).leverage_after == pytest.approx(1.5)
    with pytest.raises(RiskLimitExceeded) as info:
        check_order(order, _ctx(max_leverage=1.0))
    assert info.value.extra["rule"] == "personal-max-leverage"
