from typing import Literal

NewsLatestSentimentType0 = Literal["bearish", "bullish", "neutral"]

NEWS_LATEST_SENTIMENT_TYPE_0_VALUES: set[NewsLatestSentimentType0] = {
    "bearish",
    "bullish",
    "neutral",
}


def check_news_latest_sentiment_type_0(value: str) -> NewsLatestSentimentType0:
    if value in NEWS_LATEST_SENTIMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_LATEST_SENTIMENT_TYPE_0_VALUES!r}")
