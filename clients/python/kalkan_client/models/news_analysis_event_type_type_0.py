from typing import Literal

NewsAnalysisEventTypeType0 = Literal[
    "etf", "hack", "insolvency", "lawsuit", "listing", "macro", "partnership", "regulation"
]

NEWS_ANALYSIS_EVENT_TYPE_TYPE_0_VALUES: set[NewsAnalysisEventTypeType0] = {
    "etf",
    "hack",
    "insolvency",
    "lawsuit",
    "listing",
    "macro",
    "partnership",
    "regulation",
}


def check_news_analysis_event_type_type_0(value: str) -> NewsAnalysisEventTypeType0:
    if value in NEWS_ANALYSIS_EVENT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYSIS_EVENT_TYPE_TYPE_0_VALUES!r}")
