from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainMinerPoint")


@_attrs_define
class OnchainMinerPoint:
    """
    Attributes:
        bucket (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        mined_btc (float | None): Coinbase outputs created
        spent_btc (float | None): Coinbase outputs spent (miner outflow)
        to_exchanges_btc (float | None): Part of the spends paid to exchanges
        balance_btc (float | None): Provider's miner balance at the bucket
        balance_change_btc (float | None):
    """

    bucket: datetime.datetime
    mined_btc: float | None
    spent_btc: float | None
    to_exchanges_btc: float | None
    balance_btc: float | None
    balance_change_btc: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket.isoformat()

        mined_btc: float | None
        mined_btc = self.mined_btc

        spent_btc: float | None
        spent_btc = self.spent_btc

        to_exchanges_btc: float | None
        to_exchanges_btc = self.to_exchanges_btc

        balance_btc: float | None
        balance_btc = self.balance_btc

        balance_change_btc: float | None
        balance_change_btc = self.balance_change_btc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "mined_btc": mined_btc,
                "spent_btc": spent_btc,
                "to_exchanges_btc": to_exchanges_btc,
                "balance_btc": balance_btc,
                "balance_change_btc": balance_change_btc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket = datetime.datetime.fromisoformat(d.pop("bucket"))

        def _parse_mined_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mined_btc = _parse_mined_btc(d.pop("mined_btc"))

        def _parse_spent_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spent_btc = _parse_spent_btc(d.pop("spent_btc"))

        def _parse_to_exchanges_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        to_exchanges_btc = _parse_to_exchanges_btc(d.pop("to_exchanges_btc"))

        def _parse_balance_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        balance_btc = _parse_balance_btc(d.pop("balance_btc"))

        def _parse_balance_change_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        balance_change_btc = _parse_balance_change_btc(d.pop("balance_change_btc"))

        onchain_miner_point = cls(
            bucket=bucket,
            mined_btc=mined_btc,
            spent_btc=spent_btc,
            to_exchanges_btc=to_exchanges_btc,
            balance_btc=balance_btc,
            balance_change_btc=balance_change_btc,
        )

        onchain_miner_point.additional_properties = d
        return onchain_miner_point

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
