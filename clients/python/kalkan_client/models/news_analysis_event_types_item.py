from typing import Literal

NewsAnalysisEventTypesItem = Literal[
    "etf", "hack", "insolvency", "lawsuit", "listing", "macro", "partnership", "regulation"
]

NEWS_ANALYSIS_EVENT_TYPES_ITEM_VALUES: set[NewsAnalysisEventTypesItem] = {
    "etf",
    "hack",
    "insolvency",
    "lawsuit",
    "listing",
    "macro",
    "partnership",
    "regulation",
}


def check_news_analysis_event_types_item(value: str) -> NewsAnalysisEventTypesItem:
    if value in NEWS_ANALYSIS_EVENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYSIS_EVENT_TYPES_ITEM_VALUES!r}")
