from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_analyze_result_event_type_type_0 import (
    NewsAnalyzeResultEventTypeType0,
    check_news_analyze_result_event_type_type_0,
)
from ..models.news_analyze_result_event_types_item import (
    NewsAnalyzeResultEventTypesItem,
    check_news_analyze_result_event_types_item,
)
from ..models.news_analyze_result_importance_level import (
    NewsAnalyzeResultImportanceLevel,
    check_news_analyze_result_importance_level,
)
from ..models.news_analyze_result_sentiment_type_0 import (
    NewsAnalyzeResultSentimentType0,
    check_news_analyze_result_sentiment_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.news_analyze_result_probabilities_type_0 import NewsAnalyzeResultProbabilitiesType0
    from ..models.news_entity import NewsEntity


T = TypeVar("T", bound="NewsAnalyzeResult")


@_attrs_define
class NewsAnalyzeResult:
    """
    Attributes:
        sentiment (NewsAnalyzeResultSentimentType0 | None): null when no sentiment model was available
        importance (float):
        importance_level (NewsAnalyzeResultImportanceLevel):
        text (str): The text as sent (truncated to 200 characters)
        probabilities (NewsAnalyzeResultProbabilitiesType0 | None | Unset): Calibrated (temperature-scaled) label
            probabilities
        confidence (float | None | Unset): Calibrated probability of the label; 0.65 makes it actionable
        supported (bool | Unset): false: not a script the English model reads (neutral, low) Default: True.
        entities (list[NewsEntity] | Unset):
        symbols (list[str] | Unset):
        event_type (NewsAnalyzeResultEventTypeType0 | None | Unset):
        event_types (list[NewsAnalyzeResultEventTypesItem] | Unset):
        model_version (None | str | Unset):
    """

    sentiment: NewsAnalyzeResultSentimentType0 | None
    importance: float
    importance_level: NewsAnalyzeResultImportanceLevel
    text: str
    probabilities: NewsAnalyzeResultProbabilitiesType0 | None | Unset = UNSET
    confidence: float | None | Unset = UNSET
    supported: bool | Unset = True
    entities: list[NewsEntity] | Unset = UNSET
    symbols: list[str] | Unset = UNSET
    event_type: NewsAnalyzeResultEventTypeType0 | None | Unset = UNSET
    event_types: list[NewsAnalyzeResultEventTypesItem] | Unset = UNSET
    model_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.news_analyze_result_probabilities_type_0 import NewsAnalyzeResultProbabilitiesType0  # noqa: PLC0415

        sentiment: None | str
        if isinstance(self.sentiment, str):
            sentiment = self.sentiment
        else:
            sentiment = self.sentiment

        importance = self.importance

        importance_level: str = self.importance_level

        text = self.text

        probabilities: dict[str, Any] | None | Unset
        if isinstance(self.probabilities, Unset):
            probabilities = UNSET
        elif isinstance(self.probabilities, NewsAnalyzeResultProbabilitiesType0):
            probabilities = self.probabilities.to_dict()
        else:
            probabilities = self.probabilities

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        supported = self.supported

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        symbols: list[str] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = self.symbols

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, str):
            event_type = self.event_type
        else:
            event_type = self.event_type

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item: str = event_types_item_data
                event_types.append(event_types_item)

        model_version: None | str | Unset
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sentiment": sentiment,
                "importance": importance,
                "importance_level": importance_level,
                "text": text,
            }
        )
        if probabilities is not UNSET:
            field_dict["probabilities"] = probabilities
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if supported is not UNSET:
            field_dict["supported"] = supported
        if entities is not UNSET:
            field_dict["entities"] = entities
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.news_analyze_result_probabilities_type_0 import NewsAnalyzeResultProbabilitiesType0  # noqa: PLC0415
        from ..models.news_entity import NewsEntity  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sentiment(data: object) -> NewsAnalyzeResultSentimentType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sentiment_type_0 = check_news_analyze_result_sentiment_type_0(data)

                return sentiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewsAnalyzeResultSentimentType0 | None, data)

        sentiment = _parse_sentiment(d.pop("sentiment"))

        importance = d.pop("importance")

        importance_level = check_news_analyze_result_importance_level(d.pop("importance_level"))

        text = d.pop("text")

        def _parse_probabilities(data: object) -> NewsAnalyzeResultProbabilitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                probabilities_type_0 = NewsAnalyzeResultProbabilitiesType0.from_dict(data)

                return probabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewsAnalyzeResultProbabilitiesType0 | None | Unset, data)

        probabilities = _parse_probabilities(d.pop("probabilities", UNSET))

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        supported = d.pop("supported", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: list[NewsEntity] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = NewsEntity.from_dict(entities_item_data)

                entities.append(entities_item)

        symbols = cast(list[str], d.pop("symbols", UNSET))

        def _parse_event_type(data: object) -> NewsAnalyzeResultEventTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_type_0 = check_news_analyze_result_event_type_type_0(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewsAnalyzeResultEventTypeType0 | None | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        _event_types = d.pop("event_types", UNSET)
        event_types: list[NewsAnalyzeResultEventTypesItem] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = check_news_analyze_result_event_types_item(event_types_item_data)

                event_types.append(event_types_item)

        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))

        news_analyze_result = cls(
            sentiment=sentiment,
            importance=importance,
            importance_level=importance_level,
            text=text,
            probabilities=probabilities,
            confidence=confidence,
            supported=supported,
            entities=entities,
            symbols=symbols,
            event_type=event_type,
            event_types=event_types,
            model_version=model_version,
        )

        news_analyze_result.additional_properties = d
        return news_analyze_result

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
