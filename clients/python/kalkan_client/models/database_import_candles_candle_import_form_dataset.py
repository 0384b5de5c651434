from typing import Literal

DatabaseImportCandlesCandleImportFormDataset = Literal["own", "shared"]

DATABASE_IMPORT_CANDLES_CANDLE_IMPORT_FORM_DATASET_VALUES: set[DatabaseImportCandlesCandleImportFormDataset] = {
    "own",
    "shared",
}


def check_database_import_candles_candle_import_form_dataset(
    value: str,
) -> DatabaseImportCandlesCandleImportFormDataset:
    if value in DATABASE_IMPORT_CANDLES_CANDLE_IMPORT_FORM_DATASET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATABASE_IMPORT_CANDLES_CANDLE_IMPORT_FORM_DATASET_VALUES!r}"
    )
