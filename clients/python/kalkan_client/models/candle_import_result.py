from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CandleImportResult")


@_attrs_define
class CandleImportResult:
    """
    Attributes:
        exchange (str):
        symbol (str):
        timeframe (str):
        format_ (str):
        inserted (int):
        duplicates (int): Rows already stored or repeated within the file
        first (datetime.datetime | None):
        last (datetime.datetime | None):
    """

    exchange: str
    symbol: str
    timeframe: str
    format_: str
    inserted: int
    duplicates: int
    first: datetime.datetime | None
    last: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        format_ = self.format_

        inserted = self.inserted

        duplicates = self.duplicates

        first: None | str
        if isinstance(self.first, datetime.datetime):
            first = self.first.isoformat()
        else:
            first = self.first

        last: None | str
        if isinstance(self.last, datetime.datetime):
            last = self.last.isoformat()
        else:
            last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "format": format_,
                "inserted": inserted,
                "duplicates": duplicates,
                "first": first,
                "last": last,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        format_ = d.pop("format")

        inserted = d.pop("inserted")

        duplicates = d.pop("duplicates")

        def _parse_first(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_type_0 = datetime.datetime.fromisoformat(data)

                return first_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first = _parse_first(d.pop("first"))

        def _parse_last(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_type_0 = datetime.datetime.fromisoformat(data)

                return last_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last = _parse_last(d.pop("last"))

        candle_import_result = cls(
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            format_=format_,
            inserted=inserted,
            duplicates=duplicates,
            first=first,
            last=last,
        )

        candle_import_result.additional_properties = d
        return candle_import_result

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
