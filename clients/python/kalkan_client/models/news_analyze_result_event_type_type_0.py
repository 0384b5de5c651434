from typing import Literal

NewsAnalyzeResultEventTypeType0 = Literal[
    "etf", "hack", "insolvency", "lawsuit", "listing", "macro", "partnership", "regulation"
]

NEWS_ANALYZE_RESULT_EVENT_TYPE_TYPE_0_VALUES: set[NewsAnalyzeResultEventTypeType0] = {
    "etf",
    "hack",
    "insolvency",
    "lawsuit",
    "listing",
    "macro",
    "partnership",
    "regulation",
}


def check_news_analyze_result_event_type_type_0(value: str) -> NewsAnalyzeResultEventTypeType0:
    if value in NEWS_ANALYZE_RESULT_EVENT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYZE_RESULT_EVENT_TYPE_TYPE_0_VALUES!r}")
