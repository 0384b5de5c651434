from typing import Literal

NewsAlertOutDirection = Literal["negative", "positive"]

NEWS_ALERT_OUT_DIRECTION_VALUES: set[NewsAlertOutDirection] = {
    "negative",
    "positive",
}


def check_news_alert_out_direction(value: str) -> NewsAlertOutDirection:
    if value in NEWS_ALERT_OUT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ALERT_OUT_DIRECTION_VALUES!r}")
