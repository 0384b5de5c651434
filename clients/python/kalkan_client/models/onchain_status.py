from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.onchain_chain_status import OnchainChainStatus


T = TypeVar("T", bound="OnchainStatus")


@_attrs_define
class OnchainStatus:
    """
    Attributes:
        chains (list[OnchainChainStatus]):
    """

    chains: list[OnchainChainStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chains = []
        for chains_item_data in self.chains:
            chains_item = chains_item_data.to_dict()
            chains.append(chains_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chains": chains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_chain_status import OnchainChainStatus  # noqa: PLC0415

        d = dict(src_dict)
        chains = []
        _chains = d.pop("chains")
        for chains_item_data in _chains:
            chains_item = OnchainChainStatus.from_dict(chains_item_data)

            chains.append(chains_item)

        onchain_status = cls(
            chains=chains,
        )

        onchain_status.additional_properties = d
        return onchain_status

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
