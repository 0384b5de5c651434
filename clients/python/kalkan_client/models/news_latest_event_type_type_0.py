from typing import Literal

NewsLatestEventTypeType0 = Literal[
    "etf", "hack", "insolvency", "lawsuit", "listing", "macro", "partnership", "regulation"
]

NEWS_LATEST_EVENT_TYPE_TYPE_0_VALUES: set[NewsLatestEventTypeType0] = {
    "etf",
    "hack",
    "insolvency",
    "lawsuit",
    "listing",
    "macro",
    "partnership",
    "regulation",
}


def check_news_latest_event_type_type_0(value: str) -> NewsLatestEventTypeType0:
    if value in NEWS_LATEST_EVENT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_LATEST_EVENT_TYPE_TYPE_0_VALUES!r}")
