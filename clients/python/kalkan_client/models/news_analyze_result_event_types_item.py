from typing import Literal

NewsAnalyzeResultEventTypesItem = Literal[
    "etf", "hack", "insolvency", "lawsuit", "listing", "macro", "partnership", "regulation"
]

NEWS_ANALYZE_RESULT_EVENT_TYPES_ITEM_VALUES: set[NewsAnalyzeResultEventTypesItem] = {
    "etf",
    "hack",
    "insolvency",
    "lawsuit",
    "listing",
    "macro",
    "partnership",
    "regulation",
}


def check_news_analyze_result_event_types_item(value: str) -> NewsAnalyzeResultEventTypesItem:
    if value in NEWS_ANALYZE_RESULT_EVENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYZE_RESULT_EVENT_TYPES_ITEM_VALUES!r}")
