from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_entity_label import NewsEntityLabel, check_news_entity_label

T = TypeVar("T", bound="NewsEntity")


@_attrs_define
class NewsEntity:
    """
    Attributes:
        text (str):
        label (NewsEntityLabel):
        key (str): Ticker for a coin, canonical name otherwise
        start (int):
        end (int):
        symbols (list[str]): Tradable symbols the entity maps to
    """

    text: str
    label: NewsEntityLabel
    key: str
    start: int
    end: int
    symbols: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        label: str = self.label

        key = self.key

        start = self.start

        end = self.end

        symbols = self.symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "label": label,
                "key": key,
                "start": start,
                "end": end,
                "symbols": symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        label = check_news_entity_label(d.pop("label"))

        key = d.pop("key")

        start = d.pop("start")

        end = d.pop("end")

        symbols = cast(list[str], d.pop("symbols"))

        news_entity = cls(
            text=text,
            label=label,
            key=key,
            start=start,
            end=end,
            symbols=symbols,
        )

        news_entity.additional_properties = d
        return news_entity

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
