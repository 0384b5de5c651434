from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.onchain_holder import OnchainHolder


T = TypeVar("T", bound="OnchainHoldersReport")


@_attrs_define
class OnchainHoldersReport:
    """Top holders by balance (BTC, from the output set) or by net change in the range (EVM,
    from the stored transfers of one token), with labels where known.

        Attributes:
            chain (str):
            asset (str):
            start (datetime.datetime | None):
            end (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
            min_balance (float):
            items (list[OnchainHolder]):
    """

    chain: str
    asset: str
    start: datetime.datetime | None
    end: datetime.datetime
    min_balance: float
    items: list[OnchainHolder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        asset = self.asset

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end = self.end.isoformat()

        min_balance = self.min_balance

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "asset": asset,
                "start": start,
                "end": end,
                "min_balance": min_balance,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_holder import OnchainHolder  # noqa: PLC0415

        d = dict(src_dict)
        chain = d.pop("chain")

        asset = d.pop("asset")

        def _parse_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start = _parse_start(d.pop("start"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        min_balance = d.pop("min_balance")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OnchainHolder.from_dict(items_item_data)

            items.append(items_item)

        onchain_holders_report = cls(
            chain=chain,
            asset=asset,
            start=start,
            end=end,
            min_balance=min_balance,
            items=items,
        )

        onchain_holders_report.additional_properties = d
        return onchain_holders_report

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
