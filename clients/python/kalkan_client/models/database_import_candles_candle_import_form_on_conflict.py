from typing import Literal

DatabaseImportCandlesCandleImportFormOnConflict = Literal["skip", "update"]

DATABASE_IMPORT_CANDLES_CANDLE_IMPORT_FORM_ON_CONFLICT_VALUES: set[DatabaseImportCandlesCandleImportFormOnConflict] = {
    "skip",
    "update",
}


def check_database_import_candles_candle_import_form_on_conflict(
    value: str,
) -> DatabaseImportCandlesCandleImportFormOnConflict:
    if value in DATABASE_IMPORT_CANDLES_CANDLE_IMPORT_FORM_ON_CONFLICT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATABASE_IMPORT_CANDLES_CANDLE_IMPORT_FORM_ON_CONFLICT_VALUES!r}"
    )
