from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainLabelOut")


@_attrs_define
class OnchainLabelOut:
    """
    Attributes:
        chain (str):
        address (str):
        name (None | str):
        entity (None | str): Owner slug, e.g. binance; null when unknown
        category (str): exchange, entity (BTC non-exchange), or a label slug
        tags (list[str]):
        source (str): The imported list this label came from
        imported_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    chain: str
    address: str
    name: None | str
    entity: None | str
    category: str
    tags: list[str]
    source: str
    imported_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        address = self.address

        name: None | str
        name = self.name

        entity: None | str
        entity = self.entity

        category = self.category

        tags = self.tags

        source = self.source

        imported_at = self.imported_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "address": address,
                "name": name,
                "entity": entity,
                "category": category,
                "tags": tags,
                "source": source,
                "imported_at": imported_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain = d.pop("chain")

        address = d.pop("address")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_entity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entity = _parse_entity(d.pop("entity"))

        category = d.pop("category")

        tags = cast(list[str], d.pop("tags"))

        source = d.pop("source")

        imported_at = datetime.datetime.fromisoformat(d.pop("imported_at"))

        onchain_label_out = cls(
            chain=chain,
            address=address,
            name=name,
            entity=entity,
            category=category,
            tags=tags,
            source=source,
            imported_at=imported_at,
        )

        onchain_label_out.additional_properties = d
        return onchain_label_out

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
