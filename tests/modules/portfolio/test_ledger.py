"""The average-cost ledger against a hand-worked sequence."""

from __future__ import annotations

import pytest

from app.modules.portfolio.ledger import PositionState, apply


def test_hand_worked_sequence() -> None:
    s = PositionState()
    # 1. buy 2 @ 100, fee 0.2 → long 2 @ 100
    e = apply(s, 2, 100.0, 0.2)
    assert (e.state.quantity, e.state.average_price, e.realised, e.opened) == (2, 100, 0, True)
    # 2. add 1 @ 130, fee 0.13 → long 3 @ (200 + 130) / 3 = 110
    e = apply(e.state, 1, 130.0, 0.13)
    assert e.state.quantity == 3 and e.state.average_price == pytest.approx(110.0)
    # 3. sell 1.5 @ 120, fee 0.18 → realised 1.5 × (120 − 110) = 15; long 1.5 @ 110
    e = apply(e.state, -1.5, 120.0, 0.18)
    assert e.realised == pytest.approx(15.0)
    assert e.state.quantity == pytest.approx(1.5) and e.state.average_price == pytest.approx(110)
    # 4. sell 4 @ 90, fee 0.36 → closes 1.5: realised 1.5 × (90 − 110) = −30; short 2.5 @ 90
    e = apply(e.state, -4, 90.0, 0.36)
    assert e.flipped and e.realised == pytest.approx(-30.0)
    assert e.state.quantity == pytest.approx(-2.5) and e.state.average_price == 90.0
    # 5. buy 2.5 @ 80, fee 0.2 → realised 2.5 × (90 − 80) = 25 on the short; flat
    e = apply(e.state, 2.5, 80.0, 0.2)
    assert e.closed and e.realised == pytest.approx(25.0)
    assert e.state.quantity == 0.0
    assert e.state.realised_pnl == pytest.approx(15 - 30 + 25)
    assert e.state.fees == pytest.approx(0.2 + 0.13 + 0.18 + 0.36 + 0.2)


def test_bad_fill() -> None:
    with pytest.raises(ValueError):
        apply(PositionState(), 1, 0.0)
    with pytest.raises(ValueError):
        apply(PositionState(), 0, 10.0)
