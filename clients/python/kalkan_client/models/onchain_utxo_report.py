from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.onchain_utxo_band import OnchainUtxoBand


T = TypeVar("T", bound="OnchainUtxoReport")


@_attrs_define
class OnchainUtxoReport:
    """Age distribution of the unspent outputs (HODL waves) at a moment.

    Attributes:
        source (str):
        at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        height (int | None): Tip height the distribution is taken at (node)
        total_count (int | None):
        total_value_btc (float | None):
        bands (list[OnchainUtxoBand]):
        chain (str | Unset):  Default: 'btc'.
    """

    source: str
    at: datetime.datetime
    height: int | None
    total_count: int | None
    total_value_btc: float | None
    bands: list[OnchainUtxoBand]
    chain: str | Unset = "btc"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        at = self.at.isoformat()

        height: int | None
        height = self.height

        total_count: int | None
        total_count = self.total_count

        total_value_btc: float | None
        total_value_btc = self.total_value_btc

        bands = []
        for bands_item_data in self.bands:
            bands_item = bands_item_data.to_dict()
            bands.append(bands_item)

        chain = self.chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "at": at,
                "height": height,
                "total_count": total_count,
                "total_value_btc": total_value_btc,
                "bands": bands,
            }
        )
        if chain is not UNSET:
            field_dict["chain"] = chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_utxo_band import OnchainUtxoBand  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        height = _parse_height(d.pop("height"))

        def _parse_total_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_count = _parse_total_count(d.pop("total_count"))

        def _parse_total_value_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_value_btc = _parse_total_value_btc(d.pop("total_value_btc"))

        bands = []
        _bands = d.pop("bands")
        for bands_item_data in _bands:
            bands_item = OnchainUtxoBand.from_dict(bands_item_data)

            bands.append(bands_item)

        chain = d.pop("chain", UNSET)

        onchain_utxo_report = cls(
            source=source,
            at=at,
            height=height,
            total_count=total_count,
            total_value_btc=total_value_btc,
            bands=bands,
            chain=chain,
        )

        onchain_utxo_report.additional_properties = d
        return onchain_utxo_report

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
