"""What other modules may use of the news module: the alert channel and its message, and the
analysis of texts (the emergency breaker subscribes to ``ALERT_CHANNEL`` on the core bus)."""

from __future__ import annotations

from app.modules.news.specs import ALERT_CHANNEL, NewsAlertEvent, NewsAnalysis

__all__ = ["ALERT_CHANNEL", "NewsAlertEvent", "NewsAnalysis"]
