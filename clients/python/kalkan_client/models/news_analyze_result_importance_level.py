from typing import Literal

NewsAnalyzeResultImportanceLevel = Literal["high", "low", "medium"]

NEWS_ANALYZE_RESULT_IMPORTANCE_LEVEL_VALUES: set[NewsAnalyzeResultImportanceLevel] = {
    "high",
    "low",
    "medium",
}


def check_news_analyze_result_importance_level(value: str) -> NewsAnalyzeResultImportanceLevel:
    if value in NEWS_ANALYZE_RESULT_IMPORTANCE_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYZE_RESULT_IMPORTANCE_LEVEL_VALUES!r}")
