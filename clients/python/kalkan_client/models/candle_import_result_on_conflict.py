from typing import Literal

CandleImportResultOnConflict = Literal["skip", "update"]

CANDLE_IMPORT_RESULT_ON_CONFLICT_VALUES: set[CandleImportResultOnConflict] = {
    "skip",
    "update",
}


def check_candle_import_result_on_conflict(value: str) -> CandleImportResultOnConflict:
    if value in CANDLE_IMPORT_RESULT_ON_CONFLICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANDLE_IMPORT_RESULT_ON_CONFLICT_VALUES!r}")
