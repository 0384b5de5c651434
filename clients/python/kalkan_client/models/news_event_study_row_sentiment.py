from typing import Literal

NewsEventStudyRowSentiment = Literal["bearish", "bullish", "neutral"]

NEWS_EVENT_STUDY_ROW_SENTIMENT_VALUES: set[NewsEventStudyRowSentiment] = {
    "bearish",
    "bullish",
    "neutral",
}


def check_news_event_study_row_sentiment(value: str) -> NewsEventStudyRowSentiment:
    if value in NEWS_EVENT_STUDY_ROW_SENTIMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_EVENT_STUDY_ROW_SENTIMENT_VALUES!r}")
