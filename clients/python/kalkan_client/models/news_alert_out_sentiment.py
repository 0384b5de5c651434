from typing import Literal

NewsAlertOutSentiment = Literal["bearish", "bullish", "neutral"]

NEWS_ALERT_OUT_SENTIMENT_VALUES: set[NewsAlertOutSentiment] = {
    "bearish",
    "bullish",
    "neutral",
}


def check_news_alert_out_sentiment(value: str) -> NewsAlertOutSentiment:
    if value in NEWS_ALERT_OUT_SENTIMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ALERT_OUT_SENTIMENT_VALUES!r}")
