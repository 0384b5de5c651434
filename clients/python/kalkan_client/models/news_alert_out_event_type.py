from typing import Literal

NewsAlertOutEventType = Literal["etf", "hack", "insolvency", "lawsuit", "listing", "macro", "partnership", "regulation"]

NEWS_ALERT_OUT_EVENT_TYPE_VALUES: set[NewsAlertOutEventType] = {
    "etf",
    "hack",
    "insolvency",
    "lawsuit",
    "listing",
    "macro",
    "partnership",
    "regulation",
}


def check_news_alert_out_event_type(value: str) -> NewsAlertOutEventType:
    if value in NEWS_ALERT_OUT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ALERT_OUT_EVENT_TYPE_VALUES!r}")
