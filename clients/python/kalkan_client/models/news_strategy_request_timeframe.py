from typing import Literal

NewsStrategyRequestTimeframe = Literal[
    "12h", "15m", "1d", "1h", "1m", "1w", "2h", "30m", "3d", "3m", "4h", "5m", "6h", "8h"
]

NEWS_STRATEGY_REQUEST_TIMEFRAME_VALUES: set[NewsStrategyRequestTimeframe] = {
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


def check_news_strategy_request_timeframe(value: str) -> NewsStrategyRequestTimeframe:
    if value in NEWS_STRATEGY_REQUEST_TIMEFRAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_STRATEGY_REQUEST_TIMEFRAME_VALUES!r}")
