from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="BodyDatabaseImportCandles")


@_attrs_define
class BodyDatabaseImportCandles:
    """
    Attributes:
        file (File): CSV or JSON candle file
        exchange (str):
        symbol (str):
        timeframe (str):
        skip_invalid (bool | Unset):  Default: False.
    """

    file: File
    exchange: str
    symbol: str
    timeframe: str
    skip_invalid: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        skip_invalid = self.skip_invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
            }
        )
        if skip_invalid is not UNSET:
            field_dict["skip_invalid"] = skip_invalid

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("exchange", (None, str(self.exchange).encode(), "text/plain")))

        files.append(("symbol", (None, str(self.symbol).encode(), "text/plain")))

        files.append(("timeframe", (None, str(self.timeframe).encode(), "text/plain")))

        if not isinstance(self.skip_invalid, Unset):
            files.append(("skip_invalid", (None, str(self.skip_invalid).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        skip_invalid = d.pop("skip_invalid", UNSET)

        body_database_import_candles = cls(
            file=file,
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            skip_invalid=skip_invalid,
        )

        body_database_import_candles.additional_properties = d
        return body_database_import_candles

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
