from typing import Literal

ActivityStatsLabel = Literal["insufficient data", "likely", "possible", "unlikely"]

ACTIVITY_STATS_LABEL_VALUES: set[ActivityStatsLabel] = {
    "insufficient data",
    "likely",
    "possible",
    "unlikely",
}


def check_activity_stats_label(value: str) -> ActivityStatsLabel:
    if value in ACTIVITY_STATS_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVITY_STATS_LABEL_VALUES!r}")
