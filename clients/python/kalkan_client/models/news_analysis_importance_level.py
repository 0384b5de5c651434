from typing import Literal

NewsAnalysisImportanceLevel = Literal["high", "low", "medium"]

NEWS_ANALYSIS_IMPORTANCE_LEVEL_VALUES: set[NewsAnalysisImportanceLevel] = {
    "high",
    "low",
    "medium",
}


def check_news_analysis_importance_level(value: str) -> NewsAnalysisImportanceLevel:
    if value in NEWS_ANALYSIS_IMPORTANCE_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYSIS_IMPORTANCE_LEVEL_VALUES!r}")
