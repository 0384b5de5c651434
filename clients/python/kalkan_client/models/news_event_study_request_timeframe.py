from typing import Literal

NewsEventStudyRequestTimeframe = Literal[
    "12h", "15m", "1d", "1h", "1m", "1w", "2h", "30m", "3d", "3m", "4h", "5m", "6h", "8h"
]

NEWS_EVENT_STUDY_REQUEST_TIMEFRAME_VALUES: set[NewsEventStudyRequestTimeframe] = {
    "12h",
    "15m",
    "1d",
    "1h",
    "1m",
    "1w",
    "2h",
    "30m",
    "3d",
    "3m",
    "4h",
    "5m",
    "6h",
    "8h",
}


def check_news_event_study_request_timeframe(value: str) -> NewsEventStudyRequestTimeframe:
    if value in NEWS_EVENT_STUDY_REQUEST_TIMEFRAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_EVENT_STUDY_REQUEST_TIMEFRAME_VALUES!r}")
