from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskBook")


@_attrs_define
class RiskBook:
    """
    Attributes:
        bids (list[list[float]] | Unset):
        asks (list[list[float]] | Unset):
    """

    bids: list[list[float]] | Unset = UNSET
    asks: list[list[float]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bids: list[list[float]] | Unset = UNSET
        if not isinstance(self.bids, Unset):
            bids = []
            for bids_item_data in self.bids:
                bids_item = []
                for bids_item_item_data in bids_item_data:
                    bids_item_item: float
                    bids_item_item = bids_item_item_data
                    bids_item.append(bids_item_item)

                bids.append(bids_item)

        asks: list[list[float]] | Unset = UNSET
        if not isinstance(self.asks, Unset):
            asks = []
            for asks_item_data in self.asks:
                asks_item = []
                for asks_item_item_data in asks_item_data:
                    asks_item_item: float
                    asks_item_item = asks_item_item_data
                    asks_item.append(asks_item_item)

                asks.append(asks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bids is not UNSET:
            field_dict["bids"] = bids
        if asks is not UNSET:
            field_dict["asks"] = asks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bids = d.pop("bids", UNSET)
        bids: list[list[float]] | Unset = UNSET
        if _bids is not UNSET:
            bids = []
            for bids_item_data in _bids:
                bids_item = []
                _bids_item = bids_item_data
                for bids_item_item_data in _bids_item:

                    def _parse_bids_item_item(data: object) -> float:
                        return cast(float, data)

                    bids_item_item = _parse_bids_item_item(bids_item_item_data)

                    bids_item.append(bids_item_item)

                bids.append(bids_item)

        _asks = d.pop("asks", UNSET)
        asks: list[list[float]] | Unset = UNSET
        if _asks is not UNSET:
            asks = []
            for asks_item_data in _asks:
                asks_item = []
                _asks_item = asks_item_data
                for asks_item_item_data in _asks_item:

                    def _parse_asks_item_item(data: object) -> float:
                        return cast(float, data)

                    asks_item_item = _parse_asks_item_item(asks_item_item_data)

                    asks_item.append(asks_item_item)

                asks.append(asks_item)

        risk_book = cls(
            bids=bids,
            asks=asks,
        )

        risk_book.additional_properties = d
        return risk_book

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
