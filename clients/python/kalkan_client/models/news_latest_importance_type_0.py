from typing import Literal

NewsLatestImportanceType0 = Literal["high", "low", "medium"]

NEWS_LATEST_IMPORTANCE_TYPE_0_VALUES: set[NewsLatestImportanceType0] = {
    "high",
    "low",
    "medium",
}


def check_news_latest_importance_type_0(value: str) -> NewsLatestImportanceType0:
    if value in NEWS_LATEST_IMPORTANCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_LATEST_IMPORTANCE_TYPE_0_VALUES!r}")
