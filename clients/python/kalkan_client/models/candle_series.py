from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candle_out import CandleOut


T = TypeVar("T", bound="CandleSeries")


@_attrs_define
class CandleSeries:
    """
    Attributes:
        exchange (str):
        symbol (str):
        timeframe (str):
        candles (list[CandleOut]):
        source (Literal['db'] | Unset):  Default: 'db'.
    """

    exchange: str
    symbol: str
    timeframe: str
    candles: list[CandleOut]
    source: Literal["db"] | Unset = "db"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        candles = []
        for candles_item_data in self.candles:
            candles_item = candles_item_data.to_dict()
            candles.append(candles_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "candles": candles,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candle_out import CandleOut  # noqa: PLC0415

        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        candles = []
        _candles = d.pop("candles")
        for candles_item_data in _candles:
            candles_item = CandleOut.from_dict(candles_item_data)

            candles.append(candles_item)

        source = cast(Literal["db"] | Unset, d.pop("source", UNSET))
        if source != "db" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'db', got '{source}'")

        candle_series = cls(
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            candles=candles,
            source=source,
        )

        candle_series.additional_properties = d
        return candle_series

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
