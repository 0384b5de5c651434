from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewsIngestResponse")


@_attrs_define
class NewsIngestResponse:
    """
    Attributes:
        stored (int):
        duplicates (int):
        article_ids (list[int]): Per item, in order: the stored (or merged-into) id
        analysed (bool): false: no sentiment model yet, sentiment left null
    """

    stored: int
    duplicates: int
    article_ids: list[int]
    analysed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stored = self.stored

        duplicates = self.duplicates

        article_ids = self.article_ids

        analysed = self.analysed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stored": stored,
                "duplicates": duplicates,
                "article_ids": article_ids,
                "analysed": analysed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stored = d.pop("stored")

        duplicates = d.pop("duplicates")

        article_ids = cast(list[int], d.pop("article_ids"))

        analysed = d.pop("analysed")

        news_ingest_response = cls(
            stored=stored,
            duplicates=duplicates,
            article_ids=article_ids,
            analysed=analysed,
        )

        news_ingest_response.additional_properties = d
        return news_ingest_response

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
