from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainChainStatus")


@_attrs_define
class OnchainChainStatus:
    """
    Attributes:
        chain (str):
        blocks (int): Stored blocks
        lowest (int | None):
        tip (int | None):
        tip_hash (None | str):
        tip_time (datetime.datetime | None):
    """

    chain: str
    blocks: int
    lowest: int | None
    tip: int | None
    tip_hash: None | str
    tip_time: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        blocks = self.blocks

        lowest: int | None
        lowest = self.lowest

        tip: int | None
        tip = self.tip

        tip_hash: None | str
        tip_hash = self.tip_hash

        tip_time: None | str
        if isinstance(self.tip_time, datetime.datetime):
            tip_time = self.tip_time.isoformat()
        else:
            tip_time = self.tip_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "blocks": blocks,
                "lowest": lowest,
                "tip": tip,
                "tip_hash": tip_hash,
                "tip_time": tip_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain = d.pop("chain")

        blocks = d.pop("blocks")

        def _parse_lowest(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        lowest = _parse_lowest(d.pop("lowest"))

        def _parse_tip(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        tip = _parse_tip(d.pop("tip"))

        def _parse_tip_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tip_hash = _parse_tip_hash(d.pop("tip_hash"))

        def _parse_tip_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tip_time_type_0 = datetime.datetime.fromisoformat(data)

                return tip_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        tip_time = _parse_tip_time(d.pop("tip_time"))

        onchain_chain_status = cls(
            chain=chain,
            blocks=blocks,
            lowest=lowest,
            tip=tip,
            tip_hash=tip_hash,
            tip_time=tip_time,
        )

        onchain_chain_status.additional_properties = d
        return onchain_chain_status

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
