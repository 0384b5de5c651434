from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.database_import_candles_candle_import_form_dataset import (
    DatabaseImportCandlesCandleImportFormDataset,
    check_database_import_candles_candle_import_form_dataset,
)
from ..models.database_import_candles_candle_import_form_on_conflict import (
    DatabaseImportCandlesCandleImportFormOnConflict,
    check_database_import_candles_candle_import_form_on_conflict,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="DatabaseImportCandlesCandleImportForm")


@_attrs_define
class DatabaseImportCandlesCandleImportForm:
    """The multipart form of ``POST /candles/import`` (the file is read as a stream).

    Attributes:
        file (File): CryptoDataDownload CSV, Binance kline CSV or dump, ccxt/Binance JSON
        exchange (str):
        symbol (str): BTC/USDT or BTC-USDT
        timeframe (str):
        skip_invalid (bool | Unset): Import the valid rows, skip the rest Default: False.
        on_conflict (DatabaseImportCandlesCandleImportFormOnConflict | Unset): Bars already stored: skip keeps them,
            update replaces the changed ones Default: 'skip'.
        dataset (DatabaseImportCandlesCandleImportFormDataset | Unset): own: the caller's dataset (read by the caller
            over the shared store); shared: the store every user reads (admins only) Default: 'own'.
    """

    file: File
    exchange: str
    symbol: str
    timeframe: str
    skip_invalid: bool | Unset = False
    on_conflict: DatabaseImportCandlesCandleImportFormOnConflict | Unset = "skip"
    dataset: DatabaseImportCandlesCandleImportFormDataset | Unset = "own"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        skip_invalid = self.skip_invalid

        on_conflict: str | Unset = UNSET
        if not isinstance(self.on_conflict, Unset):
            on_conflict = self.on_conflict

        dataset: str | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset

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
        if on_conflict is not UNSET:
            field_dict["on_conflict"] = on_conflict
        if dataset is not UNSET:
            field_dict["dataset"] = dataset

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("exchange", (None, str(self.exchange).encode(), "text/plain")))

        files.append(("symbol", (None, str(self.symbol).encode(), "text/plain")))

        files.append(("timeframe", (None, str(self.timeframe).encode(), "text/plain")))

        if not isinstance(self.skip_invalid, Unset):
            files.append(("skip_invalid", (None, str(self.skip_invalid).encode(), "text/plain")))

        if not isinstance(self.on_conflict, Unset):
            files.append(("on_conflict", (None, str(self.on_conflict).encode(), "text/plain")))

        if not isinstance(self.dataset, Unset):
            files.append(("dataset", (None, str(self.dataset).encode(), "text/plain")))

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

        _on_conflict = d.pop("on_conflict", UNSET)
        on_conflict: DatabaseImportCandlesCandleImportFormOnConflict | Unset
        if isinstance(_on_conflict, Unset):
            on_conflict = UNSET
        else:
            on_conflict = check_database_import_candles_candle_import_form_on_conflict(_on_conflict)

        _dataset = d.pop("dataset", UNSET)
        dataset: DatabaseImportCandlesCandleImportFormDataset | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = check_database_import_candles_candle_import_form_dataset(_dataset)

        database_import_candles_candle_import_form = cls(
            file=file,
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            skip_invalid=skip_invalid,
            on_conflict=on_conflict,
            dataset=dataset,
        )

        database_import_candles_candle_import_form.additional_properties = d
        return database_import_candles_candle_import_form

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
