from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_alert_out_direction import NewsAlertOutDirection, check_news_alert_out_direction
from ..models.news_alert_out_event_type import NewsAlertOutEventType, check_news_alert_out_event_type
from ..models.news_alert_out_sentiment import NewsAlertOutSentiment, check_news_alert_out_sentiment
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsAlertOut")


@_attrs_define
class NewsAlertOut:
    """
    Attributes:
        alert_id (int):
        article_id (int):
        scope_id (int): 0: shared news; else only this user's
        symbol (str):
        event_type (NewsAlertOutEventType):
        sentiment (NewsAlertOutSentiment):
        confidence (float):
        importance (float):
        direction (NewsAlertOutDirection):
        title (str):
        url (str):
        published_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        price_move (float | None | Unset): Relative close-to-close move since publication (confirm=true)
        confirmed (bool | None | Unset): Did the price move in the news' direction? (confirm=true)
    """

    alert_id: int
    article_id: int
    scope_id: int
    symbol: str
    event_type: NewsAlertOutEventType
    sentiment: NewsAlertOutSentiment
    confidence: float
    importance: float
    direction: NewsAlertOutDirection
    title: str
    url: str
    published_at: datetime.datetime
    price_move: float | None | Unset = UNSET
    confirmed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        article_id = self.article_id

        scope_id = self.scope_id

        symbol = self.symbol

        event_type: str = self.event_type

        sentiment: str = self.sentiment

        confidence = self.confidence

        importance = self.importance

        direction: str = self.direction

        title = self.title

        url = self.url

        published_at = self.published_at.isoformat()

        price_move: float | None | Unset
        if isinstance(self.price_move, Unset):
            price_move = UNSET
        else:
            price_move = self.price_move

        confirmed: bool | None | Unset
        if isinstance(self.confirmed, Unset):
            confirmed = UNSET
        else:
            confirmed = self.confirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "article_id": article_id,
                "scope_id": scope_id,
                "symbol": symbol,
                "event_type": event_type,
                "sentiment": sentiment,
                "confidence": confidence,
                "importance": importance,
                "direction": direction,
                "title": title,
                "url": url,
                "published_at": published_at,
            }
        )
        if price_move is not UNSET:
            field_dict["price_move"] = price_move
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        article_id = d.pop("article_id")

        scope_id = d.pop("scope_id")

        symbol = d.pop("symbol")

        event_type = check_news_alert_out_event_type(d.pop("event_type"))

        sentiment = check_news_alert_out_sentiment(d.pop("sentiment"))

        confidence = d.pop("confidence")

        importance = d.pop("importance")

        direction = check_news_alert_out_direction(d.pop("direction"))

        title = d.pop("title")

        url = d.pop("url")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        def _parse_price_move(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price_move = _parse_price_move(d.pop("price_move", UNSET))

        def _parse_confirmed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        confirmed = _parse_confirmed(d.pop("confirmed", UNSET))

        news_alert_out = cls(
            alert_id=alert_id,
            article_id=article_id,
            scope_id=scope_id,
            symbol=symbol,
            event_type=event_type,
            sentiment=sentiment,
            confidence=confidence,
            importance=importance,
            direction=direction,
            title=title,
            url=url,
            published_at=published_at,
            price_move=price_move,
            confirmed=confirmed,
        )

        news_alert_out.additional_properties = d
        return news_alert_out

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
