"""Emergency-module problems."""

from __future__ import annotations

from app.core.errors import Conflict, Forbidden, NotFound, ServiceUnavailable, ValidationFailed


class NotEnoughCandles(ValidationFailed):
    """The requested range holds too few stored candles for the detector's baseline."""

    slug, title = "emergency-not-enough-candles", "Too few candles to scan"


class SystemHaltNeedsAdmin(Forbidden):
    """Only an administrator may engage or release a system-wide halt."""

    slug, title = "emergency-system-halt-admin-only", "System-wide halts are admin-only"


class WatchExists(Conflict):
    """The caller already watches this market on this timeframe (delete it or change it)."""

    slug, title = "emergency-watch-exists", "Market already watched"


class WatchNotFound(NotFound):
    slug, title = "emergency-watch-not-found", "No such watch"


class AlertNotFound(NotFound):
    slug, title = "emergency-alert-not-found", "No such alert"


class TargetNotFound(NotFound):
    slug, title = "emergency-target-not-found", "No such notification target"


class TooMany(ValidationFailed):
    """A per-user limit on watches or notification targets."""

    slug, title = "emergency-limit", "Per-user limit reached"


class MonitorUnavailable(ServiceUnavailable):
    slug, title = "emergency-monitor-unavailable", "The live monitor is not running"


class HedgeNeedsPerpetual(ValidationFailed):
    """A per-asset hedge offsets each spot position on its perpetual."""

    slug, title = "emergency-hedge-needs-perpetual", "Per-asset hedges use the perpetual"


class ProtectNeedsUserScope(ValidationFailed):
    """halt_close and halt_hedge act on the caller's own positions: user scope only."""

    slug, title = "emergency-protect-user-scope", "Close and hedge act on your own positions"


class EventRuleNotFound(NotFound):
    slug, title = "emergency-event-rule-not-found", "No such event rule"
