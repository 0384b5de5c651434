"""Emergency-module problems."""

from __future__ import annotations

from app.core.errors import Forbidden, ValidationFailed


class NotEnoughCandles(ValidationFailed):
    """The requested range holds too few stored candles for the detector's baseline."""

    slug, title = "emergency-not-enough-candles", "Too few candles to scan"


class SystemHaltNeedsAdmin(Forbidden):
    """Only an administrator may engage or release a system-wide halt."""

    slug, title = "emergency-system-halt-admin-only", "System-wide halts are admin-only"
