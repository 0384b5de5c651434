"""The roadmap's white-hat rules, in one place.

Every module checks orders, signals, sizing, hedges and RL actions through these functions. A rule
broken raises ``PolicyViolation`` (422 naming the rule); nothing is silently clamped.
"""

from __future__ import annotations

from app.core.config import HARD_MAX_LEVERAGE, HARD_MIN_CONFIDENCE, Settings, active_settings
from app.core.errors import PolicyViolation

RULE_LEVERAGE = "max-leverage"
RULE_CONFIDENCE = "min-confidence"
RULE_STOP_LOSS = "stop-loss-required"
RULE_STOP_SIDE = "stop-loss-side"
RULE_LIVE_TRADING = "paper-trading-only"
ALL_RULES = frozenset(
    {RULE_LEVERAGE, RULE_CONFIDENCE, RULE_STOP_LOSS, RULE_STOP_SIDE, RULE_LIVE_TRADING}
)

EDUCATIONAL_NOTICE = (
    "Kalkan is for education and research only. It is not financial advice; live order "
    "placement is disabled unless explicitly configured, and paper trading is the default."
)

ACTIONABLE_SIDES = frozenset({"BUY", "SELL"})


# The rules read the settings of the app serving the current request (``active_settings``), so
# two apps in one process (tests, embedded use) each keep their own caps; outside a request
# (CLI, worker) they are the process-wide settings.


def max_leverage(settings: Settings | None = None) -> float:
    return min((settings or active_settings()).max_leverage, HARD_MAX_LEVERAGE)


def min_confidence(settings: Settings | None = None) -> float:
    return max((settings or active_settings()).min_confidence, HARD_MIN_CONFIDENCE)


def check_leverage(leverage: float, *, field: str = "leverage") -> None:
    cap = max_leverage()
    if leverage > cap:
        raise PolicyViolation(RULE_LEVERAGE, f"{field} {leverage:g}x exceeds the {cap:g}x cap")
    if leverage <= 0:
        raise PolicyViolation(RULE_LEVERAGE, f"{field} must be positive")


def check_confidence(side: str, confidence: float, *, field: str = "confidence") -> None:
    floor = min_confidence()
    if side.upper() in ACTIONABLE_SIDES and confidence < floor:
        raise PolicyViolation(
            RULE_CONFIDENCE,
            f"{field} {confidence:g} is below {floor:g}; a {side.upper()} needs at least {floor:g}",
        )


def check_stop_loss(side: str, price: float | None, stop_loss: float | None) -> None:
    """A position-opening BUY/SELL must carry a stop-loss on the losing side of the price."""
    side = side.upper()
    if side not in ACTIONABLE_SIDES:
        return
    if stop_loss is None:
        raise PolicyViolation(RULE_STOP_LOSS, f"a {side} must carry a stop_loss")
    if price is None:
        return
    if side == "BUY" and not stop_loss < price:
        raise PolicyViolation(
            RULE_STOP_SIDE, f"stop_loss {stop_loss:g} of a BUY must be below the price {price:g}"
        )
    if side == "SELL" and not stop_loss > price:
        raise PolicyViolation(
            RULE_STOP_SIDE, f"stop_loss {stop_loss:g} of a SELL must be above the price {price:g}"
        )


def check_signal(
    side: str, price: float | None, confidence: float, stop_loss: float | None, leverage: float
) -> None:
    check_leverage(leverage)
    check_confidence(side, confidence)
    check_stop_loss(side, price, stop_loss)


def check_live_trading_allowed() -> None:
    if not active_settings().live_trading:
        raise PolicyViolation(
            RULE_LIVE_TRADING,
            "live order placement is disabled; set APP_LIVE_TRADING=true to enable it explicitly",
        )
