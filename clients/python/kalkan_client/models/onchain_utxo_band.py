from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnchainUtxoBand")


@_attrs_define
class OnchainUtxoBand:
    """
    Attributes:
        band (str): Age band, Glassnode's names: 24h, 1d_1w, ... more_10y
        min_age_days (float):
        max_age_days (float | None):
        count (int | None): Unspent outputs in the band (null from a provider)
        value_btc (float | None):
        share_count (float | None):
        share_value (float | None): Fraction of the supply held in the band
    """

    band: str
    min_age_days: float
    max_age_days: float | None
    count: int | None
    value_btc: float | None
    share_count: float | None
    share_value: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        band = self.band

        min_age_days = self.min_age_days

        max_age_days: float | None
        max_age_days = self.max_age_days

        count: int | None
        count = self.count

        value_btc: float | None
        value_btc = self.value_btc

        share_count: float | None
        share_count = self.share_count

        share_value: float | None
        share_value = self.share_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "band": band,
                "min_age_days": min_age_days,
                "max_age_days": max_age_days,
                "count": count,
                "value_btc": value_btc,
                "share_count": share_count,
                "share_value": share_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        band = d.pop("band")

        min_age_days = d.pop("min_age_days")

        def _parse_max_age_days(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_age_days = _parse_max_age_days(d.pop("max_age_days"))

        def _parse_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        count = _parse_count(d.pop("count"))

        def _parse_value_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value_btc = _parse_value_btc(d.pop("value_btc"))

        def _parse_share_count(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share_count = _parse_share_count(d.pop("share_count"))

        def _parse_share_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share_value = _parse_share_value(d.pop("share_value"))

        onchain_utxo_band = cls(
            band=band,
            min_age_days=min_age_days,
            max_age_days=max_age_days,
            count=count,
            value_btc=value_btc,
            share_count=share_count,
            share_value=share_value,
        )

        onchain_utxo_band.additional_properties = d
        return onchain_utxo_band

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
