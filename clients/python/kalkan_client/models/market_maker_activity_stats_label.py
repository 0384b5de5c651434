from typing import Literal

MarketMakerActivityStatsLabel = Literal["insufficient data", "likely", "possible", "unlikely"]

MARKET_MAKER_ACTIVITY_STATS_LABEL_VALUES: set[MarketMakerActivityStatsLabel] = {
    "insufficient data",
    "likely",
    "possible",
    "unlikely",
}


def check_market_maker_activity_stats_label(value: str) -> MarketMakerActivityStatsLabel:
    if value in MARKET_MAKER_ACTIVITY_STATS_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARKET_MAKER_ACTIVITY_STATS_LABEL_VALUES!r}")
