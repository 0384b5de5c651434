from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_event_study_row_sentiment import NewsEventStudyRowSentiment, check_news_event_study_row_sentiment

T = TypeVar("T", bound="NewsEventStudyRow")


@_attrs_define
class NewsEventStudyRow:
    """
    Attributes:
        sentiment (NewsEventStudyRowSentiment):
        horizon (int):
        n (int):
        mean_return (float | None):
        ci_low (float | None):
        ci_high (float | None):
        t_stat (float | None):
    """

    sentiment: NewsEventStudyRowSentiment
    horizon: int
    n: int
    mean_return: float | None
    ci_low: float | None
    ci_high: float | None
    t_stat: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentiment: str = self.sentiment

        horizon = self.horizon

        n = self.n

        mean_return: float | None
        mean_return = self.mean_return

        ci_low: float | None
        ci_low = self.ci_low

        ci_high: float | None
        ci_high = self.ci_high

        t_stat: float | None
        t_stat = self.t_stat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sentiment": sentiment,
                "horizon": horizon,
                "n": n,
                "mean_return": mean_return,
                "ci_low": ci_low,
                "ci_high": ci_high,
                "t_stat": t_stat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sentiment = check_news_event_study_row_sentiment(d.pop("sentiment"))

        horizon = d.pop("horizon")

        n = d.pop("n")

        def _parse_mean_return(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_return = _parse_mean_return(d.pop("mean_return"))

        def _parse_ci_low(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ci_low = _parse_ci_low(d.pop("ci_low"))

        def _parse_ci_high(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ci_high = _parse_ci_high(d.pop("ci_high"))

        def _parse_t_stat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        t_stat = _parse_t_stat(d.pop("t_stat"))

        news_event_study_row = cls(
            sentiment=sentiment,
            horizon=horizon,
            n=n,
            mean_return=mean_return,
            ci_low=ci_low,
            ci_high=ci_high,
            t_stat=t_stat,
        )

        news_event_study_row.additional_properties = d
        return news_event_study_row

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
