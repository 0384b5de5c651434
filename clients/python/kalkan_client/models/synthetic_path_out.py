from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_path_out_regime import SyntheticPathOutRegime, check_synthetic_path_out_regime

T = TypeVar("T", bound="SyntheticPathOut")


@_attrs_define
class SyntheticPathOut:
    """
    Attributes:
        path (int):
        symbol (str):
        regime (SyntheticPathOutRegime): The path's realised regime, by the model's labelling
        open_ (list[float]):
        high (list[float]):
        low (list[float]):
        close (list[float]):
        volume (list[float]):
    """

    path: int
    symbol: str
    regime: SyntheticPathOutRegime
    open_: list[float]
    high: list[float]
    low: list[float]
    close: list[float]
    volume: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        symbol = self.symbol

        regime: str = self.regime

        open_ = self.open_

        high = self.high

        low = self.low

        close = self.close

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "symbol": symbol,
                "regime": regime,
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        symbol = d.pop("symbol")

        regime = check_synthetic_path_out_regime(d.pop("regime"))

        open_ = cast(list[float], d.pop("open"))

        high = cast(list[float], d.pop("high"))

        low = cast(list[float], d.pop("low"))

        close = cast(list[float], d.pop("close"))

        volume = cast(list[float], d.pop("volume"))

        synthetic_path_out = cls(
            path=path,
            symbol=symbol,
            regime=regime,
            open_=open_,
            high=high,
            low=low,
            close=close,
            volume=volume,
        )

        synthetic_path_out.additional_properties = d
        return synthetic_path_out

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
