from typing import Literal

NewsAnalysisSentimentType0 = Literal["bearish", "bullish", "neutral"]

NEWS_ANALYSIS_SENTIMENT_TYPE_0_VALUES: set[NewsAnalysisSentimentType0] = {
    "bearish",
    "bullish",
    "neutral",
}


def check_news_analysis_sentiment_type_0(value: str) -> NewsAnalysisSentimentType0:
    if value in NEWS_ANALYSIS_SENTIMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYSIS_SENTIMENT_TYPE_0_VALUES!r}")
