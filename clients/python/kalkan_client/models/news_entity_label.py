from typing import Literal

NewsEntityLabel = Literal["COIN", "EXCHANGE", "ORG", "PERSON", "REGULATOR"]

NEWS_ENTITY_LABEL_VALUES: set[NewsEntityLabel] = {
    "COIN",
    "EXCHANGE",
    "ORG",
    "PERSON",
    "REGULATOR",
}


def check_news_entity_label(value: str) -> NewsEntityLabel:
    if value in NEWS_ENTITY_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ENTITY_LABEL_VALUES!r}")
