"""What other modules may use of the emergency module."""

from __future__ import annotations

from app.modules.emergency.detectors import LiveCrashDetector, scan
from app.modules.emergency.specs import BarInput, CrashDetectorParams, CrashEpisode, CrashRule

__all__ = [
    "BarInput",
    "CrashDetectorParams",
    "CrashEpisode",
    "CrashRule",
    "LiveCrashDetector",
    "scan",
]
