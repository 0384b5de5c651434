from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OnchainWhaleTransfer")


@_attrs_define
class OnchainWhaleTransfer:
    """
    Attributes:
        chain (str):
        ts (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        block_number (int):
        tx_hash (str):
        position (int): Log index, transaction index, or output index (BTC)
        asset (str):
        token (None | str):
        amount (float):
        amount_usd (float | None):
        from_address (None | str): Null on BTC (inputs are not one address)
        to_address (None | str):
        from_label (None | str):
        to_label (None | str):
        source (str | Unset):  Default: 'node'.
    """

    chain: str
    ts: datetime.datetime
    block_number: int
    tx_hash: str
    position: int
    asset: str
    token: None | str
    amount: float
    amount_usd: float | None
    from_address: None | str
    to_address: None | str
    from_label: None | str
    to_label: None | str
    source: str | Unset = "node"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        ts = self.ts.isoformat()

        block_number = self.block_number

        tx_hash = self.tx_hash

        position = self.position

        asset = self.asset

        token: None | str
        token = self.token

        amount = self.amount

        amount_usd: float | None
        amount_usd = self.amount_usd

        from_address: None | str
        from_address = self.from_address

        to_address: None | str
        to_address = self.to_address

        from_label: None | str
        from_label = self.from_label

        to_label: None | str
        to_label = self.to_label

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "ts": ts,
                "block_number": block_number,
                "tx_hash": tx_hash,
                "position": position,
                "asset": asset,
                "token": token,
                "amount": amount,
                "amount_usd": amount_usd,
                "from_address": from_address,
                "to_address": to_address,
                "from_label": from_label,
                "to_label": to_label,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain = d.pop("chain")

        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        block_number = d.pop("block_number")

        tx_hash = d.pop("tx_hash")

        position = d.pop("position")

        asset = d.pop("asset")

        def _parse_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        token = _parse_token(d.pop("token"))

        amount = d.pop("amount")

        def _parse_amount_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount_usd = _parse_amount_usd(d.pop("amount_usd"))

        def _parse_from_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_address = _parse_from_address(d.pop("from_address"))

        def _parse_to_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_address = _parse_to_address(d.pop("to_address"))

        def _parse_from_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_label = _parse_from_label(d.pop("from_label"))

        def _parse_to_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_label = _parse_to_label(d.pop("to_label"))

        source = d.pop("source", UNSET)

        onchain_whale_transfer = cls(
            chain=chain,
            ts=ts,
            block_number=block_number,
            tx_hash=tx_hash,
            position=position,
            asset=asset,
            token=token,
            amount=amount,
            amount_usd=amount_usd,
            from_address=from_address,
            to_address=to_address,
            from_label=from_label,
            to_label=to_label,
            source=source,
        )

        onchain_whale_transfer.additional_properties = d
        return onchain_whale_transfer

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
