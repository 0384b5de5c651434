from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainMinerAddress")


@_attrs_define
class OnchainMinerAddress:
    """
    Attributes:
        address (None | str):
        blocks (int): Coinbase transactions paying this address
        mined_btc (float):
        spent_btc (float):
        balance_btc (float): Its coinbase outputs still unspent
        label (None | str):
    """

    address: None | str
    blocks: int
    mined_btc: float
    spent_btc: float
    balance_btc: float
    label: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: None | str
        address = self.address

        blocks = self.blocks

        mined_btc = self.mined_btc

        spent_btc = self.spent_btc

        balance_btc = self.balance_btc

        label: None | str
        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "blocks": blocks,
                "mined_btc": mined_btc,
                "spent_btc": spent_btc,
                "balance_btc": balance_btc,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        blocks = d.pop("blocks")

        mined_btc = d.pop("mined_btc")

        spent_btc = d.pop("spent_btc")

        balance_btc = d.pop("balance_btc")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        onchain_miner_address = cls(
            address=address,
            blocks=blocks,
            mined_btc=mined_btc,
            spent_btc=spent_btc,
            balance_btc=balance_btc,
            label=label,
        )

        onchain_miner_address.additional_properties = d
        return onchain_miner_address

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
