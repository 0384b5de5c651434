from typing import Literal

CandleImportResultDataset = Literal["own", "shared"]

CANDLE_IMPORT_RESULT_DATASET_VALUES: set[CandleImportResultDataset] = {
    "own",
    "shared",
}


def check_candle_import_result_dataset(value: str) -> CandleImportResultDataset:
    if value in CANDLE_IMPORT_RESULT_DATASET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANDLE_IMPORT_RESULT_DATASET_VALUES!r}")
