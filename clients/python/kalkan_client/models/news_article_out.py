from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.news_analysis import NewsAnalysis
    from ..models.news_source_ref import NewsSourceRef


T = TypeVar("T", bound="NewsArticleOut")


@_attrs_define
class NewsArticleOut:
    """
    Attributes:
        id (int):
        source (str):
        url (str):
        title (str):
        summary (None | str):
        published_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        ingested_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        tagged_currencies (list[str]):
        sources (list[NewsSourceRef]): Every source the item was seen in
        private (bool): true: ingested by the caller, visible only to them
        analysis (NewsAnalysis):
    """

    id: int
    source: str
    url: str
    title: str
    summary: None | str
    published_at: datetime.datetime
    ingested_at: datetime.datetime
    tagged_currencies: list[str]
    sources: list[NewsSourceRef]
    private: bool
    analysis: NewsAnalysis
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        url = self.url

        title = self.title

        summary: None | str
        summary = self.summary

        published_at = self.published_at.isoformat()

        ingested_at = self.ingested_at.isoformat()

        tagged_currencies = self.tagged_currencies

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        private = self.private

        analysis = self.analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "url": url,
                "title": title,
                "summary": summary,
                "published_at": published_at,
                "ingested_at": ingested_at,
                "tagged_currencies": tagged_currencies,
                "sources": sources,
                "private": private,
                "analysis": analysis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.news_analysis import NewsAnalysis  # noqa: PLC0415
        from ..models.news_source_ref import NewsSourceRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        url = d.pop("url")

        title = d.pop("title")

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        ingested_at = datetime.datetime.fromisoformat(d.pop("ingested_at"))

        tagged_currencies = cast(list[str], d.pop("tagged_currencies"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = NewsSourceRef.from_dict(sources_item_data)

            sources.append(sources_item)

        private = d.pop("private")

        analysis = NewsAnalysis.from_dict(d.pop("analysis"))

        news_article_out = cls(
            id=id,
            source=source,
            url=url,
            title=title,
            summary=summary,
            published_at=published_at,
            ingested_at=ingested_at,
            tagged_currencies=tagged_currencies,
            sources=sources,
            private=private,
            analysis=analysis,
        )

        news_article_out.additional_properties = d
        return news_article_out

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
