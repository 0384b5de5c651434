from typing import Literal

NewsAnalyzeResultSentimentType0 = Literal["bearish", "bullish", "neutral"]

NEWS_ANALYZE_RESULT_SENTIMENT_TYPE_0_VALUES: set[NewsAnalyzeResultSentimentType0] = {
    "bearish",
    "bullish",
    "neutral",
}


def check_news_analyze_result_sentiment_type_0(value: str) -> NewsAnalyzeResultSentimentType0:
    if value in NEWS_ANALYZE_RESULT_SENTIMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ANALYZE_RESULT_SENTIMENT_TYPE_0_VALUES!r}")
