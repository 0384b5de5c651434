from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainAccountTransfer")


@_attrs_define
class OnchainAccountTransfer:
    """One transaction or token transfer of an account, as the explorer reports it.

    Attributes:
        chain (str):
        block_number (int):
        ts (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        tx_hash (str):
        from_address (str):
        to_address (None | str):
        token (None | str): Token contract (tokentx); null for native
        symbol (None | str):
        amount (float | None):
        amount_raw (str):
        source (str):
    """

    chain: str
    block_number: int
    ts: datetime.datetime
    tx_hash: str
    from_address: str
    to_address: None | str
    token: None | str
    symbol: None | str
    amount: float | None
    amount_raw: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        block_number = self.block_number

        ts = self.ts.isoformat()

        tx_hash = self.tx_hash

        from_address = self.from_address

        to_address: None | str
        to_address = self.to_address

        token: None | str
        token = self.token

        symbol: None | str
        symbol = self.symbol

        amount: float | None
        amount = self.amount

        amount_raw = self.amount_raw

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "block_number": block_number,
                "ts": ts,
                "tx_hash": tx_hash,
                "from_address": from_address,
                "to_address": to_address,
                "token": token,
                "symbol": symbol,
                "amount": amount,
                "amount_raw": amount_raw,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain = d.pop("chain")

        block_number = d.pop("block_number")

        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        tx_hash = d.pop("tx_hash")

        from_address = d.pop("from_address")

        def _parse_to_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_address = _parse_to_address(d.pop("to_address"))

        def _parse_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        token = _parse_token(d.pop("token"))

        def _parse_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        symbol = _parse_symbol(d.pop("symbol"))

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(d.pop("amount"))

        amount_raw = d.pop("amount_raw")

        source = d.pop("source")

        onchain_account_transfer = cls(
            chain=chain,
            block_number=block_number,
            ts=ts,
            tx_hash=tx_hash,
            from_address=from_address,
            to_address=to_address,
            token=token,
            symbol=symbol,
            amount=amount,
            amount_raw=amount_raw,
            source=source,
        )

        onchain_account_transfer.additional_properties = d
        return onchain_account_transfer

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
