from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.onchain_account_transfer import OnchainAccountTransfer


T = TypeVar("T", bound="OnchainAccountTransfers")


@_attrs_define
class OnchainAccountTransfers:
    """One page of an account's transactions or token transfers (explorer pagination:
    ``page`` from 1, ``offset`` per page); ``next_page`` is null on the last page.

        Attributes:
            chain (str):
            address (str):
            source (str):
            page (int):
            next_page (int | None):
            items (list[OnchainAccountTransfer]):
    """

    chain: str
    address: str
    source: str
    page: int
    next_page: int | None
    items: list[OnchainAccountTransfer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        address = self.address

        source = self.source

        page = self.page

        next_page: int | None
        next_page = self.next_page

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "address": address,
                "source": source,
                "page": page,
                "next_page": next_page,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_account_transfer import OnchainAccountTransfer  # noqa: PLC0415

        d = dict(src_dict)
        chain = d.pop("chain")

        address = d.pop("address")

        source = d.pop("source")

        page = d.pop("page")

        def _parse_next_page(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_page = _parse_next_page(d.pop("next_page"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OnchainAccountTransfer.from_dict(items_item_data)

            items.append(items_item)

        onchain_account_transfers = cls(
            chain=chain,
            address=address,
            source=source,
            page=page,
            next_page=next_page,
            items=items,
        )

        onchain_account_transfers.additional_properties = d
        return onchain_account_transfers

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
