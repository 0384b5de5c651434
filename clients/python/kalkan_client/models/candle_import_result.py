from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.candle_import_result_dataset import CandleImportResultDataset, check_candle_import_result_dataset
from ..models.candle_import_result_on_conflict import (
    CandleImportResultOnConflict,
    check_candle_import_result_on_conflict,
)

T = TypeVar("T", bound="CandleImportResult")


@_attrs_define
class CandleImportResult:
    """What one candle import wrote. ``inserted + updated + unchanged == rows``.

    Attributes:
        exchange (str):
        symbol (str):
        timeframe (str):
        format_ (str): cryptodatadownload, binance-klines, ccxt-ohlcv or csv
        dataset (CandleImportResultDataset): shared: the store exchange downloads fill (admins only); own: the caller's
            dataset, read by the caller over the shared store
        on_conflict (CandleImportResultOnConflict):
        rows (int): Valid bars in the file, each open time counted once
        inserted (int): Bars this request added
        updated (int): Stored bars this request replaced (on_conflict=update)
        unchanged (int): Bars already stored and left as they were
        duplicates (int): Rows already stored or repeated within the file
        duplicates_in_file (int): Rows repeating an open time of the same file
        skipped_invalid (int): Invalid rows skipped (skip_invalid=true)
        first (datetime.datetime | None):
        last (datetime.datetime | None):
    """

    exchange: str
    symbol: str
    timeframe: str
    format_: str
    dataset: CandleImportResultDataset
    on_conflict: CandleImportResultOnConflict
    rows: int
    inserted: int
    updated: int
    unchanged: int
    duplicates: int
    duplicates_in_file: int
    skipped_invalid: int
    first: datetime.datetime | None
    last: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        format_ = self.format_

        dataset: str = self.dataset

        on_conflict: str = self.on_conflict

        rows = self.rows

        inserted = self.inserted

        updated = self.updated

        unchanged = self.unchanged

        duplicates = self.duplicates

        duplicates_in_file = self.duplicates_in_file

        skipped_invalid = self.skipped_invalid

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
                "dataset": dataset,
                "on_conflict": on_conflict,
                "rows": rows,
                "inserted": inserted,
                "updated": updated,
                "unchanged": unchanged,
                "duplicates": duplicates,
                "duplicates_in_file": duplicates_in_file,
                "skipped_invalid": skipped_invalid,
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

        dataset = check_candle_import_result_dataset(d.pop("dataset"))

        on_conflict = check_candle_import_result_on_conflict(d.pop("on_conflict"))

        rows = d.pop("rows")

        inserted = d.pop("inserted")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        duplicates = d.pop("duplicates")

        duplicates_in_file = d.pop("duplicates_in_file")

        skipped_invalid = d.pop("skipped_invalid")

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
            dataset=dataset,
            on_conflict=on_conflict,
            rows=rows,
            inserted=inserted,
            updated=updated,
            unchanged=unchanged,
            duplicates=duplicates,
            duplicates_in_file=duplicates_in_file,
            skipped_invalid=skipped_invalid,
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
