"""The pre-trade gate every order passes (after the kill switch, before the broker).

Pure and allocation-light: the caller hands in the account's cached state (equity, positions
with stops, the active protection trip, limits); nothing here touches the database or network.
Checks, in order: white-hat rules (app.core.policy), drawdown protection, risk per trade, heat
after the order, leverage after the order. Orders that only reduce exposure pass everything but
the white-hat leverage rule, so a protection can never trap a user in a position.
"""

from __future__ import annotations

from app.core import policy
from app.core.errors import Locked, PolicyViolation
from app.modules.risk.errors import RiskLimitExceeded
from app.modules.risk.specs import GateContext, GateDecision, GateOrder

RULE_RISK_PER_TRADE = "max-risk-per-trade"
RULE_HEAT = "max-portfolio-heat"
RULE_PERSONAL_LEVERAGE = "personal-max-leverage"


def _risk(quantity: float, price: float, stop: float | None) -> float:
    """Open risk of a signed position at ``price`` with ``stop`` (whole value without stop)."""
    if quantity == 0:
        return 0.0
    if stop is None:
        return abs(quantity) * price
    adverse = price - stop if quantity > 0 else stop - price
    return abs(quantity) * max(0.0, adverse)


def check_order(order: GateOrder, ctx: GateContext) -> GateDecision:
    """Raise a 422 ``PolicyViolation`` / ``RiskLimitExceeded`` or a 423 ``Locked`` naming the
    rule, or return the decision with the figures after the order."""
    side = order.side.upper()
    signed = order.quantity if side == "BUY" else -order.quantity
    held = next((p for p in ctx.positions if p.symbol == order.symbol), None)
    held_qty = held.quantity if held else 0.0
    after_qty = held_qty + signed
    reducing = abs(after_qty) < abs(held_qty) and held_qty * after_qty >= 0
    policy.check_leverage(order.leverage)
    if not reducing:
        policy.check_confidence(side, order.confidence)
        policy.check_stop_loss(side, order.price, order.stop_loss)
        trip = ctx.protection
        if trip is not None and (ctx.now is None or trip.until > ctx.now):
            raise Locked(
                f"drawdown protection {trip.rule} refuses new entries until "
                f"{trip.until.isoformat()}",
                rule=trip.rule,
            )
    equity = ctx.equity
    if equity <= 0:
        raise RiskLimitExceeded("equity", "the account has no equity to trade with")
    # The stop of the position after the order: the order's for new exposure, else the held one.
    new_stop = (
        order.stop_loss
        if not reducing and order.stop_loss is not None
        else (held.stop_loss if held else None)
    )
    trade_risk = 0.0 if reducing else _risk(signed, order.price, order.stop_loss)
    if not reducing and trade_risk / equity > ctx.max_risk_per_trade + 1e-12:
        raise RiskLimitExceeded(
            RULE_RISK_PER_TRADE,
            f"the order risks {trade_risk / equity:.2%} of equity at its stop; the limit is "
            f"{ctx.max_risk_per_trade:.2%}",
        )
    heat = 0.0
    gross = 0.0
    for p in ctx.positions:
        if p.symbol == order.symbol:
            continue
        heat += _risk(p.quantity, p.price, p.stop_loss)
        gross += abs(p.quantity) * p.price
    heat += _risk(after_qty, order.price, new_stop)
    gross += abs(after_qty) * order.price
    heat_fraction, leverage_after = heat / equity, gross / equity
    if not reducing and heat_fraction > ctx.max_heat + 1e-12:
        raise RiskLimitExceeded(
            RULE_HEAT,
            f"portfolio heat after the order would be {heat_fraction:.2%}; the "
            f"limit is {ctx.max_heat:.2%}",
        )
    cap = policy.max_leverage()
    if not reducing and leverage_after > cap + 1e-12:
        raise PolicyViolation(
            policy.RULE_LEVERAGE,
            f"gross exposure after the order would be {leverage_after:.2f}x equity; the cap is "
            f"{cap:g}x",
        )
    personal = ctx.max_leverage
    if not reducing and personal is not None and leverage_after > personal + 1e-12:
        raise RiskLimitExceeded(
            RULE_PERSONAL_LEVERAGE,
            f"gross exposure after the order would be {leverage_after:.2f}x equity; your "
            f"settings cap it at {personal:g}x",
        )
    return GateDecision(
        allowed=True,
        reducing=reducing,
        trade_risk=trade_risk / equity,
        heat_after=heat_fraction,
        leverage_after=leverage_after,
        position_after=after_qty,
    )
